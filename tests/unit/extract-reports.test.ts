/**
 * The extractor against the reviewed facts: each committed report file names
 * its source text; the extractor's draft of that text is compared figure by
 * figure (metric + scope + dimension + category, as factKey). Needs the
 * report texts (REPORTS_DIR, default ../shared/reports); skipped without them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceDir } from "../../scripts/build/read.ts";
import { readReport, type SourceReport } from "../../scripts/build/source.ts";
import { draftReport } from "../../src/lib/extract/draft.ts";
import { parseValue } from "../../src/lib/data/parseValue.ts";
import { extractReport, type Extraction } from "../../src/lib/extract/extract.ts";
import { figureKey, type Figure } from "../../src/lib/extract/types.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const REPORTS_DIR = process.env.REPORTS_DIR ?? resolve(repoRoot, "../shared/reports");
const haveReports = existsSync(REPORTS_DIR);
if (!haveReports)
  console.log(
    `extract-reports: ${REPORTS_DIR} not found; the comparison with the reviewed facts is skipped.`,
  );

interface Counts {
  report: string;
  figures: number;
  right: number;
  wrongFlagged: number;
  wrongUnflagged: string[];
  missed: string[];
  toReview: number;
  extra: number;
  alsoFound: number;
  alsoTotal: number;
}

const num = (v: string) => {
  const p = parseValue(v);
  return p.kind === "number" ? p : null;
};

function matches(value: string, f: Pick<Figure, "value" | "tolerance">): boolean {
  const p = num(value);
  return p !== null && Math.abs(p.value - Number(f.value)) <= p.tolerance + f.tolerance + 1e-9;
}

/** Compare one extraction with the reviewed facts of the same report. */
function compare(committed: SourceReport, x: Extraction): Counts {
  const drafted = new Map(x.facts.map((d) => [figureKey(d.primary), d]));
  const flagged = new Set(x.review.flatMap((r) => r.keys));
  const reported = committed.facts.filter((f) => f.value && !f.sum_of.length);
  const c: Counts = {
    report: `${committed.place}-${committed.year}`,
    figures: reported.length,
    right: 0,
    wrongFlagged: 0,
    wrongUnflagged: [],
    missed: [],
    toReview: 0,
    extra: 0,
    alsoFound: 0,
    alsoTotal: 0,
  };
  const keys = new Set<string>();
  for (const f of reported) {
    const key = figureKey(f);
    keys.add(key);
    const d = drafted.get(key);
    if (d && matches(f.value, d.primary)) c.right++;
    else if (d && flagged.has(key)) c.wrongFlagged++;
    else if (d) c.wrongUnflagged.push(`${key}: ${d.primary.written} (committed ${f.value})`);
    else if (flagged.has(key)) c.toReview++;
    else c.missed.push(key);
    for (const a of f.also) {
      c.alsoTotal++;
      if (d && d.also.some((g) => matches(a.value, g))) c.alsoFound++;
    }
  }
  for (const f of committed.facts.filter((g) => g.sum_of.length)) keys.add(figureKey(f));
  c.extra = [...drafted.keys()].filter((k) => !keys.has(k)).length;
  return c;
}

function table(rows: Counts[]): string {
  const head =
    "| report | figures | right | wrong (flagged) | missed | to review | found | extra | also found |";
  const lines = rows.map(
    (c) =>
      `| ${c.report} | ${c.figures} | ${c.right} | ${c.wrongUnflagged.length + c.wrongFlagged} (${c.wrongFlagged}) | ${c.missed.length} | ${c.toReview} | ${Math.round((100 * c.right) / c.figures)}% | ${c.extra} | ${c.alsoFound}/${c.alsoTotal} |`,
  );
  return [head, "|---|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}

describe.skipIf(!haveReports)(
  "extractReport(text) on the published reports, against the reviewed facts",
  () => {
    const { places, reports } = readSourceDir();
    const runs = reports
      .filter((r) => existsSync(join(REPORTS_DIR, r.file)))
      .map((r) => ({
        committed: r,
        x: extractReport(readFileSync(join(REPORTS_DIR, r.file), "utf8"), { file: r.file, places }),
      }));
    const counts = runs.map(({ committed, x }) => compare(committed, x));

    it("prints the counts per report", () => {
      console.log(`\n${table(counts)}\n`);
      for (const c of counts)
        if (c.missed.length || c.wrongUnflagged.length)
          console.log(
            `${c.report}: missed ${c.missed.join(", ") || "none"}; wrong ${c.wrongUnflagged.join(", ") || "none"}`,
          );
      expect(counts.length).toBeGreaterThan(0);
    });

    it.each(runs.map((r) => [r.committed.file, r] as const))(
      "%s: place and year agree with the reviewed file",
      (_, r) => {
        expect(r.x.place.id).toBe(r.committed.place);
        expect(r.x.year.year).toBe(r.committed.year);
      },
    );

    it.each(runs.map((r) => [r.committed.file, r] as const))(
      "%s: the draft validates with the source reader",
      (_, r) => {
        const problems: string[] = [];
        readReport(draftReport(r.x), "draft.yaml", new Set(places.map((p) => p.id)), problems);
        // Only what a report's text cannot say is left for review: the page's address and kind,
        // and the Chinese of the extractor's (English) notes, which a reviewer writes.
        const left = /source: (url|kind) must be|: “note” has no Chinese|but no “notes_zh”/;
        expect(problems.filter((p) => !left.test(p))).toEqual([]);
      },
    );

    it.each(counts.map((c) => [c.report, c] as const))(
      "%s: no wrong value without a review flag",
      (_, c) => {
        expect(c.wrongUnflagged).toEqual([]);
      },
    );

    it.each(counts.map((c) => [c.report, c] as const))(
      "%s: at least 90% of the reviewed figures found right",
      (_, c) => {
        expect(c.right / c.figures).toBeGreaterThanOrEqual(0.9);
      },
    );
  },
);
