import { describe, expect, it } from "vitest";
import {
  chartCitation,
  citation,
  citeLink,
  citeSource,
  datasetCitation,
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
  it("keeps a title's own quotes readable inside the citation's", () => {
    const quoted = { ...official, title: "“镇江12345热线”2022年度工作情况发布" };
    expect(citation(quoted, "", "zh")).toBe(
      "《“镇江12345热线”2022年度工作情况发布》，淮安市12345热线",
    );
    expect(citation(quoted, "", "en")).toBe(
      "“‘镇江12345热线’2022年度工作情况发布”, 淮安市12345热线",
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

describe("citeLink(source, records, lang)", () => {
  const records = new Map([
    ["haikou-2022", news],
    ["huaian-2023", official],
  ]);
  it("gives the citation with the report's link, or the column itself when unknown", () => {
    expect(citeLink("haikou-2022 § 第2段", records, "zh")).toEqual({
      text: "《2022年海口12345热线受理诉求》，人民网海南频道，2023年3月3日，第2段（新闻报道）",
      url: "http://example.cn/a.html",
    });
    expect(citeLink("huaian-2023 § 附件1", records, "en").url).toBe("");
    expect(citeLink("我的文件.csv § 第3行", records, "en")).toEqual({
      text: "我的文件.csv § 第3行",
      url: "",
    });
  });
});

describe("datasetCitation and chartCitation", () => {
  it("name the dataset, its build, its address and licence", () => {
    const d = { name: "12345 热线开放数据", build: "abc123", url: "https://x.cn/12345/" };
    expect(datasetCitation(d, "zh")).toBe(
      "12345 热线开放数据（数据版本 abc123），https://x.cn/12345/，知识共享署名 4.0 协议（CC BY 4.0）",
    );
    expect(datasetCitation({ ...d, name: "12345 Hotline Open Data" }, "en")).toBe(
      "12345 Hotline Open Data (data build abc123), https://x.cn/12345/, licensed CC BY 4.0",
    );
  });
  it("cite a chart by its title and address, then the reports it draws on", () => {
    const c = {
      title: "海口市 · 2022 · 诉求量",
      name: "12345 热线开放数据",
      build: "abc123",
      url: "https://x.cn/12345/?place=haikou",
      sources: ["《甲》，乙", "《丙》，丁"],
    };
    expect(chartCitation(c, "zh")).toBe(
      "“海口市 · 2022 · 诉求量”，12345 热线开放数据（数据版本 abc123），https://x.cn/12345/?place=haikou；数据出处：《甲》，乙；《丙》，丁",
    );
    expect(chartCitation({ ...c, sources: [] }, "en")).toBe(
      "“海口市 · 2022 · 诉求量”, 12345 热线开放数据 (data build abc123), https://x.cn/12345/?place=haikou",
    );
  });
});
