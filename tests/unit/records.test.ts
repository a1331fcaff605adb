import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { loadPlaceCharts } from "../../src/lib/charts/registry.ts";
import {
  factRecord,
  RECORD_COLUMNS,
  recordsToCsv,
  type ChartRecord,
} from "../../src/lib/charts/records.ts";
import { joinContext } from "../../src/lib/charts/series.ts";
import type { ChartSpec, PlaceChartInput } from "../../src/lib/charts/spec.ts";
import { compareSpec } from "../../src/lib/charts/specs/compare.ts";
import type { Fact } from "../../src/lib/data/fact.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import type { Lang } from "../../src/lib/format/number.ts";
import { seedDataset } from "./dataset.ts";

// Every chart, the trend's code (loaded on demand in the page) included.
const PLACE_CHART_DEFS = await loadPlaceCharts();

const { facts, quality: issues } = seedDataset();
const places = seedDataset().places.map((p) => ({
  ...p,
  years: [...new Set(facts.filter((f) => f.place_id === p.id).map((f) => f.year))].sort(),
  derived_years: [],
})) as ManifestPlace[];

function input(placeId: string, year: number): PlaceChartInput {
  const place = places.find((p) => p.id === placeId)!;
  return {
    place,
    year,
    facts: facts.filter((f) => f.place_id === placeId && f.year === year),
    context: joinContext(
      facts.filter((f) => f.place_id === placeId),
      facts.filter((f) => f.metric === "seats_per_100k"),
      ["seats_per_100k"],
    ),
    places,
    issues,
    ranking: "",
  };
}

/** Every chart of every seed place-year, in both languages. */
function everySpec(): [string, Lang, ChartSpec][] {
  const out: [string, Lang, ChartSpec][] = [];
  for (const p of places)
    for (const year of p.years)
      for (const lang of ["zh", "en"] as const)
        for (const def of PLACE_CHART_DEFS)
          out.push([`${p.id} ${year} ${def.id}`, lang, def.spec(input(p.id, year), lang)]);
  for (const metric of ["demand_total", "connection_rate", "satisfaction", "seats_per_100k"])
    for (const lang of ["zh", "en"] as const)
      out.push([
        `compare ${metric}`,
        lang,
        compareSpec(
          {
            metric,
            year: null,
            facts,
            places,
            issues,
            showAll: false,
            omitted: { bars: 0, notPublished: 0 },
          },
          lang,
        ),
      ]);
  return out;
}

/** A CSV as written, read back the way pandas or d3 would (the BOM removed). */
function readBack(csv: string) {
  expect(csv.startsWith("\ufeff")).toBe(true);
  return csvParse(csv.slice(1));
}

const fact = (metric: string, place = "huaian", year = 2023, scope = ""): Fact =>
  facts.find(
    (f) => f.place_id === place && f.year === year && f.metric === metric && f.scope === scope,
  )!;

describe("factRecord(f, lang)", () => {
  it("keeps the value as published, with the metric id, unit, period and source", () => {
    const r = factRecord(fact("demand_total"), "zh");
    expect(r).toMatchObject({
      place_id: "huaian",
      place: "淮安市",
      level: "prefecture",
      period: "2023",
      period_kind: "year",
      metric: "demand_total",
      value: 1450699,
      unit: "count",
      derivation: "reported",
      derivation_how: "",
    });
    expect(r.source).toMatch(/^huaian-2023 § /);
  });

  it("names a connection rate's definition and a scoped figure's scope", () => {
    const conn = facts.find((f) => f.metric === "connection_rate" && /30\s*秒/.test(f.term_zh))!;
    expect(factRecord(conn, "zh").definition).toBe("30秒人工接通率");
    const scoped = fact("satisfaction_agent", "zhenjiang", 2022, "consultation");
    expect(factRecord(scoped, "zh").definition).toMatch(/咨询/);
    expect(factRecord(scoped, "en").scope).toBe("consultation");
  });

  it("says a derived value is derived and how, in the page's language", () => {
    const d = facts.find((f) => f.derivation.startsWith("derived: ") && / ÷ /.test(f.derivation))!;
    const zh = factRecord(d, "zh");
    expect(zh.derivation).toBe("derived");
    expect(zh.derivation_how).toMatch(/根据 .+ 报告的同比变化推算$/);
    expect(factRecord(d, "en").derivation_how).toMatch(/year-on-year change$/);
  });
});

describe("recordsToCsv(records)", () => {
  it("writes UTF-8 with a BOM and a header of field names", () => {
    const csv = recordsToCsv([factRecord(fact("demand_total"), "zh")]);
    expect(csv.startsWith(`\ufeff${RECORD_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv).toContain(",1450699,count,");
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    const r: ChartRecord = { ...factRecord(fact("demand_total"), "en"), place: "=HYPERLINK(1)" };
    expect(readBack(recordsToCsv([r]))[0]!.place).toBe("'=HYPERLINK(1)");
  });
});

describe("every chart's records, read back from its CSV", () => {
  const specs = everySpec();

  it("covers every chart with something to draw", () => {
    for (const [name, , spec] of specs)
      if (!spec.empty) expect(spec.records.length, name).toBeGreaterThan(0);
  });

  it("gives each value as a plain number equal to a published (or derived) figure", () => {
    const values = new Set(facts.map((f) => f.value));
    for (const [name, , spec] of specs) {
      const rows = readBack(recordsToCsv(spec.records));
      expect(rows.columns, name).toEqual([...RECORD_COLUMNS]);
      expect(rows.length, name).toBe(spec.records.length);
      for (const [i, row] of rows.entries()) {
        expect(row.value, name).toMatch(/^-?\d+(\.\d+)?$/);
        const v = Number(row.value);
        expect(v, name).toBe(spec.records[i]!.value);
        expect(values.has(v), `${name}: ${v}`).toBe(true);
        expect(row.unit, name).toMatch(/^(count|percent|seconds|workdays|per_100k)$/);
        expect(row.derivation, name).toMatch(/^(reported|derived)$/);
        expect(row.metric, name).not.toBe("");
        expect(row.source, name).not.toBe("");
      }
    }
  });

  it("shows every figure the chart draws in its table, exactly (no 万, K or M)", () => {
    for (const [name, lang, spec] of specs) {
      for (const row of spec.rows)
        for (const cell of row)
          expect(cell, `${name} ${lang}`).not.toMatch(/\d(万|亿|[KMB](?![a-z]))/);
    }
  });
});

describe("the top-five table and the comparison table", () => {
  it("give the exact count: 455,426, not 45.5万", () => {
    const cat = PLACE_CHART_DEFS.find((d) => d.id === "categories")!;
    const spec = cat.spec(input("huaian", 2023), "zh");
    const first = spec.rows[0]!;
    expect(first).toEqual(["#1", "民生保障", "455,426", "31.39%"]);
    expect(spec.records[0]).toMatchObject({ category: "民生保障", rank: 1, value: 455426 });
  });

  it("put place, level, period, definition and value in separate cells", () => {
    const spec = compareSpec(
      {
        metric: "demand_total",
        year: null,
        facts,
        places,
        issues,
        showAll: false,
        omitted: { bars: 0, notPublished: 0 },
      },
      "zh",
    );
    const huaian = spec.rows.find((r) => r[0] === "淮安市")!;
    expect(huaian.slice(0, 5)).toEqual(["淮安市", "地级市", "2023", "诉求总量", "1,450,699"]);
  });

  it("compare scoped figures as their own definition, not leaving them out", () => {
    const spec = compareSpec(
      {
        metric: "satisfaction",
        year: 2022,
        facts,
        places,
        issues,
        showAll: false,
        omitted: { bars: 0, notPublished: 0 },
      },
      "zh",
    );
    const scoped = spec.records.filter((r) => r.place_id === "zhenjiang" && r.scope);
    expect(scoped.map((r) => r.scope).sort()).toEqual(["consultation", "non_consultation"]);
    const d = spec.drawing;
    expect(d.kind).toBe("groups");
    if (d.kind === "groups") {
      const headings = d.groups.map((g) => g.heading);
      expect(headings.some((h) => /咨询类/.test(h))).toBe(true);
      expect(new Set(d.groups.map((g) => g.key)).size).toBe(d.groups.length);
    }
  });
});
