/** Figures in sentences. Every sentence here is invented, in the style of the provincial template. */
import { describe, expect, it } from "vitest";
import { readDocument, type ProseBlock } from "../../src/lib/extract/document.ts";
import { readProse, termBefore } from "../../src/lib/extract/prose.ts";
import { report } from "./extract-fixtures/helpers.ts";

function prose(...lines: string[]) {
  const doc = readDocument(report("示例市12345热线2024年度工作情况发布", "一、总体情况", ...lines));
  const blocks = doc.blocks.filter((b): b is ProseBlock => b.kind === "prose");
  const out = blocks.map((b) => readProse(b));
  return {
    figures: out.flatMap((o) => o.figures),
    review: out.flatMap((o) => o.review),
    skipped: out.flatMap((o) => o.skipped),
  };
}

const brief = (f: { metric: string; value: string; yoy_text: string }) => [
  f.metric,
  f.value,
  f.yoy_text,
];

describe("readProse(block): one sentence → figures with value, unit and year-on-year remark", () => {
  it.each([
    [
      "2024年，全市热线共受理诉求234567件，同比增长8.25%，按时办结率98.70%，与上年持平。",
      [
        ["demand_total", "234567", "同比增长8.25%"],
        ["on_time_rate", "98.7", "与上年持平"],
      ],
    ],
    [
      "从受理渠道看，电话端有 20001 件，互联网端有 3002 件，其他渠道有 405 件。",
      [
        ["demand_phone", "20001", ""],
        ["demand_internet", "3002", ""],
        ["demand_other", "405", ""],
      ],
    ],
    [
      "综合满意度96.50%，同比提升1.05%；办结率99.00%。",
      [
        ["satisfaction_overall", "96.5", "同比提升1.05%"],
        ["completion_rate", "99", ""],
      ],
    ],
    [
      "全市总受理量123.4万件、总派单量45.6万件，在线解答率62%。",
      [
        ["demand_total", "1234000", ""],
        ["dispatched", "456000", ""],
        ["online_answer_rate", "62", ""],
      ],
    ],
    ["全年受理诉求1,234,567件(↑4.5%)。", [["demand_total", "1234567", "↑4.5%"]]],
    [
      "全市政务热线话务平台总人数88名，每十万人座席占有量为6.5个。",
      [
        ["seats_total", "88", ""],
        ["seats_per_100k", "6.5", ""],
      ],
    ],
    [
      "承办咨询类诉求 5000 件，较上年同比下降 3.1 个百分点；非咨询类诉求 7000 件。",
      [
        ["demand_consultation", "5000", "较上年同比下降 3.1 个百分点"],
        ["demand_non_consultation", "7000", ""],
      ],
    ],
    ["2024年，热线累计受理诉求８８８８件。", [["demand_total", "8888", ""]]],
    ["日诉求量高峰达 400 件，成员单位承办率为 55.5%。", []],
  ])("%s", (sentence, expected) => {
    expect(prose(sentence).figures.map(brief)).toEqual(expected);
  });
});

describe("readProse(block): provenance and wording", () => {
  it("keeps the line, the clause and the report's own wording", () => {
    const { figures } = prose("", "全年，平台共受理诉求4321件，同比增长1.5%。");
    expect(figures[0]).toMatchObject({
      term_zh: "平台共受理诉求",
      lines: [4],
      text: "平台共受理诉求4321件,同比增长1.5%",
      section: "一、总体情况",
      origin: "prose",
    });
  });

  it("re-joins a sentence cut by a page break and reports both lines", () => {
    const { figures } = prose("全年平台共受理诉", "", "求6543件。");
    expect(figures.map((f) => [f.metric, f.value, f.lines])).toEqual([
      ["demand_total", "6543", [3, 5]],
    ]);
  });

  it("notes “about” (约) and keeps 万 exact with its rounding", () => {
    const { figures } = prose("每十万人座席占有量约为 7 个；全市受理量3.21万件。");
    expect(figures.map((f) => [f.metric, f.value, f.written, f.tolerance, f.note])).toEqual([
      ["seats_per_100k", "7", "7", 0, "The report says “about” (约) 7."],
      ["demand_total", "32100", "3.21万", 50, ""],
    ]);
  });

  it("marks “超…/…余” as a lower bound", () => {
    expect(prose("诉求总量超3万件。").figures.map((f) => [f.value, f.lowerBound])).toEqual([
      ["30000", true],
    ]);
  });
});

describe("readProse(block): context", () => {
  it("skips figures about a special service, saying why", () => {
    const r = prose("“尚贤”人才服务热线全年受理诉求210件，直接答复率达81.5%。");
    expect(r.figures).toEqual([]);
    expect(r.skipped.map((s) => [s.metric, s.written])).toEqual([
      ["demand_total", "210"],
      ["online_answer_rate", "81.5%"],
    ]);
  });

  it("reads a sentence about the enterprise line as enterprise figures only", () => {
    const r = prose(
      "“一企来”企业服务热线专席共受理企业诉求900件，按时办结率99.1%，综合满意度99.5%。",
    );
    expect(r.figures.map(brief)).toEqual([
      ["demand_enterprise", "900", ""],
      ["satisfaction_enterprise", "99.5", ""],
    ]);
    expect(r.skipped.map((s) => s.metric)).toEqual(["on_time_rate"]);
  });

  it("skips every figure in a special section", () => {
    const r = prose("(二)特色热线公共服务", "全年受理诉求77件，办结率100%。");
    expect(r.figures).toEqual([]);
    expect(r.skipped).toHaveLength(2);
  });

  it("sends figures given “respectively” (分别) to review instead of pairing them", () => {
    const r = prose("电话受理、网络受理分别为1200件和340件。");
    expect(r.figures).toEqual([]);
    expect(r.review.map((i) => [i.kind, i.candidates.map((c) => c.metric)])).toEqual([
      ["ambiguous", ["demand_phone", "demand_internet"]],
    ]);
  });

  it("does not record a duration given in hours as working days", () => {
    const r = prose("平均办理时长6小时。");
    expect(r.figures).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(["given in hours"]);
  });
});

describe("termBefore(phrase) drops the connectors between a term and its number", () => {
  it.each([
    ["每十万人座席占有量约为", "每十万人座席占有量", true],
    ["其他渠道有", "其他渠道", false],
    ["全区热线服务代表共有", "全区热线服务代表", false],
    ["直接答复率达", "直接答复率", false],
  ])("%j → %j", (phrase, term, approx) => {
    expect(termBefore(phrase)).toEqual({ term, approx });
  });
});
