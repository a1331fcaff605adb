import { describe, expect, it } from "vitest";
import {
  defaultPeriod,
  kindsWithData,
  periodOptions,
  resolvePeriod,
  tiersWithData,
  DEFAULT_CHOICE,
} from "../../src/lib/charts/compareChoice.ts";
import { comparison } from "../../src/lib/charts/series.ts";
import type { Fact, Level } from "../../src/lib/data/fact.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import type { PeriodKind } from "../../src/lib/data/period.ts";

/** A figure of a made-up place in a period. */
function fig(place: string, level: Level, period: string, metric: string, value: number): Fact {
  const kind: PeriodKind = /^\d{4}$/.test(period)
    ? "year"
    : /-Q/.test(period)
      ? "quarter"
      : /-H/.test(period)
        ? "half"
        : /\.\./.test(period)
          ? "window"
          : "month";
  return {
    place_id: place,
    place_zh: `${place}市`,
    place_en: place,
    level,
    parent_id: "",
    adcode: "320100",
    year: Number(period.slice(0, 4)),
    period,
    period_kind: kind,
    metric,
    category: "",
    rank: null,
    dimension: "",
    scope: "",
    value,
    share: null,
    unit: metric === "demand_total" ? "count" : "percent",
    term_zh: metric === "connection_rate" ? "接通率" : "受理诉求",
    derivation: "reported",
    yoy_text: "",
    source: `${place}-${period} § 一`,
    note: "",
    note_zh: "",
  };
}

const place = (id: string, level: Level, years: number[]): ManifestPlace => ({
  id,
  zh: `${id}市`,
  en: id,
  level,
  parent: "",
  adcode: "320100",
  years,
  derived_years: [],
});

describe("defaultPeriod(options)", () => {
  it.each([
    // the latest with at least half the best period's places
    [
      [
        ["2024", 2],
        ["2023", 5],
        ["2022", 4],
        ["2020", 7],
      ],
      "2023",
    ],
    // a recent year nearly as complete wins over an older, fuller one
    [
      [
        ["2024", 9],
        ["2019", 10],
      ],
      "2024",
    ],
    // one place per period: the latest
    [
      [
        ["2025", 1],
        ["2019", 1],
      ],
      "2025",
    ],
    // at least two places where any period has two
    [
      [
        ["2025", 1],
        ["2024", 1],
        ["2023", 2],
      ],
      "2023",
    ],
  ] as const)("%j → %s", (opts, want) => {
    expect(defaultPeriod(opts.map(([period, places]) => ({ period, places })))).toBe(want);
  });

  it("is null without options", () => {
    expect(defaultPeriod([])).toBeNull();
  });
});

describe("periodOptions(facts, metric, kind, tier)", () => {
  const facts = [
    fig("a", "prefecture", "2023", "demand_total", 10),
    fig("b", "prefecture", "2023", "demand_total", 20),
    fig("c", "county", "2023", "demand_total", 5),
    fig("a", "prefecture", "2022", "demand_total", 9),
    fig("a", "prefecture", "2023-07", "demand_total", 1),
    fig("c", "county", "2023-07", "demand_total", 1),
    fig("b", "prefecture", "2023-06", "demand_total", 2),
    fig("b", "prefecture", "2023-Q1", "demand_total", 3),
    fig("a", "prefecture", "2023-01..09", "demand_total", 7),
    fig("a", "prefecture", "2023", "connection_rate", 97),
  ];

  it("lists every period of the kind with data, latest first, with its number of places", () => {
    expect(periodOptions(facts, "demand_total", "year")).toEqual([
      { period: "2023", places: 3 },
      { period: "2022", places: 1 },
    ]);
    expect(periodOptions(facts, "demand_total", "month")).toEqual([
      { period: "2023-07", places: 2 },
      { period: "2023-06", places: 1 },
    ]);
  });

  it("counts only the tier filtered to", () => {
    expect(periodOptions(facts, "demand_total", "year", "local")).toEqual([
      { period: "2023", places: 1 },
    ]);
  });

  it("kindsWithData and tiersWithData name what the metric has", () => {
    expect(kindsWithData(facts, "demand_total")).toEqual(["year", "quarter", "month", "window"]);
    expect(kindsWithData(facts, "connection_rate")).toEqual(["year"]);
    expect(tiersWithData(facts, "demand_total")).toEqual(["prefecture", "local"]);
  });

  it("resolvePeriod: a chosen period, each place's latest, the default, and one without data", () => {
    const opts = periodOptions(facts, "demand_total", "year");
    expect(resolvePeriod(DEFAULT_CHOICE, opts)).toEqual({ period: "2023", missing: null });
    expect(resolvePeriod({ ...DEFAULT_CHOICE, period: "2022" }, opts).period).toBe("2022");
    expect(resolvePeriod({ ...DEFAULT_CHOICE, period: "latest" }, opts).period).toBe("latest");
    expect(resolvePeriod({ ...DEFAULT_CHOICE, period: "1999" }, opts)).toEqual({
      period: "2023",
      missing: "1999",
    });
  });

  it("comparison(…, {period}) draws one month only, places with briefs only included, tiers apart", () => {
    const c = comparison(facts, [place("a", "prefecture", [2022, 2023])], "demand_total", "en", {
      period: "2023-07",
    });
    expect(c.groups.map((g) => [g.tier, g.data.map((d) => d.label)])).toEqual([
      ["prefecture", ["a市".replace("市", "")]],
      ["local", ["c"]],
    ]);
    expect(c.facts.every((f) => f.period === "2023-07")).toBe(true);
    // A single period: the bars do not repeat it.
    expect(c.groups[0]!.data[0]!.display).not.toContain("(");
  });

  it("comparison(…, {period: year}) names the places with that year's report that do not publish it", () => {
    const places = [
      place("a", "prefecture", [2022, 2023]),
      place("b", "prefecture", [2023]),
      place("d", "prefecture", [2023]),
      place("e", "prefecture", [2021]),
    ];
    const c = comparison(facts, places, "connection_rate", "en", { period: "2023" });
    expect(c.groups[0]!.data.map((d) => d.label)).toEqual(["a"]);
    expect(c.notPublished.map((p) => p.id)).toEqual(["b", "d"]);
  });

  it("comparison(…, {tier}) keeps one tier only", () => {
    const places = [place("a", "prefecture", [2023]), place("c", "county", [2023])];
    const c = comparison(facts, places, "demand_total", "en", { period: "2023", tier: "local" });
    expect(c.groups.map((g) => g.tier)).toEqual(["local"]);
    expect(c.groups[0]!.data.map((d) => d.label)).toEqual(["c"]);
  });
});
