/**
 * Embeds as a government web editor uses them: the snippet copied from the
 * dashboard, pasted into a page on another origin, with the resize script;
 * and the whole built site under the strict Content-Security-Policy the README
 * recommends.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { screenshot, useBrowser } from "./page.ts";
import { serveStatic, type StaticServer } from "./server.ts";
import { embedSnippet, embedUrls } from "../../src/lib/embed/snippet.ts";
import { embedHeight } from "../../src/lib/charts/registry.ts";
import { HEIGHT_MESSAGE, MAX_HEIGHT } from "../../src/lib/embed/protocol.ts";

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'";

const dist = join(import.meta.dirname, "..", "..", "dist");
const hostDir = mkdtempSync(join(tmpdir(), "hotline-host-"));
// A page here may load from the host's origin and the site's: each test names the origins it allows.
const b = useBrowser(["console", "failed"]);
let host: StaticServer;
let site: StaticServer;

beforeAll(async () => {
  host = await serveStatic(hostDir, { prefix: "/news/" });
  const hostOrigin = new URL(host.url).origin;
  site = await serveStatic(dist, {
    prefix: "/12345/dashboard/",
    headers: {
      "content-security-policy": `${CSP}; frame-ancestors 'self' ${hostOrigin}`,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    },
  });
});
afterAll(async () => {
  await host?.close();
  await site?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/** Open a page, recording CSP violations reported to the page itself as well as the console. */
async function open(url: string, origins: string[]): Promise<Page> {
  const w = await b.watch({ origin: new URL(url).origin });
  await w.page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  w.page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("data:") && !u.startsWith("blob:") && !origins.includes(new URL(u).origin))
      w.foreignRequests.push(u);
  });
  await w.page.goto(url);
  return w.page;
}

const CHARTS = ["volume", "connection", "satisfaction", "seats", "categories", "trend"] as const;

async function frameHeights(page: Page) {
  return page.$$eval("iframe[data-hotline-embed]", (els) =>
    els.map((el) => Math.round(el.getBoundingClientRect().height)),
  );
}
async function contentHeight(frame: Frame): Promise<number> {
  return frame.$eval(".embed", (el) => Math.ceil(el.getBoundingClientRect().height));
}

describe("embeds on a page from another origin", () => {
  it("the snippet copied from the dashboard shows the chart, sized to its content", async () => {
    const dash = await open(`${site.url}?place=suzhou&year=2022`, [new URL(site.url).origin]);
    const fig = dash.locator("figure[data-chart=volume]");
    await fig.waitFor();
    await fig.getByRole("button", { name: "嵌入" }).click();
    const snippet = await fig.locator("textarea").inputValue();
    expect(snippet).toContain(`${site.url}embed.html?chart=volume&amp;place=suzhou&amp;year=2022`);
    expect(snippet).toContain(`<script src="${site.url}embed.js" defer></script>`);
    expect(snippet).toMatch(/loading="lazy"/);
    expect(snippet).toMatch(/title="苏州市 · 2022 · |title="诉求量/);
    await screenshot(dash, "embed-action-zh");

    writeFileSync(
      join(hostDir, "pasted.html"),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><h1>News</h1>\n${snippet}\n<p>After</p>`,
    );
    const page = await open(`${host.url}pasted.html`, [
      new URL(host.url).origin,
      new URL(site.url).origin,
    ]);
    const frame = page.frameLocator("iframe[data-hotline-embed]");
    await frame.locator("figure[data-chart=volume] svg[role=img]:not([aria-busy])").waitFor();
    await expect(frame.locator("figure[data-chart=volume] table").innerText()).resolves.toContain(
      "17,032,357",
    );
    const child = page.frames().find((f) => f.url().includes("embed.html"))!;
    await page.waitForFunction(
      (h) => {
        const el = document.querySelector("iframe");
        return !!el && Math.abs(el.getBoundingClientRect().height - h) <= 2;
      },
      await contentHeight(child),
    );
    await screenshot(page, "embed-pasted-volume");
  });

  it("one chart of each kind in both languages follows its content's height; foreign messages are ignored", async () => {
    const frames: string[] = [];
    for (const lang of ["zh", "en"] as const)
      for (const chart of CHARTS)
        frames.push(
          embedSnippet({
            ...embedUrls(site.url, `chart=${chart}&place=huaian&year=2023&lang=${lang}`),
            title: `${chart} ${lang}`,
            height: embedHeight(chart),
            script: null,
          }),
        );
    frames.push(
      embedSnippet({
        src: embedUrls(site.url, "chart=compare&metric=connection_rate&lang=en").src,
        title: "compare",
        height: embedHeight("compare"),
        script: null,
      }),
    );
    // A frame that is not ours, on the host's own origin, tries to resize itself and ours.
    writeFileSync(
      join(hostDir, "intruder.html"),
      `<!doctype html><link rel="icon" href="data:,"><script src="intruder.js"></script>`,
    );
    writeFileSync(
      join(hostDir, "intruder.js"),
      `setTimeout(() => { parent.postMessage({type: "${HEIGHT_MESSAGE}", id: "x", height: 3333}, "*"); }, 1500);`,
    );
    writeFileSync(
      join(hostDir, "many.html"),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Many</title>
<div class="col">${frames.join("\n")}</div>
<iframe id="intruder" src="intruder.html" height="50"></iframe>
<script src="${site.url}embed.js" defer></script>
<script src="${site.url}embed.js" defer></script>`,
    );
    const page = await open(`${host.url}many.html`, [
      new URL(host.url).origin,
      new URL(site.url).origin,
    ]);
    const embeds = () => page.frames().filter((f) => f.url().includes("embed.html"));
    await page.waitForFunction(() => document.querySelectorAll("iframe").length === 14);
    // The frames load lazily, as on a real page: scroll each into view.
    for (let i = 0; i < 13; i++) {
      await page.locator("iframe[data-hotline-embed]").nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => document.querySelectorAll("iframe")[n]?.contentWindow, i);
    }
    await page.waitForFunction(() => [...document.querySelectorAll("iframe")].length === 14);
    await expect.poll(() => embeds().length, { timeout: 20_000 }).toBe(13);
    for (const f of embeds()) await f.waitForSelector("figure[data-chart]");
    const kinds = await Promise.all(
      embeds().map((f) =>
        f.$eval("figure[data-chart]", (el) => [
          el.getAttribute("data-chart"),
          el.getAttribute("data-state"),
          document.documentElement.lang,
        ]),
      ),
    );
    expect(kinds.map((k) => k[0]).sort()).toEqual([...CHARTS, ...CHARTS, "compare"].sort());
    expect(kinds.filter((k) => k[2] === "en")).toHaveLength(7);
    // Each frame's height is its content's height, not the snippet's default.
    await page.waitForTimeout(2000); // the intruder has posted by now
    const want = await Promise.all(embeds().map(contentHeight));
    const got = (await frameHeights(page)).slice(0, 13);
    for (let i = 0; i < want.length; i++)
      expect(Math.abs(got[i]! - want[i]!)).toBeLessThanOrEqual(2);
    expect(got.some((h, i) => h !== embedHeight(CHARTS[i % 6]!))).toBe(true);
    // Nothing moved for a forged message: not the intruder, not ours.
    await page.evaluate(
      (type) => window.postMessage({ type, id: "x", height: 3000 }, "*"),
      HEIGHT_MESSAGE,
    );
    await page.waitForTimeout(300);
    expect(await frameHeights(page)).toEqual(got);
    await expect(
      page.$eval("#intruder", (el) => Math.round(el.getBoundingClientRect().height)),
    ).resolves.toBeLessThan(100);
    expect(Math.max(...got)).toBeLessThanOrEqual(MAX_HEIGHT);
    await screenshot(page, "embed-many");
  }, 90_000);
});

describe("the built site under a strict Content-Security-Policy", () => {
  it.each([
    "",
    "?place=huaian",
    "?place=suzhou&lang=en",
    "?view=quality",
    "?view=about&lang=en",
    "embed.html?chart=volume&place=nantong&year=2024",
    "embed.html?chart=categories&place=huaian&year=2023&lang=en",
    "embed.html?chart=compare&metric=satisfaction",
  ])("%s draws with no CSP violation", async (q) => {
    const page = await open(site.url + q, [new URL(site.url).origin]);
    await page.waitForSelector(
      q.includes("view=") ? "main h2" : "figure[data-chart] svg[role=img]",
    );
    await page.waitForLoadState("networkidle");
  });

  it.each([
    ["embed.html?chart=<script>alert(1)</script>&place=suzhou", "<script>alert(1)</script>"],
    [
      "embed.html?chart=volume&place=<img src=x onerror=alert(1)>&lang=en",
      "<img src=x onerror=alert(1)>",
    ],
    ["embed.html?chart=volume&place=atlantis", "atlantis"],
    ["embed.html?chart=seats&place=haimen&year=2019&lang=en", "Haimen has no report for 2019"],
    ["embed.html?chart=compare&metric=%22%3E%3Cb%3Ebold", '"><b>bold'],
    ["embed.html?chart=volume&place=suzhou&year=2022)", "2022)"],
  ])("%s renders a message as text, not markup", async (q, shown) => {
    const page = await open(site.url + q, [new URL(site.url).origin]);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(shown);
    await expect(page.locator("#embed img, #embed b, #embed script").count()).resolves.toBe(0);
    await expect(page.locator("a", { hasText: /完整看板|full dashboard/ }).count()).resolves.toBe(
      1,
    );
  });

  it("a place that does not publish the chart's figure gets the empty state in the frame", async () => {
    const page = await open(`${site.url}embed.html?chart=seats&place=haimen&lang=en`, [
      new URL(site.url).origin,
    ]);
    const fig = page.locator("figure[data-chart=seats]");
    await fig.waitFor();
    await expect(fig.getAttribute("data-state")).resolves.toBe("empty");
    await expect(fig.innerText()).resolves.toContain("does not publish");
  });

  it.each([
    ["chart=volume&place=suzhou&year=2022", ["suzhou/2022.json"]],
    ["chart=seats&place=huaian", ["huaian/2023.json", "metric/seats_per_100k.json"]],
    [
      "chart=trend&place=nantong",
      ["nantong/2023.json", "nantong/2024.json", "nantong/periods.json"],
    ],
    ["chart=compare&metric=connection_rate", ["metric/connection_rate.json"]],
  ])("an embed loads only what its chart shows: %s", async (query, files) => {
    const w = await b.watch({ origin: new URL(site.url).origin });
    const data: string[] = [];
    w.page.on("request", (r) => {
      if (r.url().includes("/data/")) data.push(r.url().split("/data/")[1]!);
    });
    // The source records for its citations come after the chart is drawn.
    const sources = w.page.waitForRequest((r) => r.url().endsWith("/data/sources.json"));
    await w.page.goto(`${site.url}embed.html?${query}`);
    await w.page.waitForSelector("figure[data-chart] svg:not([aria-busy])");
    await sources;
    expect(data.sort()).toEqual(["manifest.json", "quality.json", "sources.json", ...files].sort());
  });

  // The trend's code (src/lib/charts/trendKit.ts, its chunk named after it) is a sixth of a
  // chart embed's JavaScript: only an embed that draws a trend fetches it.
  it.each([
    ["chart=volume&place=suzhou&year=2022", false],
    ["chart=categories&place=huaian&lang=en", false],
    ["chart=trend&place=nantong", true],
    ["chart=trend&place=haikou&compare=beijing&lang=en", true],
  ])("an embed fetches the trend's code only to draw a trend: %s", async (query, trend) => {
    const w = await b.watch({ origin: new URL(site.url).origin });
    const scripts: string[] = [];
    w.page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url().split("/").pop()!);
    });
    await w.page.goto(`${site.url}embed.html?${query}`);
    await w.page.waitForSelector("figure[data-chart] svg.chart:not([aria-busy])");
    expect(scripts.some((s) => s.startsWith("embed-"))).toBe(true);
    expect(scripts.some((s) => s.startsWith("trendKit-"))).toBe(trend);
    if (trend) {
      // Drawn once its code is there, with its series picker: a line per place.
      const fig = w.page.locator("figure[data-chart=trend]");
      await expect(fig.getAttribute("data-state")).resolves.toBe("ok");
      await expect(fig.locator("svg.chart g.line").count()).resolves.toBe(
        query.includes("compare=") ? 2 : 1,
      );
      await expect(fig.locator("select").count()).resolves.toBe(1);
    }
  });
});
