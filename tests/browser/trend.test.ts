/**
 * The trend chart as a person uses it: pick a series, add places and remove
 * them, follow a place's half-years; the URL keeps every choice, and an embed
 * of the trend shows the same chart from its URL. Values are checked against
 * the dataset compiled from the reviewed facts.
 */
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { useBrowser } from "./page.ts";
import { formatValue } from "../../src/lib/format/number.ts";
import type { Fact } from "../../src/lib/data/fact.ts";
import { dataset } from "../unit/dataset.ts";

const b = useBrowser();

async function open(query: string, width = 1280): Promise<{ page: Page; data: string[] }> {
  const data: string[] = [];
  const w = await b.open(query, {
    width,
    ready: "figure[data-chart=trend] svg",
    before: (page) =>
      page.on("request", (r) => {
        if (r.url().includes("/data/")) data.push(r.url().split("/data/")[1]!);
      }),
  });
  return { page: w.page, data };
}

const facts = dataset().facts;
/** A place's plain figures of one metric and kind of period, as the table prints them. */
function values(placeId: string, metric: string, kind = "year"): string[] {
  return facts
    .filter(
      (f: Fact) =>
        f.place_id === placeId &&
        f.metric === metric &&
        f.period_kind === kind &&
        !f.scope &&
        !f.category,
    )
    .map((f) => formatValue(f.value, f.unit, "zh"));
}
const trend = (page: Page): Locator => page.locator("figure[data-chart=trend]");
const tableText = (page: Page) => trend(page).locator("table").innerText();
const linesDrawn = (page: Page) =>
  trend(page)
    .locator("svg.chart g.line")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-line")));

describe("the trend chart", () => {
  it("pick a series: the chart, its table and the URL follow", async () => {
    const { page } = await open("?place=suzhou");
    const picker = trend(page).getByLabel("指标");
    const offered = await picker
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered[0]).toBe("demand_total");
    expect(offered).toContain("on_time_rate");
    await picker.selectOption("on_time_rate");
    await page.waitForURL(/trend=on_time_rate/);
    await expect(trend(page).locator("figcaption .title").innerText()).resolves.toContain(
      "按时办结率历年变化",
    );
    const table = await tableText(page);
    const expected = values("suzhou", "on_time_rate");
    expect(expected.length).toBeGreaterThan(1);
    for (const v of expected) expect(table).toContain(v);
    expect(table).not.toContain(values("suzhou", "demand_total")[0]!);
  });

  it("add a place, then another, then remove one: coloured lines, a legend, the URL", async () => {
    const { page, data } = await open("?place=suzhou");
    const add = trend(page).getByLabel("添加地区");
    await add.selectOption("huaian");
    await page.waitForURL(/compare=huaian/);
    await page.waitForFunction(
      () => document.querySelectorAll("figure[data-chart=trend] svg.chart g.line").length === 2,
    );
    expect(data).toContain("huaian/2023.json");
    const legend = trend(page).locator(".lines-legend");
    await expect(legend.innerText()).resolves.toMatch(/苏州市[\s\S]*淮安市/);
    const table = await tableText(page);
    for (const v of values("huaian", "demand_total")) expect(table).toContain(v);
    expect(table).toContain("淮安市");

    await add.selectOption("jiangsu");
    await page.waitForURL(/compare=huaian%2Cjiangsu/);
    await page.waitForFunction(
      () => document.querySelectorAll("figure[data-chart=trend] svg.chart g.line").length === 3,
    );
    // Each line its own colour.
    const colours = await trend(page)
      .locator("svg.chart g.line circle")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("stroke")))]);
    expect(colours).toHaveLength(3);

    await trend(page).getByRole("button", { name: "移除淮安市" }).click();
    await page.waitForURL((u) => u.searchParams.get("compare") === "jiangsu");
    await page.waitForFunction(
      () => document.querySelectorAll("figure[data-chart=trend] svg.chart g.line").length === 2,
    );
    expect(await linesDrawn(page)).toEqual(["suzhou||", "jiangsu||"]);
    await expect(tableText(page)).resolves.not.toContain("淮安市");

    // The link holds the state: a reload shows the same chart.
    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll("figure[data-chart=trend] svg.chart g.line").length === 2,
    );
    await expect(trend(page).locator(".lines-legend").innerText()).resolves.toContain("江苏省");
  });

  it("five places at most: a full chart offers no more", async () => {
    const withYears = [
      ...new Set(facts.filter((f) => f.period_kind === "year").map((f) => f.place_id)),
    ]
      .filter((id) => id !== "suzhou")
      .slice(0, 5);
    const { page } = await open(`?place=suzhou&compare=${withYears.join(",")}&lang=en`);
    await expect(trend(page).locator(".chip").count()).resolves.toBe(4);
    await expect(trend(page).getByLabel("Add a place").count()).resolves.toBe(0);
    await expect(trend(page).innerText()).resolves.toContain("At most 5 places at a time.");
  });

  it("a place's half-years: a series of its own, never mixed with years", async () => {
    const { page } = await open("?place=haikou&trend=demand_total:half");
    await expect(trend(page).locator("figcaption .title").innerText()).resolves.toContain(
      "诉求总量：各半年",
    );
    const table = await tableText(page);
    const half = values("haikou", "demand_total", "half");
    expect(half.length).toBeGreaterThan(1);
    for (const v of half) expect(table).toContain(v);
    for (const v of values("haikou", "demand_total")) expect(table).not.toContain(v);
    await expect(trend(page).getByLabel("指标").inputValue()).resolves.toBe("demand_total:half");
  });

  it("a place with monthly briefs only: its months charted as a series, nothing summed into a year", async () => {
    // The place with the most months of one figure, found in the data rather than named.
    const counts = new Map<string, Set<string>>();
    for (const f of facts)
      if (f.period_kind === "month" && f.metric === "demand_total" && !f.scope) {
        const k = f.place_id;
        counts.set(k, (counts.get(k) ?? new Set()).add(f.period));
      }
    const yearly = new Set(facts.filter((f) => f.period_kind === "year").map((f) => f.place_id));
    const [id] = [...counts]
      .filter(([p, months]) => !yearly.has(p) && months.size > 1)
      .sort((a, b) => b[1].size - a[1].size)[0]!;
    const { page, data } = await open(`?place=${id}`);
    await expect(page.getByTestId("no-yearly").count()).resolves.toBe(1);
    await expect(trend(page).locator("figcaption .title").innerText()).resolves.toContain(
      "诉求总量：各月",
    );
    const table = await tableText(page);
    for (const v of values(id, "demand_total", "month")) expect(table).toContain(v);
    expect(data).toContain(`${id}/periods.json`);
    expect(data.some((p) => /\/\d{4}\.json$/.test(p))).toBe(false);
  });

  it("an embed of the trend with its series and places, loading only what it shows", async () => {
    const { page, data } = await open(
      "embed.html?chart=trend&place=haikou&trend=connection_rate&compare=jiayuguan&lang=en",
    );
    await expect(trend(page).locator("figcaption .title").innerText()).resolves.toContain(
      "Connection rate over the years",
    );
    await page.waitForFunction(
      () => document.querySelectorAll("figure[data-chart=trend] svg.chart g.line").length >= 2,
    );
    const table = await tableText(page);
    for (const v of [
      ...values("haikou", "connection_rate"),
      ...values("jiayuguan", "connection_rate"),
    ])
      expect(table).toContain(v);
    // The embed is a fixed view of its places: nothing to add or remove.
    await expect(trend(page).locator(".chip button").count()).resolves.toBe(0);
    expect(
      data.filter((p) => !p.startsWith("haikou/") && !p.startsWith("jiayuguan/")).sort(),
    ).toEqual(["manifest.json", "quality.json", "sources.json"]);
    const back = await page
      .getByRole("link", { name: "Open in the full dashboard" })
      .getAttribute("href");
    expect(back).toContain("trend=connection_rate");
    expect(back).toContain("compare=jiayuguan");
  });

  it("the embed snippet of a compared trend carries its series and places", async () => {
    const { page } = await open("?place=suzhou&trend=demand_total&compare=jiangsu");
    await trend(page).getByRole("button", { name: "嵌入" }).click();
    const snippet = await trend(page).locator("textarea").inputValue();
    expect(snippet).toContain("chart=trend&amp;place=suzhou");
    expect(snippet).toContain("compare=jiangsu");
  });
});
