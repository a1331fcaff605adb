/**
 * A data file that fails breaks only what needs it (issue 16): the file is
 * replaced in the browser (missing, an HTML page, corrupted), and the test
 * checks which views and charts still work, and what the message says.
 */
import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { drawCharts, useBrowser } from "./page.ts";

// These pages fail on purpose: their console errors and failed requests are what is tested.
const b = useBrowser([]);
const site = b.site;

type Answer = (route: Route) => Promise<void>;
const notFound: Answer = (r) => r.fulfill({ status: 404, body: "not found" });
const htmlPage: Answer = (r) =>
  r.fulfill({
    status: 200,
    contentType: "text/html",
    body: "<!DOCTYPE html><html><body>页面不存在</body></html>",
  });
const garbled: Answer = async (r) => {
  const res = await r.fetch();
  const body = Buffer.from(await res.body());
  const i = Math.floor(body.length / 2);
  body.writeUInt8(body.readUInt8(i) ^ 0xff, i);
  await r.fulfill({ response: res, body });
};

/** A page whose data file(s) matching `path` are answered by `answer`. */
async function withBroken(path: RegExp, answer: Answer, query: string): Promise<Page> {
  const w = await b.watch();
  await w.page.route((u) => path.test(new URL(u).pathname), answer);
  await w.page.goto(site + query);
  return w.page;
}

describe("a failed data file breaks only what needs it", () => {
  it("without quality.json (optional) the overview and a profile draw; the quality view says why", async () => {
    const page = await withBroken(/\/quality\.json$/, notFound, "?place=huaian&year=2023");
    await drawCharts(page, "figure[data-chart=seats]");
    await page.waitForSelector("figure[data-chart=seats][data-state=ok] svg:not([aria-busy])");
    await expect(page.locator("figure[data-chart][data-state=ok]").count()).resolves.toBe(6);
    await page.getByRole("link", { name: "各地对比" }).click();
    await page.waitForSelector("figure[data-chart=compare] svg:not([aria-busy])");
    await expect(page.locator("main").innerText()).resolves.toContain("数据质量提示暂时无法加载");
    await page.getByRole("link", { name: "数据质量" }).click();
    const alert = page.locator("main [role=alert]");
    await expect(alert.innerText()).resolves.toContain("找不到数据文件 quality.json");
    await expect(alert.getByRole("button", { name: "重试" }).count()).resolves.toBe(1);
  });

  it("a corrupt seats file breaks the seats chart only, with a specific message and a working retry", async () => {
    let broken = true;
    const w = await b.watch({ width: 1280, height: 900 });
    await w.page.route(
      (u) => new URL(u).pathname.endsWith("/metric/seats_per_100k.json"),
      (r) => (broken ? garbled(r) : r.continue()),
    );
    const page = w.page;
    await page.goto(`${site}?place=huaian&year=2023&lang=en`);
    const seats = page.locator("figure[data-chart=seats]");
    await drawCharts(page, "figure[data-chart=seats]");
    await page.waitForSelector("figure[data-chart=seats][data-state=error]");
    await expect(seats.innerText()).resolves.toContain(
      "metric/seats_per_100k.json does not match its published checksum",
    );
    for (const id of ["volume", "trend", "connection", "satisfaction", "categories"])
      await expect(
        page.locator(`figure[data-chart=${id}]`).getAttribute("data-state"),
        id,
      ).resolves.toBe("ok");
    broken = false;
    await seats.getByRole("button", { name: "Retry" }).click();
    await page.waitForSelector("figure[data-chart=seats][data-state=ok] svg:not([aria-busy])");
  });

  it("a trend embed whose code does not load says so, and its retry draws the trend", async () => {
    let broken = true;
    const w = await b.watch();
    await w.page.route(
      (u) => /\/assets\/trendKit-[\w-]+\.js$/.test(new URL(u).pathname),
      (r) => (broken ? notFound(r) : r.continue()),
    );
    await w.page.goto(`${site}embed.html?chart=trend&place=nantong&lang=en`);
    const alert = w.page.locator("main [role=alert]");
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain("trendKit");
    await expect(w.page.locator("figure[data-chart]").count()).resolves.toBe(0);
    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await w.page.waitForSelector(
      "figure[data-chart=trend][data-state=ok] svg.chart:not([aria-busy])",
    );
  });

  it("switching views clears an error that does not concern the new view", async () => {
    const page = await withBroken(/\/metric\/demand_total\.json$/, notFound, "?lang=en");
    await page.waitForSelector("main [role=alert]");
    await expect(page.locator("main [role=alert]").innerText()).resolves.toContain(
      "metric/demand_total.json was not found",
    );
    await page.locator("ul.cards a").first().click();
    await page.waitForSelector("figure[data-chart=volume][data-state=ok]");
    await expect(page.locator("main [role=alert]").count()).resolves.toBe(0);
  });

  it("an HTML page served instead of a data file says so, not 'another version'", async () => {
    const page = await withBroken(/\/suzhou\/2022\.json$/, htmlPage, "?place=suzhou&year=2022");
    const alert = page.locator("main [role=alert]");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("服务器返回的是一个网页，而不是数据文件 suzhou/2022.json");
    expect(text).not.toMatch(/版本|version/);
  });

  it("without the manifest, About and the CSV preview still work", async () => {
    const page = await withBroken(/\/manifest\.json$/, htmlPage, "?view=about");
    await page.waitForSelector("main h2");
    await page.getByRole("link", { name: "预览本地文件" }).click();
    await page.waitForSelector("#csv-file", { state: "attached" });
    await page.getByRole("link", { name: "各地对比" }).click();
    await expect(page.locator("main [role=alert]").innerText()).resolves.toContain("manifest.json");
  });

  it("an invalid year on the overview is named, never drawn as NaN", async () => {
    const w = await b.watch();
    await w.page.goto(`${site}?year=20x3`);
    await w.page.waitForSelector("figure[data-chart=compare] svg:not([aria-busy])");
    const main = await w.page.locator("main").innerText();
    expect(main).toContain("网址中的年份");
    expect(main).not.toContain("NaN");
  });
});
