import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/lib/format/collate.ts";

describe("compareNames", () => {
  it("orders Chinese names by pinyin on the Chinese page", () => {
    const names = ["苏州市", "北京市", "淮安市", "安康市", "镇江市"];
    expect([...names].sort(compareNames("zh"))).toEqual([
      "安康市",
      "北京市",
      "淮安市",
      "苏州市",
      "镇江市",
    ]);
  });

  it("orders English names alphabetically, case aside, on the English page", () => {
    expect(["suzhou", "Beijing", "Huai'an", "ankang"].sort(compareNames("en"))).toEqual([
      "ankang",
      "Beijing",
      "Huai'an",
      "suzhou",
    ]);
  });

  it("agrees with localeCompare in the page's locale, with one collator per language", () => {
    const names = ["海口市", "海安市", "海门区", "江苏省", "嘉峪关市", "Zhenjiang", "hai'an"];
    for (const [lang, locale] of [
      ["zh", "zh-CN"],
      ["en", "en"],
    ] as const) {
      const byName = compareNames(lang);
      expect(compareNames(lang)).toBe(byName);
      expect([...names].sort(byName)).toEqual(
        [...names].sort((a, b) => a.localeCompare(b, locale)),
      );
    }
  });
});
