/**
 * An extraction in the committed formats: the report YAML of
 * scripts/facts/reports (as a plain object, for a YAML writer), and rows of
 * the published long table (for `--csv`).
 */
import { parsePeriod } from "../data/period.ts";
import { placeColumns, type Fact, type Place } from "../data/fact.ts";
import { metricInfo } from "../data/metrics.ts";
import type { Extraction } from "./extract.ts";
import type { DraftFact, Figure } from "./types.ts";

/** The place id a draft uses for a place not yet in places.yaml. */
export const UNKNOWN_PLACE = "TODO";

/** A value as the YAML should hold it: as written when 万/亿 rounded it, else the exact number. */
export function yamlValue(f: Pick<Figure, "value" | "written" | "tolerance">): string | number {
  const v = f.tolerance ? f.written : f.value;
  return /^\d+(\.\d+)?$/.test(v) && String(Number(v)) === v ? Number(v) : v;
}

function lines(f: Figure): string {
  const ls = [...new Set(f.lines)];
  return ls.length > 1 ? `lines ${ls.join(", ")}` : `line ${ls[0]}`;
}

/** One draft fact as a mapping in the key order of the committed files. */
export function factEntry(d: DraftFact): Record<string, unknown> {
  const f = d.primary;
  const top = f.metric === "top_category";
  const entry: Record<string, unknown> = { metric: f.metric };
  if (top)
    Object.assign(entry, {
      dimension: f.dimension,
      scope: f.scope,
      rank: f.rank,
      category: f.category,
    });
  else if (f.scope) entry.scope = f.scope;
  entry.value = yamlValue(f);
  if (f.period) entry.period = f.period;
  if (top && f.share) entry.share = f.share;
  entry.term_zh = f.term_zh;
  if (f.yoy_text) entry.yoy_text = f.yoy_text;
  entry.section = f.section;
  const also = d.also.filter(
    (a) => a.term_zh !== f.term_zh || a.section !== f.section || a.written !== f.written,
  );
  if (also.length)
    entry.also = also.map((a) => {
      const m: Record<string, unknown> = {
        value: yamlValue(a),
        term_zh: a.term_zh,
        section: a.section,
      };
      if (a.yoy_text) m.yoy_text = a.yoy_text;
      return m;
    });
  if (d.notes.length) entry.note = d.notes.join(" ");
  return entry;
}

/** Where each fact was read, for a comment above it in the YAML: “line 13 (prose); line 92 (table)”. */
export function factComment(d: DraftFact): string {
  return [d.primary, ...d.also].map((f) => `${lines(f)} (${f.origin})`).join("; ");
}

/** Fields the text does not give, left empty in the draft's source record for review. */
export const SOURCE_TODO = "TODO";

/** The draft report file as a plain object (validates with scripts/build/source.ts once reviewed). */
export function draftReport(x: Extraction): Record<string, unknown> {
  const s = x.source;
  const source: Record<string, unknown> = {
    title: s.title,
    issuer: s.issuer || SOURCE_TODO,
  };
  if (s.published) source.published = s.published;
  source.url = s.url || SOURCE_TODO;
  source.kind = s.kind || SOURCE_TODO;
  const report: Record<string, unknown> = {
    file: x.file,
    source,
    place: x.place.id ?? UNKNOWN_PLACE,
  };
  if (x.place.adcode) report.adcode = x.place.adcode;
  report.place_as_written = x.place.asWritten || x.place.zh;
  report.title_place_zh = x.place.titleZh;
  report.period = x.period.period?.text ?? SOURCE_TODO;
  report.place_evidence = x.place.evidence;
  if (x.place.evidence_zh) report.place_evidence_zh = x.place.evidence_zh;
  report.period_evidence = x.period.evidence;
  if (x.period.evidence_zh) report.period_evidence_zh = x.period.evidence_zh;
  if (x.changes.length) report.notes = [...x.changes];
  report.facts = x.facts.map(factEntry);
  return report;
}

/** The place columns for a draft: the known place, or the draft entry. */
export function placeOf(x: Extraction, places: readonly Place[]): Place {
  const known = places.find((p) => p.id === x.place.id);
  return (
    known ?? {
      ...(x.place.draft ?? { zh: x.place.zh, en: "", level: "prefecture", parent: "", adcode: "" }),
      id: UNKNOWN_PLACE,
    }
  );
}

/** The draft facts as rows of the published long table. */
export function draftFacts(x: Extraction, place: Place): Fact[] {
  return x.facts.map(({ primary: f, notes }) => {
    // The figure's own period, else the report's; a report without one keeps year 0 (not charted).
    const p =
      parsePeriod(f.period || "") ?? x.period.period ?? parsePeriod(String(x.year.year ?? ""));
    return {
      ...placeColumns(place),
      year: p?.year ?? 0,
      period: p?.text ?? "",
      period_kind: p?.kind ?? "year",
      metric: f.metric,
      category: f.category,
      rank: f.rank,
      dimension: f.dimension,
      scope: f.scope,
      value: Number(f.value),
      share: f.share ? Number(f.share) : null,
      unit: metricInfo(f.metric)?.unit ?? f.unit,
      term_zh: f.term_zh,
      derivation: "reported",
      yoy_text: f.yoy_text,
      source: `${x.file} § ${f.section} (${lines(f)})`,
      note: [f.tolerance ? `Reported as ${f.written}.` : "", ...notes].filter(Boolean).join(" "),
      // A draft's notes are the extractor's, in English; the reviewer writes the Chinese.
      note_zh: "",
    };
  });
}
