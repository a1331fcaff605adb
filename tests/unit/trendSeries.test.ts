import { describe, expect, it } from "vitest";
import type { Fact, Level } from "../../src/lib/data/fact.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import { metricInfo } from "../../src/lib/data/metrics.ts";
import { parsePeriod } from "../../src/lib/data/period.ts";
import {
  chooseTrend,
  LINE_COLORS,
  lineColors,
  parseTrend,
  trendId,
  trendOptions,
  trendSeries,
} from "../../src/lib/charts/trendSeries.ts";
import { trend } from "../../src/lib/charts/specs/trend.ts";
import { THEME } from "../../src/lib/charts/theme.ts";
import type { PlaceChartInput } from "../../src/lib/charts/spec.ts";

const place = (id: string, zh: string, level: Level = "prefecture"): ManifestPlace => ({
  id,
  zh,
  en: id[0]!.toUpperCase() + id.slice(1),
  level,
  parent: "",
  adcode: "000000",
  years: [2020],
  derived_years: [],
});
const A = place("alpha", "甲市");
const B = place("beta", "乙市");
const C = place("gamma", "丙市");
const P = place("prov", "丁省", "province");

/** A synthetic figure: `period` in the contract's form, defaults for the rest. */
function fact(
  placeId: string,
  period: string,
  metric: string,
  value: number,
  more: Partial<Fact> = {},
): Fact {
  const p = parsePeriod(period)!;
  return {
    place_id: placeId,
    place_zh: placeId,
    place_en: placeId,
    level: "prefecture",
    parent_id: "",
    adcode: "000000",
    year: p.year,
    period,
    period_kind: p.kind,
    metric,
    category: "",
    rank: null,
    dimension: "",
    scope: "",
    value,
    share: null,
    unit: metricInfo(metric)!.unit,
    term_zh: metricInfo(metric)!.zh,
    derivation: "reported",
    yoy_text: "",
    source: `${placeId}-${period} § 一`,
    note: "",
    note_zh: "",
    ...more,
  };
}

const facts: Fact[] = [
  fact("alpha", "2020", "demand_total", 1000),
  fact("alpha", "2021", "demand_total", 1200),
  fact("alpha", "2019", "demand_total", 900, { derivation: "derived: from 2020's 同比 +11.1%" }),
  fact("alpha", "2020", "connection_rate", 95.5, { term_zh: "30秒人工接通率" }),
  fact("alpha", "2021", "connection_rate", 96.1, { term_zh: "30秒人工接通率" }),
  fact("alpha", "2021", "connection_rate", 99.2, { term_zh: "接通率" }),
  fact("alpha", "2022", "connection_rate", 99.4, { term_zh: "接通率" }),
  fact("alpha", "2021", "seats_per_100k", 3.2),
  fact("alpha", "2021-Q1", "demand_total", 300),
  fact("alpha", "2021-Q3", "demand_total", 320),
  fact("alpha", "2021-01..09", "demand_total", 900),
  fact("alpha", "2022-01..09", "demand_total", 950),
  fact("alpha", "2021-05", "satisfaction_rated", 98),
  fact("beta", "2020", "demand_total", 5000),
  fact("beta", "2022", "demand_total", 5200),
  fact("beta", "2021", "connection_rate", 90, { term_zh: "接通率" }),
  fact("gamma", "2021", "connection_rate", 88, { term_zh: "30秒人工接通率" }),
  fact("gamma", "2021", "top_category", 10, {
    category: "住房",
    rank: 1,
    dimension: "business_type",
    scope: "all",
  }),
];

describe("parseTrend(value) / trendId(choice)", () => {
  it.each([
    ["demand_total", { metric: "demand_total", kind: "year" }],
    ["connection_rate:quarter", { metric: "connection_rate", kind: "quarter" }],
    ["satisfaction_rated:month", { metric: "satisfaction_rated", kind: "month" }],
  ])("%s", (value, choice) => {
    expect(parseTrend(value)).toEqual(choice);
    expect(trendId(parseTrend(value)!)).toBe(value);
  });
  it.each(["", "nope", "demand_total:window", "demand_total:year:x", "top_category", "<b>"])(
    "%j is no series",
    (v) => expect(parseTrend(v)).toBeNull(),
  );
});

describe("trendOptions(facts, placeId)", () => {
  it("lists what the place publishes in two periods of a kind or more, years first; the default whenever published", () => {
    expect(trendOptions(facts, "alpha").map((o) => [o.id, o.periods])).toEqual([
      ["demand_total", 3],
      ["connection_rate", 2],
      ["demand_total:quarter", 2],
    ]);
  });
  it("a definition published once each is no trend (30 s in 2020, plain in 2022 would be two single points)", () => {
    const split = [
      fact("x", "2020", "connection_rate", 90, { term_zh: "30秒人工接通率" }),
      fact("x", "2022", "connection_rate", 99, { term_zh: "接通率" }),
    ];
    expect(trendOptions(split, "x")).toEqual([]);
  });
  it("windows and ranked categories are never series", () => {
    expect(trendOptions(facts, "gamma")).toEqual([]);
  });
});

describe("chooseTrend(asked, facts, placeId)", () => {
  it("the series asked for when the place has a figure of it, else the default, else the first", () => {
    expect(chooseTrend("connection_rate", facts, "alpha")).toEqual({
      metric: "connection_rate",
      kind: "year",
    });
    // One figure is enough when asked for by name (a single point, with its note in the table).
    expect(chooseTrend("seats_per_100k", facts, "alpha")).toEqual({
      metric: "seats_per_100k",
      kind: "year",
    });
    expect(chooseTrend("avg_wait_seconds", facts, "alpha")).toEqual({
      metric: "demand_total",
      kind: "year",
    });
    expect(chooseTrend("", facts, "beta")).toEqual({ metric: "demand_total", kind: "year" });
    expect(chooseTrend("", facts, "gamma")).toBeNull();
  });
});

describe("trendSeries(facts, place, compare, choice, lang)", () => {
  it("each definition is its own line, never joined", () => {
    const s = trendSeries(facts, A, [], { metric: "connection_rate", kind: "year" }, "zh");
    expect(s.lines.map((l) => [l.label, l.points.map((p) => [p.slot, p.value])])).toEqual([
      [
        "30秒人工接通率",
        [
          ["2020", 95.5],
          ["2021", 96.1],
        ],
      ],
      [
        "接通率（不限时）",
        [
          ["2021", 99.2],
          ["2022", 99.4],
        ],
      ],
    ]);
    expect(s.slots.map((x) => x.key)).toEqual(["2020", "2021", "2022"]);
    expect(s.unit).toBe("percent");
  });

  it("quarters follow quarters: a slot for every quarter of the span, no year or window among them", () => {
    const s = trendSeries(facts, A, [], { metric: "demand_total", kind: "quarter" }, "en");
    expect(s.slots.map((x) => [x.key, x.label])).toEqual([
      ["2021-Q1", "Q1 2021"],
      ["2021-Q2", "Q2 2021"],
      ["2021-Q3", "Q3 2021"],
    ]);
    expect(s.lines[0]!.points.map((p) => p.value)).toEqual([300, 320]);
    expect(s.windows).toBe(2);
  });

  it("months are slotted month by month across a year's end", () => {
    const m = [fact("x", "2022-11", "demand_total", 1), fact("x", "2023-02", "demand_total", 2)];
    const s = trendSeries(
      m,
      place("x", "某市"),
      [],
      { metric: "demand_total", kind: "month" },
      "zh",
    );
    expect(s.slots.map((x) => x.label)).toEqual(["2022.11", "2022.12", "2023.01", "2023.02"]);
  });

  it("derived years are marked", () => {
    const s = trendSeries(facts, A, [], { metric: "demand_total", kind: "year" }, "zh");
    expect(s.lines[0]!.points.map((p) => [p.slot, p.derived])).toEqual([
      ["2019", true],
      ["2020", false],
      ["2021", false],
    ]);
  });

  it("trendSeries(): the lines of a user's file take the file's own hues, never a published line's colour", () => {
    const F = { ...place("file:wuxi", "无锡市（你的文件）") };
    const mine = [
      fact("file:wuxi", "2022", "connection_rate", 92.5, { term_zh: "30秒人工接通率" }),
      fact("file:wuxi", "2023", "connection_rate", 93.1, { term_zh: "30秒人工接通率" }),
      fact("file:wuxi", "2022", "connection_rate", 99.5, { term_zh: "接通率" }),
      fact("file:wuxi", "2023", "connection_rate", 99.6, { term_zh: "接通率" }),
    ];
    const s = trendSeries(mine, F, [], { metric: "connection_rate", kind: "year" }, "zh");
    expect(s.lines.map((l) => [l.own, l.color])).toEqual([
      [true, THEME.own],
      [true, THEME.ownHighlight],
    ]);
    // Published places beside a file's line keep their colours, the purple near the file's left out.
    expect(lineColors([true, false, false, false, false])).toEqual([
      THEME.own,
      LINE_COLORS[0],
      LINE_COLORS[1],
      LINE_COLORS[2],
      LINE_COLORS[4],
    ]);
    expect(lineColors([false, false, false, false])).toEqual(LINE_COLORS.slice(0, 4));
    const published = trendSeries(facts, A, [], { metric: "demand_total", kind: "year" }, "zh");
    expect(published.lines.map((l) => [l.own, l.color])).toEqual([[false, LINE_COLORS[0]]]);
  });

  it("places compared: a line each in its own colour, named by place; the chart's place first", () => {
    const s = trendSeries(facts, A, [B], { metric: "demand_total", kind: "year" }, "zh");
    expect(s.lines.map((l) => [l.placeId, l.label, l.color])).toEqual([
      ["alpha", "甲市", LINE_COLORS[0]],
      ["beta", "乙市", LINE_COLORS[1]],
    ]);
    expect(s.slots.map((x) => x.key)).toEqual(["2019", "2020", "2021", "2022"]);
    // The table: by period, then in line order.
    expect(s.facts.map((f) => `${f.period}:${f.place_id}`)).toEqual([
      "2019:alpha",
      "2020:alpha",
      "2020:beta",
      "2021:alpha",
      "2022:beta",
    ]);
  });

  it("a compared place is drawn only in a definition the chart's place publishes; the rest is said", () => {
    const s = trendSeries(facts, A, [B, C, P], { metric: "connection_rate", kind: "year" }, "en");
    expect(s.lines.map((l) => l.label)).toEqual([
      "Alpha · Answered within 30 s",
      "Alpha · Connection rate (no time limit)",
      "Beta · Connection rate (no time limit)",
      "Gamma · Answered within 30 s",
    ]);
    expect(s.leftOut.map((l) => [l.place.id, l.why])).toEqual([["prov", "none"]]);
    const onlyPlain = trendSeries(
      facts.filter((f) => !(f.place_id === "alpha" && f.term_zh === "30秒人工接通率")),
      A,
      [C],
      { metric: "connection_rate", kind: "year" },
      "en",
    );
    expect(onlyPlain.lines.map((l) => l.placeId)).toEqual(["alpha"]);
    expect(onlyPlain.leftOut.map((l) => [l.place.id, l.why])).toEqual([["gamma", "definition"]]);
  });

  it("at most five places, the chart's own included", () => {
    const many = ["b", "c", "d", "e", "f"].map((id) => place(id, id));
    const all = [...facts, ...many.map((p) => fact(p.id, "2020", "demand_total", 1))];
    const s = trendSeries(all, A, many, { metric: "demand_total", kind: "year" }, "zh");
    expect(s.lines.map((l) => l.placeId)).toEqual(["alpha", "b", "c", "d", "e"]);
  });
});

describe("trend.spec(input, lang)", () => {
  const input = (more: Partial<PlaceChartInput>): PlaceChartInput => ({
    place: A,
    year: 2021,
    facts: facts.filter((f) => f.place_id === "alpha" && f.period === "2021"),
    context: facts,
    places: [A, B, C, P],
    issues: [],
    ranking: "",
    ...more,
  });

  it("defaults to the demand total, offers every series published more than once", () => {
    const s = trend.spec(input({}), "zh");
    expect(s.title).toBe("诉求总量历年变化");
    expect(s.trend!.series.chosen).toBe("demand_total");
    expect(s.trend!.series.items.map((i) => i.label)).toEqual([
      "诉求总量",
      "接通率",
      "诉求总量（季度）",
    ]);
    // Exact values in the table; derived rows say how.
    expect(s.rows).toEqual([
      ["2019年", "900", "推算：from 2020's 同比 +11.1%"],
      ["2020年", "1,000", "报告数字"],
      ["2021年", "1,200", "报告数字"],
    ]);
    expect(s.footer.notes).toEqual([expect.stringContaining("另有 2 个累计")]);
  });

  it("a chosen series with places compared: a column naming each line, the places' controls, notes", () => {
    const s = trend.spec(
      input({ trend: "connection_rate", compare: ["beta", "prov", "nowhere"] }),
      "en",
    );
    expect(s.title).toBe("Connection rate over the years");
    expect(s.columns).toEqual(["Period", "Place and definition", "Value", "Derivation"]);
    expect(s.rows[0]).toEqual(["2020", "Alpha · Answered within 30 s", "95.5%", "Reported"]);
    expect(s.trend!.places.shown.map((p) => [p.id, p.color !== ""])).toEqual([
      ["beta", true],
      ["prov", false],
    ]);
    expect(s.trend!.places.room).toBe(2);
    expect(s.trend!.places.addable.map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([
      ["Prefecture cities", ["gamma"]],
    ]);
    expect(s.footer.notes).toContain("Prov: no figure of this series published.");
    expect(s.fileName).toBe("alpha-trend-connection_rate-beta-prov");
    expect(s.summary).toMatch(
      /^Connection rate: Alpha · Answered within 30 s, 2 periods, 2020 95.5% to 2021 96.1%; /,
    );
  });

  it("a full chart offers no more places", () => {
    const s = trend.spec(input({ compare: ["beta", "gamma", "prov", "x"] }), "zh");
    expect(s.trend!.places.shown).toHaveLength(3);
    const full = trend.spec(
      input({
        places: [A, B, C, P, place("d", "戊市")],
        compare: ["beta", "gamma", "prov", "d"],
      }),
      "zh",
    );
    expect(full.trend!.places.room).toBe(0);
    expect(full.trend!.places.addable).toEqual([]);
  });

  it("a quarterly series says its periods are never added up", () => {
    const s = trend.spec(input({ trend: "demand_total:quarter" }), "zh");
    expect(s.title).toBe("诉求总量：各季度");
    expect(s.definition).toContain("不相加");
    expect(s.rows.map((r) => r[0])).toEqual(["2021年第一季度", "2021年第三季度"]);
  });

  it("nothing to draw: the empty state names what is missing", () => {
    const s = trend.spec(input({ place: C, facts: [] }), "zh");
    expect(s.empty).toContain("诉求总量");
  });
});
