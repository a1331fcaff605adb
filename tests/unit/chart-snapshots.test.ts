import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import BarChart from "../../src/lib/charts/BarChart.svelte";
import TrendChart from "../../src/lib/charts/TrendChart.svelte";
import {
  comparison,
  connectionSeries,
  rankings,
  satisfactionSeries,
  trendSeries,
  volumeSeries,
} from "../../src/lib/charts/series.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import { dataset } from "./dataset.ts";
import { matchSnapshot, normaliseSvg } from "./snapshot.ts";

const facts = dataset().facts;
const huaian = facts.filter((f) => f.place_id === "huaian" && f.year === 2023);
const places = dataset().places.map((p) => ({
  ...p,
  years: dataset()
    .reports.filter((r) => r.place_id === p.id)
    .map((r) => r.year),
  derived_years: [],
})) as ManifestPlace[];
const pct = (v: number) => `${v}%`;

const CASES = {
  "huaian-volume": () =>
    render(BarChart, { props: { data: volumeSeries(huaian, "zh"), lang: "zh", label: "volume" } }),
  "huaian-trend": () =>
    render(TrendChart, {
      props: { data: trendSeries(facts, "huaian", "zh"), lang: "zh", label: "trend" },
    }),
  "huaian-connection": () =>
    render(BarChart, {
      props: {
        data: connectionSeries(huaian, "en"),
        lang: "en",
        label: "connection",
        max: 100,
        tickFormat: pct,
      },
    }),
  "huaian-satisfaction": () =>
    render(BarChart, {
      props: {
        data: satisfactionSeries(huaian, "en"),
        lang: "en",
        label: "satisfaction",
        max: 100,
        tickFormat: pct,
      },
    }),
  "huaian-seats": () =>
    render(BarChart, {
      props: {
        data: comparison(facts, places, "seats_per_100k", "zh", {
          highlight: "huaian",
        }).groups.flatMap((g) => g.data),
        lang: "zh",
        label: "seats",
      },
    }),
  "huaian-categories": () =>
    render(BarChart, {
      props: { data: rankings(huaian, "zh")[0]!.data, lang: "zh", label: "categories" },
    }),
} as const;

describe("normalised SVG snapshots of each chart for Huai'an 2023", () => {
  for (const [name, draw] of Object.entries(CASES)) {
    it(name, () => {
      const svg = normaliseSvg(draw().body);
      expect(svg).toContain('role="img"');
      const { ok, expected } = matchSnapshot(name, svg);
      if (!ok) expect(svg).toBe(expected);
    });
  }
});
