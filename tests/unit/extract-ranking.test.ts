/** Top-five lists in prose and tables. Names and counts are invented. */
import { describe, expect, it } from "vitest";
import { dimensionOf } from "../../src/lib/extract/ranking.ts";
import { extract, flagged, suzhouReport } from "./extract-fixtures/helpers.ts";

const tops = (x: ReturnType<typeof extract>) =>
  x.facts
    .filter((d) => d.primary.metric === "top_category")
    .map((d) => {
      const f = d.primary;
      return [f.dimension, f.scope, f.rank, f.category, f.written, f.share];
    });

describe("top-five lists in prose", () => {
  it("reads a ranking with counts and shares, its scope and dimension", () => {
    const x = extract(
      suzhouReport(
        "(五)热线大数据",
        "2024年度，非咨询类诉求排名前五的业务类型为：城乡建设（5000件，占比25.00%）、交通出行（4000件，占比20.00%）、环境保护（3000件，占比15.00%）、",
        "",
        "市场监管（2000件，占比10.00%）、教育文体（1000件，占比5.00%）。",
      ),
    );
    expect(tops(x)).toEqual([
      ["business_type", "non_consultation", 1, "城乡建设", "5000", "25.00"],
      ["business_type", "non_consultation", 2, "交通出行", "4000", "20.00"],
      ["business_type", "non_consultation", 3, "环境保护", "3000", "15.00"],
      ["business_type", "non_consultation", 4, "市场监管", "2000", "10.00"],
      ["business_type", "non_consultation", 5, "教育文体", "1000", "5.00"],
    ]);
    expect(x.facts[4]!.primary.lines).toEqual([6]);
  });

  it("reads departments even when a separator is missing", () => {
    const x = extract(
      suzhouReport(
        "受理量排名前五的部门为：市住建局（900 件）、市城管局（800 件）市教育局（700 件）、市人社局（600 件）、市卫健委（500 件）。",
      ),
    );
    expect(tops(x).map((t) => [t[0], t[1], t[2], t[3]])).toEqual([
      ["department", "all", 1, "市住建局"],
      ["department", "all", 2, "市城管局"],
      ["department", "all", 3, "市教育局"],
      ["department", "all", 4, "市人社局"],
      ["department", "all", 5, "市卫健委"],
    ]);
    expect(x.facts.map((d) => d.primary.metric)).not.toContain("demand_total");
  });

  it("ranks a complete breakdown by count and says so", () => {
    const x = extract(
      suzhouReport(
        "按诉求类型统计，咨询类60.5万件、求助类12.1万件、投诉举报类20.2万件、建议类0.8万件，其他类0.4万件；按办理方式统计，在线解答50万件。",
      ),
    );
    expect(tops(x).map((t) => [t[0], t[2], t[3], t[4]])).toEqual([
      ["request_type", 1, "咨询类", "60.5万"],
      ["request_type", 2, "投诉举报类", "20.2万"],
      ["request_type", 3, "求助类", "12.1万"],
      ["request_type", 4, "建议类", "0.8万"],
      ["request_type", 5, "其他类", "0.4万"],
    ]);
    const first = x.facts.find((d) => d.primary.metric === "top_category")!;
    expect(first.notes.join(" ")).toMatch(/ranked here by count/);
  });
});

describe("top-five tables", () => {
  it("reads a name/count list under a TOP5 heading", () => {
    const x = extract(
      suzhouReport(
        "1. 2024 年承办诉求量 TOP5:",
        ["部门", "诉求量(件)"],
        ["市住建局", "900"],
        ["市城管局", "800"],
        ["市教育局", "700"],
      ),
    );
    expect(tops(x).map((t) => [t[0], t[1], t[2], t[3], t[4]])).toEqual([
      ["department", "all", 1, "市住建局", "900"],
      ["department", "all", 2, "市城管局", "800"],
      ["department", "all", 3, "市教育局", "700"],
    ]);
    expect(x.facts.some((d) => d.primary.metric === "demand_total")).toBe(false);
  });

  const grid = [
    "2. 诉求量 TOP5 类型：",
    ["承办诉求类型", "诉求类型（件）"],
    ["", "咨询类", "社会保障", "城乡建设", "交通出行"],
    ["", "6000（30.00%）", "5000（25.00%）", "4000（20.00%）", "3000（15.00%）"],
    ["总计", "社会保障", "城乡建设", "交通出行", "教育文体"],
    ["", "9000（30.00%）", "8000（26.67%）", "7000（23.33%）", "6000（20.00%）"],
  ];

  it("reads a grid of name rows over value rows, one list per scope", () => {
    const x = extract(suzhouReport(...grid));
    expect(tops(x).filter((t) => t[1] === "all")).toEqual([
      ["business_type", "all", 1, "社会保障", "9000", "30.00"],
      ["business_type", "all", 2, "城乡建设", "8000", "26.67"],
      ["business_type", "all", 3, "交通出行", "7000", "23.33"],
      ["business_type", "all", 4, "教育文体", "6000", "20.00"],
    ]);
  });

  it("sends a row whose names and values do not pair up to review", () => {
    const x = extract(suzhouReport(...grid));
    expect(tops(x).filter((t) => t[1] === "consultation")).toEqual([]);
    expect(x.review.filter((r) => r.kind === "ranking")).toHaveLength(4);
    expect(flagged(x)).toEqual(
      ["社会保障", "城乡建设", "交通出行"]
        .map((c) => `top_category|business_type|consultation|${c}`)
        .sort(),
    );
  });

  it("lets a prose ranking confirm such a row, which becomes a mention", () => {
    const x = extract(
      suzhouReport(
        "咨询类诉求排名前五的业务类型为：社会保障（6000件，占比30.00%）、城乡建设（5000件，占比25.00%）、交通出行（4000件，占比20.00%）、住房保障（3000件，占比15.00%）。",
        ...grid,
      ),
    );
    const consultation = x.facts.filter((d) => d.primary.scope === "consultation");
    expect(
      consultation.map((d) => [
        d.primary.rank,
        d.primary.category,
        d.primary.origin,
        d.also.length,
      ]),
    ).toEqual([
      [1, "社会保障", "prose", 1],
      [2, "城乡建设", "prose", 1],
      [3, "交通出行", "prose", 1],
      [4, "住房保障", "prose", 1],
    ]);
    expect(x.review.filter((r) => r.kind === "ranking")).toEqual([]);
  });
});

describe("dimensionOf(names, words)", () => {
  it.each([
    [["咨询类", "求助类", "投诉类"], "", "request_type"],
    [["市公安局", "市住建局"], "", "department"],
    [["城乡建设", "交通出行"], "部门", "business_type"],
    [["市公安局", "城乡建设"], "排名前五的部门", "department"],
  ])("%j (%j) → %s", (names, words, dimension) => {
    expect(dimensionOf(names, words)).toBe(dimension);
  });
});
