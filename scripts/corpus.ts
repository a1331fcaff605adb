/**
 * The extractor against the reviewed readings of the corpus texts
 * (scripts/facts/corpus/<stem>.yaml, each naming corpus/<stem>.txt in
 * ../shared/corpus or CORPUS_DIR): per text, the figures of the reading found
 * right, wrong (flagged in review or not), missed, sent to review; drafted
 * figures the reading does not have (invented); period and place right or
 * sent to review.
 *
 * `npm run extract:corpus` prints the table (Markdown) and the details.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { parseValue } from "../src/lib/data/parseValue.ts";
import { parsePeriod } from "../src/lib/data/period.ts";
import { intake, type Extraction } from "../src/lib/extract/extract.ts";
import { figureKey, type Figure } from "../src/lib/extract/types.ts";
import type { Gazetteer } from "../src/lib/places/gazetteer.ts";
import { loadGazetteer } from "../src/lib/places/load.ts";
import { readReport, type SourceFact, type SourceReport } from "./build/source.ts";
import { datasetPlaces } from "./build/read.ts";

const root = resolve(import.meta.dirname, "..");
export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(root, "../shared/corpus");
const READINGS = join(root, "scripts", "facts", "corpus");

export interface CorpusRow {
  text: string;
  figures: number;
  right: number;
  wrongFlagged: string[];
  wrongUnflagged: string[];
  missed: string[];
  toReview: string[];
  invented: string[];
  periodRight: boolean;
  periodReview: boolean;
  placeRight: boolean;
  placeReview: boolean;
  /** What the draft says, for the details. */
  drafted: { period: string; place: string };
  expected: { period: string; place: string };
}

/** The reviewed readings that have their text in the corpus directory. */
export function corpusReadings(dir = CORPUS_DIR): { reading: SourceReport; path: string }[] {
  if (!existsSync(dir) || !existsSync(READINGS)) return [];
  const any = { has: (id: string) => /^[a-z][a-z0-9-]*$/.test(id) } as ReadonlySet<string>;
  return readdirSync(READINGS)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => {
      const problems: string[] = [];
      const r = readReport(parse(readFileSync(join(READINGS, f), "utf8")), f, any, problems);
      const path = r ? join(dir, r.file.replace(/^corpus\//, "")) : "";
      return r && existsSync(path) ? [{ reading: r, path }] : [];
    });
}

const num = (v: string) => {
  const p = parseValue(v);
  return p.kind === "number" ? p : null;
};

function matches(value: string, f: Pick<Figure, "value" | "tolerance">): boolean {
  const p = num(value);
  return p !== null && Math.abs(p.value - Number(f.value)) <= p.tolerance + f.tolerance + 1e-9;
}

/** Two periods cover the same days (2021-Q1 = 2021-01..03); "" is the report's own. */
function samePeriod(a: string, b: string): boolean {
  if (a === b) return true;
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  return !!p && !!q && p.start === q.start && p.end === q.end;
}

/**
 * A fact's identity: metric, dimension, scope, category, and its own period when it
 * covers another than its report's (the report's period is compared on its own).
 */
function keyOf(
  f: Pick<SourceFact, "metric" | "dimension" | "scope" | "category">,
  own: string,
  report: string,
) {
  const base = figureKey({ ...f, period: "" });
  if (!own || samePeriod(own, report)) return base;
  const p = parsePeriod(own);
  return `${base}@${p ? `${p.start}..${p.end}` : own}`;
}

/** Compare one extraction with the reading of the same text. */
export function compareReading(reading: SourceReport, x: Extraction): CorpusRow {
  const reportPeriod = x.period.period?.text ?? "";
  const drafted = new Map(
    x.facts.map((d) => [keyOf(d.primary, d.primary.period, reportPeriod || reading.period), d]),
  );
  const flaggedKeys = new Set(
    x.review.flatMap((r) =>
      r.candidates.map((c) => keyOf(c, c.period, reportPeriod)).concat(r.keys),
    ),
  );
  const flaggedValues = x.review.flatMap((r) => r.candidates);
  const reported = reading.facts.filter((f) => f.value && !f.sum_of.length);
  const row: CorpusRow = {
    text: reading.file.replace(/^corpus\//, "").replace(/\.txt$/, ""),
    figures: reported.length,
    right: 0,
    wrongFlagged: [],
    wrongUnflagged: [],
    missed: [],
    toReview: [],
    invented: [],
    periodRight: samePeriod(reportPeriod, reading.period),
    periodReview: x.review.some((r) => r.kind === "period" || r.kind === "year"),
    placeRight:
      (!!x.place.adcode && x.place.adcode === reading.adcode) || x.place.id === reading.place,
    placeReview: x.review.some((r) => r.kind === "place"),
    drafted: { period: reportPeriod, place: `${x.place.zh} ${x.place.adcode}` },
    expected: { period: reading.period, place: `${reading.place_as_written} ${reading.adcode}` },
  };
  const keys = new Set<string>();
  for (const f of reported) {
    const key = keyOf(f, f.period, reading.period);
    keys.add(key);
    const d = drafted.get(key);
    const label = `${figureKey(f)}${f.period ? `@${f.period}` : ""} ${f.value}`;
    if (d && matches(f.value, d.primary)) row.right++;
    else if (d) row.wrongUnflagged.push(`${label} (drafted ${d.primary.written})`);
    else if (flaggedKeys.has(key) || flaggedValues.some((c) => matches(f.value, c)))
      row.toReview.push(label);
    else row.missed.push(label);
  }
  for (const f of reading.facts.filter((g) => g.sum_of.length))
    keys.add(keyOf(f, f.period, reading.period));
  for (const [k, d] of drafted)
    if (!keys.has(k))
      row.invented.push(
        `${figureKey(d.primary)}${d.primary.period ? `@${d.primary.period}` : ""} ${d.primary.written} “${d.primary.term_zh}”`,
      );
  return row;
}

/** Run the extractor on every corpus text that has a reading. */
export async function runCorpus(
  dir = CORPUS_DIR,
  gazetteer?: Gazetteer,
): Promise<{ row: CorpusRow; x: Extraction; ms: number }[]> {
  const places = datasetPlaces();
  const g = gazetteer ?? (await loadGazetteer());
  const out: { row: CorpusRow; x: Extraction; ms: number }[] = [];
  for (const { reading, path } of corpusReadings(dir)) {
    const text = readFileSync(path, "utf8");
    const t0 = performance.now();
    const x = await intake(text, { file: reading.file, places, gazetteer: g });
    const ms = performance.now() - t0;
    out.push({ row: compareReading(reading, x), x, ms });
  }
  return out;
}

const yes = (right: boolean, review: boolean) => (right ? "✓" : review ? "review" : "✗");

/** The table for the README: per text and in total. */
export function corpusTable(rows: readonly CorpusRow[]): string {
  const head =
    "| text | figures | right | wrong, flagged | wrong, not flagged | to review | missed | invented | period | place |";
  const sep = "|---|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|";
  const line = (r: CorpusRow) =>
    `| ${r.text} | ${r.figures} | ${r.right} | ${r.wrongFlagged.length} | ${r.wrongUnflagged.length} | ${r.toReview.length} | ${r.missed.length} | ${r.invented.length} | ${yes(r.periodRight, r.periodReview)} | ${yes(r.placeRight, r.placeReview)} |`;
  const sum = (f: (r: CorpusRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const figures = sum((r) => r.figures);
  const right = sum((r) => r.right);
  const total = `| **total (${rows.length} texts)** | ${figures} | ${right} (${figures ? Math.round((100 * right) / figures) : 0}%) | ${sum((r) => r.wrongFlagged.length)} | ${sum((r) => r.wrongUnflagged.length)} | ${sum((r) => r.toReview.length)} | ${sum((r) => r.missed.length)} | ${sum((r) => r.invented.length)} | ${sum((r) => +r.periodRight)} ✓, ${sum((r) => +(!r.periodRight && r.periodReview))} review | ${sum((r) => +r.placeRight)} ✓, ${sum((r) => +(!r.placeRight && r.placeReview))} review |`;
  return [head, sep, ...rows.map(line), total].join("\n");
}

/** What went wrong per text, for the details below the table. */
export function corpusDetails(rows: readonly CorpusRow[]): string {
  return rows
    .map((r) => {
      const parts = [
        r.wrongUnflagged.length ? `wrong: ${r.wrongUnflagged.join("; ")}` : "",
        r.invented.length ? `invented: ${r.invented.join("; ")}` : "",
        r.missed.length ? `missed: ${r.missed.join("; ")}` : "",
        r.toReview.length ? `to review: ${r.toReview.join("; ")}` : "",
        !r.periodRight ? `period ${r.drafted.period} (reading ${r.expected.period})` : "",
        !r.placeRight ? `place ${r.drafted.place} (reading ${r.expected.place})` : "",
      ].filter(Boolean);
      return parts.length ? `- ${r.text}: ${parts.join(" · ")}` : "";
    })
    .filter(Boolean)
    .join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`${CORPUS_DIR} not found: nothing to compare.`);
  } else {
    const runs = await runCorpus();
    const rows = runs.map((r) => r.row);
    console.log(corpusTable(rows));
    console.log(`\n${corpusDetails(rows)}`);
  }
}
