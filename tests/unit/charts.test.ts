import { describe, expect, it } from "vitest";
import { layoutBars, textWidth, type BarDatum } from "../../src/lib/charts/bars.ts";
import { layoutTrend } from "../../src/lib/charts/trend.ts";
import { comparison, connectionDefinition, withContext } from "../../src/lib/charts/series.ts";
import { rankings } from "../../src/lib/charts/specs/categories.ts";
import { satisfactionSeries } from "../../src/lib/charts/specs/satisfaction.ts";
import { trendSeries } from "../../src/lib/charts/specs/trend.ts";
import { volumeSeries } from "../../src/lib/charts/specs/volume.ts";
import { sourcesOf } from "../../src/lib/charts/sources.ts";
import { searchPlaces } from "../../src/lib/ui/placeSearch.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import { seedDataset } from "./dataset.ts";

const bars = (values: number[]): BarDatum[] =>
  values.map((v, i) => ({ key: `k${i}`, label: `L${i}`, value: v, display: String(v) }));

describe("layoutBars(data, options)", () => {
  it.each([
    { width: 800, narrow: false },
    { width: 360, narrow: true },
  ])("at $width px: narrow=$narrow, bars stay inside the width", ({ width, narrow }) => {
    const l = layoutBars(bars([100, 50, 0]), { width });
    expect(l.narrow).toBe(narrow);
    for (const r of l.rows)
      if (r.kind === "bar") expect(l.x0 + r.barWidth).toBeLessThanOrEqual(width);
  });

  it("bar widths are proportional to values on a shared zero baseline", () => {
    const l = layoutBars(bars([100, 50, 0]), { width: 800, max: 100 });
    const w = l.rows.flatMap((r) => (r.kind === "bar" ? [r.barWidth] : []));
    expect(w[1]).toBeCloseTo(w[0]! / 2, 6);
    expect(w[2]).toBe(0);
  });

  it("a fixed max keeps percentages on a 0–100 scale with ticks at round numbers", () => {
    const l = layoutBars(bars([92.3]), { width: 800, max: 100 });
    expect(l.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(l.ticks.at(-1)!.x).toBe(l.x1);
  });

  it("groups add one heading row each, in order", () => {
    const data = bars([3, 2, 1]).map((d, i) => ({ ...d, group: i < 2 ? "A" : "B" }));
    const kinds = layoutBars(data, { width: 600 }).rows.map((r) =>
      r.kind === "group" ? r.label : r.kind,
    );
    expect(kinds).toEqual(["A", "bar", "bar", "B", "bar"]);
  });

  it("narrow layout puts labels above the bars, not beside them", () => {
    const l = layoutBars(bars([10]), { width: 360 });
    const r = l.rows[0]!;
    expect(r.kind === "bar" && r.labelY < r.barY).toBe(true);
    expect(l.x0).toBe(0);
  });

  it("a value label that does not fit after its bar goes inside it", () => {
    const data: BarDatum[] = [
      { key: "a", label: "a", value: 100, display: "a very long value label 100" },
    ];
    const r = layoutBars(data, { width: 300, max: 100 }).rows[0]!;
    expect(r.kind === "bar" && r.valueInside).toBe(true);
  });

  it("textWidth counts CJK characters about twice as wide as Latin", () => {
    expect(textWidth("苏州")).toBeGreaterThan(textWidth("ab") * 1.5);
  });
});

describe("layoutTrend(data, options)", () => {
  it("dashes every segment that touches a derived year", () => {
    const l = layoutTrend(
      [
        { year: 2021, value: 10, display: "10", derived: true },
        { year: 2022, value: 20, display: "20", derived: false },
        { year: 2023, value: 30, display: "30", derived: false },
      ],
      { width: 400 },
    );
    expect(l.segments.map((s) => s.dashed)).toEqual([true, false]);
    expect(l.points[0]!.x).toBeLessThan(l.points[1]!.x);
    expect(l.points[2]!.y).toBeLessThan(l.points[1]!.y);
  });
});

describe("layoutTrend: a year without a figure", () => {
  it("keeps its place on the axis and no line is drawn across it", () => {
    const d = (year: number, value: number) => ({ year, value, display: "", derived: false });
    const l = layoutTrend([d(2018, 1), d(2020, 3), d(2021, 2), d(2024, 5)], { width: 500 });
    const xs = l.points.map((p) => p.x);
    const step = xs[3]! - xs[2]!;
    // 2018 → 2020 is two steps of one year each; 2021 → 2024 three.
    expect(xs[1]! - xs[0]!).toBeCloseTo((2 * step) / 3, 6);
    expect(xs[2]! - xs[1]!).toBeCloseTo(step / 3, 6);
    expect(l.missing.map((m) => m.year)).toEqual([2019, 2022, 2023]);
    expect(l.segments).toHaveLength(1);
    const [x0, y0, x1, y1] = l.segments[0]!.d.match(/-?[\d.]+/g)!.map(Number);
    expect([x0, y0, x1, y1].map((v) => Math.round(v!))).toEqual(
      [xs[1]!, l.points[1]!.y, xs[2]!, l.points[2]!.y].map((v) => Math.round(v)),
    );
  });
});

describe("layoutTrend: labels where they fit", () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({
    year: 2015 + i,
    value: 100 + i,
    display: String(100 + i),
    derived: i === 0,
  }));
  it("a phone: values at both ends, every second year counted back from the latest", () => {
    const l = layoutTrend(ten, { width: 328 });
    expect(l.points.filter((p) => p.label.value).map((p) => p.year)).toEqual([2015, 2024]);
    expect(l.points.filter((p) => p.label.year).map((p) => p.year)).toEqual([
      2016, 2018, 2020, 2022, 2024,
    ]);
    expect(l.points.some((p) => p.label.note)).toBe(false);
    // No two year labels closer than the room one needs.
    const xs = l.points.filter((p) => p.label.year).map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(36);
  });
  it("a wide chart: every value, year and note", () => {
    const l = layoutTrend(ten, { width: 1200 });
    expect(l.points.every((p) => p.label.value && p.label.year && p.label.note)).toBe(true);
  });
});

describe("series from the dataset", () => {
  const facts = seedDataset().facts;
  const at = (place: string, year: number) =>
    facts.filter((f) => f.place_id === place && f.year === year);
  const places = seedDataset().places.map((p) => ({
    ...p,
    years: [
      ...new Set(
        seedDataset()
          .reports.filter((r) => r.place_id === p.id)
          .map((r) => r.year),
      ),
    ],
    derived_years: [],
  })) as ManifestPlace[];

  it("volumeSeries: Suzhou's total and breakdowns, grouped, in catalogue order", () => {
    const v = volumeSeries(at("suzhou", 2022), "en");
    expect(v.map((d) => [d.group, d.value])).toEqual([
      ["Total", 17032357],
      ["By channel", 12207899],
      ["By channel", 4824441],
      ["By requester", 16964015],
      ["By requester", 68342],
      ["By type", 436547],
      ["By type", 2757002],
      ["By handling", 13838808],
      ["By handling", 3193549],
    ]);
  });

  it("trendSeries: reported and derived years, derived marked", () => {
    expect(trendSeries(facts, "zhenjiang", "zh").map((d) => [d.year, d.derived])).toEqual([
      [2021, true],
      [2022, false],
    ]);
  });

  it("satisfactionSeries: one bar per definition and scope, never merged", () => {
    expect(satisfactionSeries(at("zhenjiang", 2022), "en").map((d) => [d.label, d.value])).toEqual([
      ["Overall satisfaction", 99.07],
      ["Satisfaction with call agents (consultations)", 99.95],
      ["Satisfaction with call agents (non-consultations)", 95.44],
      ["Enterprise satisfaction", 99.88],
    ]);
  });

  it("comparison: connection rates of different definitions are separate groups; non-publishers listed", () => {
    const c = comparison(facts, places, "connection_rate", "en");
    expect(c.groups.map((g) => [g.definition, g.data.map((d) => d.key.split("|")[0])])).toEqual([
      ["connection_rate:30s", ["nantong", "huaian"]],
      ["connection_rate:plain", ["haimen"]],
    ]);
    expect(c.notPublished.map((p) => p.id).sort()).toEqual(["suzhou", "zhenjiang"]);
  });

  it("comparison: satisfaction is grouped by definition, each sorted high to low", () => {
    const c = comparison(facts, places, "satisfaction", "zh");
    const rated = c.groups.filter((g) => g.definition === "satisfaction_rated");
    // Cities are ranked among cities; the district (Haimen) in its own tier, never among them.
    expect(rated.map((g) => [g.tier, g.data.map((d) => d.value)])).toEqual([
      ["prefecture", [97.58, 87.97]],
      ["local", [94.96]],
    ]);
    expect(rated.map((g) => g.label)).toEqual([
      "群众有效参评满意率 · 地级市",
      "群众有效参评满意率 · 县（市、区）",
    ]);
    expect(c.groups.map((g) => g.definition)).toContain("satisfaction_enterprise");
  });

  it("comparison: the year is on every bar and the level is shown", () => {
    const c = comparison(facts, places, "demand_total", "zh");
    expect(c.groups[0]!.data[0]).toMatchObject({ label: "苏州市", sublabel: "地级市 · 2022" });
    expect(c.groups[0]!.data[0]!.display).toContain("(2022)");
  });

  it("rankings: Huai'an publishes five, with report shares; Nantong's shares are computed and marked", () => {
    const r = rankings(at("huaian", 2023), "en");
    expect(r.map((x) => x.id)).toEqual([
      "business_type:all",
      "business_type:consultation",
      "business_type:non_consultation",
      "department:all",
    ]);
    expect(r[1]!.data[0]!.display).toBe("302K · 43.38%");
    const n = rankings(at("nantong", 2024), "zh")[0]!;
    expect(n.sharesReported).toBe(false);
    expect(n.data[0]!.display).toBe("157.5万 · 53.27%*");
  });

  it("connectionDefinition tells a 30-second rate from a plain one", () => {
    expect(connectionDefinition({ term_zh: "30秒人工接通率" })).toBe("30s");
    expect(connectionDefinition({ term_zh: "接通率（接听）" })).toBe("plain");
  });

  it("sourcesOf groups sections by report file", () => {
    const s = sourcesOf(at("haimen", 2020).filter((f) => f.metric.startsWith("demand_")));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/^haimen-2020 § .+；.+/);
  });
});

describe("searchPlaces(places, query)", () => {
  const P = (id: string, zh: string, en: string, adcode: string): ManifestPlace => ({
    id,
    zh,
    en,
    adcode,
    level: "prefecture",
    parent: "",
    years: [2022],
    derived_years: [],
  });
  const places = [
    P("huaian", "淮安市", "Huai'an", "320800"),
    P("haimen", "海门区", "Haimen", "320614"),
  ];
  it.each([
    ["淮安", "huaian"],
    ["淮安市", "huaian"],
    ["huaian", "huaian"],
    ["Huai'an", "huaian"],
    ["HAI", "haimen"],
    ["320614", "haimen"],
  ])("%s → %s first", (q, id) => {
    expect(searchPlaces(places, q)[0]?.id).toBe(id);
  });
  it("no match gives an empty list; an empty query gives all", () => {
    expect(searchPlaces(places, "北京")).toEqual([]);
    expect(searchPlaces(places, " ")).toHaveLength(2);
  });
});

describe("withContext(bars): one place among thousands", () => {
  const bars = (n: number, mine: number) =>
    Array.from({ length: n }, (_, i) => ({
      key: `p${i}`,
      label: `p${i}`,
      value: n - i,
      display: String(n - i),
      highlight: i === mine,
    }));
  it.each([
    [5, 3, ["p0", "p1", "p2", "p3", "p4"]],
    [13, 12, Array.from({ length: 13 }, (_, i) => `p${i}`)],
    [3000, 2500, [...Array.from({ length: 12 }, (_, i) => `p${i}`), "p2500"]],
    [3000, 4, Array.from({ length: 12 }, (_, i) => `p${i}`)],
  ])("%d places, highlighted #%d", (n, mine, keys) => {
    expect(withContext(bars(n, mine)).map((d) => d.key)).toEqual(keys);
  });
});
