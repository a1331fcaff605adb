/**
 * Number formats for both page languages, in one place.
 *  - full counts: 1,562,357 in both languages;
 *  - compact counts: zh 156.2万 · 1,703.2万 · 4.37亿; en 1.56M · 25.7K;
 *  - values with units: 99.07% · 13.93秒 / 13.93 s · 8.1 个/十万人 / 8.1 per 100k.
 */
import type { Unit } from "../data/metrics.ts";

export type Lang = "zh" | "en";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
// Made once per number of digits: an Intl.NumberFormat costs far more to make than to use.
const fixed = new Map<number, Intl.NumberFormat>();
const groupedFixed = (digits: number) => {
  let f = fixed.get(digits);
  if (!f)
    fixed.set(
      digits,
      (f = new Intl.NumberFormat("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })),
    );
  return f;
};
const enCompact = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumSignificantDigits: 3,
});

/** A count in full with thousands separators: 1,562,357. */
export function formatCount(n: number): string {
  return grouped.format(n);
}

/**
 * A count in compact form for labels and axes. zh uses 万 (one decimal) from
 * 10,000 and 亿 (two decimals) from 100,000,000; en uses K/M/B with three
 * significant digits. Below 10,000 both give the full number.
 */
export function formatCompact(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs < 10_000) return grouped.format(n);
  if (lang === "en") return enCompact.format(n);
  if (abs >= 1e8) return `${groupedFixed(2).format(n / 1e8)}亿`;
  const wan = n / 1e4;
  // 156.2万, but 1,703.2万 keeps its separator; "10.0万" reads better as "10万".
  return `${groupedFixed(1).format(wan).replace(/\.0$/, "")}万`;
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
