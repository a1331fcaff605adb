/** Flattened tables. Every table here is invented (numbers and rows), in the template's layout. */
import { describe, expect, it } from "vitest";
import { columnMeaning, headerLayouts } from "../../src/lib/extract/layout.ts";
import { sumExact } from "../../src/lib/extract/table.ts";
import { drafted, extract, flagged, suzhouReport } from "./extract-fixtures/helpers.ts";

const DEMAND_HEADER = [
  ["诉求类别", "诉求总量(件)", "诉求来源(件)", "", "", "在线解答(件)", "部门办理(件)"],
  ["", "", "电话", "互联网", "承办转办", "", ""],
];

describe("a flattened demand table (header rows, then value rows)", () => {
  it("with year-on-year remarks: totals from the 总计 row, public/enterprise from their rows", () => {
    const x = extract(
      suzhouReport(
        "二、数据公开",
        "1.诉求总量与办理",
        ...DEMAND_HEADER,
        [
          "群众诉求",
          "90000(↑2.0%)",
          "80000(↑1.0%)",
          "9000(↓3.0%)",
          "1000(↑50%)",
          "60000(↑5%)",
          "30000(↓2%)",
        ],
        ["企业诉求", "1000(↑9.9%)", "900", "90", "10", "700", "300"],
        [
          "总计",
          "91000(↑2.1%)",
          "80900(↑1.1%)",
          "9090(↓2.9%)",
          "1010(↑51%)",
          "60700(↑5.1%)",
          "30300(↓1.9%)",
        ],
      ),
    );
    expect(drafted(x)).toEqual({
      "demand_total|||": "91000",
      "demand_phone|||": "80900",
      "demand_internet|||": "9090",
      "demand_transfer|||": "1010",
      "demand_public|||": "90000",
      "demand_enterprise|||": "1000",
      "answered_online|||": "60700",
      "dispatched|||": "30300",
    });
    const total = x.facts.find((d) => d.primary.metric === "demand_total")!.primary;
    expect(total).toMatchObject({
      yoy_text: "↑2.1%",
      term_zh: "诉求总量(件)（总计）",
      section: "二、数据公开 1.诉求总量与办理，总计",
      lines: [5, 6, 9],
      origin: "table",
    });
    expect(x.review).toEqual([]);
  });

  it("without year-on-year remarks, and with 万 in the cells", () => {
    const x = extract(
      suzhouReport("二、数据公开", ...DEMAND_HEADER, [
        "总计",
        "9.1万",
        "8.09万",
        "0.909万",
        "—",
        "6.07万",
        "3.03万",
      ]),
    );
    expect(drafted(x)).toMatchObject({ "demand_total|||": "9.1万", "demand_phone|||": "8.09万" });
    const total = x.facts.find((d) => d.primary.metric === "demand_total")!.primary;
    expect([total.value, total.tolerance, total.yoy_text]).toEqual(["91000", 500, ""]);
    expect(drafted(x)["demand_transfer|||"]).toBeUndefined();
  });

  it("reads the only row as the total, and says so", () => {
    const x = extract(
      suzhouReport(["诉求类别", "诉求总量(件)", "电话(件)"], ["群众诉求", "5000", "4000"]),
    );
    expect(drafted(x)).toEqual({ "demand_total|||": "5000", "demand_phone|||": "4000" });
    expect(x.facts[0]!.notes).toEqual([
      "The table's only row is labelled “群众诉求”; read as the total.",
    ]);
  });

  it("takes the total from an “其中” column's parent, not from the column", () => {
    const x = extract(
      suzhouReport(
        ["诉求类别", "诉求总量(件)", "", "诉求来源"],
        ["", "总量", "其中: 专项类", "电话(件)"],
        ["总计", "7000(↑1%)", "300", "6500"],
      ),
    );
    expect(drafted(x)).toEqual({ "demand_total|||": "7000", "demand_phone|||": "6500" });
  });
});

describe("a call table: only the 接听 row carries call figures", () => {
  it("ignores 呼出 and the 合计 of both", () => {
    const x = extract(
      suzhouReport(
        "2.话务服务",
        ["话务类别", "话务量(通)", "接通率", "平均等待时长(秒)", "平均通话时长(秒)"],
        ["接听", "50000(↑3%)", "97.5%(↑0.5%)", "18", "120(↓4%)"],
        ["呼出", "8000", "—", "—", "60"],
        ["合计", "58000", "—", "—", "—"],
      ),
    );
    expect(drafted(x)).toEqual({
      "calls_answered|||": "50000",
      "connection_rate|||": "97.5",
      "avg_wait_seconds|||": "18",
      "avg_talk_seconds|||": "120",
    });
  });

  it("reads a table without row labels as one row of figures", () => {
    const x = extract(
      suzhouReport(
        ["人工接听话务量(通)", "30秒人工接通率", "平均通话时长(秒)"],
        ["40000(↑1%)", "99.10%", "95.5"],
      ),
    );
    expect(drafted(x)).toEqual({
      "calls_answered|||": "40000",
      "connection_rate|||": "99.10",
      "avg_talk_seconds|||": "95.5",
    });
  });
});

describe("an efficiency table: 咨询类 / 非咨询类 rows", () => {
  const table = suzhouReport(
    "(三)政府服务效能",
    ["承办诉求类型", "诉求数量(工单件)", "平均办理时长(工作日)", "办理评价", "", ""],
    ["", "", "", "回访征集评价(件)", "话务代表服务满意率", "群众有效参评满意率"],
    ["咨询类", "3000(↑)", "1.2(↓)", "2500", "99.1%(↑)", "95.5%(↑1.0%)"],
    ["非咨询类", "5000(↓)", "4.4(↑)", "", "98.2%(↓)", ""],
  );

  it("gives counts per row, rates per scope, and a merged cell as the figure for all requests", () => {
    const x = extract(table);
    expect(drafted(x)).toEqual({
      "demand_consultation|||": "3000",
      "demand_non_consultation|||": "5000",
      "avg_handling_workdays||consultation|": "1.2",
      "avg_handling_workdays||non_consultation|": "4.4",
      "satisfaction_agent||consultation|": "99.1",
      "satisfaction_agent||non_consultation|": "98.2",
      "satisfaction_rated|||": "95.5",
    });
    const rated = x.facts.find((d) => d.primary.metric === "satisfaction_rated")!;
    expect(rated.primary.term_zh).toBe("群众有效参评满意率");
    expect(rated.notes.join(" ")).toMatch(/merged cell/);
    const count = x.facts.find((d) => d.primary.metric === "demand_consultation")!;
    expect([count.primary.term_zh, count.primary.yoy_text, count.notes]).toEqual([
      "咨询类（诉求数量(工单件)）",
      "↑",
      ["Counted in work orders (工单)."],
    ]);
  });

  it("does not record a duration given in hours", () => {
    const x = extract(
      suzhouReport(
        ["承办诉求类型", "诉求数量(件)", "平均办理时长"],
        ["咨询类", "300", "6小时"],
        ["非咨询类", "500", "20小时"],
      ),
    );
    expect(drafted(x)).toEqual({
      "demand_consultation|||": "300",
      "demand_non_consultation|||": "500",
    });
    expect(x.skipped.map((s) => [s.metric, s.written, s.reason])).toEqual([
      ["avg_handling_workdays", "6", "given in hours"],
      ["avg_handling_workdays", "20", "given in hours"],
    ]);
  });
});

describe("a seats table", () => {
  it("takes the city-wide row over the city-level one, and a row named for a metric", () => {
    const x = extract(
      suzhouReport(
        "(四)平台基础支撑能力",
        ["座席类别", "话务平台 总人数", "接听 人员"],
        ["市本级 平台", "60", "50"],
        ["全市(包含县 市区平台)", "90(↑)", "75"],
        ["全市每十万人 人座席数", "7.5(↑2.1%)", ""],
      ),
    );
    expect(drafted(x)).toEqual({
      "seats_total|||": "90",
      "agents|||": "75",
      "seats_per_100k|||": "7.5",
    });
    expect(x.facts.find((d) => d.primary.metric === "seats_total")!.primary.yoy_text).toBe("↑");
  });

  it("sends a city-level row to review when the table has no city-wide row", () => {
    const x = extract(
      suzhouReport(
        ["座席类别", "话务平台总人数", "接听人员"],
        ["市本级平台", "60", "50"],
        ["全市每十万人座席数", "7.5", ""],
      ),
    );
    expect(drafted(x)).toEqual({ "seats_per_100k|||": "7.5" });
    expect(flagged(x)).toEqual(["agents|||", "seats_total|||"]);
  });

  it("reads header cells wrapped onto a second line", () => {
    const x = extract(
      suzhouReport(
        ["座席", "话务平台", "民声接听员", "政策专员(人)", "热线平台"],
        ["类别", "总人数 (人)", "(人)", "企业", "人才", "(个)"],
        ["全市(包含县 市区平台)", "120", "100", "30", "20", "5"],
      ),
    );
    expect(drafted(x)).toEqual({ "seats_total|||": "120", "agents|||": "100" });
  });
});

describe("misaligned columns: a merged top header lost its empty cells", () => {
  const misaligned = [
    ["诉求类别", "诉求总量(件)", "诉求来源(件)", "", "在线解答(件)", "", "部门办理(件)", "", ""],
    ["", "", "电话", "互联网", "承办转办", "其他", "", "", ""],
    ["总计", "91000(↑1%)", "80000", "9000", "1500", "500", "40000", "20000", "31000(↓2%)"],
  ];

  it("keeps the layout the prose confirms, and sends the split figure to review", () => {
    const x = extract(
      suzhouReport("全年在线解答6.0万件，总派单量3.1万件。", "二、数据公开", ...misaligned),
    );
    expect(drafted(x)).toEqual({
      "demand_total|||": "91000",
      "demand_phone|||": "80000",
      "demand_internet|||": "9000",
      "demand_transfer|||": "1500",
      "demand_other|||": "500",
      "dispatched|||": "31000",
    });
    const dispatched = x.facts.find((d) => d.primary.metric === "dispatched")!;
    expect(dispatched.notes.join(" ")).toMatch(/agrees with the prose/);
    expect(x.review.map((r) => [r.kind, r.keys])).toEqual([["split", ["answered_online|||"]]]);
  });

  it("without prose to confirm a layout, sends the uncertain figures to review", () => {
    const x = extract(suzhouReport("二、数据公开", ...misaligned));
    expect(Object.keys(drafted(x))).toEqual([
      "demand_total|||",
      "demand_phone|||",
      "demand_internet|||",
      "demand_transfer|||",
      "demand_other|||",
    ]);
    expect(flagged(x)).toEqual(["answered_online|||", "dispatched|||"]);
    expect(x.review.every((r) => r.kind === "alignment")).toBe(true);
  });

  it("headerLayouts(headers, width) keeps the written positions when they are consistent", () => {
    expect(headerLayouts(DEMAND_HEADER, 7, true)).toHaveLength(1);
    const layouts = headerLayouts(misaligned.slice(0, 2), 9, true);
    expect(layouts.map((l) => l.map((c) => c.top))).toEqual([
      [
        "诉求类别",
        "诉求总量(件)",
        ...Array(4).fill("诉求来源(件)"),
        "在线解答(件)",
        "部门办理(件)",
        "部门办理(件)",
      ],
      [
        "诉求类别",
        "诉求总量(件)",
        ...Array(4).fill("诉求来源(件)"),
        "在线解答(件)",
        "在线解答(件)",
        "部门办理(件)",
      ],
    ]);
  });

  it("columnMeaning(column) reads sub-headers, joined wrapped headers and parts of a parent", () => {
    const col = (top: string, lower: string, span: [number, number]) =>
      columnMeaning({ top, lower, span, unaligned: false, candidates: [] });
    expect(col("诉求来源(件)", "电话", [2, 5])).toMatchObject({
      metric: "demand_phone",
      term: "电话",
    });
    expect(col("话务平台", "总人数 (人)", [1, 1])).toMatchObject({ metric: "seats_total" });
    expect(col("在线解答(件)", "", [6, 7])).toMatchObject({
      metric: null,
      partOf: "answered_online",
    });
    expect(col("诉求总量(件)", "其中: 专项", [1, 2])).toMatchObject({ metric: null, partOf: null });
  });
});

describe("prose and tables together", () => {
  it("keeps the table's exact figure and the prose's 万 as a mention when they agree", () => {
    const x = extract(
      suzhouReport(
        "全市总受理量9.1万件。",
        "二、数据公开",
        ["诉求类别", "诉求总量(件)"],
        ["总计", "91023"],
      ),
    );
    const d = x.facts[0]!;
    expect([d.primary.value, d.primary.origin, d.also.map((a) => [a.written, a.origin])]).toEqual([
      "91023",
      "table",
      [["9.1万", "prose"]],
    ]);
  });

  it("sends a disagreement to review and records neither reading", () => {
    const x = extract(
      suzhouReport(
        "全年受理诉求91500件。",
        "二、数据公开",
        ["诉求类别", "诉求总量(件)"],
        ["总计", "91000"],
      ),
    );
    expect(drafted(x)).toEqual({});
    expect(x.review.map((r) => [r.kind, r.keys, r.candidates.map((c) => c.written)])).toEqual([
      ["conflict", ["demand_total|||"], ["91500", "91000"]],
    ]);
  });

  it("skips tables of special services", () => {
    const x = extract(
      suzhouReport(
        "(二)特色热线公共服务",
        "2.“尚贤”人才服务",
        ["诉求总量(件)", "在线答复(件)"],
        ["300", "200"],
      ),
    );
    expect(x.facts).toEqual([]);
    expect(x.skipped[0]!.reason).toMatch(/特色热线/);
  });
});

describe("sumExact(values)", () => {
  it.each([
    [["1234567", "7654"], "1242221"],
    [["0.1", "0.2"], "0.3"],
    [["1.25", "2.75"], "4"],
  ])("%j → %s", (values, sum) => {
    expect(sumExact(values)).toBe(sum);
  });
});
