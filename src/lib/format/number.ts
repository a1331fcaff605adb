/**
 * Number formats for both page languages, in one place.
 *  - full counts: 1,562,357 in both languages;
 *  - compact counts: zh 156.2万 · 1,703.2万 · 4.37亿; en 1.56M · 25.7K;
 *  - values with units: 99.07% · 13.93秒 / 13.93 s · 8.1 个/十万人 / 8.1 per 100k.
 */
import type { Unit } from "../data/metrics.ts";

export type Lang = "zh" | "en";

/**
 * A number in en-US style, thousands grouped with commas, rounded to at most
 * `max` decimals and padded to at least `min`: what `Intl.NumberFormat("en-US",
 * { minimumFractionDigits: min, maximumFractionDigits: max })` writes. Like
 * Intl, it rounds the number's shortest decimal form (`String(n)`) half away
 * from zero: 253355.655 → 253,355.66. Written by hand because creating the
 * first Intl formatter loads the ICU number data: 40–75 ms on this project's
 * bench machine, ×4 on an emulated phone, in the first load of every page.
 */
export function groupDigits(n: number, min: number, max: number): string {
  const abs = Math.abs(n);
  // Exponent forms (beyond 1e21, below 1e-6 unless it rounds to 0) are rare: Intl writes them.
  if (!Number.isFinite(n) || abs >= 1e21 || (abs < 1e-6 && abs !== 0 && max >= 6))
    return new Intl.NumberFormat("en-US", {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    }).format(n);
  const text = abs < 1e-6 ? "0" : String(abs);
  const dot = text.indexOf(".");
  let int = dot < 0 ? text : text.slice(0, dot);
  let frac = dot < 0 ? "" : text.slice(dot + 1);
  if (frac.length > max) {
    const up = frac.charCodeAt(max) >= 53; // "5"
    frac = frac.slice(0, max);
    if (up) {
      // Add one in the last kept place, carrying through the digits.
      const digits = (int + frac).split("");
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === "9") digits[i--] = "0";
      if (i < 0) digits.unshift("1");
      else digits[i] = String(Number(digits[i]) + 1);
      const joined = digits.join("");
      int = joined.slice(0, joined.length - max);
      frac = joined.slice(joined.length - max);
    }
  }
  frac = frac.replace(/0+$/, "").padEnd(min, "0");
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return sign + int.replace(/\B(?=(\d{3})+$)/g, ",") + (frac ? `.${frac}` : "");
}
const grouped = { format: (n: number) => groupDigits(n, 0, 2) };
const groupedFixed = (digits: number) => ({
  format: (n: number) => groupDigits(n, digits, digits),
});
// Three significant digits, trailing zeros kept: 17.0M beside 2.96M, never 17M.
// Made on first use: only English pages need it.
let enCompactFormat: Intl.NumberFormat | null = null;
const enCompact = {
  format: (n: number) =>
    (enCompactFormat ??= new Intl.NumberFormat("en-US", {
      notation: "compact",
      minimumSignificantDigits: 3,
      maximumSignificantDigits: 3,
    })).format(n),
};

/** A count in full with thousands separators: 1,562,357. */
export function formatCount(n: number): string {
  return grouped.format(n);
}

/**
 * A count in compact form for value labels. zh uses 万 (one decimal) from
 * 10,000 and 亿 (two decimals) from 100,000,000; en uses K/M/B with three
 * significant digits. The precision never varies with the value, so labels in
 * one chart read alike: 10.0万 beside 156.2万, 17.0M beside 2.96M. Below 10,000
 * both give the full number. Tables give the exact figure, never this.
 */
export function formatCompact(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs < 10_000) return grouped.format(n);
  if (lang === "en") return enCompact.format(n);
  if (abs >= 1e8) return `${groupedFixed(2).format(n / 1e8)}亿`;
  // 156.2万, and 1,703.2万 keeps its separator.
  return `${groupedFixed(1).format(n / 1e4)}万`;
}

const UNITS_EN: [number, string][] = [
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];
const UNITS_ZH: [number, string][] = [
  [1e8, "亿"],
  [1e4, "万"],
];

/**
 * An axis's tick labels, all in one unit and with one number of decimals: the
 * fewest that write every tick exactly (0 · 0.5M · 1.0M · 1.5M; 0 · 50万 · 100万).
 * The unit is the largest tick's; axes below 10,000 are written in full.
 */
export function formatTicks(values: readonly number[], lang: Lang): string[] {
  const max = Math.max(0, ...values.map(Math.abs));
  const [unit, suffix] =
    max < 10_000
      ? [1, ""]
      : ((lang === "en" ? UNITS_EN : UNITS_ZH).find(([u]) => max >= u) ?? [1, ""]);
  let digits = 0;
  while (
    digits < 3 &&
    values.some((v) => {
      const x = (v / unit) * 10 ** digits;
      return Math.abs(x - Math.round(x)) > 1e-6;
    })
  )
    digits++;
  return values.map((v) => (v === 0 ? "0" : `${groupedFixed(digits).format(v / unit)}${suffix}`));
}

/** A percentage as reported: 99.07%. */
function formatPercent(n: number): string {
  return `${grouped.format(n)}%`;
}

/** A value with its unit, in the page language. `compact` shortens counts. */
export function formatValue(n: number, unit: Unit, lang: Lang, compact = false): string {
  switch (unit) {
    case "count":
      return compact ? formatCompact(n, lang) : formatCount(n);
    case "percent":
      return formatPercent(n);
    case "seconds":
      return lang === "zh" ? `${grouped.format(n)}秒` : `${grouped.format(n)} s`;
    case "workdays":
      return lang === "zh" ? `${grouped.format(n)}个工作日` : `${grouped.format(n)} working days`;
    case "per_100k":
      return lang === "zh" ? `${grouped.format(n)}个/十万人` : `${grouped.format(n)} per 100k`;
  }
}

/** A count's share of a total, for category bars: 43.38%. Null when there is no total. */
export function formatShare(part: number, total: number | null): string | null {
  if (!total || total <= 0) return null;
  return formatPercent(Math.round((part / total) * 10000) / 100);
}
