/**
 * Periods a figure covers, as the data contract writes them (PRODUCT.md):
 *
 * | form                      | kind      | meaning                                   |
 * | ------------------------- | --------- | ----------------------------------------- |
 * | `2023`                    | `year`    | the calendar year                         |
 * | `2023-H1`, `2023-H2`      | `half`    | 上半年 / 下半年                            |
 * | `2023-Q1` … `2023-Q4`     | `quarter` | 第一季度 …                                 |
 * | `2023-07`                 | `month`   | one calendar month                        |
 * | `2023-01..09`             | `window`  | cumulative months (1—9月, 截至9月底)        |
 * | `2018-12-01..2018-12-08`  | `window`  | a window of days (a weekly brief, 30 days) |
 *
 * Figures of different kinds are never ranked or summed as alike; two windows
 * are alike only when they cover the same months or days.
 */

export const PERIOD_KINDS = ["year", "half", "quarter", "month", "window"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  /** The canonical form, e.g. "2023-Q1". */
  text: string;
  kind: PeriodKind;
  /** The year the period belongs to (the start's year for a window). */
  year: number;
  /** First and last day covered, ISO dates. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number) => y >= 1900 && y <= 2100;

function monthSpan(text: string, kind: PeriodKind, y: number, m0: number, m1: number): Period {
  return {
    text,
    kind,
    year: y,
    start: `${y}-${pad(m0)}-01`,
    end: `${y}-${pad(m1)}-${pad(daysIn(y, m1))}`,
  };
}

function validDay(y: number, m: number, d: number): boolean {
  return validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** Reads a period in its canonical form; null when the text is not one. */
export function parsePeriod(input: string): Period | null {
  const s = input.trim();
  let g: RegExpExecArray | null;
  if ((g = /^(\d{4})$/.exec(s))) {
    const y = +g[1]!;
    return validYear(y) ? monthSpan(s, "year", y, 1, 12) : null;
  }
  if ((g = /^(\d{4})-H([12])$/.exec(s))) {
    const y = +g[1]!;
    const h = +g[2]!;
    return validYear(y) ? monthSpan(s, "half", y, h * 6 - 5, h * 6) : null;
  }
  if ((g = /^(\d{4})-Q([1-4])$/.exec(s))) {
    const y = +g[1]!;
    const q = +g[2]!;
    return validYear(y) ? monthSpan(s, "quarter", y, q * 3 - 2, q * 3) : null;
  }
  if ((g = /^(\d{4})-(\d{2})$/.exec(s))) {
    const y = +g[1]!;
    const m = +g[2]!;
    return validYear(y) && m >= 1 && m <= 12 ? monthSpan(s, "month", y, m, m) : null;
  }
  if ((g = /^(\d{4})-(\d{2})\.\.(\d{2})$/.exec(s))) {
    const y = +g[1]!;
    const a = +g[2]!;
    const b = +g[3]!;
    return validYear(y) && a >= 1 && a < b && b <= 12 ? monthSpan(s, "window", y, a, b) : null;
  }
  if ((g = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    const [y0, m0, d0, y1, m1, d1] = g.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!validDay(y0, m0, d0) || !validDay(y1, m1, d1)) return null;
    const start = `${y0}-${pad(m0)}-${pad(d0)}`;
    const end = `${y1}-${pad(m1)}-${pad(d1)}`;
    return start < end ? { text: s, kind: "window", year: y0, start, end } : null;
  }
  return null;
}

const ZH_QUARTER = ["一", "二", "三", "四"];
const EN_MONTH = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** How a period reads on the page: 2023年第一季度 / Q1 2023. */
export function periodLabel(p: Period, lang: "zh" | "en"): string {
  const [y0, m0, d0] = p.start.split("-").map(Number) as [number, number, number];
  const [y1, m1, d1] = p.end.split("-").map(Number) as [number, number, number];
  switch (p.kind) {
    case "year":
      return lang === "zh" ? `${p.year}年` : String(p.year);
    case "half":
      return lang === "zh"
        ? `${p.year}年${m0 === 1 ? "上" : "下"}半年`
        : `${m0 === 1 ? "H1" : "H2"} ${p.year}`;
    case "quarter": {
      const q = (m0 + 2) / 3;
      return lang === "zh" ? `${p.year}年第${ZH_QUARTER[q - 1]}季度` : `Q${q} ${p.year}`;
    }
    case "month":
      return lang === "zh" ? `${p.year}年${m0}月` : `${EN_MONTH[m0 - 1]} ${p.year}`;
    case "window": {
      const wholeMonths = d0 === 1 && d1 === daysIn(y1, m1) && y0 === y1;
      if (wholeMonths)
        return lang === "zh"
          ? `${y0}年${m0}—${m1}月`
          : `${EN_MONTH[m0 - 1]}–${EN_MONTH[m1 - 1]} ${y0}`;
      if (lang === "zh")
        return y0 === y1
          ? `${y0}年${m0}月${d0}日—${m1}月${d1}日`
          : `${y0}年${m0}月${d0}日—${y1}年${m1}月${d1}日`;
      return y0 === y1
        ? `${d0} ${EN_MONTH[m0 - 1]}–${d1} ${EN_MONTH[m1 - 1]} ${y0}`
        : `${d0} ${EN_MONTH[m0 - 1]} ${y0}–${d1} ${EN_MONTH[m1 - 1]} ${y1}`;
    }
  }
}

/** Periods are comparable (rankable side by side) when they have the same kind and span. */
export function sameSpan(a: Period, b: Period): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== "window") return a.start.slice(4) === b.start.slice(4);
  return a.start.slice(4) === b.start.slice(4) && a.end.slice(4) === b.end.slice(4);
}

/** The same span `years` years later (negative: earlier), e.g. 2023-Q1 → 2022-Q1. */
export function shiftYears(p: Period, years: number): Period {
  const y = (iso: string) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
  let text: string;
  if (p.kind === "window" && p.text.length > 12) text = `${y(p.start)}..${y(p.end)}`;
  else text = `${p.year + years}${p.text.slice(4)}`;
  const q = parsePeriod(text);
  if (!q) throw new Error(`no period ${years} years from ${p.text}`);
  return q;
}
