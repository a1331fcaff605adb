import { describe, expect, it } from "vitest";
import {
  citation,
  citeSource,
  formatPublished,
  splitSource,
  type SourceRecord,
} from "../../src/lib/data/citation.ts";

const official: SourceRecord = {
  title: "淮南市12345热线2023年度工作情况发布",
  issuer: "淮安市12345热线",
  published: "",
  url: "",
  kind: "official",
  copies: "",
};
const news: SourceRecord = {
  title: "2022年海口12345热线受理诉求",
  issuer: "人民网海南频道",
  published: "2023-03-03",
  url: "http://example.cn/a.html",
  kind: "news",
  copies: "",
};
const mirror: SourceRecord = { ...news, kind: "mirror", issuer: "example.net", copies: "中新网" };

describe("citation(record, section, lang)", () => {
  it("names title, issuer and section, never a file", () => {
    expect(citation(official, "附件1 (一)", "zh")).toBe(
      "《淮南市12345热线2023年度工作情况发布》，淮安市12345热线，附件1 (一)",
    );
    expect(citation(official, "附件1 (一)", "en")).toBe(
      "“淮南市12345热线2023年度工作情况发布”, 淮安市12345热线, 附件1 (一)",
    );
  });
  it("says a news report is one, with its date", () => {
    expect(citation(news, "第2段", "zh")).toBe(
      "《2022年海口12345热线受理诉求》，人民网海南频道，2023年3月3日，第2段（新闻报道）",
    );
    expect(citation(news, "", "en")).toBe(
      "“2022年海口12345热线受理诉求”, 人民网海南频道, 3 Mar 2023 (news report)",
    );
  });
  it("says a copy is one and what it copies; the link on request", () => {
    expect(citation(mirror, "", "zh", { url: true })).toBe(
      "《2022年海口12345热线受理诉求》，example.net，2023年3月3日（转载页面，转载自中新网），http://example.cn/a.html",
    );
    expect(citation(mirror, "", "en")).toContain("(copy on another site, copying 中新网)");
  });
});

describe("citeSource(source, records, lang)", () => {
  const records = new Map([["huaian-2023", official]]);
  it("resolves the record id of a fact's source column", () => {
    expect(citeSource("huaian-2023 § 附件1 (一)", records, "zh")).toBe(
      "《淮南市12345热线2023年度工作情况发布》，淮安市12345热线，附件1 (一)",
    );
  });
  it("keeps a source it has no record of as it is", () => {
    expect(citeSource("我的文件.csv § 第3行", records, "zh")).toBe("我的文件.csv § 第3行");
  });
});

describe("splitSource and formatPublished", () => {
  it("split at the first § and write dates per language", () => {
    expect(splitSource("a-2023 § 一、 § 二")).toEqual({ id: "a-2023", section: "一、 § 二" });
    expect(splitSource("plain")).toEqual({ id: "plain", section: "" });
    expect(formatPublished("2021-04", "zh")).toBe("2021年4月");
    expect(formatPublished("2021-04", "en")).toBe("Apr 2021");
    expect(formatPublished("", "en")).toBe("");
  });
});
