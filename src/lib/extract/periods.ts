/**
 * Period expressions in a report's words → canonical periods
 * (src/lib/data/period.ts): 2023年度, 2023年8月份, 2021年第一季度 / 二季度,
 * 上半年, 2022年1-6月 and 1月至8月 (cumulative months), 12月1日—8日 and
 * 2011年4月17日至5月16日 (windows of days), 截至9月底 / 截至12月9日, 今年以来,
 * 上月 and 本月. A 第N期 (an issue number) is never a period.
 *
 * An expression without its year (“9月份”) is returned with `year: null`; the
 * caller resolves it from the report's period or its date, and says so.
 * Multi-year spans (2021年至2024年, 4年来, 2019年以来) are marked `multiYear`:
 * their figures are never one period's.
 */
import { toHalfWidth } from "../data/parseValue.ts";
import { parsePeriod, type Period } from "../data/period.ts";

export interface PeriodExpr {
  /** Where the expression stands in the text searched. */
  index: number;
  length: number;
  /** The words as written. */
  written: string;
  /** A canonical form, with “YYYY” where the year is not stated. */
  form: string;
  year: number | null;
  /** Spans several years (a cumulative total over years). */
  multiYear: boolean;
  /** Relative to the report's date: 今年以来 (year to date), 上月 (last month), 本月/当月. */
  relative: "" | "ytd" | "last_month" | "this_month";
}

const ZH_NUM: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : (ZH_NUM[s] ?? NaN));
const pad = (n: number) => String(n).padStart(2, "0");
const M = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
const D = "(\\d{1,2})";
const Y = "(\\d{4})";
const TO = "\\s*(?:-|—|–|~|～|至|到)+\\s*";

interface Rule {
  re: RegExp;
  read: (g: string[]) => Omit<PeriodExpr, "index" | "length" | "written"> | null;
}

const yearOf = (s: string | undefined) => (s ? Number(s) : null);
const plain = { multiYear: false, relative: "" as const };

/** Rules in priority order: at a position, the first rule that matches wins. */
const RULES: readonly Rule[] = [
  // A year range or a span since a year: multi-year.
  {
    re: new RegExp(`${Y}\\s*年?${TO}${Y}\\s*年`, "y"),
    read: (g) => ({ form: `${g[1]}..${g[2]}`, year: yearOf(g[2]), multiYear: true, relative: "" }),
  },
  {
    re: /(\d{4})\s*年以来/y,
    read: (g) => ({ form: `${g[1]}..`, year: yearOf(g[1]), multiYear: true, relative: "" }),
  },
  {
    re: /([一二三四五六七八九十两]|\d{1,2})\s*年(?:来|以来|间)/y,
    read: () => ({ form: "years", year: null, multiYear: true, relative: "" }),
  },
  // Windows of days: 2011年4月17日至5月16日, 12月1日—8日.
  {
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?${M}\\s*月\\s*${D}\\s*日?${TO}(?:${Y}\\s*年\\s*)?(?:${M}\\s*月\\s*)?${D}\\s*日`,
      "y",
    ),
    read: (g) => {
      const y0 = yearOf(g[1]);
      const y1 = yearOf(g[4]) ?? y0;
      const m0 = num(g[2]!);
      const m1 = g[5] ? num(g[5]) : m0;
      const d0 = Number(g[3]);
      const d1 = Number(g[6]);
      if (!(m0 >= 1 && m0 <= 12 && m1 >= 1 && m1 <= 12)) return null;
      const form = `${y0 ?? "YYYY"}-${pad(m0)}-${pad(d0)}..${y1 ?? "YYYY"}-${pad(m1)}-${pad(d1)}`;
      return { form, year: y0, ...plain };
    },
  },
  // Up to a day or a month's end: 截至12月9日, 截至2023年9月底.
  {
    re: new RegExp(`截[至止]\\s*(?:${Y}\\s*年\\s*)?${M}\\s*月\\s*(?:${D}\\s*日|底|末)?`, "y"),
    read: (g) => {
      const y = yearOf(g[1]);
      const m = num(g[2]!);
      if (!(m >= 1 && m <= 12)) return null;
      if (g[3])
        return {
          form: `${y ?? "YYYY"}-01-01..${y ?? "YYYY"}-${pad(m)}-${g[3].padStart(2, "0")}`,
          year: y,
          ...plain,
        };
      return {
        form: m === 12 ? `${y ?? "YYYY"}` : `${y ?? "YYYY"}-01..${pad(m)}`,
        year: y,
        ...plain,
      };
    },
  },
  {
    re: /截[至止]\s*(\d{4})\s*年\s*(?:底|末)/y,
    read: (g) => ({ form: g[1]!, year: yearOf(g[1]), multiYear: true, relative: "" }),
  },
  // Quarters: 2021年第一季度, 2017二季度, 一季度.
  {
    re: /(?:(\d{4})\s*年?\s*)?(?:第\s*)?([一二三四1-4])\s*季度/y,
    read: (g) => ({ form: `${g[1] ?? "YYYY"}-Q${num(g[2]!)}`, year: yearOf(g[1]), ...plain }),
  },
  // Halves.
  {
    re: /(?:(\d{4})\s*年\s*)?(上|下)半年/y,
    read: (g) => ({
      form: `${g[1] ?? "YYYY"}-H${g[2] === "上" ? 1 : 2}`,
      year: yearOf(g[1]),
      ...plain,
    }),
  },
  // Cumulative months: 2022年1-6月, 1月至8月, 1—9月.
  {
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?${M}\\s*(?:月份?)?${TO}${M}\\s*月(?!\\s*\\d{1,2}\\s*日)`,
      "y",
    ),
    read: (g) => {
      const a = num(g[2]!);
      const b = num(g[3]!);
      if (!(a >= 1 && a < b && b <= 12)) return null;
      const y = g[1] ?? "YYYY";
      if (a === 1 && b === 12) return { form: y, year: yearOf(g[1]), ...plain };
      return { form: `${y}-${pad(a)}..${pad(b)}`, year: yearOf(g[1]), ...plain };
    },
  },
  // One month: 2023年8月份, 9月份, 二月 (not a day: 3月11日).
  {
    re: new RegExp(
      `(?:${Y}\\s*年\\s*)?${M}\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])(?![一二三四五六七八九十])`,
      "y",
    ),
    read: (g) => {
      const m = num(g[2]!);
      if (!(m >= 1 && m <= 12)) return null;
      return { form: `${g[1] ?? "YYYY"}-${pad(m)}`, year: yearOf(g[1]), ...plain };
    },
  },
  // A year: 2023年度, 2020年全年, 2023年 (not followed by a month, quarter or half).
  {
    re: /(\d{4})\s*(?:年度|年全年|全年|年)(?!\s*(?:\d{1,2}\s*月|[一二三四五六七八九十]+\s*月|第?\s*[一二三四1-4]\s*季|[上下]半年|\d{1,2}\s*[-—至到]))/y,
    read: (g) => ({ form: g[1]!, year: yearOf(g[1]), ...plain }),
  },
  // 今年 before a quarter or a half: that period, its year from the page's date.
  {
    re: /今年\s*(?:第\s*)?([一二三四1-4])\s*季度/y,
    read: (g) => ({ form: `YYYY-Q${num(g[1]!)}`, year: null, ...plain }),
  },
  {
    re: /今年\s*(上|下)半年/y,
    read: (g) => ({ form: `YYYY-H${g[1] === "上" ? 1 : 2}`, year: null, ...plain }),
  },
  {
    re: /今年以来|今年/y,
    read: () => ({ form: "ytd", year: null, multiYear: false, relative: "ytd" }),
  },
  {
    re: /上月|上个月/y,
    read: () => ({ form: "last", year: null, multiYear: false, relative: "last_month" }),
  },
  {
    re: /本月|当月/y,
    read: () => ({ form: "this", year: null, multiYear: false, relative: "this_month" }),
  },
];

/** An issue number (第47期, 〔2023〕第9期, 2018年度第47期): never a period. */
const ISSUE = /(?:〔\s*\d{4}\s*〕|\(\s*\d{4}\s*\)|\d{4}\s*年度?)?\s*第\s*\d+\s*期/g;
/** Years in comparisons (较2020年, 比上年, 2020年同期): not the period of what surrounds them. */
const COMPARISON =
  /(?:较|比|与|相对|相比|对比)\s*(?:\d{4}\s*年(?:同期|度)?|去年|上年|上月)|\d{4}\s*年同期/g;

/** Every period expression in `text`, left to right. */
export function findPeriods(text: string): PeriodExpr[] {
  const t = toHalfWidth(text)
    .replace(ISSUE, (s) => " ".repeat(s.length))
    .replace(COMPARISON, (s) => " ".repeat(s.length));
  const out: PeriodExpr[] = [];
  for (let i = 0; i < t.length;) {
    let hit: PeriodExpr | null = null;
    if (
      /[\d一二三四五六七八九十两截今上本当第]/.test(t[i]!) &&
      !(i > 0 && /\d/.test(t[i - 1]!) && /\d/.test(t[i]!))
    ) {
      for (const rule of RULES) {
        rule.re.lastIndex = i;
        const m = rule.re.exec(t);
        if (!m) continue;
        const r = rule.read(m);
        if (!r) continue;
        hit = { index: i, length: m[0].length, written: text.slice(i, i + m[0].length), ...r };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

/** A date the page states for itself: 2023-10-18, 2025年09月19日, 2022年7月11日. */
export interface PageDate {
  year: number;
  month: number;
  day: number;
}

/** Resolve an expression to a canonical period, given the year (and, for relative ones, the page's date). */
export function resolvePeriod(
  e: PeriodExpr,
  year: number | null,
  date: PageDate | null,
): Period | null {
  if (e.multiYear) return null;
  if (e.relative === "ytd") {
    if (!date) return null;
    return parsePeriod(
      date.month === 1 ? `${date.year}-01` : `${date.year}-01..${pad(date.month)}`,
    );
  }
  if (e.relative === "last_month") {
    if (!date) return null;
    return date.month === 1
      ? parsePeriod(`${date.year - 1}-12`)
      : parsePeriod(`${date.year}-${pad(date.month - 1)}`);
  }
  if (e.relative === "this_month") return null;
  const y = e.year ?? year;
  if (y === null) return null;
  return parsePeriod(e.form.replaceAll("YYYY", String(y)));
}

/** Do two periods cover the same days (2021-Q1 and 2021-01..03 do)? */
export function sameDays(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * The end of a multi-year span, for a figure that is the span's last value
 * (由A增至B: B is where the span ends): 2021年至2024年 and 截至2021年底 → 2021/2024;
 * a span up to now (2019年以来, 4年来) → null, the report's own period.
 */
export function spanEnd(e: PeriodExpr): PeriodExpr | null {
  if (!e.multiYear) return e;
  const end = /(?:^|\.\.)(\d{4})$/.exec(e.form);
  if (!end) return null;
  return { ...e, form: end[1]!, year: Number(end[1]), multiYear: false };
}
