import { describe, expect, it } from "vitest";
import { layoutBars, textWidth, type BarDatum } from "../../src/lib/charts/bars.ts";
import { layoutTrend, spreadLabels } from "../../src/lib/charts/trend.ts";
import type { TrendLine, TrendSlot } from "../../src/lib/charts/trendSeries.ts";
import { comparison, connectionDefinition, withContext } from "../../src/lib/charts/series.ts";
import { rankings } from "../../src/lib/charts/specs/categories.ts";
import { satisfactionSeries } from "../../src/lib/charts/specs/satisfaction.ts";
import { volumeSeries } from "../../src/lib/charts/specs/volume.ts";
import { trendSeries } from "../../src/lib/charts/trendSeries.ts";
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

/** One line of yearly points: `[year, value, derived?]`. */
const yearly = (key: string, pts: [number, number, boolean?][]): TrendLine => ({
  key,
  placeId: key,
  label: key,
  color: "#000",
  points: pts.map(([y, v, d]) => ({ slot: String(y), value: v, display: String(v), derived: !!d })),
});
const years = (a: number, b: number): TrendSlot[] =>
  Array.from({ length: b - a + 1 }, (_, i) => ({ key: String(a + i), label: String(a + i) }));

describe("layoutTrend(slots, lines, options)", () => {
  it("dashes every segment that touches a derived year", () => {
    const l = layoutTrend(
      years(2021, 2023),
      [
        yearly("a", [
          [2021, 10, true],
          [2022, 20],
          [2023, 30],
        ]),
      ],
      {
        width: 400,
      },
    );
    const [line] = l.lines;
    expect(line!.segments.map((s) => s.dashed)).toEqual([true, false]);
    expect(line!.points[0]!.x).toBeLessThan(line!.points[1]!.x);
    expect(line!.points[2]!.y).toBeLessThan(line!.points[1]!.y);
  });

  it("lines share one scale from zero to the highest value of any line", () => {
    const l = layoutTrend(
      years(2020, 2021),
      [
        yearly("a", [
          [2020, 10],
          [2021, 20],
        ]),
        yearly("b", [
          [2020, 40],
          [2021, 5],
        ]),
      ],
      { width: 600 },
    );
    expect(l.lines[1]!.points[0]!.y).toBeLessThan(l.lines[0]!.points[1]!.y);
    expect(l.yTicks[0]!.value).toBe(0);
    expect(l.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(40);
  });
});

describe("layoutTrend: a year without a figure", () => {
  it("keeps its place on the axis and no line is drawn across it", () => {
    const l = layoutTrend(
      years(2018, 2024),
      [
        yearly("a", [
          [2018, 1],
          [2020, 3],
          [2021, 2],
          [2024, 5],
        ]),
      ],
      {
        width: 500,
      },
    );
    const pts = l.lines[0]!.points;
    const xs = pts.map((p) => p.x);
    const step = xs[3]! - xs[2]!;
    // 2018 → 2020 is two steps of one year each; 2021 → 2024 three.
    expect(xs[1]! - xs[0]!).toBeCloseTo((2 * step) / 3, 6);
    expect(xs[2]! - xs[1]!).toBeCloseTo(step / 3, 6);
    expect(l.slots.filter((s) => s.empty).map((s) => s.key)).toEqual(["2019", "2022", "2023"]);
    expect(l.lines[0]!.segments).toHaveLength(1);
    const [x0, y0, x1, y1] = l.lines[0]!.segments[0]!.d.match(/-?[\d.]+/g)!.map(Number);
    expect([x0, y0, x1, y1].map((v) => Math.round(v!))).toEqual(
      [xs[1]!, pts[1]!.y, xs[2]!, pts[2]!.y].map((v) => Math.round(v)),
    );
  });
});

describe("layoutTrend: labels where they fit", () => {
  const ten = yearly(
    "a",
    Array.from({ length: 10 }, (_, i) => [2015 + i, 100 + i, i === 0] as [number, number, boolean]),
  );
  it("a phone: values at both ends, every second year counted back from the latest", () => {
    const l = layoutTrend(years(2015, 2024), [ten], { width: 328 });
    expect(l.lines[0]!.points.filter((p) => p.showValue).map((p) => p.slot)).toEqual([
      "2015",
      "2024",
    ]);
    expect(l.slots.filter((s) => s.labels.year).map((s) => s.key)).toEqual([
      "2016",
      "2018",
      "2020",
      "2022",
      "2024",
    ]);
    expect(l.slots.some((s) => s.labels.note)).toBe(false);
    // No two year labels closer than the room one needs.
    const xs = l.slots.filter((s) => s.labels.year).map((s) => s.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(34);
  });
  it("a wide chart: every value, year and note", () => {
    const l = layoutTrend(years(2015, 2024), [ten], { width: 1200 });
    expect(l.lines[0]!.points.every((p) => p.showValue)).toBe(true);
    expect(l.slots.every((s) => s.labels.year && s.labels.note)).toBe(true);
  });
  it("several lines: no value labels on the drawing; each line named at its end where there is room", () => {
    const lines = [
      yearly("海口市", [
        [2020, 10],
        [2021, 11],
      ]),
      yearly("北京市", [
        [2020, 10.2],
        [2021, 11.1],
      ]),
    ];
    const wide = layoutTrend(years(2020, 2021), lines, { width: 700 });
    expect(wide.lines.flatMap((l) => l.points).some((p) => p.showValue)).toBe(false);
    const ends = wide.lines.map((l) => l.end!.y);
    expect(Math.abs(ends[0]! - ends[1]!)).toBeGreaterThanOrEqual(14);
    expect(wide.lines.every((l) => l.end!.x > wide.right)).toBe(true);
    const long = lines.map((l) => ({ ...l, label: `${l.label} · 30秒人工接通率（咨询类）` }));
    expect(layoutTrend(years(2020, 2021), long, { width: 328 }).lines.every((l) => !l.end)).toBe(
      true,
    );
  });
});

describe("spreadLabels(wanted, gap, top, bottom)", () => {
  it.each([
    { wanted: [50, 52, 54], out: [50, 64, 78] },
    { wanted: [100, 10, 99], out: [100, 10, 86] },
    { wanted: [95, 96], out: [86, 100] },
  ])("$wanted → $out", ({ wanted, out }) => {
    expect(spreadLabels(wanted, 14, 0, 100)).toEqual(out);
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
    const zhenjiang = places.find((p) => p.id === "zhenjiang")!;
    const s = trendSeries(facts, zhenjiang, [], { metric: "demand_total", kind: "year" }, "zh");
    expect(s.lines[0]!.points.map((d) => [d.slot, d.derived])).toEqual([
      ["2021", true],
      ["2022", false],
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
