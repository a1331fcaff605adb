import { beforeAll, describe, expect, it } from "vitest";
import { connectionDefinitionOf, definitionOf } from "../../src/lib/data/definitions.ts";
import { factsToCsv } from "../../src/lib/data/csv.ts";
import type { Place } from "../../src/lib/data/fact.ts";
import { wideRole } from "../../src/lib/preview/headers.ts";
import { metricOverride } from "../../src/lib/preview/columns.ts";
import { ingestText } from "../../src/lib/preview/parse.ts";
import { loadPlaceLookup } from "../../src/lib/preview/placeLookup.ts";
import { OWN, PlaceResolver, type PlaceLookup } from "../../src/lib/preview/places.ts";
import { dataset } from "./dataset.ts";

const places: Place[] = dataset().places;
const all = (r: ReturnType<typeof ingestText>) => [...r.ingest.allFacts()];
/** place|metric|term → value, for the figures of a reading. */
const figures = (r: ReturnType<typeof ingestText>) =>
  all(r).map((f) => `${f.place_id}|${f.level}|${f.metric}|${f.term_zh}|${f.value}`);

let lookup: PlaceLookup;
beforeAll(async () => {
  lookup = await loadPlaceLookup();
});

describe("connectionDefinitionOf(term)", () => {
  it.each([
    ["30秒人工接通率", "30s"],
    ["30s人工接通率", "30s"],
    ["接通率（30 秒）", "30s"],
    ["三十秒接通率", "30s"],
    ["30-second connection rate", "30s"],
    ["Answered within 30 s", "30s"],
    ["接通率", "plain"],
    ["人工接通率", "plain"],
    ["接通率（接听）", "plain"],
    ["2030年接通率", "plain"],
  ])("%s → %s", (term, def) => {
    expect(connectionDefinitionOf(term)).toBe(def);
  });

  it("only a metric with several definitions has one", () => {
    expect(definitionOf("connection_rate", "接通率")).toBe("plain");
    expect(definitionOf("satisfaction_overall", "30秒满意率")).toBe("");
  });
});

describe("wideRole(header): a metric and its definition", () => {
  it.each([
    ["30秒人工接通率", "connection_rate", "30s"],
    ["30s人工接通率(%)", "connection_rate", "30s"],
    ["接通率（30秒）", "connection_rate", "30s"],
    ["接通率", "connection_rate", "plain"],
    ["综合满意率", "satisfaction_overall", ""],
  ])("%s → %s (%s)", (header, metric, definition) => {
    expect(wideRole(header)).toEqual({ kind: "metric", metric, definition });
  });
});

describe("two definitions are two columns", () => {
  const opts = { places, fileName: "t.csv" };

  it("a file with 30秒人工接通率 and 接通率 keeps both, each under its own definition, with no message", () => {
    const r = ingestText(
      "地区,年份,30秒人工接通率,接通率,综合满意率\n无锡,2022,92.5,99.1,98\n淮安,2023,,97.6,\n",
      opts,
    );
    expect(r.summary.messages).toEqual([]);
    expect(figures(r)).toEqual([
      "wuxi|prefecture|connection_rate|30秒人工接通率|92.5",
      "wuxi|prefecture|connection_rate|接通率|99.1",
      "wuxi|prefecture|satisfaction_overall|综合满意率|98",
      "huaian|prefecture|connection_rate|接通率|97.6",
    ]);
  });

  it("the same definition twice is an error naming both columns and counting the figures not used", () => {
    const r = ingestText(
      "地区,年份,30秒人工接通率,接通率（30秒）\n无锡,2022,92.5,93\n淮安,2023,91,—\n",
      opts,
    );
    expect(figures(r)).toEqual([
      "wuxi|prefecture|connection_rate|30秒人工接通率|92.5",
      "huaian|prefecture|connection_rate|30秒人工接通率|91",
    ]);
    expect(r.summary.messages).toEqual([
      expect.objectContaining({
        level: "error",
        row: 1,
        column: "接通率（30秒）",
        en: expect.stringMatching(
          /“接通率（30秒）” holds the same metric and definition as “30秒人工接通率”.*its 1 figure was not used/,
        ),
      }),
    ]);
  });

  it("the person chooses a column's definition: its figures carry that definition's wording and say why", () => {
    const r = ingestText("地区,年份,接通率,电话接通率\n无锡,2022,99.1,92.5\n", {
      ...opts,
      overrides: { 3: metricOverride("connection_rate", "30s") },
    });
    expect(r.summary.errors).toBe(0);
    const facts = all(r);
    expect(facts.map((f) => [f.term_zh, f.value])).toEqual([
      ["接通率", 99.1],
      ["30秒人工接通率", 92.5],
    ]);
    expect(facts[1]!.note_zh).toBe("列“电话接通率”按所选口径读作“30秒人工接通率”");
    expect(facts[1]!.note).toMatch(/^Column “电话接通率” read as .*\(your choice\)$/);
    expect(facts[0]!.note + facts[0]!.note_zh).toBe("");
  });

  it("each satisfaction kind is its own metric: none is dropped", () => {
    const r = ingestText(
      "地区,年份,综合满意率,群众有效参评满意率,话务代表服务满意率\n无锡,2022,98,97,99\n",
      opts,
    );
    expect(r.summary.messages).toEqual([]);
    expect(all(r).map((f) => f.metric)).toEqual([
      "satisfaction_overall",
      "satisfaction_rated",
      "satisfaction_agent",
    ]);
  });
});

describe("PlaceResolver: the file's places from the whole gazetteer", () => {
  const resolve = (text: string, choices: Record<string, string> = {}) =>
    new PlaceResolver(places, lookup, choices).resolve(text);

  it.each([
    ["江苏省", "jiangsu", "province", "", "320000"],
    ["昆山市", "kunshan", "county", "suzhou", "320583"],
    ["江苏省昆山市", "kunshan", "county", "suzhou", "320583"],
    ["320583", "kunshan", "county", "suzhou", "320583"],
    ["北京市朝阳区", "chaoyang-beijing", "district", "beijing", "110105"],
    ["suzhou", "suzhou", "prefecture", "jiangsu", "320500"],
    ["苏州", "suzhou", "prefecture", "jiangsu", "320500"],
    ["浙江省", "zhejiang", "province", "", "330000"],
    // Written without its suffix, the place above a same-named one within it.
    ["淮安", "huaian", "prefecture", "jiangsu", "320800"],
    ["吉林", "jilin", "province", "", "220000"],
  ])("%s → %s, a %s under %s (%s)", (text, id, level, parent, adcode) => {
    const r = resolve(text);
    expect(r.kind).toBe("known");
    expect(r.place).toMatchObject({ id, level, parent, adcode });
  });

  it("a former name is today's division, saying so", () => {
    const r = resolve("海门市");
    expect(r).toMatchObject({
      kind: "known",
      place: { id: "haimen" },
      renamed: { from: "海门市" },
    });
  });

  it.each([
    ["朝阳区", ["chaoyang-beijing", "chaoyang-changchun"]],
    ["通州", ["tongzhou", "tongzhou-nantong"]],
    ["鼓楼区", ["gulou", "gulou-xuzhou", "gulou-fuzhou", "gulou-kaifeng"]],
  ])("an ambiguous name (%s) is not guessed: it lists its candidates", (text, ids) => {
    const r = resolve(text);
    expect(r.kind).toBe("ambiguous");
    if (r.kind !== "ambiguous") return;
    expect(r.options.map((o) => o.id)).toEqual(expect.arrayContaining(ids));
    expect(r.place.id).toMatch(/^user-[a-z0-9-]+$/);
  });

  it("an English name several places share is ambiguous too; an id is not", () => {
    const r = resolve("Suzhou");
    expect(r.kind).toBe("ambiguous");
    if (r.kind === "ambiguous")
      expect(r.options.map((o) => o.zh)).toEqual(
        expect.arrayContaining(["江苏省苏州市", "安徽省宿州市"]),
      );
    expect(resolve("suzhou").place.id).toBe("suzhou");
    // 淮安市 and its 淮安区 are one name: the city; 怀安县 makes Huai'an ambiguous still.
    const h = resolve("Huai'an");
    expect(h.kind === "ambiguous" && h.options.map((o) => o.id).sort()).toEqual([
      "huaian",
      "huaian-zhangjiakou",
    ]);
  });

  it("a choice settles an ambiguous name; OWN keeps it as the user's own", () => {
    expect(resolve("朝阳区", { 朝阳区: "chaoyang-changchun" })).toMatchObject({
      kind: "known",
      place: { id: "chaoyang-changchun", parent: "changchun", level: "district" },
    });
    expect(resolve("朝阳区", { 朝阳区: OWN }).kind).toBe("own");
  });

  it("a name no division has is the user's own, with an ASCII pinyin id no published place has", () => {
    const r = resolve("苏州工业园区");
    expect(r).toMatchObject({
      kind: "own",
      place: { id: "user-suzhougongyeyuanqu", zh: "苏州工业园区" },
    });
    const ids = new Set(places.map((p) => p.id));
    expect(ids.has(r.place.id)).toBe(false);
  });

  it("without the gazetteer (it could not be loaded) names are matched against the published places, and the page says so", () => {
    const r = ingestText("地区,年份,诉求总量\n昆山市,2023,5\n苏州,2023,6\n", {
      places,
      fileName: "t.csv",
      lookup: null,
      lookupMissing: true,
    });
    expect(r.summary.messages).toEqual([
      expect.objectContaining({
        level: "warning",
        row: null,
        en: expect.stringMatching(/gazetteer.*could not be loaded/),
      }),
    ]);
    expect(r.summary.places.map((p) => [p.place.id, p.own])).toEqual([
      [expect.stringMatching(/^user-/), true],
      ["suzhou", false],
    ]);
  });

  it("two own names with the same pinyin are two places", () => {
    const resolver = new PlaceResolver(places, lookup);
    const a = resolver.resolve("测试甲区").place.id;
    const b = resolver.resolve("测试假区").place.id;
    expect(a).not.toBe(b);
    expect([a, b]).toEqual(["user-ceshijiaqu", "user-ceshijiaqu-2"]);
  });
});

describe("an analyst's file with both rate definitions and a province comes back whole", () => {
  it("every figure under its own definition and level, in the normalised CSV and when read back", () => {
    const text =
      "地区,年份,诉求总量,30秒人工接通率,接通率\n" +
      "浙江省,2023,1234567,95.25,99.1\n" +
      "昆山市,2023,45678,,98.76\n" +
      "朝阳区,2023,1000,90,\n";
    const r = ingestText(text, { places, fileName: "t.csv", lookup });
    expect(r.summary.errors).toBe(0);
    expect(r.summary.ambiguous).toEqual([expect.objectContaining({ name: "朝阳区", row: 4 })]);
    expect(r.summary.messages.map((m) => [m.level, m.row])).toEqual([["warning", 4]]);
    const lines = figures(r);
    expect(lines).toEqual([
      "zhejiang|province|demand_total|诉求总量|1234567",
      "zhejiang|province|connection_rate|30秒人工接通率|95.25",
      "zhejiang|province|connection_rate|接通率|99.1",
      "kunshan|county|demand_total|诉求总量|45678",
      "kunshan|county|connection_rate|接通率|98.76",
      "user-chaoyangqu|district|demand_total|诉求总量|1000",
      "user-chaoyangqu|district|connection_rate|30秒人工接通率|90",
    ]);
    // The normalised CSV is our long format: read back, the same figures, and the same bytes.
    const csv = factsToCsv(all(r));
    const back = ingestText(csv, { places, fileName: "normalised.csv" });
    expect(back.summary.errors).toBe(0);
    expect(back.summary.shape).toBe("long");
    expect(figures(back)).toEqual(lines);
    expect(factsToCsv(all(back))).toBe(csv);
    // A choice reads 朝阳区 as the district of 长春.
    const chosen = ingestText(text, {
      places,
      fileName: "t.csv",
      lookup,
      placeChoices: { 朝阳区: "chaoyang-changchun" },
    });
    expect(chosen.summary.ambiguous).toEqual([]);
    expect(all(chosen).at(-1)).toMatchObject({
      place_id: "chaoyang-changchun",
      parent_id: "changchun",
      adcode: "220104",
    });
  });

  it("a long place name is never cut in the normalised CSV", () => {
    const long = "某某省某某市某某县某某经济技术开发区管理委员会社会服务中心";
    const r = ingestText(`地区,年份,诉求总量\n${long},2023,12\n`, {
      places,
      fileName: "t.csv",
      lookup,
    });
    const csv = factsToCsv(all(r));
    expect(csv).toContain(`,${long},${long},`);
    expect(csv).not.toContain("…");
  });
});
