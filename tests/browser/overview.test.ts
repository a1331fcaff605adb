/**
 * The overview compares like with like (one period of one kind, provinces,
 * cities and counties apart), and the place search knows every division of
 * China. Expected values come from the dataset and the pure choice functions,
 * never typed in.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, useBrowser } from "./page.ts";
import { dataset } from "../unit/dataset.ts";
import { defaultPeriod, periodOptions } from "../../src/lib/charts/compareChoice.ts";
import { parsePeriod, periodLabel } from "../../src/lib/data/period.ts";

const b = useBrowser();
const site = b.site;

async function open(query: string, width = 1280): Promise<{ page: Page; data: string[] }> {
  const data: string[] = [];
  const w = await b.open(query, {
    width,
    ready: "figure[data-chart=compare], [data-testid=no-period-data]",
    before: (page) =>
      page.on("request", (r) => {
        const u = r.url();
        if (u.includes("/data/")) data.push(u.split("/data/")[1]!);
        else if (u.includes("/assets/")) data.push(u.split("/assets/")[1]!);
      }),
  });
  return { page: w.page, data };
}

const label = (period: string, lang: "zh" | "en") => periodLabel(parsePeriod(period)!, lang);
/** The rows of the comparison's data table. */
const tableRows = (page: Page) =>
  page.locator("figure[data-chart=compare] table tbody tr").allInnerTexts();

describe("the overview compares like with like", () => {
  const facts = dataset().facts;

  it("defaults to one year, lists every year with its number of places, and offers each place's latest", async () => {
    const { page } = await open("");
    const options = periodOptions(facts, "demand_total", "year");
    const year = defaultPeriod(options)!;
    const picker = page.getByLabel("年份", { exact: true });
    await expect(picker.inputValue()).resolves.toBe(year);
    const texts = await picker.locator("option").allInnerTexts();
    expect(texts).toEqual([
      ...options.map((o) => `${label(o.period, "zh")}（${o.places} 个地区）`),
      "各地最新年份（每条注明年份）",
    ]);
    const fig = page.locator("figure[data-chart=compare]");
    await expect(fig.locator("figcaption .title").innerText()).resolves.toContain(
      label(year, "zh"),
    );
    await expect(page.getByTestId("period-note").innerText()).resolves.toContain(label(year, "zh"));
    // Every bar is that year's figure of a place publishing it: as many rows as places.
    const rows = await tableRows(page);
    expect(rows).toHaveLength(options.find((o) => o.period === year)!.places);

    await picker.selectOption("latest");
    await page.waitForFunction(() => location.search.includes("year=latest"));
    await expect(page.getByTestId("period-note").innerText()).resolves.toContain(
      "每个地区取其最新年份",
    );
    // Each bar names its year.
    for (const r of await tableRows(page)) expect(r.split("\t")[2]).toMatch(/^\d{4}$/);
    await screenshot(page, "overview-latest-zh");

    await picker.selectOption(options.at(-1)!.period);
    await page.waitForFunction(
      (y) => location.search.includes(`year=${y}`),
      options.at(-1)!.period,
    );
    expect(await tableRows(page)).toHaveLength(options.at(-1)!.places);
  });

  it("a level filter keeps one tier: the chart, its years and the place list", async () => {
    const { page } = await open("?lang=en");
    await page.getByLabel("Level").selectOption("prefecture");
    await page.waitForFunction(() => location.search.includes("level=prefecture"));
    const options = periodOptions(facts, "demand_total", "year", "prefecture");
    await expect(page.getByLabel("Year", { exact: true }).inputValue()).resolves.toBe(
      defaultPeriod(options),
    );
    const fig = page.locator("figure[data-chart=compare]");
    await expect(fig.locator("figcaption .title").innerText()).resolves.toContain(
      "prefecture cities",
    );
    const levels = await page
      .locator("figure[data-chart=compare] table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""));
    for (const l of levels) expect(l).toContain("Prefecture");
    await expect(
      page.getByRole("navigation", { name: "Places" }).locator("h3").allInnerTexts(),
    ).resolves.toEqual(["Prefecture cities"]);
  });

  it("months are compared only with the same month, read from the metric's periods file", async () => {
    const { page, data } = await open("?lang=en");
    data.length = 0;
    await page.getByLabel("Kind of period").selectOption("month");
    await page.waitForFunction(() => location.search.includes("kind=month"));
    const options = periodOptions(facts, "demand_total", "month");
    const month = defaultPeriod(options)!;
    // The picker is disabled until the periods file has arrived.
    await page.waitForFunction(
      () => !(document.querySelector("#compare-period") as HTMLSelectElement | null)?.disabled,
    );
    await expect(page.getByLabel("Period", { exact: true }).inputValue()).resolves.toBe(month);
    await page.waitForSelector("figure[data-chart=compare] svg:not([aria-busy])");
    expect(data).toContain("metric/periods/demand_total.json");
    const fig = page.locator("figure[data-chart=compare]");
    await expect(fig.locator("figcaption .title").innerText()).resolves.toContain(
      label(month, "en"),
    );
    const want = facts.filter(
      (f) => f.metric === "demand_total" && f.period === month && !f.scope && !f.category,
    );
    const table = await fig.locator("table").innerText();
    expect(await tableRows(page)).toHaveLength(want.length);
    for (const f of want) expect(table).toContain(f.place_en);
    // The embed snippet carries the same month.
    await fig.getByRole("button", { name: "Embed" }).click();
    await expect(fig.locator("textarea").inputValue()).resolves.toContain(`period=${month}`);
    await screenshot(page, "overview-month-en");
  });

  it("a period without figures is said so, and the default shown instead", async () => {
    const { page } = await open("?period=1999-07&lang=en");
    await expect(page.getByRole("alert").first().innerText()).resolves.toContain(
      "No figures for Jul 1999",
    );
  });

  it("the compare embed shows the chosen month and level", async () => {
    const month = defaultPeriod(periodOptions(facts, "demand_total", "month"))!;
    const w = await b.watch();
    await w.page.goto(`${site}embed.html?chart=compare&period=${month}&level=local&lang=en`);
    await w.page.waitForSelector("figure[data-chart=compare] svg:not([aria-busy])");
    const title = await w.page.locator("figcaption .title").innerText();
    expect(title).toContain(label(month, "en"));
    expect(title).toContain("counties and districts");
    const want = periodOptions(facts, "demand_total", "month", "local").find(
      (o) => o.period === month,
    )!.places;
    await expect(w.page.locator("figure[data-chart=compare] table tbody tr").count()).resolves.toBe(
      want,
    );
  });
});

describe("the place search knows every division", () => {
  it("loads the gazetteer only when a person types", async () => {
    const { page, data } = await open("");
    expect(data.some((d) => d.startsWith("divisions-"))).toBe(false);
    await page.locator("#place-search").fill("南京");
    await page.waitForSelector("[data-testid=no-report]");
    expect(data.some((d) => d.startsWith("divisions-"))).toBe(true);
  });

  it("a place without a report says so, and offers the places above or within it that have one", async () => {
    const { page } = await open("?lang=en");
    await page.locator("#place-search").fill("Nanjing");
    const none = page.getByTestId("no-report").first();
    await expect(none.innerText()).resolves.toContain("Nanjing: no report in the dataset yet");
    await expect(none.getAttribute("aria-disabled")).resolves.toBe("true");
    // Jiangsu, above it, has reports: the first option to open.
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("place=jiangsu"));

    const zh = await open("");
    await zh.page.locator("#place-search").fill("湖南");
    await expect(zh.page.getByTestId("no-report").first().innerText()).resolves.toContain(
      "湖南省：暂无收录的报告",
    );
    const within = dataset()
      .places.filter((p) => p.parent && dataset().facts.some((f) => f.place_id === p.id))
      .filter((p) => {
        const up = dataset().places.find((q) => q.id === p.parent);
        return p.parent === "hunan" || up?.parent === "hunan";
      });
    expect(within.length).toBeGreaterThan(0);
    const listed = await zh.page.locator("#place-options li.related").allInnerTexts();
    expect(listed.some((t) => within.some((p) => t.includes(p.zh)))).toBe(true);
    await screenshot(zh.page, "search-no-report-zh");
  });
});
