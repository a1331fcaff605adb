import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compileGazetteer,
  countyLevel,
  englishName,
  GazetteerError,
  serialiseGazetteer,
  slug,
} from "../../scripts/gazetteer/compile.ts";
import { readInput } from "../../scripts/gazetteer/read.ts";
import { GAZETTEER_FILE } from "../../scripts/gazetteer.ts";
import { findInText } from "../../src/lib/places/findInText.ts";
import type { Gazetteer } from "../../src/lib/places/gazetteer.ts";
import { loadGazetteer } from "../../src/lib/places/load.ts";
import { shortName } from "../../src/lib/places/names.ts";

let g: Gazetteer;
beforeAll(async () => {
  g = await loadGazetteer();
});

function one(name: string) {
  const c = g.match(name);
  expect(c, name).toHaveLength(1);
  return c[0]!;
}

describe("shortName(full) by one rule for suffixes and peoples", () => {
  it.each([
    ["江苏省", "江苏"],
    ["苏州市", "苏州"],
    ["海门区", "海门"],
    ["内蒙古自治区", "内蒙古"],
    ["广西壮族自治区", "广西"],
    ["新疆维吾尔自治区", "新疆"],
    ["香港特别行政区", "香港"],
    ["延边朝鲜族自治州", "延边"],
    ["海西蒙古族藏族自治州", "海西"],
    ["博尔塔拉蒙古自治州", "博尔塔拉"],
    ["乳源瑶族自治县", "乳源"],
    ["积石山保安族东乡族撒拉族自治县", "积石山"],
    ["鄂伦春自治旗", "鄂伦春"],
    ["鄂温克族自治旗", "鄂温克"],
    ["梅里斯达斡尔族区", "梅里斯"],
    ["锡林郭勒盟", "锡林郭勒"],
    ["大兴安岭地区", "大兴安岭"],
    ["神农架林区", "神农架"],
    ["滨海新区", "滨海"],
    ["清新区", "清新"],
    ["沙市区", "沙市"],
    ["盘州市", "盘州"],
    ["和县", "和县"],
    ["城区", "城区"],
    ["鄂托克前旗", "鄂托克前旗"],
    ["阿鲁科尔沁旗", "阿鲁科尔沁"],
  ])("%s → %s", (full, short) => {
    expect(shortName(full)).toBe(short);
  });
});

describe("ids and English names from pinyin", () => {
  it.each([
    [["huai", "an"], "huaian", "Huai'an"],
    [["xi", "an"], "xian", "Xi'an"],
    [["lü", "liang"], "lvliang", "Lüliang"],
    [["su", "zhou"], "suzhou", "Suzhou"],
  ])("%j → %s, %s", (syllables, id, en) => {
    expect(slug(syllables)).toBe(id);
    expect(englishName(syllables)).toBe(en);
  });

  it.each([
    ["310112", "Minhang"],
    ["330302", "Lucheng"],
    ["510100", "Chengdu"],
    ["653101", "Kashi"],
    ["341021", "Shexian"],
    ["330382", "Yueqing"],
  ])(
    "reads characters as place names read them (gazetteer.yaml's pinyin): %s is %s",
    (adcode, en) => {
      expect(g.byAdcode(adcode)!.en).toBe(en);
    },
  );

  it("tells a 林区 from a district ending in 林 by its code", () => {
    expect(countyLevel("429021", "神农架林区")).toBe("county");
    expect(countyLevel("610103", "碑林区")).toBe("district");
    expect(countyLevel("520203", "六枝特区")).toBe("county");
  });
});

describe("the compiled gazetteer", () => {
  it.each([
    ["江苏省", "320000", "province", "", "jiangsu", "Jiangsu"],
    ["北京市", "110000", "province", "", "beijing", "Beijing"],
    ["上海市", "310000", "province", "", "shanghai", "Shanghai"],
    ["苏州市", "320500", "prefecture", "320000", "suzhou", "Suzhou"],
    ["宿州市", "341300", "prefecture", "340000", "suzhou-anhui", "Suzhou"],
    ["南通市", "320600", "prefecture", "320000", "nantong", "Nantong"],
    ["海门区", "320614", "district", "320600", "haimen", "Haimen"],
    ["淮安市", "320800", "prefecture", "320000", "huaian", "Huai'an"],
    ["镇江市", "321100", "prefecture", "320000", "zhenjiang", "Zhenjiang"],
    ["泰州市", "321200", "prefecture", "320000", "taizhou", "Taizhou"],
    ["台州市", "331000", "prefecture", "330000", "taizhou-zhejiang", "Taizhou"],
    ["西安市", "610100", "prefecture", "610000", "xian", "Xi'an"],
    ["陕西省", "610000", "province", "", "shaanxi", "Shaanxi"],
    ["乳源瑶族自治县", "440232", "county", "440200", "ruyuan", "Ruyuan"],
    ["江阴市", "320281", "county", "320200", "jiangyin", "Jiangyin"],
    ["锡林郭勒盟", "152500", "prefecture", "150000", "xilinguole", "Xilinguole"],
    ["朝阳区", "110105", "district", "110000", "chaoyang-beijing", "Chaoyang"],
    ["朝阳市", "211300", "prefecture", "210000", "chaoyang", "Chaoyang"],
    ["南昌县", "360121", "county", "360100", "nanchangxian", "Nanchang"],
    ["淮安区", "320803", "district", "320800", "huaianqu", "Huai'an"],
    ["本溪满族自治县", "210521", "county", "210500", "benxixian", "Benxi"],
    ["通州区", "110112", "district", "110000", "tongzhou", "Tongzhou"],
    ["通州区", "320612", "district", "320600", "tongzhou-nantong", "Tongzhou"],
  ])("%s: %s, %s under %s, id %s, %s", (zh, adcode, level, parent, id, en) => {
    const d = g.byAdcode(adcode)!;
    expect(d).toMatchObject({ zh, level, parent, id, en, official: true });
    expect(g.byId(id)).toBe(d);
  });

  it("puts 直辖市 districts and counties directly under the 直辖市", () => {
    expect(g.byAdcode("110112")!.parent).toBe("110000");
    expect(g.byAdcode("500229")!.parent).toBe("500000"); // 城口县, under the code table's 县 placeholder
    expect(g.divisions.some((d) => /^(市辖区|县|省直辖县级行政区划)$/.test(d.zh))).toBe(false);
  });

  it("keeps the ids the dataset has published since its first build", () => {
    const published = {
      jiangsu: "320000",
      suzhou: "320500",
      nantong: "320600",
      haimen: "320614",
      huaian: "320800",
      zhenjiang: "321100",
    };
    for (const [id, adcode] of Object.entries(published))
      expect(g.byAdcode(adcode)!.id, adcode).toBe(id);
    expect(g.placeEntry(g.byAdcode("320614")!)).toEqual({
      id: "haimen",
      zh: "海门区",
      en: "Haimen",
      level: "district",
      parent: "nantong",
      adcode: "320614",
    });
  });

  it("gives every place a unique ASCII id, never a reserved word", () => {
    const ids = g.divisions.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(g.byId("metric")).toBeUndefined();
  });

  it("counts per level as GB/T 2260 has them", () => {
    const count = (level: string) =>
      g.divisions.filter((d) => d.official && d.level === level).length;
    expect(count("province")).toBe(34); // 31 + 台湾省, 香港, 澳门
    expect(count("prefecture")).toBeGreaterThanOrEqual(330);
    expect(count("prefecture")).toBeLessThanOrEqual(336);
    const countyLevel = count("county") + count("district");
    expect(countyLevel).toBeGreaterThanOrEqual(2800);
    expect(countyLevel).toBeLessThanOrEqual(2900);
    expect(count("district")).toBeGreaterThanOrEqual(950);
  });

  it("every parent is a division of a higher level", () => {
    const rank = { province: 0, prefecture: 1, county: 2, district: 2 };
    for (const d of g.divisions) {
      if (d.level === "province") expect(d.parent).toBe("");
      else expect(rank[g.byAdcode(d.parent)!.level]).toBeLessThan(rank[d.level]);
    }
  });
});

describe("match(name)", () => {
  it("finds a division by full or short name", () => {
    expect(one("苏州市").division.id).toBe("suzhou");
    expect(one("苏州").division.id).toBe("suzhou");
    expect(one("宿州").division.id).toBe("suzhou-anhui");
    expect(one("江苏").division.adcode).toBe("320000");
    expect(one(" 江 苏 省 ").division.adcode).toBe("320000");
    expect(one("乳源").division.adcode).toBe("440232");
    expect(one("乳源县").division.adcode).toBe("440232");
    expect(one("广西自治区").division.adcode).toBe("450000");
  });

  it("maps a former name to today's division with the rename record", () => {
    const haimen = one("海门市");
    expect(haimen.kind).toBe("former-full");
    expect(haimen.division.adcode).toBe("320614");
    expect(haimen.former).toMatchObject({
      zh: "海门市",
      adcode: "320684",
      year: 2020,
      exact: true,
    });
    const wujiang = one("吴江市");
    expect(wujiang.division.zh).toBe("吴江区");
    expect(wujiang.former).toMatchObject({ year: 2012, exact: true });
    expect(one("海门区").kind).toBe("full");
    expect(g.formerCode("320684")[0]!.now).toBe("320614");
  });

  it("reads renames from the GB/T 2260 tables by itself (襄樊市 → 襄阳市)", () => {
    const c = one("襄樊市");
    expect(c.division.zh).toBe("襄阳市");
    expect(c.former).toMatchObject({ exact: false, adcode: "420600" });
    expect(c.former!.year).toBeGreaterThanOrEqual(2010);
    expect(c.former!.note).toContain("襄樊市");
  });

  it("maps a former county to a county, never to its prefecture, nor to another place with its old code", () => {
    expect(g.match("邯郸县")).toEqual([]);
    expect(one("普洱哈尼族彝族自治县").division.zh).toBe("宁洱哈尼族彝族自治县");
    expect(g.formerCode("232701").map((f) => f.zh)).not.toContain("加格达奇区");
  });

  it.each([
    ["通州", ["110112", "320612"]],
    ["通州区", ["110112", "320612"]],
    ["鼓楼", ["320106", "320302", "350102", "410204"]],
  ])("%s is ambiguous: every candidate", (name, codes) => {
    expect(g.match(name).map((c) => c.division.adcode)).toEqual(codes);
  });

  it("puts higher levels first: 朝阳 is first 朝阳市", () => {
    const c = g.match("朝阳");
    expect(c[0]!.division.zh).toBe("朝阳市");
    expect(c.map((x) => x.division.adcode)).toContain("110105");
  });

  it("narrows by an ancestor: matchIn", () => {
    expect(g.matchIn("通州", "nantong").map((c) => c.division.adcode)).toEqual(["320612"]);
    expect(g.matchIn("通州", "110000").map((c) => c.division.adcode)).toEqual(["110112"]);
    expect(g.matchIn("通州", "jiangsu").map((c) => c.division.adcode)).toEqual(["320612"]);
    expect(g.matchIn("通州", "zhejiang")).toEqual([]);
    expect(g.matchIn("通州", "nowhere")).toEqual([]);
  });

  it("南昌经济技术开发区 is no GB/T 2260 division, only a hand-kept place under 南昌", () => {
    const c = one("南昌经济技术开发区");
    expect(c.division.official).toBe(false);
    expect(g.ancestors(c.division).map((d) => d.zh)).toEqual(["南昌市", "江西省"]);
    expect(g.match("南昌经开区")[0]!.division).toBe(c.division);
  });

  it("finds nothing for what is no place", () => {
    expect(g.match("情况通报")).toEqual([]);
    expect(g.match("")).toEqual([]);
  });
});

describe("ancestors, children, placeEntry", () => {
  it("ancestors go from the parent up to the province", () => {
    expect(g.ancestors(g.byAdcode("440232")!).map((d) => d.zh)).toEqual(["韶关市", "广东省"]);
    expect(g.ancestors(g.byAdcode("320000")!)).toEqual([]);
  });

  it("children are the divisions directly under", () => {
    const nantong = g.children(g.byId("nantong")!).map((d) => d.zh);
    expect(nantong).toContain("海门区");
    expect(nantong).toContain("如皋市");
    expect(g.children(g.byId("beijing")!).map((d) => d.zh)).toContain("通州区");
  });

  it("placeEntry gives the project's Place with the parent's id", () => {
    expect(g.placeEntry(g.byAdcode("320612")!)).toEqual({
      id: "tongzhou-nantong",
      zh: "通州区",
      en: "Tongzhou",
      level: "district",
      parent: "nantong",
      adcode: "320612",
    });
    expect(g.placeEntry(g.byAdcode("110000")!).parent).toBe("");
  });
});

describe("findInText(text)", () => {
  const forms = (text: string) => findInText(g, text).map((h) => `${h.form}${h.weak ? "?" : ""}`);

  it("takes the longest name: full names over short ones, no overlaps", () => {
    expect(forms("南通市海门区12345热线")).toEqual(["南通市", "海门区"]);
    expect(forms("江苏省苏州市吴江区")).toEqual(["江苏省", "苏州市", "吴江区"]);
  });

  it("finds former names with their record", () => {
    const [hit] = findInText(g, "2019年海门市12345热线");
    expect(hit!.form).toBe("海门市");
    expect(hit!.candidates[0]!.former?.year).toBe(2020);
  });

  it("marks two-character short names of counties and districts weak, province names not", () => {
    expect(forms("东方明珠，和平发展，北京通州")).toEqual(["东方?", "和平?", "北京", "通州?"]);
  });

  it("marks two-character full names of counties and districts weak too (主城区, 市和县级)", () => {
    expect(forms("主城区和县级部门")).toEqual(["城区?", "和县?"]);
  });

  it("does not mark short names of provinces and prefectures weak", () => {
    expect(forms("海口12345热线，江苏、成都")).toEqual(["海口", "江苏", "成都"]);
  });

  it("seeks former names in full only (中市区 is gone; 其中市级 holds no place)", () => {
    expect(g.match("中市区").length).toBeGreaterThan(0);
    expect(forms("其中市级平台")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const text = "关于乳源瑶族自治县的通报";
    const [hit] = findInText(g, text);
    expect(text.slice(hit!.start, hit!.end)).toBe("乳源瑶族自治县");
  });
});

describe("npm run gazetteer", () => {
  it("is reached only by load.ts's dynamic import, so it never enters a first load", () => {
    const root = join(import.meta.dirname, "../../src");
    const users = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|svelte)$/.test(f))
      .filter((f) =>
        /(import|from)\s*\(?\s*["'][^"']*divisions\.json/.test(readFileSync(join(root, f), "utf8")),
      );
    expect(users.map((f) => f.split("\\").join("/"))).toEqual(["lib/places/load.ts"]);
    const load = readFileSync(join(root, "lib/places/load.ts"), "utf8");
    expect(load).toMatch(/import\("\.\/divisions\.json"/);
    expect(load).not.toMatch(/^import .*divisions\.json/m);
  });

  it("compiles the committed file byte for byte, twice the same", { timeout: 60_000 }, () => {
    const input = readInput();
    const a = serialiseGazetteer(compileGazetteer(input));
    const b = serialiseGazetteer(compileGazetteer(input));
    expect(a).toBe(b);
    expect(a).toBe(readFileSync(GAZETTEER_FILE, "utf8"));
  });

  it("refuses an override that names no division", { timeout: 60_000 }, () => {
    const input = readInput();
    const ids = { ...input.overrides.ids, "999999": "nowhere" };
    expect(() => compileGazetteer({ ...input, overrides: { ...input.overrides, ids } })).toThrow(
      GazetteerError,
    );
  });
});
