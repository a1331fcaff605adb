/**
 * The CSV preview as an analyst uses it: an Excel (GBK) file with Chinese
 * headers and bad cells, our own facts.csv, a workbook renamed to .csv, a large
 * file cancelled halfway, and cells pasted from Excel — all read in the
 * browser, with no request made once a file is chosen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, screenshot, watchedPage, type Watched } from "./page.ts";
import { encodeGbk } from "../support/gbk.ts";

const site = inject("siteUrl");
const origin = new URL(site).origin;
const dir = mkdtempSync(join(tmpdir(), "hotline-preview-"));
let browser: Browser;
const opened: Watched[] = [];

beforeAll(async () => {
  browser = await launch(inject("chromePath"));
});
afterAll(async () => {
  for (const w of opened) {
    expect(w.consoleProblems, "console errors or warnings").toEqual([]);
    expect(w.foreignRequests, "requests outside the page's origin").toEqual([]);
  }
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The preview page, ready for a file; `requests` collects every request from now on. */
async function preview(lang = "zh"): Promise<{ page: Page; requests: string[] }> {
  const w = await watchedPage(browser, origin);
  opened.push(w);
  await w.page.goto(`${site}?view=preview&lang=${lang}`);
  await w.page.waitForSelector("#csv-file", { state: "attached" });
  await w.page.waitForLoadState("networkidle");
  const requests: string[] = [];
  w.page.on("request", (r) => requests.push(r.url()));
  return { page: w.page, requests };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("previewing a local CSV", () => {
  it("a GBK file from Excel with Chinese headers and bad cells: figures in the charts, errors by row and column, nothing sent", async () => {
    const { page, requests } = await preview();
    const csv =
      "地区,年份,诉求总量（件）,电话,30秒人工接通率,综合满意率,每十万人座席数\r\n" +
      '苏州,2023,"1,703.24万",1200000,92.3%,abc,9\r\n' +
      "新城区,2023,12345,10000,—,99.1,5.5\r\n" +
      "南通市,2024,19万余,,101,98.5,\r\n";
    await page.setInputFiles("#csv-file", file("热线.csv", encodeGbk(csv)));
    const summary = page.locator("[data-testid=summary]");
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toMatch(/GBK.*读取 3 行，使用 3 行.*2 个错误/);
    const errors = await page
      .locator("table.messages tr.error")
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute("data-row"), r.getAttribute("data-column")]),
      );
    expect(errors).toEqual([
      ["2", "综合满意率"],
      ["4", "30秒人工接通率"],
    ]);
    await expect(page.locator("tr.error[data-row='2']").innerText()).resolves.toContain("abc");
    const compare = page.locator("figure[data-chart=compare]");
    const table = await compare.locator("table").innerText();
    expect(table).toContain("苏州市（你的文件）");
    // Tables give the exact figure (1703.24万 is 17,032,400), never the compact label.
    expect(table).toContain("17,032,400");
    expect(table).toContain("新城区（你的文件）");
    const volume = page.locator("figure[data-chart=volume] table");
    await expect(volume.innerText()).resolves.toContain("17,032,400");
    await screenshot(page, "preview-gbk-zh");
    expect(requests).toEqual([]);
  });

  it("our own facts.csv (UTF-8 with BOM) loads back with every figure and no error", async () => {
    const { page, requests } = await preview("en");
    const bytes = readFileSync(
      join(import.meta.dirname, "..", "..", "public", "data", "facts.csv"),
    );
    await page.setInputFiles("#csv-file", file("facts.csv", bytes));
    const summary = page.locator("[data-testid=summary]");
    await summary.waitFor();
    // Every figure comes back; figures of months and quarters are kept, with one
    // warning that the preview's charts show years only.
    const rows = new TextDecoder().decode(bytes).trim().split("\r\n").length - 1;
    await expect(summary.innerText()).resolves.toMatch(
      new RegExp(`UTF-8 \\+ BOM, our long format.* ${rows} figures; 0 errors, 1 warning`),
    );
    // The normalised download of our own file is our own file, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the normalised data (CSV)" }).click(),
    ]);
    expect(readFileSync(await download.path())).toEqual(bytes);
    expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
  });

  it("refuses an Excel workbook renamed to .csv, with a hint", async () => {
    const { page } = await preview("en");
    await page.setInputFiles(
      "#csv-file",
      file("book.csv", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])),
    );
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/not a text CSV.*Save As/);
  });

  it("shows progress on a large file and stops at once on Cancel", async () => {
    const { page, requests } = await preview("en");
    const rows = ["place,year,demand_total,connection_rate,satisfaction_overall"];
    for (let i = 0; i < 600_000; i++)
      rows.push(`place ${i % 3000},${2000 + (i % 20)},${(i * 7919) % 1e7},${(i % 100) + 0.5},99.1`);
    await page.setInputFiles("#csv-file", file("big.csv", rows.join("\n")));
    const status = page.locator(".progress");
    await status.waitFor();
    await expect(page.locator(".progress progress").count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText("Cancelled.").count()).resolves.toBe(1);
    await expect(status.count()).resolves.toBe(0);
    await expect(page.locator("[data-testid=summary]").count()).resolves.toBe(0);
    // The page still works: a small file previews after the cancelled one.
    await page.setInputFiles("#csv-file", file("small.csv", "地区,年份,诉求总量\n苏州,2023,5\n"));
    await page.locator("[data-testid=summary]").waitFor();
    expect(requests).toEqual([]);
  });

  it("a file of thousands of places: the top of the comparison, a search over every place, its profile", async () => {
    const { page } = await preview("en");
    const rows = ["地区,年份,诉求总量,综合满意率,每十万人座席数"];
    for (let i = 0; i < 2600; i++)
      for (const year of [2022, 2023])
        rows.push(
          `测试${i}县,${year},${(i * 7919) % 100003},${(80 + (i % 20)).toFixed(1)},${(i % 90) / 10}`,
        );
    await page.setInputFiles("#csv-file", file("many.csv", rows.join("\n")));
    await page.locator("[data-testid=summary]").waitFor();
    const compare = page.locator("figure[data-chart=compare]");
    // The top 15 bars, the count of all, and no "show all" that could not be honoured.
    await compare.locator("table tbody tr").first().waitFor({ state: "attached" });
    await expect(compare.locator("table tbody tr").count()).resolves.toBe(15);
    const footer = await compare.innerText();
    expect(footer).toContain("of 2,600 figures");
    expect(footer).toContain("Too many to draw them all");
    await expect(compare.getByRole("button", { name: /Show all/ }).count()).resolves.toBe(0);
    // The file's highest total comes first.
    const totals = Array.from({ length: 2600 }, (_, i) => (i * 7919) % 100003);
    const best = totals.indexOf(Math.max(...totals));
    await expect(compare.locator("table tbody tr").first().innerText()).resolves.toContain(
      `测试${best}县`,
    );
    // Only the first places are listed; the search asks the worker for any other.
    await expect(page.locator("ul.places button").count()).resolves.toBe(40);
    await page.getByLabel(/The file has 2,600 places/).fill("测试2599县");
    const hit = page.locator("ul.places li", { hasText: "测试2599县" });
    await hit.first().waitFor();
    await expect(hit.count()).resolves.toBe(1);
    await page.getByRole("button", { name: "测试2599县 (your file) · 2023" }).click();
    await page.locator("figure[data-chart=volume]", { hasText: "测试2599县" }).waitFor();
    await expect(page.locator("figure[data-chart=volume] table").innerText()).resolves.toContain(
      ((2599 * 7919) % 100003).toLocaleString("en-US"),
    );
    // The seats chart draws the top places and this one, not thousands.
    const seats = await page.locator("figure[data-chart=seats] table tbody tr").count();
    expect(seats).toBeGreaterThan(1);
    expect(seats).toBeLessThanOrEqual(13);
  });

  it("previews cells pasted from Excel (tab-separated)", async () => {
    const { page } = await preview("en");
    await page
      .getByLabel("Paste a table")
      .fill("地区\t年份\t诉求总量\t综合满意率\n镇江\t2023\t1,600,000\t99.2%\n");
    await page.getByRole("button", { name: "Preview the pasted cells" }).click();
    await page.locator("[data-testid=summary]").waitFor();
    const table = await page.locator("figure[data-chart=compare] table").innerText();
    expect(table).toContain("Zhenjiang (your file)");
    expect(table).toContain("1,600,000");
    await page.getByRole("checkbox", { name: "Compare with the published places" }).check();
    // The published figures of the metric arrive from their file, after the tick.
    await page.locator("figure[data-chart=compare] table", { hasText: "Suzhou" }).waitFor();
    await expect(page.locator("figure[data-chart=compare] table").innerText()).resolves.toContain(
      "Zhenjiang (your file)",
    );
  });
});

describe("previewing a report's text", () => {
  it("a .txt report runs the extractor and shows its figures as an unreviewed draft", async () => {
    const { page, requests } = await preview("en");
    const report = join(
      import.meta.dirname,
      "..",
      "unit",
      "extract-fixtures",
      "invented-report.txt",
    );
    await page.setInputFiles("#csv-file", report);
    await page.locator(".draft").waitFor();
    await expect(page.locator(".draft").innerText()).resolves.toContain("not reviewed");
    const table = await page.locator("figure[data-chart=compare] table").innerText();
    expect(table).toContain("Suzhou (your file)");
    expect(table).toContain("2,345,678");
    await screenshot(page, "preview-report-draft");
    // Nothing leaves the page but the gazetteer's code chunk, fetched from the site itself
    // once a report's text needs it (the text itself is never sent).
    const origin = new URL(page.url()).origin;
    expect(
      requests.filter((u) => !(u.startsWith(origin) && /\/assets\/divisions-[\w-]+\.js$/.test(u))),
    ).toEqual([]);
  });
});
