/**
 * The intake on reports it has never seen (issue 12): page furniture and the
 * title, place from the gazetteer, periods, noun phrases, scope, units and
 * scripts, lists in prose, and review instead of a confident wrong value.
 * Every sentence here is invented.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFront } from "../../src/lib/extract/front.ts";
import { extractReport, intake, type Extraction } from "../../src/lib/extract/extract.ts";
import { loadConverter, needsConversion, normalizeText } from "../../src/lib/extract/normalize.ts";
import { findPeriods, resolvePeriod } from "../../src/lib/extract/periods.ts";
import { readPhrase, NO_FLAGS } from "../../src/lib/extract/phrase.ts";
import type { Gazetteer } from "../../src/lib/places/gazetteer.ts";
import { loadGazetteer } from "../../src/lib/places/load.ts";
import { PLACES } from "./extract-fixtures/helpers.ts";

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

const run = (...lines: string[]): Extraction =>
  extractReport(lines.join("\n"), { file: "invented.txt", places: PLACES, gazetteer: g });
const facts = (x: Extraction) =>
  Object.fromEntries(
    x.facts.map((d) => [
      `${d.primary.metric}${d.primary.category ? `|${d.primary.category}` : ""}${d.primary.period ? `@${d.primary.period}` : ""}`,
      d.primary.written,
    ]),
  );
const kinds = (x: Extraction) => x.review.map((r) => r.kind);

describe("1. title, date and issuer from the whole page", () => {
  it.each([
    [
      "navigation, then the title, then a date line",
      [
        "当前位置: 首页 > 政务公开 > 通报",
        "示例市12345热线2024年8月运行情况通报",
        "发布时间: 2024-09-05",
      ],
      "示例市12345热线2024年8月运行情况通报",
      "2024-9-5",
    ],
    [
      "a site menu and a breadcrumb, a headline, a byline with a date",
      [
        "要闻 财经 文化 体育 科技",
        "首页 > 本地 > 正文",
        "热线受理诉求再创新高",
        "晨报 2023-01-10 08:00",
      ],
      "热线受理诉求再创新高",
      "2023-1-10",
    ],
    [
      "no title: the text starts with a heading; the date is the closing signature",
      ["一、总体情况", "本月共受理诉求100件。", "示例县人民政府办公室", "2022年7月11日"],
      null,
      "2022-7-11",
    ],
    [
      "an empty HTML title and an issue number are not titles",
      ["无标题文档", "〔2023〕第9期", "示例县12345热线9月份运行情况通报"],
      "示例县12345热线9月份运行情况通报",
      null,
    ],
  ])("%s", (_, lines, title, date) => {
    const f = readFront(lines);
    expect(f.title?.text ?? null).toBe(title);
    expect(f.date ? `${f.date.year}-${f.date.month}-${f.date.day}` : null).toBe(date);
  });

  it("takes the issuer from a 来源 line", () => {
    expect(
      readFront(["某标题12345热线情况", "来源: 示例市热线办 2023-04-27 14:27"]).issuer?.text,
    ).toBe("示例市热线办");
  });
});

describe("2. place from the gazetteer", () => {
  it.each([
    ["a province is a place", "江苏省12345热线2016年度运行情况", "320000"],
    ["a 直辖市 is a place", "北京市12345热线2023年度运行情况", "110000"],
    ["a county inside its province", "江苏如东12345热线2025年第一季度运行情况", "320623"],
    ["the hotline's brand in the body", "", "460100"],
  ])("%s", (_, title, adcode) => {
    const x = run(title, "一、总体情况", "海口12345智慧联动平台本月受理诉求100件。");
    expect(x.place.adcode).toBe(adcode);
    expect(x.place.draft?.level ?? PLACES.find((p) => p.adcode === adcode)?.level).toBeTruthy();
  });

  it("maps a former name to today's division, keeping the name as written", () => {
    const x = run("吴江市12345热线2011年运行情况", "一、总体情况", "本月共受理诉求100件。");
    expect(x.place.adcode).toBe("320509");
    expect(x.place.asWritten).toBe("吴江市");
  });

  it("sends an ambiguous name to review with its candidates", () => {
    const x = run("通州区12345热线2023年运行情况", "一、总体情况", "全年共受理诉求100件。");
    const item = x.review.find((r) => r.kind === "place");
    expect(item?.message).toMatch(/may mean several divisions/);
  });

  it("sends a county implied by 我县 to review when only its prefecture is named", () => {
    const x = run(
      "12345热线运行情况",
      "一、总体情况",
      "我县热线全年共受理诉求100件，永州市平台转来10件。",
    );
    expect(kinds(x)).toContain("place");
  });
});

describe("3. periods", () => {
  it.each([
    ["2023年度工作情况", "2023"],
    ["2023年8月份运行情况", "2023-08"],
    ["2021年第一季度", "2021-Q1"],
    ["2017二季度", "2017-Q2"],
    ["2022年上半年", "2022-H1"],
    ["2022年1-6月", "2022-01..06"],
    ["2021年1月至8月", "2021-01..08"],
    ["2011年4月17日至5月16日", "2011-04-17..2011-05-16"],
    ["截至2020年12月9日", "2020-01-01..2020-12-09"],
    ["截至2023年9月底", "2023-01..09"],
  ])("%s → %s", (words, form) => {
    const [e] = findPeriods(words);
    expect(resolvePeriod(e!, null, null)?.text).toBe(form);
  });

  it("never reads an issue number as a period", () => {
    expect(findPeriods("简报2021年第8期")).toEqual([]);
  });

  it.each([
    ["今年以来", { year: 2025, month: 9, day: 19 }, "2025-01..09"],
    ["上月", { year: 2019, month: 3, day: 29 }, "2019-02"],
    ["上月", { year: 2019, month: 1, day: 10 }, "2018-12"],
  ])("%s on a page dated %o → %s", (words, date, form) => {
    const [e] = findPeriods(words);
    expect(resolvePeriod(e!, null, date)?.text).toBe(form);
  });

  it("drafts a monthly brief as its month, with the cumulative figure's own period", () => {
    const x = run(
      "一、总体情况",
      "2022年1-6月,热线共受理群众诉求2580件。",
      "二、6月份办理情况",
      "6月份,全区共受理各类诉求665件。",
    );
    expect(x.period.period?.text).toBe("2022-06");
    expect(facts(x)).toEqual({ demand_total: "665", "demand_total@2022-01..06": "2580" });
  });

  it("asks for the year of a month the text does not date", () => {
    const x = run("示例市12345热线11月份运行情况通报", "一、总体情况", "本月共受理诉求100件。");
    expect(kinds(x)).toContain("period");
  });

  it("follows the body and asks when the title's month disagrees", () => {
    const x = run("12345热线二月情况通报", "一、基本情况", "2017年3月,共办理热线工单2495件。");
    expect(x.period.period?.text).toBe("2017-03");
    expect(kinds(x)).toContain("period");
  });

  it("does not record a total over several years", () => {
    const x = run(
      "示例省12345热线2021年运行情况",
      "一、总体情况",
      "2017年至2021年,累计受理诉求9587万件。",
    );
    expect(facts(x)).toEqual({});
    expect(x.skipped.map((s) => s.reason).join()).toMatch(/several years/);
  });
});

describe("4. wording: the whole noun phrase", () => {
  it.each([
    ["全市共受理各类诉求", "件", "demand_total"],
    ["热线受理群众各类诉求", "件", "demand_total"],
    ["平台受理办件", "件", "demand_total"],
    ["共形成有效工单", "件", "demand_total"],
    ["热线受理总量", "件", "demand_total"],
    ["共接收市民来电总量", "次", "calls_total"],
    ["共接到市民来电", "个", "calls_total"],
    ["接听群众来电", "个", "calls_answered"],
    ["转派二级平台", "件", "dispatched"],
    ["派发到各单位办理工单总数为", "件", "dispatched"],
    ["前台即时办结", "件", "answered_online"],
    ["电话回访市民满意率", "%", "satisfaction_callback"],
    ["即时办结率", "%", "online_answer_rate"],
  ])("%s …%s → %s", (before, unit, metric) => {
    const r = readPhrase(before, "", unit);
    expect(r && r.kind === "metric" ? r.metric : r).toBe(metric);
  });

  it("reads the noun after the number: 受理1103.94万件群众来电", () => {
    const x = run("示例市12345热线2022年运行情况", "一、总体情况", "全年受理1103.94万件群众来电。");
    expect(facts(x)).toEqual({ demand_total: "1103.94万" });
  });

  it("reads a figure stated in a short heading line", () => {
    const x = run(
      "示例市12345热线2022年4月运行情况",
      "二、案件分析",
      "(一)热线受理量:共受理各类来电2808件。",
    );
    expect(facts(x)).toEqual({ demand_total: "2808" });
  });

  it("keeps calls and requests apart", () => {
    const x = run(
      "示例市12345热线2023年9月运行情况",
      "一、总体情况",
      "9月份,热线共接收市民来电总量7000次,形成有效工单4000件。",
    );
    expect(facts(x)).toEqual({ calls_total: "7000", demand_total: "4000" });
  });
});

describe("5. scope: qualifiers keep a figure out of the whole-hotline metric", () => {
  it.each([
    ["日均受理诉求", "a daily average"],
    ["预计受理诉求", "a projection"],
    ["受理涉疫诉求", "a subset"],
    ["两个多月解决企业诉求", "a span of months"],
  ])("%s", (before, reason) => {
    const r = readPhrase(before, "", "件");
    expect(r?.kind).toBe("skip");
    expect(r && r.kind === "skip" ? r.reason : "").toMatch(reason);
  });

  it("sends requests transferred in from the province to review", () => {
    expect(readPhrase("承办省12345平台交办件", "", "件")?.kind).toBe("review");
  });

  it("skips figures of another platform named as the sentence's subject", () => {
    expect(
      readPhrase("共受理市民各类诉求", "", "件", "市长信箱共受理市民各类诉求", NO_FLAGS)?.kind,
    ).toBe("skip");
  });

  it("skips a city platform's own rate beside a whole-place figure", () => {
    const x = run(
      "一、诉求情况",
      "2018年7月,全市12345平台共汇集来电来件5000个。",
      "示例市12345平台共呼入来电2000个,接通率95.84%。",
    );
    expect(Object.keys(facts(x))).not.toContain("connection_rate");
  });

  it("sends a total of a platform that also counts inspectors' reports to review", () => {
    const x = run(
      "2017年4月份市12345平台考评结果通报",
      "一、综合数据",
      "2017年4月份,市12345平台共受理问题26898件,其中监督员上报11863件。",
    );
    expect(facts(x).demand_total).toBeUndefined();
    expect(kinds(x)).toContain("scope");
  });
});

describe("6. units and scripts", () => {
  it("detects and converts traditional characters, keeping line breaks", async () => {
    const text = "江蘇12345熱線\n據統計,全年受理群眾訴求1041萬件。";
    expect(needsConversion(text)).toBe(true);
    const n = normalizeText(text, await loadConverter());
    expect(n.text).toBe("江苏12345热线\n据统计,全年受理群众诉求1041万件。");
    expect(n.changes.join()).toMatch(/OpenCC/);
  });

  it("removes pinyin glosses a mirror put inside words", () => {
    expect(normalizeText("積極擔(dān)當(dāng)").text).toBe("積極擔當");
  });

  it("reads 宗 as a count, and a traditional page end to end", async () => {
    const x = await intake(
      "連平縣12345熱線2025年第二季度運行情況\n一、業務受理情況\n本季度共受理有效熱線事項3136宗,辦結率78.98%。",
      { file: "invented.txt", places: PLACES, gazetteer: g },
    );
    expect(x.period.period?.text).toBe("2025-Q2");
    expect(facts(x)).toMatchObject({ demand_total: "3136", completion_rate: "78.98" });
  });

  it("keeps a lower bound out of the values", () => {
    const x = run("示例市12345热线2021年运行情况", "一、总体情况", "全年受理诉求402万余件。");
    expect(facts(x)).toEqual({});
  });
});

describe("7. rankings in prose", () => {
  it("reads a list of types with counts and shares, ranked by count", () => {
    const x = run(
      "示例市12345热线2019年1月运行情况",
      "一、热线综述",
      "在受理的办件中,咨询类1819件,占比33.16%;投诉类2594件,占比47.28%;求助类329件,占比6%。",
    );
    expect(
      x.facts
        .filter((d) => d.primary.metric === "top_category")
        .map((d) => [
          d.primary.dimension,
          d.primary.rank,
          d.primary.category,
          d.primary.written,
          d.primary.share,
        ]),
    ).toEqual([
      ["request_type", 1, "投诉类", "2594", "47.28"],
      ["request_type", 2, "咨询类", "1819", "33.16"],
      ["request_type", 3, "求助类", "329", "6"],
    ]);
  });

  it("reads a department top list and skips a list of areas", () => {
    const x = run(
      "示例县12345热线2023年9月运行情况",
      "一、运行情况",
      "承办工单量前三的单位分别为:市监局521件,教体局239件,人社局174件。",
      "各乡镇中排名前三的是:甲镇(39件)、乙镇(34件)、丙镇(25件)。",
    );
    const tops = x.facts.filter((d) => d.primary.metric === "top_category");
    expect(tops.map((d) => [d.primary.dimension, d.primary.category])).toEqual([
      ["department", "市监局"],
      ["department", "教体局"],
      ["department", "人社局"],
    ]);
  });
});

describe("8. never a confident wrong value", () => {
  it("sends two different totals to review and drafts neither", () => {
    const x = run(
      "示例市12345热线2018年12月运行情况",
      "一、基本情况",
      "本周共受理各类诉求2846件;共形成有效工单2713件。",
    );
    expect(facts(x).demand_total).toBeUndefined();
    expect(kinds(x)).toContain("conflict");
  });

  it("reads a plain 群众满意率 as a satisfaction of unstated kind, never as one of the named kinds", () => {
    const x = run("示例市12345热线2023年10月运行情况", "一、运行情况", "本月群众满意率为99.68%。");
    expect(facts(x)).toEqual({ satisfaction_unspecified: "99.68" });
  });
});
