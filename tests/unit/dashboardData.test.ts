import { describe, expect, it } from "vitest";
import { DashboardData, requests } from "../../src/lib/data/dashboardData.svelte.ts";
import { DataLoadError, type DataSource } from "../../src/lib/data/load.ts";
import type { Fact } from "../../src/lib/data/fact.ts";
import type { Manifest } from "../../src/lib/data/manifest.ts";

/** A data source whose answers a test controls: each call waits until the test settles it. */
function fakeSource(failing: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const pending = new Map<
    string,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void }
  >();
  const answer = <T>(key: string, value: T): Promise<T> => {
    calls.push(key);
    if (key in failing) return Promise.reject(failing[key]);
    return new Promise<T>((resolve, reject) => {
      pending.set(key, { resolve: () => resolve(value), reject });
    });
  };
  const fact = (place: string, year: number, metric: string) =>
    ({ place_id: place, year, metric }) as Fact;
  const source: DataSource = {
    manifest: { version: 2, build: "b", places: [], files: [] } as unknown as Manifest,
    facts: (path) => answer(path, [fact(path.split("/")[0]!, 2022, "demand_total")]),
    metricFacts: (metrics) =>
      answer(metrics.map((m) => `metric/${m}.json`).join("+"), [fact("x", 2022, metrics[0]!)]),
    placeFacts: (id) => answer(`years:${id}`, [fact(id, 2021, "demand_total")]),
    periodFacts: (id) => answer(`periods:${id}`, [fact(id, 2021, "demand_total")]),
    quality: () => answer("quality.json", []),
    reports: () => answer("reports.json", []),
    sources: () => answer("sources.json", new Map()),
  };
  const settle = async (key: string, ok = true) => {
    await tick();
    const p = pending.get(key);
    if (!p) throw new Error(`nothing pending for ${key}`);
    pending.delete(key);
    if (ok) p.resolve(undefined);
    else p.reject(new DataLoadError("corrupt", `http://x/data/${key}`, "bad"));
    await tick();
  };
  return { source, calls, settle };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("DashboardData", () => {
  it("loads what the view wants once the data is open, each part on its own", async () => {
    const f = fakeSource();
    const data = new DashboardData(async () => f.source);
    const place = requests.placeYear("suzhou", 2022);
    const seats = requests.metrics(["seats_per_100k"]);
    data.want([place, seats]);
    expect(data.part(place).state).toBe("loading");
    await data.start();
    await f.settle("suzhou/2022.json");
    expect(data.part(place)).toMatchObject({ state: "ready" });
    expect(data.part(seats).state).toBe("loading");
    await f.settle("metric/seats_per_100k.json", false);
    expect(data.part(seats)).toMatchObject({ state: "error" });
    expect(data.part(place).state).toBe("ready");
  });

  it("a trend's extra: the place's periods and each compared place's years and periods, as one part", async () => {
    const f = fakeSource();
    const data = new DashboardData(async () => f.source);
    await data.start();
    const extra = requests.trendExtra("haikou", ["beijing"]);
    expect(extra.key).toBe("trend:haikou,beijing");
    data.want([extra]);
    await tick();
    expect(f.calls).toEqual(["quality.json", "periods:haikou", "years:beijing", "periods:beijing"]);
    await f.settle("periods:haikou");
    await f.settle("years:beijing");
    expect(data.part(extra).state).toBe("loading");
    await f.settle("periods:beijing");
    const p = data.part(extra);
    expect(p.state === "ready" && p.value.map((x) => x.place_id)).toEqual([
      "haikou",
      "beijing",
      "beijing",
    ]);
  });

  it("a missing quality.json is optional: charts load, the failure is kept apart", async () => {
    const missing = new DataLoadError("missing", "http://x/data/quality.json", "404", 404);
    const f = fakeSource({ "quality.json": missing });
    const data = new DashboardData(async () => f.source);
    const place = requests.placeYear("suzhou", 2022);
    await data.start();
    data.want([place]);
    await f.settle("suzhou/2022.json");
    expect(data.qualitySettled).toBe(true);
    expect(data.qualityFailure).toBe(missing);
    expect(data.issues).toEqual([]);
    expect(data.failure).toBeNull();
    expect(data.part(place).state).toBe("ready");
  });

  it("drops the answer of a request the view no longer wants (a stale request)", async () => {
    const f = fakeSource();
    const data = new DashboardData(async () => f.source);
    await data.start();
    const a = requests.metrics(["demand_total"]);
    const b = requests.metrics(["connection_rate"]);
    data.want([a]);
    data.want([b]);
    await f.settle("metric/demand_total.json");
    expect(data.part(a).state).toBe("loading");
    await f.settle("metric/connection_rate.json");
    expect(data.part(b).state).toBe("ready");
  });

  it("switching views clears errors that do not concern the new view; retry loads again", async () => {
    const f = fakeSource();
    const data = new DashboardData(async () => f.source);
    await data.start();
    const reports = requests.reports();
    data.want([reports]);
    await f.settle("reports.json", false);
    expect(data.part(reports).state).toBe("error");
    data.retry(reports);
    expect(data.part(reports).state).toBe("loading");
    await f.settle("reports.json", false);
    const other = requests.metrics(["demand_total"]);
    data.want([other]);
    expect(data.part(reports).state).toBe("loading");
    data.want([reports]);
    expect(f.calls.filter((c) => c === "reports.json")).toHaveLength(3);
  });

  it("a manifest that cannot be loaded is the page's failure, and can be retried", async () => {
    let fail = true;
    const f = fakeSource();
    const data = new DashboardData(async () => {
      if (fail) throw new DataLoadError("html", "http://x/data/manifest.json", "html");
      return f.source;
    });
    await data.start();
    expect(data.failure).toBeInstanceOf(DataLoadError);
    fail = false;
    await data.retryOpen();
    expect(data.failure).toBeNull();
    expect(data.source).toBe(f.source);
  });
});
