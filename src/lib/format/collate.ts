/**
 * Names in the reader's order (Chinese names by pinyin on the Chinese page).
 * One collator per language, made on first use: `localeCompare` with a locale
 * looks the collation up on every comparison, several times slower over a
 * list of thousands of places.
 */
import type { Lang } from "./number.ts";

const collators = new Map<Lang, Intl.Collator>();

/** Compare two names as the page's language orders them. */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === "zh" ? "zh-CN" : "en")));
  return c.compare;
}
