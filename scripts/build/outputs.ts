/**
 * Compiled facts → the published files, as an ordered map of relative path to
 * bytes. Pure and deterministic: the same input gives byte-identical output.
 */
import { createHash } from "node:crypto";
import { factsToArrow } from "../../src/lib/data/arrowWrite.ts";
import { factsToJson } from "../../src/lib/data/factsJson.ts";
import { factsToCsv } from "../../src/lib/data/csv.ts";
import { dataPackage } from "../../src/lib/data/dictionary.ts";
import { sourcesToJson } from "../../src/lib/data/sourcesFile.ts";
import { PERIOD_KINDS, type PeriodKind } from "../../src/lib/data/period.ts";
import { METRICS } from "../../src/lib/data/metrics.ts";
import {
  isManifestFile,
  metricArrowPath,
  metricPath,
  metricPeriodsPath,
  placePeriodPath,
  type Manifest,
  type ManifestPlace,
} from "../../src/lib/data/manifest.ts";
import type { Compiled } from "./compile.ts";
import { coverage } from "./coverage.ts";

const enc = new TextEncoder();
const json = (x: unknown) => enc.encode(JSON.stringify(x, null, 1) + "\n");

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function buildOutputs(c: Compiled): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  files.set("facts.csv", enc.encode(factsToCsv(c.facts)));
  files.set("facts.arrow", factsToArrow(c.facts));
  // One file per metric (rankings excepted) with every place's yearly figures: a
  // comparison of places downloads only the metrics it shows, and never meets a
  // monthly figure beside a yearly one.
  // The other periods (months, quarters …) of each metric in a file of their own, for
  // comparing one month or quarter across places.
  const byMetric = new Map<string, typeof c.facts>();
  const byMetricPeriods = new Map<string, typeof c.facts>();
  for (const f of c.facts) {
    if (f.metric === "top_category") continue;
    const to = f.period_kind === "year" ? byMetric : byMetricPeriods;
    let g = to.get(f.metric);
    if (!g) to.set(f.metric, (g = []));
    g.push(f);
  }
  const metricFiles: [string, typeof c.facts][] = [
    ...[...byMetric].map(([m, g]): [string, typeof c.facts] => [metricPath(m), g]),
    ...[...byMetricPeriods].map(([m, g]): [string, typeof c.facts] => [metricPeriodsPath(m), g]),
  ].sort(([a], [b]) => a.localeCompare(b));
  for (const [p, g] of metricFiles) files.set(metricArrowPath(p), factsToArrow(g));

  files.set("quality.json", json({ version: 1, issues: c.quality }));
  files.set(
    "reports.json",
    json({ version: 1, coverage: coverage(c.places, c.facts, c.reports), reports: c.reports }),
  );
  // The build's id: any change to a figure, an issue or a report changes it.
  const build = sha256(
    enc.encode(
      ["facts.csv", "quality.json", "reports.json"].map((f) => sha256(files.get(f)!)).join(),
    ),
  ).slice(0, 16);
  // The source records alone, for citations on every page (reports.json is larger).
  files.set("sources.json", enc.encode(sourcesToJson(c.reports, build)));

  // The pages read the metric files as JSON (no Arrow decoder in a first load).
  for (const [p, g] of metricFiles) files.set(p, enc.encode(factsToJson(g, build)));

  const groups = new Map<string, typeof c.facts>();
  for (const f of c.facts) {
    const p = placePeriodPath(f.place_id, f.period);
    let g = groups.get(p);
    if (!g) groups.set(p, (g = []));
    g.push(f);
  }
  // The same rows twice: Arrow for analysts and tools (the data contract),
  // compact JSON for the pages, which then need no Arrow decoder.
  for (const [p, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    files.set(p.replace(/\.json$/, ".arrow"), factsToArrow(g));
    files.set(p, enc.encode(factsToJson(g, build)));
  }

  // A place's years are the years with published yearly figures (from a yearly
  // report or a later one); its other periods are summarised, listed in its periods file.
  const yearsOf = new Map<string, { reported: Set<number>; all: Set<number> }>();
  const periodsOf = new Map<string, Map<string, PeriodKind>>();
  for (const f of c.facts) {
    if (f.period_kind === "year") {
      let y = yearsOf.get(f.place_id);
      if (!y) yearsOf.set(f.place_id, (y = { reported: new Set(), all: new Set() }));
      y.all.add(f.year);
      if (f.derivation === "reported") y.reported.add(f.year);
    } else {
      let p = periodsOf.get(f.place_id);
      if (!p) periodsOf.set(f.place_id, (p = new Map()));
      p.set(f.period, f.period_kind);
    }
  }
  const places: ManifestPlace[] = c.places.map((p) => {
    const y = yearsOf.get(p.id);
    const years = [...(y?.reported ?? [])].sort((a, b) => a - b);
    const derived_years = [...(y?.all ?? [])]
      .filter((x) => !y!.reported.has(x))
      .sort((a, b) => a - b);
    const periods = periodsOf.get(p.id);
    if (!periods) return { ...p, years, derived_years };
    const list = [...periods.keys()].sort();
    const kinds = PERIOD_KINDS.filter((k) => [...periods.values()].includes(k));
    return {
      ...p,
      years,
      derived_years,
      periods: { kinds, count: list.length, first: list[0]!, last: list.at(-1)! },
    };
  });
  files.set("datapackage.json", json(dataPackage(build)));
  const entry = ([path, bytes]: [string, Uint8Array]) => ({
    path,
    bytes: bytes.length,
    sha256: sha256(bytes),
  });
  const listing = [...files].map(entry);
  const manifest: Manifest = {
    version: 2,
    build,
    places,
    metrics: METRICS.map(({ id, zh, en, unit, group }) => ({ id, zh, en, unit, group })),
    files: listing.filter((f) => isManifestFile(f.path)),
  };
  files.set("files.json", json({ version: 1, build, files: listing }));
  files.set("manifest.json", json(manifest));
  return files;
}
