/**
 * Read the committed facts source from disk (YAML) and validate it: reviewed
 * reports in scripts/facts/{reports,corpus,found}, places from the gazetteer.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Place } from "../../src/lib/data/fact.ts";
import type { DivisionsFile } from "../../src/lib/places/division.ts";
import { Gazetteer } from "../../src/lib/places/gazetteer.ts";
import { SourceError, readReport, type SourceReport } from "./source.ts";

export const FACTS_DIR = join(import.meta.dirname, "..", "facts");
const DIVISIONS = join(import.meta.dirname, "..", "..", "src", "lib", "places", "divisions.json");

/**
 * Folders of reviewed reports: the five seed reports, the corpus texts of
 * ../shared/corpus, and reports found among published pages.
 */
export const REPORT_DIRS = ["reports", "corpus", "found"] as const;

export function readGazetteer(path = DIVISIONS): Gazetteer {
  return new Gazetteer(JSON.parse(readFileSync(path, "utf8")) as DivisionsFile);
}

/** The dataset's places (those with reports, and the places above them), for the extractor. */
export function datasetPlaces(): Place[] {
  return readSourceDir().places;
}

/**
 * The dataset's places: every place a report is about, and the places above
 * it (so a district names its city and province), as the gazetteer has them.
 */
export function placesOf(gaz: Gazetteer, ids: Iterable<string>): Place[] {
  const out = new Map<string, Place>();
  for (const id of ids) {
    const d = gaz.byId(id);
    if (!d) continue;
    for (const a of [d, ...gaz.ancestors(d)]) if (!out.has(a.id)) out.set(a.id, gaz.placeEntry(a));
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A report's place must be a gazetteer place; where the report gives the
 * adcode too, the two must name the same division.
 */
function checkPlace(gaz: Gazetteer, r: SourceReport, problems: string[]): void {
  const byId = gaz.byId(r.place);
  if (!r.adcode) {
    if (byId?.official)
      problems.push(`${r.path}: give the adcode of “${r.place}” (${byId.adcode}, ${byId.zh})`);
    return;
  }
  const byCode = gaz.byAdcode(r.adcode);
  if (!byCode) {
    const former = gaz.formerCode(r.adcode)[0];
    problems.push(
      former
        ? `${r.path}: adcode ${r.adcode} is a former code (${former.zh}); use today's ${former.now}`
        : `${r.path}: adcode ${r.adcode} is not a GB/T 2260 division`,
    );
  } else if (byCode.id !== r.place)
    problems.push(
      `${r.path}: place “${r.place}” does not match adcode ${r.adcode}, which is ${byCode.zh} (id “${byCode.id}”)`,
    );
}

export function readSourceDir(
  dir = FACTS_DIR,
  gaz = readGazetteer(),
  dirs: readonly string[] = REPORT_DIRS,
): { places: Place[]; reports: SourceReport[] } {
  const ids = new Set(gaz.divisions.map((d) => d.id));
  const problems: string[] = [];
  const reports: SourceReport[] = [];
  for (const sub of dirs) {
    const reportDir = join(dir, sub);
    if (!existsSync(reportDir)) continue;
    for (const name of readdirSync(reportDir)
      .filter((n) => n.endsWith(".yaml"))
      .sort()) {
      const rel = `${sub}/${name}`;
      let raw: unknown;
      try {
        raw = parse(readFileSync(join(reportDir, name), "utf8"));
      } catch (e) {
        problems.push(`${rel}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
        continue;
      }
      const r = readReport(raw, rel, ids, problems);
      if (!r) continue;
      checkPlace(gaz, r, problems);
      reports.push(r);
    }
  }
  if (problems.length) throw new SourceError(problems);
  return {
    places: placesOf(
      gaz,
      reports.map((r) => r.place),
    ),
    reports,
  };
}
