import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../scripts/build/compile.ts";
import { buildOutputs, sha256 } from "../../scripts/build/outputs.ts";
import { readSourceDir } from "../../scripts/build/read.ts";
import { arrowToFacts } from "../../src/lib/data/arrow.ts";
import { jsonBuild, jsonToFacts } from "../../src/lib/data/factsJson.ts";
import { factsToCsv } from "../../src/lib/data/csv.ts";
import {
  METRIC_DIR,
  metricArrowPath,
  metricPath,
  metricPeriodsPath,
  placePeriodPath,
  SHARED_FILES,
  type Manifest,
} from "../../src/lib/data/manifest.ts";

const PUBLIC = join(import.meta.dirname, "..", "..", "public", "data");
const build = () => {
  const { places, reports } = readSourceDir();
  return buildOutputs(compile(places, reports));
};
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : [relative(PUBLIC, p).split("\\").join("/")];
  });

/** The per place-period files: `<place>/<period>.json` (not the metric folder, not top-level files). */
const isPlacePeriod = (k: string) =>
  k.endsWith(".json") && k.includes("/") && !k.startsWith(`${METRIC_DIR}/`);

describe("npm run data", { timeout: 60_000 }, () => {
  it("is deterministic: two builds give byte-identical files", () => {
    const a = build();
    const b = build();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(sha256(v), k).toBe(sha256(b.get(k)!));
  });

  it("committed public/data equals a fresh build (run `npm run data` if this fails)", () => {
    const fresh = build();
    expect(listFiles(PUBLIC).sort()).toEqual([...fresh.keys()].sort());
    for (const [k, v] of fresh)
      expect(sha256(new Uint8Array(readFileSync(join(PUBLIC, k)))), k).toBe(sha256(v));
  });

  it("facts.csv is UTF-8 with BOM and the Arrow files hold the same rows", () => {
    const files = build();
    const csv = files.get("facts.csv")!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const facts = arrowToFacts(files.get("facts.arrow")!);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv)).toBe(factsToCsv(facts));
    const perPlace = [...files.keys()].filter(isPlacePeriod);
    for (const k of perPlace) {
      const rows = jsonToFacts(files.get(k)!);
      expect(new Set(rows.map((f) => placePeriodPath(f.place_id, f.period))), k).toEqual(
        new Set([k]),
      );
    }
    const rows = perPlace.flatMap((k) => jsonToFacts(files.get(k)!));
    const key = (f: (typeof facts)[number]) => JSON.stringify(f);
    expect(rows.map(key).sort()).toEqual(facts.map(key).sort());
    for (const k of perPlace)
      expect(arrowToFacts(files.get(k.replace(/json$/, "arrow"))!), k).toEqual(
        jsonToFacts(files.get(k)!),
      );
  });

  it("each metric's file holds every place's yearly figures of it, rankings excepted", () => {
    const files = build();
    const facts = arrowToFacts(files.get("facts.arrow")!);
    const perMetric = [...files.keys()].filter(
      (k) => k.startsWith("metric/") && !k.startsWith("metric/periods/") && k.endsWith(".json"),
    );
    expect(perMetric.length).toBeGreaterThan(10);
    const rows = perMetric.flatMap((k) => {
      const got = jsonToFacts(files.get(k)!);
      expect(new Set(got.map((f) => metricPath(f.metric)))).toEqual(new Set([k]));
      // The same rows as Arrow, for tools.
      expect(arrowToFacts(files.get(metricArrowPath(k))!)).toEqual(got);
      return got;
    });
    const key = (f: (typeof facts)[number]) =>
      `${f.metric}|${f.place_id}|${f.year}|${f.scope}|${f.term_zh}`;
    expect(rows.every((f) => f.period_kind === "year")).toBe(true);
    expect(rows.map(key).sort()).toEqual(
      facts
        .filter((f) => f.metric !== "top_category" && f.period_kind === "year")
        .map(key)
        .sort(),
    );
  });

  it("each metric's periods file holds every place's other periods of it (months, quarters …), never a year", () => {
    const files = build();
    const facts = arrowToFacts(files.get("facts.arrow")!);
    const perMetric = [...files.keys()].filter(
      (k) => k.startsWith("metric/periods/") && k.endsWith(".json"),
    );
    expect(perMetric.length).toBeGreaterThan(3);
    const rows = perMetric.flatMap((k) => {
      const got = jsonToFacts(files.get(k)!);
      expect(arrowToFacts(files.get(metricArrowPath(k))!)).toEqual(got);
      expect(new Set(got.map((f) => metricPeriodsPath(f.metric)))).toEqual(new Set([k]));
      return got;
    });
    const key = (f: (typeof facts)[number]) =>
      `${f.metric}|${f.place_id}|${f.period}|${f.scope}|${f.term_zh}`;
    expect(rows.some((f) => f.period_kind === "year")).toBe(false);
    expect(rows.map(key).sort()).toEqual(
      facts
        .filter((f) => f.metric !== "top_category" && f.period_kind !== "year")
        .map(key)
        .sort(),
    );
  });

  it("the manifest lists the shared files with their size and SHA-256, and places with their years", () => {
    const files = build();
    const m = JSON.parse(new TextDecoder().decode(files.get("manifest.json")!)) as Manifest;
    const all = arrowToFacts(files.get("facts.arrow")!);
    const ids = (yearly: boolean) =>
      [
        ...new Set(all.filter((f) => (f.period_kind === "year") === yearly).map((f) => f.metric)),
      ].filter((id) => id !== "top_category");
    const metrics = [...ids(true).map(metricPath), ...ids(false).map(metricPeriodsPath)];
    expect(m.files.map((f) => f.path).sort()).toEqual([...SHARED_FILES, ...metrics].sort());
    const listing = JSON.parse(new TextDecoder().decode(files.get("files.json")!)) as {
      build: string;
      files: { path: string; bytes: number; sha256: string }[];
    };
    // files.json lists every other file; the per place-year files name the build.
    expect(listing.files.map((f) => f.path).sort()).toEqual(
      [...files.keys()].filter((p) => p !== "files.json" && p !== "manifest.json").sort(),
    );
    for (const f of [...m.files, ...listing.files]) {
      expect(f.bytes).toBe(files.get(f.path)!.length);
      expect(f.sha256).toBe(sha256(files.get(f.path)!));
    }
    expect(listing.build).toBe(m.build);
    for (const p of [...files.keys()].filter(isPlacePeriod))
      expect(jsonBuild(files.get(p)!), p).toBe(m.build);
    const place = (id: string) => m.places.find((p) => p.id === id);
    expect(place("suzhou")?.years).toEqual([2022, 2023]);
    expect(place("huaian")?.years).toEqual([2023]);
    expect(place("haimen")).toMatchObject({ years: [2020], parent: "nantong", level: "district" });
    // A place with briefs only: no years, its periods listed.
    expect(place("hengdong")).toMatchObject({
      years: [],
      level: "county",
      parent: "hengyang",
      periods: { kinds: ["quarter", "month"], first: "2019-04", last: "2025-Q1" },
    });
    const hengdong = jsonToFacts(files.get("hengdong/periods.json")!);
    expect(new Set(hengdong.map((f) => f.period))).toEqual(
      new Set(["2019-04", "2020-09", "2023-09", "2025-Q1"]),
    );
    // The places above a place with a report are there to name it.
    expect(place("hengyang")).toMatchObject({ level: "prefecture", years: [], parent: "hunan" });
    expect(m.places.find((p) => p.id === "suzhou")?.derived_years).toEqual([2021]);
    expect(m.metrics.find((x) => x.id === "seats_per_100k")).toMatchObject({
      zh: "每十万人座席数",
      unit: "per_100k",
    });
  });
});
