import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allocate, generateNationwide } from "../../scripts/bench/nationwide.ts";
import { WIDE_HEADER, placeName, wideCsv } from "../../scripts/bench/widecsv.ts";
import { buildOutputs } from "../../scripts/build/outputs.ts";
import { metricInfo } from "../../src/lib/data/metrics.ts";
import { factKey } from "../../src/lib/data/fact.ts";

const small = generateNationwide({ places: 100, years: 3, seed: 3 });
const { places, facts, reports } = small.compiled;
const byId = new Map(places.map((p) => [p.id, p]));

describe("allocate(total, weights, min)", () => {
  it("hands out exactly the total, in proportion, at least min each", () => {
    const a = allocate(10, [1, 1, 1]);
    expect(a.reduce((s, x) => s + x, 0)).toBe(10);
    expect(Math.max(...a) - Math.min(...a)).toBeLessThanOrEqual(1);
    expect(allocate(7, [100, 1], 2)).toEqual([5, 2]);
  });
});

describe("generateNationwide: a synthetic dataset shaped like the real one", () => {
  it("has the asked number of places with reports, about one in nine a prefecture", () => {
    const reporting = new Set(reports.map((r) => r.place_id));
    expect(reporting.size).toBe(100);
    const pref = places.filter((p) => p.level === "prefecture").length;
    expect(pref).toBe(Math.round(100 * (337 / 3000)));
    expect(places.filter((p) => p.level === "province").every((p) => !reporting.has(p.id))).toBe(
      true,
    );
  });
  it("ids and adcodes are unique, and every parent link is valid", () => {
    expect(byId.size).toBe(places.length);
    expect(new Set(places.map((p) => p.adcode)).size).toBe(places.length);
    for (const p of places) {
      expect(p.adcode).toMatch(/^[1-6]\d{5}$/);
      if (p.level === "province") {
        expect(p.parent).toBe("");
        continue;
      }
      const parent = byId.get(p.parent);
      expect(parent?.level).toBe(p.level === "prefecture" ? "province" : "prefecture");
      const digits = p.level === "prefecture" ? 2 : 4;
      expect(p.adcode.slice(0, digits)).toBe(parent!.adcode.slice(0, digits));
    }
  });
  it("every fact has a known metric, its unit, a source, and a value in range", () => {
    for (const f of facts) {
      const info = metricInfo(f.metric);
      expect(info?.unit).toBe(f.unit);
      expect(f.source).toMatch(/^[a-z0-9-]+ § /);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.value).toBeGreaterThanOrEqual(0);
      if (f.unit === "percent") expect(f.value).toBeLessThanOrEqual(100);
      if (f.unit === "count") expect(Number.isInteger(f.value)).toBe(true);
    }
    expect(new Set(facts.map(factKey)).size).toBe(facts.length);
  });
  it("a third of the places also publish monthly briefs for the last two years, never added into the year", () => {
    const monthly = small.compiled.reports.filter((x) => x.period_kind === "month");
    const places = new Set(monthly.map((x) => x.place_id));
    const reporting = new Set(small.compiled.reports.map((x) => x.place_id));
    expect(places.size / reporting.size).toBeGreaterThan(0.2);
    expect(places.size / reporting.size).toBeLessThan(0.5);
    expect(new Set(monthly.map((x) => x.year))).toEqual(new Set([2023, 2024]));
    const facts = small.compiled.facts.filter((f) => f.period_kind === "month");
    expect(
      facts.every((f) => /^\d{4}-\d{2}$/.test(f.period) && f.period.startsWith(String(f.year))),
    ).toBe(true);
    expect(facts.every((f) => monthly.some((x) => f.source.startsWith(`${x.id} § `)))).toBe(true);
  });

  it("coverage is patchy: not every place-year publishes every metric", () => {
    const perReport = reports.map((r) => r.reported);
    expect(Math.min(...perReport)).toBeLessThan(Math.max(...perReport));
    const connection = facts.filter((f) => f.metric === "connection_rate");
    const reportCount = reports.length;
    expect(connection.length).toBeGreaterThan(0);
    expect(connection.length).toBeLessThan(reportCount);
    // Both connection definitions, and more than one satisfaction definition.
    expect(connection.some((f) => /30秒/.test(f.term_zh))).toBe(true);
    expect(connection.some((f) => !/30秒/.test(f.term_zh))).toBe(true);
    const sat = new Set(
      facts.filter((f) => f.metric.startsWith("satisfaction_")).map((f) => f.metric),
    );
    expect(sat.size).toBeGreaterThan(2);
  });
  it("rankings run 1–5 within each place, year, dimension and scope", () => {
    const lists = new Map<string, number[]>();
    for (const f of facts.filter((x) => x.metric === "top_category")) {
      const k = `${f.place_id}|${f.year}|${f.dimension}|${f.scope}`;
      lists.set(k, [...(lists.get(k) ?? []), f.rank!]);
    }
    expect(lists.size).toBeGreaterThan(0);
    for (const ranks of lists.values())
      expect(ranks.sort()).toEqual([1, 2, 3, 4, 5].slice(0, ranks.length));
  });
  it("is deterministic for a seed", () => {
    const again = generateNationwide({ places: 100, years: 3, seed: 3 });
    expect(again.compiled.facts).toEqual(facts);
    expect(again.sample).toEqual(small.sample);
  });
  it("the real build turns it into the files the app reads", () => {
    const files = buildOutputs(small.compiled);
    const manifest = JSON.parse(new TextDecoder().decode(files.get("manifest.json"))) as {
      places: { id: string; years: number[] }[];
    };
    expect(manifest.places).toHaveLength(places.length);
    const { placeId, year } = small.sample;
    expect(manifest.places.find((p) => p.id === placeId)?.years).toContain(year);
    expect(files.has(`${placeId}/${year}.json`)).toBe(true);
    expect(files.has("metric/demand_total.json")).toBe(true);
    // The build of 100 places × 3 years takes seconds on a shared machine: not a speed test.
  }, 30_000);
});

describe("wideCsv(rows): a large wide CSV as Excel writes it", () => {
  const text = wideCsv(200, 1);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  it("starts with a BOM and the Chinese header, one row per place and year", () => {
    expect(text.startsWith("\uFEFF地区,年份,诉求总量")).toBe(true);
    expect(rows[0]).toEqual(WIDE_HEADER);
    expect(rows).toHaveLength(201);
    expect(rows.every((r) => r.length === WIDE_HEADER.length)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => `${r[0]}|${r[1]}`)).size).toBe(200);
  });
  it("writes numbers every way spreadsheets do", () => {
    const cells = rows.slice(1).flatMap((r) => r.slice(2));
    expect(cells.some((c) => /^\d{1,3}(,\d{3})+$/.test(c))).toBe(true);
    expect(cells.some((c) => /^\d+(\.\d)?万$/.test(c))).toBe(true);
    expect(cells.some((c) => /^\d+\.\d{2}%$/.test(c))).toBe(true);
    expect(cells.some((c) => c === "" || c === "—")).toBe(true);
  });
  it("placeName gives distinct names", () => {
    const names = new Set(Array.from({ length: 5000 }, (_, i) => placeName(i)));
    expect(names.size).toBe(5000);
  });
});
