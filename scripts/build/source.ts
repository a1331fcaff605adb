/**
 * The committed source format: one YAML file per report (scripts/facts/reports)
 * whose places come from the gazetteer (src/lib/places). `readReport` validates
 * the parsed YAML and returns typed reports, or throws a SourceError listing
 * every bad entry by file and position.
 */
import {
  DIMENSIONS,
  SCOPES,
  metricInfo,
  type Dimension,
  type Scope,
} from "../../src/lib/data/metrics.ts";
import { LEVELS, type Place } from "../../src/lib/data/fact.ts";
import { parseValue } from "../../src/lib/data/parseValue.ts";
import { METRIC_DIR } from "../../src/lib/data/manifest.ts";
import { parsePeriod } from "../../src/lib/data/period.ts";
import { SOURCE_KINDS, type SourceKind, type SourceRecord } from "../../src/lib/data/citation.ts";

export interface Mention {
  value: string;
  term_zh: string;
  section: string;
  yoy_text: string;
}

export interface SourceFact {
  metric: string;
  /** As written in the YAML: "1562357", "99.07", "157.5万". */
  value: string;
  term_zh: string;
  section: string;
  yoy_text: string;
  /** The reviewer's note in English, and the same in Chinese (both or neither). */
  note: string;
  note_zh: string;
  scope: Scope | "";
  dimension: Dimension | "";
  category: string;
  rank: number | null;
  share: string;
  /** Parts whose sum is the value (a derived figure). */
  sum_of: { value: string; term_zh: string; yoy_text: string }[];
  also: Mention[];
  /** Why no earlier-year figure may be derived from the year-on-year remark. */
  no_derive: string;
  /** The period this figure covers when it is not the report's own (canonical form), else "". */
  period: string;
}

export { SOURCE_KINDS, type SourceKind, type SourceRecord };

export interface SourceReport {
  /** Path of the YAML file, for messages. */
  path: string;
  /** The source record's id: the YAML file's name without .yaml (e.g. "haimen-2020"). */
  id: string;
  file: string;
  place: string;
  year: number;
  title_place_zh: string;
  place_evidence: string;
  /** The same in Chinese, for the Chinese page; optional (the English is shown without it). */
  place_evidence_zh: string;
  /** The reviewers' notes in English, and in Chinese (same number, same order). */
  notes: string[];
  notes_zh: string[];
  facts: SourceFact[];
  /** The report's period in canonical form (src/lib/data/period.ts); the year when not given. */
  period: string;
  period_evidence: string;
  period_evidence_zh: string;
  /** GB/T 2260 code of the place as it is today, when the file states it. */
  adcode: string;
  /** The place's name as the report writes it (may be a former name). */
  place_as_written: string;
  source: SourceRecord | null;
}

export class SourceError extends Error {
  override name = "SourceError";
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the facts source:\n  ${problems.join("\n  ")}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown): string =>
  typeof x === "string" ? x.trim() : typeof x === "number" ? String(x) : "";
/** A note folded onto one line (YAML block scalars keep their line breaks). */
const oneLine = (x: unknown): string => text(x).replace(/\s+/g, " ");

const FACT_KEYS = new Set([
  "metric",
  "value",
  "term_zh",
  "section",
  "yoy_text",
  "note",
  "note_zh",
  "scope",
  "dimension",
  "category",
  "rank",
  "share",
  "sum_of",
  "also",
  "no_derive",
  "period",
]);
const REPORT_KEYS = new Set([
  "file",
  "place",
  "year",
  "title_place_zh",
  "place_evidence",
  "place_evidence_zh",
  "notes",
  "notes_zh",
  "facts",
  "period",
  "period_evidence",
  "period_evidence_zh",
  "adcode",
  "place_as_written",
  "source",
]);
const SOURCE_KEYS = new Set(["title", "issuer", "published", "url", "kind", "copies"]);

export function readPlaces(raw: unknown, path: string): Place[] {
  const problems: string[] = [];
  if (!Array.isArray(raw)) throw new SourceError([`${path}: expected a list of places`]);
  const places = raw.map((p, i): Place => {
    const at = `${path}: places[${i}]`;
    if (!isObj(p)) {
      problems.push(`${at}: expected a mapping`);
      return { id: "", zh: "", en: "", level: "prefecture", parent: "", adcode: "" };
    }
    const place: Place = {
      id: text(p.id),
      zh: text(p.zh),
      en: text(p.en),
      level: text(p.level) as Place["level"],
      parent: text(p.parent),
      adcode: text(p.adcode),
    };
    if (!/^[a-z][a-z0-9-]*$/.test(place.id))
      problems.push(`${at}: id “${place.id}” must be a lowercase pinyin slug`);
    else if (place.id === METRIC_DIR)
      problems.push(`${at}: id “${place.id}” is reserved for the per-metric files`);
    if (!place.zh || !place.en) problems.push(`${at} (${place.id}): zh and en names are required`);
    if (!LEVELS.includes(place.level))
      problems.push(`${at} (${place.id}): level must be one of ${LEVELS.join(", ")}`);
    if (!/^\d{6}$/.test(place.adcode))
      problems.push(`${at} (${place.id}): adcode must be 6 digits`);
    return place;
  });
  const ids = new Set(places.map((p) => p.id));
  places.forEach((p, i) => {
    if (p.parent && !ids.has(p.parent))
      problems.push(`${path}: places[${i}] (${p.id}): unknown parent “${p.parent}”`);
    if (places.findIndex((q) => q.id === p.id) !== i)
      problems.push(`${path}: places[${i}]: duplicate id “${p.id}”`);
  });
  if (problems.length) throw new SourceError(problems);
  return places;
}

/** Validate one report file's parsed YAML. Collects problems instead of stopping at the first. */
export function readReport(
  raw: unknown,
  path: string,
  placeIds: ReadonlySet<string>,
  problems: string[],
): SourceReport | null {
  if (!isObj(raw)) {
    problems.push(`${path}: expected a mapping with file, place, year and facts`);
    return null;
  }
  for (const k of Object.keys(raw))
    if (!REPORT_KEYS.has(k)) problems.push(`${path}: unknown key “${k}”`);
  const report: SourceReport = {
    path,
    id: path.replace(/^.*\//, "").replace(/\.yaml$/, ""),
    file: text(raw.file),
    place: text(raw.place),
    year: Number(raw.year),
    title_place_zh: text(raw.title_place_zh),
    place_evidence: text(raw.place_evidence),
    place_evidence_zh: text(raw.place_evidence_zh),
    notes: Array.isArray(raw.notes) ? raw.notes.map(oneLine) : [],
    notes_zh: Array.isArray(raw.notes_zh) ? raw.notes_zh.map(oneLine) : [],
    facts: [],
    period: text(raw.period) || text(raw.year),
    period_evidence: text(raw.period_evidence),
    period_evidence_zh: text(raw.period_evidence_zh),
    adcode: text(raw.adcode),
    place_as_written: text(raw.place_as_written),
    source: raw.source === undefined ? null : readSourceRecord(raw.source, path, problems),
  };
  const period = parsePeriod(report.period);
  if (!period && raw.period !== undefined)
    problems.push(
      `${path}: period “${report.period}” is not a period (2023, 2023-H1, 2023-Q1, 2023-07, 2023-01..09, 2018-12-01..2018-12-08)`,
    );
  else if (period && raw.year !== undefined && Number(raw.year) !== period.year)
    problems.push(`${path}: year ${text(raw.year)} is not the year of period ${report.period}`);
  if (period && raw.year === undefined) report.year = period.year;
  if (report.adcode && !/^\d{6}$/.test(report.adcode))
    problems.push(`${path}: adcode must be 6 digits`);
  for (const key of ["notes", "notes_zh"] as const) {
    const list = raw[key];
    if (list !== undefined && !Array.isArray(list))
      problems.push(`${path}: “${key}” must be a list`);
    if (Array.isArray(list))
      list.forEach((n, i) => {
        if (typeof n !== "string" || !n.trim())
          problems.push(`${path}: ${key}[${i}] must be text (quote it if it holds “: ”)`);
      });
  }
  if (!report.file) problems.push(`${path}: missing “file” (the report's file name)`);
  if (!placeIds.has(report.place)) problems.push(`${path}: unknown place “${report.place}”`);
  if (!Number.isInteger(report.year) || report.year < 1990 || report.year > 2100)
    problems.push(`${path}: year must be a whole number between 1990 and 2100`);
  if (!report.place_evidence)
    problems.push(`${path}: missing “place_evidence” (how the place was identified)`);
  if (!Array.isArray(raw.facts) || raw.facts.length === 0) {
    problems.push(`${path}: “facts” must be a non-empty list`);
    return report;
  }
  const chinese: string[] = [];
  raw.facts.forEach((f, i) => {
    const at = `${path}: facts[${i}]`;
    const fact = readFact(f, at, problems);
    if (fact) {
      report.facts.push(fact);
      const what = `${fact.metric}${fact.category ? ` ${fact.category}` : ""}`;
      chinese.push(...factNoteWithoutChinese(fact, `${at} (${what})`));
    }
  });
  // Every note is written in both languages (the pages show the one they are in).
  problems.push(...notesWithoutChinese(report, path), ...chinese);
  return report;
}

/** A report's notes and notes_zh must pair up one to one. */
export function notesWithoutChinese(
  r: Pick<SourceReport, "notes" | "notes_zh">,
  path: string,
): string[] {
  if (r.notes.length === r.notes_zh.length) return [];
  if (!r.notes_zh.length)
    return [
      `${path}: notes has ${r.notes.length} item(s) but no “notes_zh” (the same notes in Chinese, same order)`,
    ];
  return [
    `${path}: notes has ${r.notes.length} item(s) but notes_zh has ${r.notes_zh.length} (one Chinese note per English note, same order)`,
  ];
}

/** A figure's note and note_zh go together. */
export function factNoteWithoutChinese(
  f: Pick<SourceFact, "note" | "note_zh">,
  at: string,
): string[] {
  if (f.note && !f.note_zh) return [`${at}: “note” has no Chinese (add “note_zh”)`];
  if (f.note_zh && !f.note) return [`${at}: “note_zh” has no English (add “note”)`];
  return [];
}

function readSourceRecord(raw: unknown, path: string, problems: string[]): SourceRecord | null {
  if (!isObj(raw)) {
    problems.push(
      `${path}: “source” must be a mapping (title, issuer, published, url, kind, copies)`,
    );
    return null;
  }
  for (const k of Object.keys(raw))
    if (!SOURCE_KEYS.has(k)) problems.push(`${path}: source: unknown key “${k}”`);
  const rec: SourceRecord = {
    title: text(raw.title),
    issuer: text(raw.issuer),
    published: text(raw.published),
    url: text(raw.url),
    kind: text(raw.kind) as SourceKind,
    copies: text(raw.copies),
  };
  if (!rec.title) problems.push(`${path}: source: missing “title”`);
  if (!rec.issuer) problems.push(`${path}: source: missing “issuer”`);
  if (!SOURCE_KINDS.includes(rec.kind))
    problems.push(`${path}: source: kind must be one of ${SOURCE_KINDS.join(", ")}`);
  if (rec.published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(rec.published))
    problems.push(`${path}: source: published must be YYYY-MM-DD, YYYY-MM or YYYY`);
  if (rec.url && !/^https?:\/\/\S+$/.test(rec.url))
    problems.push(`${path}: source: url must be an http(s) address`);
  return rec;
}

function readFact(raw: unknown, at0: string, problems: string[]): SourceFact | null {
  if (!isObj(raw)) {
    problems.push(`${at0}: expected a mapping`);
    return null;
  }
  const metric = text(raw.metric);
  const at = `${at0} (${metric || "no metric"}${raw.category ? ` ${text(raw.category)}` : ""})`;
  const before = problems.length;
  for (const k of Object.keys(raw))
    if (!FACT_KEYS.has(k)) problems.push(`${at}: unknown key “${k}”`);
  const info = metricInfo(metric);
  if (!info) problems.push(`${at}: unknown metric id “${metric}”`);
  const fact: SourceFact = {
    metric,
    value: text(raw.value),
    term_zh: text(raw.term_zh),
    section: text(raw.section),
    yoy_text: text(raw.yoy_text),
    note: oneLine(raw.note),
    note_zh: oneLine(raw.note_zh),
    scope: text(raw.scope) as Scope | "",
    dimension: text(raw.dimension) as Dimension | "",
    category: text(raw.category),
    rank: raw.rank === undefined ? null : Number(raw.rank),
    share: text(raw.share),
    sum_of: [],
    also: [],
    no_derive: text(raw.no_derive),
    period: text(raw.period),
  };
  if (fact.period && !parsePeriod(fact.period))
    problems.push(`${at}: period “${fact.period}” is not a period`);
  if (!fact.section) problems.push(`${at}: missing source section (“section”)`);
  if (!fact.term_zh) problems.push(`${at}: missing the report's wording (“term_zh”)`);
  if (fact.scope && !SCOPES.includes(fact.scope))
    problems.push(`${at}: scope must be one of ${SCOPES.join(", ")}`);

  if (Array.isArray(raw.sum_of)) {
    if (raw.value !== undefined) problems.push(`${at}: give either “value” or “sum_of”, not both`);
    raw.sum_of.forEach((p, j) => {
      if (!isObj(p) || !text(p.value) || !text(p.term_zh))
        problems.push(`${at}: sum_of[${j}] needs value and term_zh`);
      else
        fact.sum_of.push({
          value: text(p.value),
          term_zh: text(p.term_zh),
          yoy_text: text(p.yoy_text),
        });
    });
  } else if (!fact.value) problems.push(`${at}: missing value`);

  const values = fact.sum_of.length
    ? fact.sum_of.map((p) => p.value)
    : fact.value
      ? [fact.value]
      : [];
  for (const v of values) {
    const p = parseValue(v);
    if (p.kind !== "number") {
      problems.push(`${at}: value “${v}” is not a number`);
      continue;
    }
    if (p.lowerBound)
      problems.push(`${at}: value “${v}” is only a lower bound; record it as a mention (“also”)`);
    if (info?.unit === "percent" && (p.value < 0 || p.value > 100))
      problems.push(`${at}: percentage ${v} is outside 0–100`);
    if (info?.unit === "count" && (!Number.isInteger(p.value) || p.value < 0))
      problems.push(`${at}: count ${v} must be a whole number ≥ 0`);
    if (p.value < 0) problems.push(`${at}: value ${v} is negative`);
  }

  if (metric === "top_category") {
    if (!fact.category) problems.push(`${at}: top_category needs a category`);
    if (!DIMENSIONS.includes(fact.dimension as Dimension))
      problems.push(`${at}: dimension must be one of ${DIMENSIONS.join(", ")}`);
    if (!fact.scope) problems.push(`${at}: top_category needs a scope`);
    if (fact.rank === null || !Number.isInteger(fact.rank) || fact.rank < 1)
      problems.push(`${at}: rank must be a whole number ≥ 1`);
    if (fact.share) {
      const s = parseValue(fact.share);
      if (s.kind !== "number" || s.value < 0 || s.value > 100)
        problems.push(`${at}: share “${fact.share}” must be a percentage 0–100`);
    }
  } else if (fact.category || fact.dimension || fact.rank !== null || fact.share) {
    problems.push(`${at}: category, dimension, rank and share belong to top_category rows only`);
  }

  if (raw.also !== undefined) {
    if (!Array.isArray(raw.also)) problems.push(`${at}: “also” must be a list`);
    else
      raw.also.forEach((m, j) => {
        if (!isObj(m) || !text(m.value) || !text(m.term_zh) || !text(m.section))
          problems.push(`${at}: also[${j}] needs value, term_zh and section`);
        else
          fact.also.push({
            value: text(m.value),
            term_zh: text(m.term_zh),
            section: text(m.section),
            yoy_text: text(m.yoy_text),
          });
      });
  }
  return problems.length > before ? null : fact;
}
