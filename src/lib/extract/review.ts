/**
 * The human-readable review list written beside a draft: what to decide
 * (conflicts, ambiguous headers, splits, place and year), every drafted figure
 * with the line and text it was read from, and what was seen but not
 * recorded. Plus the one-line summary the command prints.
 */
import type { Extraction } from "./extract.ts";
import type { Figure } from "./types.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");
const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\s+/g, " ")}\``;
const at = (f: Pick<Figure, "lines">) => {
  const ls = [...new Set(f.lines)];
  return ls.length > 1 ? `lines ${ls.join(", ")}` : `line ${ls[0]}`;
};

function what(f: Figure): string {
  if (f.metric !== "top_category") return f.scope ? `${f.metric} (${f.scope})` : f.metric;
  return `top_category ${f.dimension}/${f.scope} #${f.rank} ${f.category || "?"}`;
}

function shown(f: Figure): string {
  const unit = f.unit === "percent" ? "%" : "";
  return `${f.written}${unit}`;
}

/** The review list as Markdown. */
export function reviewMarkdown(x: Extraction, draftName: string): string {
  const out: string[] = [];
  const placeName = x.place.id
    ? `${x.place.zh} (${x.place.id})`
    : `${x.place.zh} (not in the gazetteer)`;
  out.push(`# Review: ${x.file}`, "");
  out.push(
    `Draft: \`${draftName}\` — ${x.facts.length} figures. Place: ${placeName}. Period: ${x.period.period?.text ?? "unknown"}.`,
    "",
    "Nothing in the draft is final: check every figure against the report, decide the items below, then move the file to `scripts/facts/reports/`.",
    "",
  );

  out.push(`## To decide (${x.review.length})`, "");
  if (!x.review.length) out.push("Nothing.", "");
  x.review.forEach((r, i) => {
    out.push(`${i + 1}. **${r.kind}** — ${r.message}`);
    for (const c of r.candidates)
      out.push(
        `   - ${what(c)} = ${shown(c)} · “${c.term_zh}” · ${c.origin}, ${at(c)}: ${code(c.text)}`,
      );
  });
  if (x.review.length) out.push("");

  out.push(`## Drafted figures (${x.facts.length})`, "");
  out.push(
    "| # | figure | value | term_zh | yoy | read at | also |",
    "|---|---|---|---|---|---|---|",
  );
  x.facts.forEach((d, i) => {
    const f = d.primary;
    const also = d.also.map((a) => `${shown(a)} (${a.origin}, ${at(a)})`).join("; ");
    out.push(
      `| ${i + 1} | ${cell(what(f))} | ${cell(shown(f))} | ${cell(f.term_zh)} | ${cell(f.yoy_text)} | ${f.origin}, ${at(f)} | ${cell(also)} |`,
    );
  });
  out.push("", "Where each figure was read:", "");
  x.facts.forEach((d, i) => {
    out.push(
      `${i + 1}. ${at(d.primary)}: ${code(d.primary.text)}${d.notes.length ? ` — ${d.notes.join(" ")}` : ""}`,
    );
  });
  out.push("");

  out.push(`## Not recorded (${x.skipped.length})`, "");
  if (!x.skipped.length) out.push("Nothing.");
  for (const s of x.skipped)
    out.push(
      `- ${at(s)}: ${s.metric ? `${s.metric} ${s.written} — ` : ""}${s.reason}: ${code(s.text)}`,
    );
  out.push("");

  out.push("## Place and period", "", x.place.evidence, "", x.period.evidence, "");
  out.push("## Source", "", ...x.sourceNotes.map((n) => `- ${n}`), "");
  if (x.place.draft) {
    const d = x.place.draft;
    out.push(
      "Entry for the extra places of `scripts/facts/gazetteer.yaml` (only if the place is real but no GB/T 2260 division):",
      "",
      "```yaml",
      `- id: ${d.id || "TODO"}`,
      `  zh: ${d.zh}`,
      `  en: ${d.en || "TODO"}`,
      `  level: ${d.level}`,
      `  parent: "${d.parent}"`,
      `  adcode: "${d.adcode || "TODO"}"`,
      "```",
      "",
    );
  }
  return out.join("\n");
}

/** One line for the terminal. */
export function reviewSummary(x: Extraction): string {
  const place = x.place.id ?? `${x.place.zh} (new place)`;
  return `${x.file}: ${place} ${x.period.period?.text ?? "?"} — ${x.facts.length} figures drafted, ${x.review.length} to decide, ${x.skipped.length} not recorded`;
}
