/** Read the committed facts source from disk (YAML) and validate it. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Place } from "../../src/lib/data/fact.ts";
import { SourceError, readPlaces, readReport, type SourceReport } from "./source.ts";

export const FACTS_DIR = join(import.meta.dirname, "..", "facts");

export function readSourceDir(dir = FACTS_DIR): { places: Place[]; reports: SourceReport[] } {
  const placesPath = join(dir, "places.yaml");
  const places = readPlaces(parse(readFileSync(placesPath, "utf8")), "places.yaml");
  const ids = new Set(places.map((p) => p.id));
  const problems: string[] = [];
  const reports: SourceReport[] = [];
  const reportDir = join(dir, "reports");
  for (const name of readdirSync(reportDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const rel = `reports/${name}`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(reportDir, name), "utf8"));
    } catch (e) {
      problems.push(`${rel}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
      continue;
    }
    const r = readReport(raw, rel, ids, problems);
    if (r) reports.push(r);
  }
  if (problems.length) throw new SourceError(problems);
  return { places, reports };
}
