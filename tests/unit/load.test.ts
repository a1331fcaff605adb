import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataLoadError, openData } from "../../src/lib/data/load.ts";
import { loadMessage } from "../../src/lib/data/loadMessage.ts";

const PUBLIC = join(import.meta.dirname, "..", "..", "public", "data");
const real = (path: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(readFileSync(join(PUBLIC, path)));

type Override = Record<string, (bytes: Uint8Array<ArrayBuffer>) => Response | Promise<Response>>;

/** A fetch over public/data whose answers a test can replace per path. */
function fakeFetch(override: Override = {}) {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname.replace(/^\/data\//, "");
    const bytes = (() => {
      try {
        return real(path);
      } catch {
        return null;
      }
    })();
    const o = override[path];
    if (o) return o(bytes ?? new Uint8Array());
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    return bytes ? new Response(bytes) : new Response("not found", { status: 404 });
  }) as typeof fetch;
}
const open = (override: Override = {}, timeoutMs = 2000) =>
  openData({ base: "http://test/data/", fetch: fakeFetch(override), timeoutMs });

async function errorOf(p: Promise<unknown>): Promise<DataLoadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataLoadError) return e;
    throw e;
  }
  throw new Error("expected a DataLoadError");
}

describe("openData(opts)", () => {
  it("decodes good files into typed rows", async () => {
    const d = await open();
    expect(d.manifest.places.map((p) => p.id)).toContain("suzhou");
    const facts = await d.facts("suzhou/2022.json");
    expect(facts.find((f) => f.metric === "demand_total")?.value).toBe(17032357);
    expect((await d.quality()).length).toBeGreaterThan(0);
    const total = await d.metricFacts(["demand_total"]);
    expect(total.find((f) => f.place_id === "suzhou" && f.year === 2022)?.value).toBe(17032357);
    expect(new Set(total.map((f) => f.metric))).toEqual(new Set(["demand_total"]));
  });

  it("metricFacts joins the metrics' files; a metric nobody publishes adds nothing", async () => {
    const d = await open();
    const both = await d.metricFacts(["satisfaction_overall", "satisfaction_rated", "no_such"]);
    const one = await d.metricFacts(["satisfaction_overall"]);
    const other = await d.metricFacts(["satisfaction_rated"]);
    expect(one.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    expect(both).toEqual([...one, ...other]);
  });

  it("placeFacts gives a place's every year, reported and derived", async () => {
    const d = await open();
    const huaian = d.manifest.places.find((p) => p.id === "huaian")!;
    const facts = await d.placeFacts("huaian");
    expect([...new Set(facts.map((f) => f.year))].sort()).toEqual(
      [...huaian.years, ...huaian.derived_years].sort(),
    );
    expect(huaian.derived_years.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.place_id === "huaian")).toBe(true);
    expect((await errorOf(d.placeFacts("atlantis"))).kind).toBe("missing");
  });

  it("periodFacts gives a place's months, quarters and halves; none, unfetched, for a place without", async () => {
    const asked: string[] = [];
    const d = await openData({
      base: "http://test/data/",
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        asked.push(new URL(String(input)).pathname);
        return fakeFetch()(input, init);
      }) as typeof fetch,
    });
    const withPeriods = d.manifest.places.find((p) => p.periods && p.years.length)!;
    const facts = await d.periodFacts(withPeriods.id);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.place_id === withPeriods.id && f.period_kind !== "year")).toBe(
      true,
    );
    const without = d.manifest.places.find((p) => !p.periods && p.years.length)!;
    expect(await d.periodFacts(without.id)).toEqual([]);
    expect(asked.filter((a) => a.endsWith("periods.json"))).toEqual([
      `/data/${withPeriods.id}/periods.json`,
    ]);
    expect((await errorOf(d.periodFacts("atlantis"))).kind).toBe("missing");
  });

  it("a periods file of another build is refused as stale", async () => {
    const d = await open();
    const id = d.manifest.places.find((p) => p.periods)!.id;
    const d2 = await open({
      [`${id}/periods.json`]: (b) =>
        new Response(new TextDecoder().decode(b).replace(/"build":"[^"]*"/, '"build":"other"')),
    });
    expect((await errorOf(d2.periodFacts(id))).kind).toBe("stale");
  });

  it("a file the manifest lists but the host lacks → missing", async () => {
    const d = await open({ "suzhou/2022.json": () => new Response("gone", { status: 404 }) });
    const e = await errorOf(d.facts("suzhou/2022.json"));
    expect(e.kind).toBe("missing");
    expect(e.message).toContain("404");
  });

  it("a file not in the manifest → missing", async () => {
    const e = await errorOf((await open()).facts("atlantis/2022.json"));
    expect(e.kind).toBe("missing");
  });

  it("an HTTP error → http", async () => {
    const d = await open({ "suzhou/2022.json": () => new Response("", { status: 500 }) });
    expect((await errorOf(d.facts("suzhou/2022.json"))).kind).toBe("http");
  });

  it("a truncated shared file → truncated, before any decoding", async () => {
    const d = await open({ "quality.json": (b) => new Response(b.slice(0, b.length - 100)) });
    const e = await errorOf(d.quality());
    expect(e.kind).toBe("truncated");
  });

  it("a corrupt shared file of the right size → checksum", async () => {
    const d = await open({
      "metric/demand_total.json": (b) => {
        const c = b.slice();
        for (let i = 200; i < 400; i++) c[i] = 0xff;
        return new Response(c);
      },
    });
    expect((await errorOf(d.metricFacts(["demand_total"]))).kind).toBe("checksum");
  });

  it("a place-year file from another build of the data → stale", async () => {
    const d = await open({
      "suzhou/2022.json": (b) =>
        new Response(
          new TextDecoder().decode(b).replace(/"build":"[^"]*"/, '"build":"0123456789abcdef"'),
        ),
    });
    const e = await errorOf(d.facts("suzhou/2022.json"));
    expect(e.kind).toBe("stale");
    expect(e.message).toContain("another version of the data");
  });

  it("a truncated place-year file → corrupt, with where it breaks", async () => {
    const d = await open({ "suzhou/2022.json": (b) => new Response(b.slice(0, b.length - 100)) });
    const e = await errorOf(d.facts("suzhou/2022.json"));
    expect(e.kind).toBe("corrupt");
  });

  it("the quality view's reports come from reports.json, checked like the other shared files", async () => {
    const reports = await (await open()).reports();
    const ids = reports.map((r) => r.place_id);
    expect(ids).toEqual(
      expect.arrayContaining(["haimen", "huaian", "nantong", "suzhou", "zhenjiang"]),
    );
    expect(reports.length).toBeGreaterThan(50);
  });

  it("sources() gives every report's source record by the id facts cite, checked like the other shared files", async () => {
    const d = await open();
    const [sources, reports, facts] = await Promise.all([
      d.sources(),
      d.reports(),
      d.facts("suzhou/2022.json"),
    ]);
    expect(sources.size).toBe(reports.filter((r) => r.source).length);
    for (const f of facts) expect(sources.has(f.source.split(" § ")[0]!)).toBe(true);
    const e = await errorOf(
      (
        await open({
          "sources.json": (b) => {
            const c = b.slice();
            c[c.length - 5] = 0x20; // same size, one byte changed
            return new Response(c);
          },
        })
      ).sources(),
    );
    expect(e.kind).toBe("checksum");
  });

  it("a manifest that is not JSON → corrupt; an HTML page instead → html", async () => {
    const e = await errorOf(open({ "manifest.json": () => new Response("{version: 2") }));
    expect(e.kind).toBe("corrupt");
    const h = await errorOf(open({ "manifest.json": () => new Response("<html>") }));
    expect(h.kind).toBe("html");
  });

  it("an HTML page served as a place-year or metric file → html, not 'another version'", async () => {
    const page = () => new Response("<!DOCTYPE html><title>404</title>页面不存在");
    const d = await open({ "suzhou/2022.json": page, "metric/demand_total.json": page });
    const e = await errorOf(d.facts("suzhou/2022.json"));
    expect(e.kind).toBe("html");
    expect(loadMessage(e, "zh")).toContain(
      "服务器返回的是一个网页，而不是数据文件 suzhou/2022.json",
    );
    expect(loadMessage(e, "en")).not.toMatch(/version/);
    expect((await errorOf(d.metricFacts(["demand_total"]))).kind).toBe("html");
  });

  it("without crypto.subtle (plain http) a changed file is still caught by its checksum", async () => {
    const flip = (b: Uint8Array<ArrayBuffer>) => {
      const c = b.slice();
      c[c.length >> 1]! ^= 1;
      return new Response(c);
    };
    const d = await openData({
      base: "http://test/data/",
      fetch: fakeFetch({ "metric/demand_total.json": flip }),
      subtle: null,
    });
    const e = await errorOf(d.metricFacts(["demand_total"]));
    expect(e.kind).toBe("checksum");
    expect(loadMessage(e, "zh")).toContain("校验值不符");
    // And good files pass the same check.
    expect((await d.metricFacts(["connection_rate"])).length).toBeGreaterThan(0);
  });

  it("loadMessage says each failure in the page's language, naming the file", async () => {
    const e = await errorOf(
      open({ "quality.json": () => new Response("x", { status: 503 }) }).then((d) => d.quality()),
    );
    expect(loadMessage(e, "zh")).toBe(
      "服务器没有提供数据文件 quality.json（HTTP 503）。请稍后重试。",
    );
    expect(loadMessage(e, "en")).toContain("quality.json (HTTP 503)");
  });

  it("a server that never answers → timeout within the bound", async () => {
    const hang = () => new Promise<Response>(() => {});
    const t0 = Date.now();
    const e = await errorOf(
      openData({
        base: "http://test/data/",
        timeoutMs: 200,
        fetch: ((_: unknown, init?: RequestInit) =>
          new Promise((_ok, fail) => {
            init?.signal?.addEventListener("abort", () =>
              fail(new DOMException("aborted", "AbortError")),
            );
            void hang();
          })) as typeof fetch,
      }),
    );
    expect(e.kind).toBe("timeout");
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("a failed load can be retried", async () => {
    let calls = 0;
    const d = await open({
      "suzhou/2022.json": (b) =>
        ++calls === 1 ? new Response("", { status: 503 }) : new Response(b),
    });
    await errorOf(d.facts("suzhou/2022.json"));
    expect((await d.facts("suzhou/2022.json")).length).toBeGreaterThan(0);
  });
});
