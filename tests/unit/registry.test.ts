import { describe, expect, it } from "vitest";
import {
  chartMeta,
  embedHeight,
  loadPlaceChart,
  loadPlaceCharts,
  needsOf,
  PLACE_CHART_IDS,
  placeChart,
} from "../../src/lib/charts/registry.ts";
import type { PlaceChartMeta } from "../../src/lib/charts/spec.ts";
import { trend } from "../../src/lib/charts/specs/trend.ts";

// One module state per test file: the trend's code is not loaded until a test loads it.
describe("the registry, with the trend's code loaded on demand", () => {
  it("placeChart(id) gives the bar charts at once and null for the trend before its code", () => {
    for (const id of PLACE_CHART_IDS)
      expect(placeChart(id)?.id ?? null, id).toBe(id === "trend" ? null : id);
  });

  it("chartMeta, needsOf and embedHeight answer for the trend without its code", () => {
    expect(needsOf(["trend"])).toEqual({ otherYears: true, metrics: [], periods: true });
    expect(needsOf(["volume", "seats"])).toEqual({
      otherYears: false,
      metrics: ["seats_per_100k"],
      periods: false,
    });
    expect(embedHeight("trend")).toBe(chartMeta("trend").embedHeight);
    expect(placeChart("trend")).toBeNull();
  });

  it("loadPlaceChart('trend') brings the trend's def, which placeChart then gives", async () => {
    const def = await loadPlaceChart("trend");
    expect(def).toBe(trend);
    expect(placeChart("trend")).toBe(trend);
  });

  it("chartMeta(id) is what each chart's own module declares", async () => {
    const defs = await loadPlaceCharts();
    expect(defs.map((d) => d.id)).toEqual([...PLACE_CHART_IDS]);
    const meta = ({ id, metrics, needs, embedHeight }: PlaceChartMeta) => ({
      id,
      metrics,
      needs,
      embedHeight,
    });
    for (const def of defs) {
      expect(typeof def.spec).toBe("function");
      expect(meta(chartMeta(def.id)), def.id).toEqual(meta(def));
    }
  });
});
