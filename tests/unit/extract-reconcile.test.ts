/** Settling readings into draft facts, and the draft's formats. Readings are invented. */
import { describe, expect, it } from "vitest";
import { draftReport, factEntry, yamlValue } from "../../src/lib/extract/draft.ts";
import { settleKey, settleTable } from "../../src/lib/extract/reconcile.ts";
import type { Figure } from "../../src/lib/extract/types.ts";
import { extract, suzhouReport } from "./extract-fixtures/helpers.ts";

function fig(p: Partial<Figure>): Figure {
  return {
    metric: "demand_total",
    scope: "",
    dimension: "",
    category: "",
    rank: null,
    period: "",
    value: "1000",
    written: "1000",
    tolerance: 0,
    lowerBound: false,
    share: "",
    unit: "count",
    term_zh: "受理诉求",
    yoy_text: "",
    section: "一、总体情况",
    lines: [3],
    text: "受理诉求1000件",
    origin: "prose",
    note: "",
    cells: [],
    parts: [],
    ...p,
  };
}

describe("settleKey(readings)", () => {
  it("keeps the exact table reading and the rounded prose one as a mention", () => {
    const prose = fig({ value: "12000", written: "1.2万", tolerance: 500 });
    const table = fig({ value: "12034", written: "12034", origin: "table", lines: [40] });
    const d = settleKey([prose, table]);
    expect(d && "primary" in d && [d.primary.written, d.also.map((a) => a.written)]).toEqual([
      "12034",
      ["1.2万"],
    ]);
  });

  it("turns disagreeing readings into a conflict to review", () => {
    const r = settleKey([
      fig({ value: "1000" }),
      fig({ value: "1001", origin: "table", lines: [40] }),
    ]);
    expect(r && "kind" in r && [r.kind, r.keys, r.candidates.length]).toEqual([
      "conflict",
      ["demand_total|||"],
      2,
    ]);
  });

  it("sends a figure printed over several columns to review", () => {
    const split = fig({
      metric: "answered_online",
      value: "300",
      parts: [
        { term: "接听员", written: "200" },
        { term: "政策专员", written: "100" },
      ],
    });
    const r = settleKey([split]);
    expect(r && "kind" in r && r.kind).toBe("split");
    expect(r && "message" in r && r.message).toMatch(/接听员 200 \+ 政策专员 100 = 300/);
  });

  it("records nothing from a lower bound alone, and accepts one that the figure meets", () => {
    expect(settleKey([fig({ lowerBound: true })])).toBeNull();
    const d = settleKey([fig({ value: "1200" }), fig({ value: "1000", lowerBound: true })]);
    expect(d && "primary" in d && d.also.length).toBe(1);
  });

  it("treats the same category at two ranks as a conflict", () => {
    const a = fig({
      metric: "top_category",
      dimension: "business_type",
      scope: "all",
      category: "城乡建设",
      rank: 1,
    });
    const b = { ...a, rank: 2, origin: "table" as const };
    expect(settleKey([a, b])).toMatchObject({ kind: "conflict" });
  });
});

describe("settleTable(reading, prose)", () => {
  const layoutA = [fig({ metric: "dispatched", value: "300", origin: "table", cells: ["9:8"] })];
  const layoutB = [fig({ metric: "dispatched", value: "500", origin: "table", cells: ["9:7"] })];

  it("keeps the layout the prose agrees with", () => {
    const s = settleTable({ layouts: [layoutA, layoutB], review: [], skipped: [] }, [
      fig({ metric: "dispatched", value: "300" }),
    ]);
    expect(s.figures.map((f) => f.value)).toEqual(["300"]);
    expect(s.review).toEqual([]);
  });

  it("sends a figure the layouts read differently to review", () => {
    const s = settleTable({ layouts: [layoutA, layoutB], review: [], skipped: [] }, []);
    expect(s.figures).toEqual([]);
    expect(s.review.map((r) => [r.kind, r.candidates.map((c) => c.value)])).toEqual([
      ["alignment", ["300", "500"]],
    ]);
  });
});

describe("the draft's formats", () => {
  it.each([
    [{ value: "2345678", written: "2345678", tolerance: 0 }, 2345678],
    [{ value: "99.1", written: "99.10", tolerance: 0 }, 99.1],
    [{ value: "1234000", written: "123.4万", tolerance: 500 }, "123.4万"],
  ])("yamlValue(%j) → %j", (f, v) => {
    expect(yamlValue(f)).toBe(v);
  });

  it("factEntry(fact) writes the keys in the committed order, with mentions", () => {
    const x = extract(
      suzhouReport(
        "全市总受理量9.1万件，同比增长2%。",
        "二、数据公开",
        ["诉求类别", "诉求总量(件)"],
        ["总计", "91023(↑2%)"],
      ),
    );
    expect(factEntry(x.facts[0]!)).toEqual({
      metric: "demand_total",
      value: 91023,
      term_zh: "诉求总量(件)（总计）",
      yoy_text: "↑2%",
      section: "二、数据公开，总计",
      also: [
        {
          value: "9.1万",
          term_zh: "全市总受理量",
          section: "（开头，首个标题前）",
          yoy_text: "同比增长2%",
        },
      ],
    });
    expect(Object.keys(draftReport(x))).toEqual([
      "file",
      "source",
      "place",
      "adcode",
      "place_as_written",
      "title_place_zh",
      "period",
      "place_evidence",
      "period_evidence",
      "period_evidence_zh",
      "facts",
    ]);
    expect(draftReport(x).source).toEqual({
      title: "苏州市12345热线2024年度工作情况发布",
      issuer: "TODO",
      url: "TODO",
      kind: "TODO",
    });
    expect(draftReport(x).period).toBe("2024");
  });
});
