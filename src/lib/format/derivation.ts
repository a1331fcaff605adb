/**
 * The build writes how a figure was derived in English, in a few fixed forms
 * (scripts/build/compile.ts); here it is read back and written in the page's
 * language. Notes come in both languages from the build (`note`, `note_zh`).
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

/** Whether a text is mostly Chinese (English notes quote Chinese wordings, so any one character is not enough). */
function mostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * A fact's note in `lang`. Reviewed notes and the build's own are written in
 * both languages (`note`, `note_zh`); a file read back without `note_zh` (a
 * user's own, or one written before the column) has only `note`, shown as
 * written, its language told by its script.
 */
export function noteFor(f: { note: string; note_zh: string }, lang: Lang): LangText {
  const zh = f.note_zh.trim();
  const en = f.note.trim();
  if (lang === "zh" ? zh : !en) return { text: zh, lang: "zh" };
  return { text: en, lang: en && mostlyChinese(en) ? "zh" : "en" };
}
