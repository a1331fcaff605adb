/**
 * The build writes how a figure was derived and its generated notes in
 * English, in a few fixed forms (scripts/build/compile.ts). Here they are read
 * back and written in the page's language. A sentence in no known form (a
 * reviewer's own note) is kept as written and marked as English, so a page
 * can say so instead of passing it off as Chinese.
 */
import type { Lang } from "./number.ts";
import { t } from "./strings.ts";

/** A piece of text with the language it is written in. */
export interface LangText {
  text: string;
  lang: Lang;
}

/** "derived: …" (or "reported") as a fact's `derivation` column holds it. */
export function isReported(derivation: string): boolean {
  return derivation === "reported" || derivation === "";
}

const RATIO = /^(.+?) ÷ \(1 ([+−-]) (.+?)%\) from the (.+?) report's year-on-year change$/;
const SUM = /^sum of (.+)$/;

/**
 * How a derived figure was computed, in `lang`, without the "derived" word
 * ("11,877 ÷ (1 − 3.63%)，据 2025 年报告的同比变化"); "" for a reported one.
 */
export function derivationHow(derivation: string, lang: Lang): LangText {
  if (isReported(derivation)) return { text: "", lang };
  const how = derivation.replace(/^derived:\s*/, "");
  if (lang === "en") return { text: how, lang };
  const r = RATIO.exec(how);
  if (r) {
    const [, value, sign, pct, period] = r;
    return {
      text: `${value} ÷ (1 ${sign} ${pct}%)，根据 ${period} 报告的同比变化推算`,
      lang: "zh",
    };
  }
  const s = SUM.exec(how);
  if (s) return { text: `${s[1]!} 之和`, lang: "zh" };
  return { text: how, lang: "en" };
}

/** "推算：…" / "Derived: …", or "报告数字" / "Reported". */
export function derivationText(derivation: string, lang: Lang): LangText {
  if (isReported(derivation)) return { text: t(lang, "reported"), lang };
  const how = derivationHow(derivation, lang);
  return { text: `${t(lang, "derived")}${lang === "zh" ? "：" : ": "}${how.text}`, lang: how.lang };
}

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** The note sentences the build writes, and their Chinese. */
const NOTE_RULES: Rule[] = [
  [
    /^Reported as (.+?), i\.e\. rounded to ([\d,]+)\.$/,
    (m) => `报告写作 ${m[1]}，即精确到 ${m[2]}。`,
  ],
  [/^Also published in (\S+) \((.*)\)\.$/, (m) => `另见 ${m[1]}（${m[2]}）。`],
  [
    /^Implied by the (.+?) figure \((.+?)\) and its change “(.+?)”; rounded to a whole number, accurate to about ±([\d,.]+) because the report rounds the change\.$/,
    (m) =>
      `由 ${m[1]} 的数字（${m[2]}）及其变化“${m[3]}”推算，取整；因报告的变化率经过四舍五入，误差约 ±${m[4]}。`,
  ],
];

/**
 * A fact's note in `lang`: the sentences the build writes are translated;
 * any other sentence is kept in English (and marked so). Adjacent pieces of
 * one language are joined.
 */
export function noteText(note: string, lang: Lang): LangText[] {
  if (!note) return [];
  if (lang === "en") return [{ text: note, lang: "en" }];
  const out: LangText[] = [];
  // Split only where a sentence of a known form starts, so a reviewer's
  // sentence with "e.g." or "2.5" inside is never cut.
  let rest = note;
  while (rest) {
    let hit: { at: number; end: number; text: string } | null = null;
    for (const [re, zh] of NOTE_RULES) {
      const body = re.source.replace(/^\^/, "").replace(/\$$/, "");
      const m = new RegExp(`(?:^|\\s)(${body})(?=\\s|$)`).exec(rest);
      if (!m) continue;
      const at = m.index + (m[0].length - m[1]!.length);
      if (hit && hit.at <= at) continue;
      const inner = re.exec(m[1]!);
      if (inner) hit = { at, end: at + m[1]!.length, text: zh(inner) };
    }
    if (!hit) {
      push(out, { text: rest.trim(), lang: "en" });
      break;
    }
    if (hit.at > 0) push(out, { text: rest.slice(0, hit.at).trim(), lang: "en" });
    push(out, { text: hit.text, lang: "zh" });
    rest = rest.slice(hit.end).trim();
  }
  return out;
}

function push(out: LangText[], p: LangText) {
  if (!p.text) return;
  const last = out.at(-1);
  if (last && last.lang === p.lang) last.text += p.lang === "zh" ? p.text : ` ${p.text}`;
  else out.push({ ...p });
}

/** A note as one plain string (CSV cells, tooltips): untranslated parts stay as written. */
export function noteString(note: string, lang: Lang): string {
  return noteText(note, lang)
    .map((p) => p.text)
    .join(" ");
}
