import { describe, expect, it } from "vitest";
import { Citations, linkOf } from "../../src/lib/data/citations.svelte.ts";
import type { SourceRecord } from "../../src/lib/data/citation.ts";

const rec: SourceRecord = {
  title: "某市12345热线2023年度工作情况",
  issuer: "某市政务服务管理局",
  published: "2024-01",
  url: "https://example.gov.cn/a.html",
  kind: "official",
  copies: "",
};

describe("Citations (the page's source records)", () => {
  it("shows the source column until the records arrive, then the citation with its link", async () => {
    const c = new Citations();
    let loads = 0;
    let settle: (m: Map<string, SourceRecord>) => void = () => {};
    const load = () => {
      loads++;
      return new Promise<Map<string, SourceRecord>>((ok) => (settle = ok));
    };
    const ready = c.start("b1", load);
    void c.start("b1", load); // a second view does not load them again
    expect(loads).toBe(1);
    expect(c.build).toBe("b1");
    expect(c.link("x-2023 § 一、", "zh")).toEqual({ text: "x-2023 § 一、", url: "" });
    settle(new Map([["x-2023", rec]]));
    await ready;
    expect(c.link("x-2023 § 一、", "zh")).toEqual({
      text: "《某市12345热线2023年度工作情况》，某市政务服务管理局，2024年1月，一、",
      url: "https://example.gov.cn/a.html",
    });
    // A figure of the visitor's own file has no record: its source stays as written.
    expect(c.link("我的文件.csv § 第3行", "en").text).toBe("我的文件.csv § 第3行");
  });

  it("after a failed load keeps the fallback, says why, and may load again", async () => {
    const c = new Citations();
    await c.start("b1", () => Promise.reject(new Error("offline")));
    expect((c.failure as Error).message).toBe("offline");
    expect(c.link("x-2023", "zh").text).toBe("x-2023");
    await c.start("b1", () => Promise.resolve(new Map([["x-2023", rec]])));
    expect(c.link("x-2023", "en").url).toBe(rec.url);
    expect(c.failure).toBe(null);
  });

  it("linkOf without citations (a component used alone) gives the column as it is", () => {
    expect(linkOf(undefined, "x-2023 § 二", "zh")).toEqual({ text: "x-2023 § 二", url: "" });
  });
});
