/**
 * A figure named only by its heading: “（二）接通率” over a line holding just
 * “98.52%（同比↑1.2%）”, “3.受理总量” over “125,430件”. The heading's words name
 * the metric (the same phrase rules and synonyms as prose); the number keeps its
 * unit check, its year-on-year remark and the heading's section. A heading that
 * names no metric, or several, gives nothing.
 */
import { metricInfo } from "../data/metrics.ts";
import { readCell, unitMismatch } from "./cell.ts";
import type { ProseBlock } from "./document.ts";
import { figureOf } from "./figure.ts";
import { findPeriods } from "./periods.ts";
import { NO_FLAGS, readPhrase, type DocFlags } from "./phrase.ts";
import { contextOf, matchTerm } from "./terms.ts";
import type { Figure } from "./types.ts";

const NUMBERING =
  /^\s*([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、])\s*/;
/** A line that is only a number: “98.52%”, “约125,430件”, “3.5个（↑0.4）”. */
const BARE =
  /^\s*(约|共|为)?\s*(\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?)\s*(%|件|宗|个|次|通|名|人|秒|个工作日|工作日)?\s*([(（][^()（）]*[)）])?\s*[。.]?\s*$/;

/** Figures of blocks that are a bare number right under a heading naming the metric. */
export function headingFigures(blocks: readonly ProseBlock[], doc: DocFlags = NO_FLAGS): Figure[] {
  const out: Figure[] = [];
  for (const block of blocks) {
    const heading = block.headings[block.headings.length - 1];
    const line = block.starts[0]?.line ?? 0;
    if (!heading || heading.line >= line || block.starts.length !== 1) continue;
    if (contextOf(block.section).kind !== "general") continue;
    const m = BARE.exec(block.text);
    if (!m) continue;
    const unit = m[3] ?? "";
    const reading = readCell(`${m[2]}${unit}${m[4] ?? ""}`);
    if (reading.kind !== "number") continue;
    const term = heading.title.replace(NUMBERING, "").replace(/[:：]$/, "");
    const phrase = readPhrase(term, "", unit, term, doc);
    if (phrase?.kind === "skip" || phrase?.kind === "review") continue;
    const synonyms = matchTerm(term);
    const metric = phrase?.metric ?? (synonyms?.metrics.length === 1 ? synonyms.metrics[0]! : null);
    if (!metric || unitMismatch(metricInfo(metric)!.unit, reading, "")) continue;
    out.push(
      figureOf(reading, {
        metric,
        term_zh: term,
        section: block.section,
        lines: [heading.line, line],
        text: `${heading.title} ⏎ ${block.text.trim()}`,
        origin: "prose",
        note: m[1] === "约" ? `The report says “about” (约) ${reading.written}.` : "",
        when: findPeriods(block.section).at(-1) ?? null,
      }),
    );
  }
  return out;
}
