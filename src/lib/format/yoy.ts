/**
 * A report's year-on-year remark as a page shows it: in Chinese, the report's
 * own words, with "同比" before it only where the words do not already say so
 * (never "同比 同比增长71.19%"); in English, the change read from the words
 * ("+71.19% year on year"), or the words themselves, marked Chinese, where
 * they cannot be read.
 */
import { parseYoy } from "../data/yoy.ts";
import type { LangText } from "./derivation.ts";
import type { Lang } from "./number.ts";

const SAYS_COMPARED = /同比|环比|较|比上年|比去年|与上年|上年同期|去年同期/;

export function yoyRemark(text: string, lang: Lang): LangText {
  const s = text.trim();
  if (!s) return { text: "", lang };
  if (lang === "zh") return { text: SAYS_COMPARED.test(s) ? s : `同比 ${s}`, lang: "zh" };
  const y = parseYoy(s);
  // 环比 compares with the previous period, not the year before: keep the words.
  if (!y || /环比/.test(s)) return { text: s, lang: "zh" };
  if (y.direction === 0) return { text: "unchanged year on year", lang: "en" };
  const word = y.direction === 1 ? "up" : y.direction === -1 ? "down" : "";
  if (y.amount === null || y.kind === "none")
    return word ? { text: `${word} year on year`, lang: "en" } : { text: s, lang: "zh" };
  const sign = y.direction === 1 ? "+" : y.direction === -1 ? "−" : "";
  const amount = y.amount.toFixed(y.decimals);
  if (y.kind === "percent") return { text: `${sign}${amount}% year on year`, lang: "en" };
  if (y.kind === "points")
    return { text: `${sign}${amount} percentage points year on year`, lang: "en" };
  return { text: s, lang: "zh" };
}
