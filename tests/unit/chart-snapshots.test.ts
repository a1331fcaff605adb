import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import Drawing from "../../src/lib/charts/Drawing.svelte";
import { layoutBars } from "../../src/lib/charts/bars.ts";
import { layoutTrend } from "../../src/lib/charts/trend.ts";
import { loadPlaceCharts } from "../../src/lib/charts/registry.ts";
import { joinContext } from "../../src/lib/charts/series.ts";
import type { ChartSpec, PlaceChartInput } from "../../src/lib/charts/spec.ts";
import { compareSpec } from "../../src/lib/charts/specs/compare.ts";
import type { Lang } from "../../src/lib/format/number.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import { seedDataset } from "./dataset.ts";
import { matchSnapshot, normaliseSvg, stableJson } from "./snapshot.ts";

// Every chart, the trend's code (loaded on demand in the page) included.
const PLACE_CHART_DEFS = await loadPlaceCharts();

const facts = seedDataset().facts;
const places = seedDataset().places.map((p) => ({
  ...p,
  years: seedDataset()
    .reports.filter((r) => r.place_id === p.id)
    .map((r) => r.year),
  derived_years: [],
})) as ManifestPlace[];
const issues = seedDataset().quality;

function input(placeId: string, year: number): PlaceChartInput {
  const place = places.find((p) => p.id === placeId)!;
  const seats = facts.filter((f) => f.metric === "seats_per_100k");
  return {
    place,
    year,
    facts: facts.filter((f) => f.place_id === placeId && f.year === year),
    context: joinContext(
      facts.filter((f) => f.place_id === placeId),
      seats,
      ["seats_per_100k"],
    ),
    places,
    issues,
    ranking: "",
  };
}

/** The drawing laid out at a phone's width: labels above bars, fewer ticks. */
function narrow(spec: ChartSpec) {
  const d = spec.drawing;
  if (d.kind === "trend") return layoutTrend(d.slots, d.lines, { width: 360 });
  const data = d.kind === "bars" ? d.data : d.groups.flatMap((g) => g.data);
  return layoutBars(data, { width: 360, max: d.max });
}

const CASES: [string, Lang][] = [
  ["huaian:2023", "zh"],
  ["suzhou:2022", "en"],
  ["nantong:2024", "zh"],
];

describe("whole-chart specs, with their narrow layout (JSON snapshots)", () => {
  for (const [key, lang] of CASES) {
    const [placeId, year] = key.split(":") as [string, string];
    for (const chart of PLACE_CHART_DEFS) {
      const name = `${placeId}-${year}-${chart.id}-${lang}`;
      it(`${chart.id}.spec(${placeId} ${year}, "${lang}")`, () => {
        const spec = chart.spec(input(placeId, Number(year)), lang);
        const { ok, expected } = matchSnapshot(
          `${name}.json`,
          stableJson({ spec, narrow: spec.empty ? null : narrow(spec) }),
        );
        if (!ok) expect(stableJson({ spec, narrow: narrow(spec) })).toBe(expected);
      });
    }
  }

  it.each([
    ["connection_rate", "zh", "all"],
    ["satisfaction", "en", "all"],
    ["avg_wait_seconds", "en", "none"],
  ] as [string, Lang, string][])(
    "compareSpec(%s, %s) with %s of the figures",
    (metric, lang, which) => {
      const spec = compareSpec(
        {
          metric,
          year: null,
          facts: which === "all" ? facts : [],
          places,
          issues,
          showAll: false,
          omitted: { bars: 0, notPublished: 0 },
        },
        lang,
      );
      const { ok, expected } = matchSnapshot(
        `compare-${metric}-${lang}-${which}.json`,
        stableJson(spec),
      );
      if (!ok) expect(stableJson(spec)).toBe(expected);
    },
  );
});

describe("normalised SVG snapshots of each drawing for Huai'an 2023", () => {
  for (const chart of PLACE_CHART_DEFS) {
    it(chart.id, () => {
      const spec = chart.spec(input("huaian", 2023), chart.id === "volume" ? "zh" : "en");
      const svg = normaliseSvg(render(Drawing, { props: { spec, lang: "zh" } }).body);
      expect(svg).toMatch(/<svg class="chart" role="img" aria-label="[^"]+"/);
      expect(svg).toContain("<desc>");
      expect(svg).not.toMatch(/tabindex|role="button"/);
      const { ok, expected } = matchSnapshot(`huaian-${chart.id}.svg`, svg);
      if (!ok) expect(svg).toBe(expected);
    });
  }
});

describe("matchSnapshot(name, actual)", () => {
  it("with CI set, never writes a baseline and fails on a missing snapshot", () => {
    const dir = mkdtempSync(join(tmpdir(), "snap-"));
    expect(matchSnapshot("a.json", "x", dir, true).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
  it("writes a -changed copy on a mismatch and removes it once they match", () => {
    const dir = mkdtempSync(join(tmpdir(), "snap-"));
    writeFileSync(join(dir, "a.json"), "x");
    expect(matchSnapshot("a.json", "y", dir, false).ok).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["a-changed.json", "a.json"]);
    expect(matchSnapshot("a.json", "x", dir, false).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });
});
