/**
 * Layouts and wordings the intake met on pages it was not written for (issue 12,
 * session 12): lists whose items are paragraphs, topics named in headings,
 * per-year lists, 由A增至B, 服务量, shares of the total, qualifiers that narrow a
 * figure. Every text here is invented.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractReport, type Extraction } from "../../src/lib/extract/extract.ts";
import { readDocument, type ProseBlock } from "../../src/lib/extract/document.ts";
import { pipeCells, unflatten } from "../../src/lib/extract/flatTable.ts";
import { headingFigures } from "../../src/lib/extract/headingFigure.ts";
import { paragraphLists } from "../../src/lib/extract/paragraphList.ts";
import { titlePlaces } from "../../src/lib/extract/place.ts";
import { unstack } from "../../src/lib/extract/table.ts";
import { findPeriods, spanEnd } from "../../src/lib/extract/periods.ts";
import { NO_FLAGS, readPhrase } from "../../src/lib/extract/phrase.ts";
import { dropFallbacks } from "../../src/lib/extract/reconcile.ts";
import { matchTerm } from "../../src/lib/extract/terms.ts";
import type { Figure } from "../../src/lib/extract/types.ts";
import type { Gazetteer } from "../../src/lib/places/gazetteer.ts";
import { loadGazetteer } from "../../src/lib/places/load.ts";
import { PLACES } from "./extract-fixtures/helpers.ts";

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

const run = (...lines: string[]): Extraction =>
  extractReport(lines.join("\n"), { file: "invented.txt", places: PLACES, gazetteer: g });
/** Drafted figures as “metric|category@period → value as written”. */
const facts = (x: Extraction) =>
  Object.fromEntries(
    x.facts.map((d) => [
      `${d.primary.metric}${d.primary.category ? `|${d.primary.category}` : ""}${d.primary.period ? `@${d.primary.period}` : ""}`,
      d.primary.written,
    ]),
  );
const reviewed = (x: Extraction) => x.review.flatMap((r) => r.candidates.map((c) => c.written));
const skippedReasons = (x: Extraction) => x.skipped.map((s) => `${s.written}: ${s.reason}`);
const blocks = (text: string) =>
  readDocument(text).blocks.filter((b): b is ProseBlock => b.kind === "prose");

describe("paragraphLists(blocks): a list whose items are paragraphs of their own", () => {
  it("ranks request types opening one paragraph each by count", () => {
    const lists = paragraphLists(
      blocks(
        [
          "一、主要情况",
          "求助类工单300件:主要涉及供水、供电等问题。",
          "咨询类工单1200件:主要涉及社保、公积金等问题。",
          "投诉类工单450件:主要涉及噪音、占道等问题。",
          "二、其他工作",
          "本月开展培训2次。",
        ].join("\n"),
      ),
    );
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list!.dimension).toBe("request_type");
    expect(list!.rankedByUs).toBe(true);
    expect(list!.figures.map((f) => [f.rank, f.category, f.written])).toEqual([
      [1, "咨询类", "1200"],
      [2, "投诉类", "450"],
      [3, "求助类", "300"],
    ]);
    expect(list!.figures[0]!.lines).toEqual([3]);
  });

  it("reads topics named in headings with their count in the paragraph, across paragraphs between them", () => {
    const lists = paragraphLists(
      blocks(
        [
          "三、热点分析",
          "1.交通出行类问题。共受理820件,占比20.5%。反映停车难等问题。",
          "建议:请相关部门加强管理。",
          "2.教育类问题。共受理960件,占比24.0%。反映招生等问题。",
          "3.医疗卫生类问题。共受理410件,占比10.3%。反映挂号等问题。",
        ].join("\n"),
      ),
    );
    expect(lists).toHaveLength(1);
    expect(lists[0]!.dimension).toBe("business_type");
    expect(lists[0]!.figures.map((f) => [f.category, f.written, f.share])).toEqual([
      ["教育类", "960", "24.0"],
      ["交通出行类", "820", "20.5"],
      ["医疗卫生类", "410", "10.3"],
    ]);
  });

  it("takes the hotline's part of a count split by platform, and says so", () => {
    const lists = paragraphLists(
      blocks(
        [
          "三、热点问题",
          "(一)供水类问题",
          "本月,共受理供水类问题50个,其中市民热线45个,县长信箱5个。",
          "(二)供电类问题",
          "本月,共受理供电类问题40个,其中市民热线38个,县长信箱2个。",
          "(三)燃气类问题",
          "本月,共受理燃气类问题30个,其中市民热线30个,县长信箱0个。",
        ].join("\n"),
      ),
    );
    expect(lists[0]!.aligned).toBe(true);
    expect(lists[0]!.figures.map((f) => [f.category, f.written])).toEqual([
      ["供水类", "45"],
      ["供电类", "38"],
      ["燃气类", "30"],
    ]);
    expect(lists[0]!.figures[0]!.note).toMatch(/hotline's part of 50/);
  });

  it("leaves a list to review when a count is split in a way that names no hotline part", () => {
    const lists = paragraphLists(
      blocks(
        [
          "三、热点问题",
          "(一)供水类问题",
          "共受理供水类问题50个,其中城区30个,乡镇20个。",
          "(二)供电类问题",
          "共受理供电类问题40个。",
          "(三)燃气类问题",
          "共受理燃气类问题30个。",
        ].join("\n"),
      ),
    );
    expect(lists[0]!.aligned).toBe(false);
  });

  it("needs three items, and no paragraph with another count between them", () => {
    expect(
      paragraphLists(blocks(["一、情况", "咨询类工单12件:略。", "求助类工单3件:略。"].join("\n"))),
    ).toEqual([]);
    expect(
      paragraphLists(
        blocks(
          [
            "一、情况",
            "咨询类工单12件:略。",
            "求助类工单3件:略。",
            "本月回访工单80件。",
            "投诉类工单9件:略。",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });

  it("is drafted by the intake as top_category rows, kept out of a subset's section", () => {
    const x = run(
      "示例市12345热线2024年5月运行情况",
      "一、基本情况",
      "5月份,共受理各类诉求1960件。",
      "二、诉求类型",
      "咨询类工单1200件:主要涉及社保等问题。",
      "投诉类工单450件:主要涉及噪音等问题。",
      "求助类工单310件:主要涉及供水等问题。",
    );
    expect(facts(x)).toMatchObject({
      demand_total: "1960",
      "top_category|咨询类": "1200",
      "top_category|投诉类": "450",
      "top_category|求助类": "310",
    });
  });
});

describe("per-year lists and spans of years", () => {
  it("gives each number of “…分别为:2021年X,2022年Y” its own year", () => {
    const x = run(
      "示例市12345热线2023年度工作情况发布",
      "近年来热线接听量逐年增长,其中各年度接听总量分别为:2021年30.2万个,2022年38.2万个,2023年41.5万个。",
    );
    expect(facts(x)).toEqual({
      "calls_answered@2021": "30.2万",
      "calls_answered@2022": "38.2万",
      calls_answered: "41.5万",
    });
  });

  it("spanEnd(expr): the end year of a span; a span up to now has none", () => {
    const [range] = findPeriods("2021年至2024年");
    expect(spanEnd(range!)).toMatchObject({ form: "2024", year: 2024, multiYear: false });
    const [upTo] = findPeriods("截至2021年底");
    expect(spanEnd(upTo!)).toMatchObject({ form: "2021", year: 2021 });
    const [since] = findPeriods("2019年以来");
    expect(spanEnd(since!)).toBeNull();
  });

  it("reads B of “由A增至B” under 截至Y年底 as year Y's, and never A without its year", () => {
    const x = run(
      "示例省12345热线工作情况",
      "截至2021年底,全省12345年服务量由900万增长到2500万,全省服务代表总数由1200名上升到2100名。",
    );
    expect(facts(x)).toMatchObject({
      "demand_total@2021": "2500万",
      "seats_total@2021": "2100",
    });
    expect(Object.values(facts(x))).not.toContain("900万");
    expect(Object.values(facts(x))).not.toContain("1200");
  });
});

describe("wordings", () => {
  it("matchTerm: 按期办结率 is the on-time rate, not the completion rate", () => {
    expect(matchTerm("按期办结率")?.metrics).toEqual(["on_time_rate"]);
    expect(matchTerm("办结率")?.metrics).toEqual(["completion_rate"]);
    expect(matchTerm("各年度接听总量")?.metrics).toEqual(["calls_answered"]);
  });

  it("服务量 is the request total only when no other reading of it is printed", () => {
    const alone = run("示例市12345热线2024年工作情况", "2024年,全市12345热线服务量达到120万。");
    expect(facts(alone)).toMatchObject({ demand_total: "120万" });
    expect(alone.facts[0]!.notes.join(" ")).toMatch(/服务量/);
    const both = run(
      "示例市12345热线2024年工作情况",
      "2024年,全市12345热线总服务量150万件次。",
      "全市共受理各类诉求98万件。",
    );
    expect(facts(both)).toMatchObject({ demand_total: "98万" });
    expect(skippedReasons(both).join("\n")).toMatch(/150万: .*服务量/);
  });

  it("dropFallbacks(figs): a fallback gives way to a firm reading, and stays alone with its note", () => {
    const f = (value: string, fallback?: string) =>
      ({ value, note: "", ...(fallback ? { fallback } : {}) }) as unknown as Figure;
    const firm = f("98");
    const loose = f("150", "From 服务量.");
    expect(dropFallbacks([loose, firm])).toEqual({ kept: [firm], dropped: [loose] });
    const kept = dropFallbacks([loose]).kept[0]!;
    expect(kept.note).toBe("From 服务量.");
  });

  it("a period before the words is not part of the noun phrase (第二季度语音受理)", () => {
    expect(readPhrase("第二季度语音受理", "", "宗")).toMatchObject({ metric: "demand_phone" });
    expect(readPhrase("9月份电话诉求", "", "件")).toMatchObject({ metric: "demand_phone" });
  });

  it("转办 and 部门处理的工单 are sent out; 办理…交办的 is handed in", () => {
    expect(readPhrase("网络转办", "", "件")).toMatchObject({ metric: "dispatched" });
    expect(readPhrase("需镇和相关部门处理的电子工单", "", "件")).toMatchObject({
      metric: "dispatched",
    });
    expect(readPhrase("办理市效能办交办重要来电", "", "件")).toMatchObject({
      kind: "review",
      metric: "demand_transfer",
    });
  });

  it("work orders sent to one group of units only are a part, not all sent", () => {
    expect(readPhrase("转派区县工单", "", "件")).toMatchObject({ kind: "skip" });
    expect(readPhrase("转派市级部门", "", "件")).toMatchObject({ kind: "skip" });
    expect(readPhrase("转派二级平台", "", "件")).toMatchObject({ metric: "dispatched" });
  });

  it("first-time, early and fast rates are other measures than the completion rate", () => {
    for (const term of ["一次性办结率", "提前办结率", "快速办结率"])
      expect(readPhrase(term, "", "%")).toMatchObject({ kind: "skip" });
  });

  it("a rate of one kind of requests (其中咨询件…) is kept out of the whole-hotline rate", () => {
    expect(readPhrase("其中咨询件即办率", "", "%")).toMatchObject({ kind: "skip" });
    const x = run(
      "示例市12345热线2024年工作情况",
      "2024年,即时办结率65.10%(其中咨询件即办率85.20%),满意率98.00%。",
    );
    expect(facts(x)).toMatchObject({ online_answer_rate: "65.10" });
    expect(reviewed(x)).not.toContain("85.20");
  });

  it("a stock carried over from last month is not the month's intake", () => {
    expect(
      readPhrase("本月共有工单", "", "件", "受理下派工单1905件,上月未办结工单233件,", NO_FLAGS),
    ).toMatchObject({ kind: "skip" });
  });

  it("the count of one named kind (受理物业管理类问题) is not the total; 各类诉求 is", () => {
    expect(readPhrase("共受理物业管理类问题", "", "个")).toMatchObject({ kind: "skip" });
    expect(readPhrase("共受理各类诉求", "", "件")).toMatchObject({ metric: "demand_total" });
  });

  it("占诉求总量的P% right after an on-the-spot count is the online answer rate", () => {
    const x = run(
      "示例市12345热线2024年9月运行情况",
      "9月份,共接到有效诉求5000件。其中,前台即时办结3000件,占诉求总量的60.00%;网络转办2000件,占诉求总量的40.00%。",
    );
    expect(facts(x)).toMatchObject({
      demand_total: "5000",
      answered_online: "3000",
      online_answer_rate: "60.00",
      dispatched: "2000",
    });
    expect(Object.values(facts(x))).not.toContain("40.00");
  });

  it("a sentence whose subject is another 123xx hotline is not the 12345 line's", () => {
    expect(
      readPhrase("按期办结率", "", "%", "12315消费者投诉举报热线共接听来电800人次,", NO_FLAGS),
    ).toMatchObject({ kind: "skip" });
  });

  it("a short numbered sentence is read as prose, not as a heading", () => {
    const x = run("示例市12345热线2024年10月运行情况", "一、运行情况", "6.本月满意率为99.10%。");
    expect(Object.values(facts(x))).toContain("99.10");
  });
});

describe("flattened tables: pipes and one cell per line", () => {
  it("pipeCells(line): the cells of a pipe row; a line with one filled cell is none", () => {
    expect(pipeCells("单位名称 | 受理量 | 办结率 |")).toEqual(["单位名称", "受理量", "办结率"]);
    expect(pipeCells("浏览量:1 | | | |")).toBeNull();
    expect(pipeCells("a\tb | c")).toBeNull();
  });

  it("unflatten(lines): one cell per line → rows on the line of their first cell, same line count", () => {
    const lines = [
      "类别 |",
      "件数 |",
      "占比 |",
      "投诉类 |",
      "520 |",
      "52.0% |",
      "",
      "咨询类 |",
      "480 |",
      "48.0% |",
      "以上为本月数据。",
    ];
    const out = unflatten(lines);
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe("类别\t件数\t占比");
    expect(out[3]).toBe("投诉类\t520\t52.0%");
    expect(out[7]).toBe("咨询类\t480\t48.0%");
    expect(out[4]).toBe("");
    expect(out[10]).toBe("以上为本月数据。");
  });

  it("unflatten(lines): a run that is not a simple table (numbered rows, a broken row) stays as it is", () => {
    const numbered = [
      "序号 |",
      "单位 |",
      "件数 |",
      "1 |",
      "住建局 |",
      "99 |",
      "2 |",
      "公安局 |",
      "77 |",
    ];
    expect(unflatten(numbered)).toEqual(numbered);
    const broken = ["单位 |", "件数 |", "办结率 |", "住建局 |", "99 |", "说明 |"];
    expect(unflatten(broken)).toEqual(broken);
  });

  it("reads the totals of a one-cell-per-line table like a tab table", () => {
    const x = run(
      "示例市12345热线2024年3月运行情况",
      "一、总体情况",
      "指标 |",
      "数值 |",
      "诉求总量 |",
      "5321 |",
      "综合满意率 |",
      "98.20% |",
    );
    expect(facts(x)).toMatchObject({ demand_total: "5321", satisfaction_overall: "98.20" });
  });

  it("unstack(table): a header that repeats its group (指标 | 数值 | 指标 | 数值) is cut into groups", () => {
    const t = unstack({
      headers: [{ cells: ["指标", "数值", "指标", "数值"], line: 3 }],
      values: [
        { cells: ["诉求总量", "5321", "综合满意率", "98.20%"], line: 4 },
        { cells: ["按时办结率", "99.10%", "", ""], line: 5 },
      ],
    });
    expect(t.headers[0]!.cells).toEqual(["指标", "数值"]);
    expect(t.values.map((r) => [r.line, ...r.cells])).toEqual([
      [4, "诉求总量", "5321"],
      [5, "按时办结率", "99.10%"],
      [4, "综合满意率", "98.20%"],
    ]);
    const plain = { headers: [{ cells: ["指标", "本月", "上月"], line: 1 }], values: [] };
    expect(unstack(plain)).toBe(plain);
  });

  it("reads both halves of side-by-side column groups in the intake", () => {
    const x = run(
      "示例市12345热线2024年3月运行情况",
      "一、总体情况",
      "指标\t数值\t指标\t数值",
      "诉求总量\t5321\t综合满意率\t98.20%",
    );
    expect(facts(x)).toMatchObject({ demand_total: "5321", satisfaction_overall: "98.20" });
  });

  it("ranks a TOP table with more columns than its count by the count column", () => {
    const x = run(
      "示例市12345热线2024年3月运行情况",
      "二、承办单位排名前三",
      "单位名称 | 受理件数 | 按时办结率 |",
      "市公安局 | 300 | 99.00% |",
      "市住建局 | 200 | 98.00% |",
      "市城管局 | 100 | 97.00% |",
    );
    expect(facts(x)).toMatchObject({
      "top_category|市公安局": "300",
      "top_category|市住建局": "200",
      "top_category|市城管局": "100",
    });
    expect(Object.values(facts(x))).not.toContain("99.00");
  });
});

describe("headingFigures(blocks): a figure named only by its heading", () => {
  const figs = (...lines: string[]) => headingFigures(blocks(lines.join("\n")));
  it("reads “(二)接通率” over a bare “98.52%” as the connection rate, with its remark", () => {
    const [f] = figs("一、运行情况", "(二)接通率", "98.52%(同比↑1.2%)");
    expect(f).toMatchObject({ metric: "connection_rate", written: "98.52", lines: [2, 3] });
    expect(f!.yoy_text).toMatch(/1\.2%/);
  });

  it("gives nothing when the heading names no metric, the unit does not fit, or the line is a sentence", () => {
    expect(figs("一、运行情况", "(二)工作亮点", "98.52%")).toEqual([]);
    expect(figs("一、运行情况", "(二)接通率", "1200件")).toEqual([]);
    expect(figs("一、运行情况", "(二)接通率", "本月接通率较上月有所提升。")).toEqual([]);
  });

  it("is drafted by the intake", () => {
    const x = run(
      "示例市12345热线2024年3月运行情况",
      "一、运行情况",
      "(一)诉求总量",
      "5,321件",
      "(二)接通率",
      "98.52%",
    );
    expect(facts(x)).toMatchObject({ demand_total: "5321", connection_rate: "98.52" });
  });
});

describe("the place, from the issuer and the subdivisions named", () => {
  it("titlePlaces(title): the period before the brand is no place", () => {
    expect(titlePlaces("2023年3月份12345热线运行情况通报")).toEqual([]);
    expect(titlePlaces("第二季度12345热线运行情况")).toEqual([]);
  });

  it("takes the place from the issuing office when the title names none", () => {
    const x = run(
      "2024年5月份12345热线运行情况通报",
      "来源:沭阳县热线办   2024-06-05 10:00",
      "一、运行情况",
      "5月份,共受理各类诉求3210件。",
    );
    expect(x.place).toMatchObject({ zh: "沭阳县", adcode: "321322" });
  });

  it("prefers the city whose districts the text names over a namesake district elsewhere", () => {
    const x = run(
      "12345热线受理情况",
      "来源:西安日报 2024-03-29",
      "上月12345热线受理市民来电7000件,其中转派雁塔区政府248件、莲湖区政府204件。",
    );
    expect(x.place).toMatchObject({ zh: "西安市", adcode: "610100" });
  });
});
