/**
 * The CSV preview as an analyst uses it: an Excel (GBK) file with Chinese
 * headers and bad cells, our own facts.csv, a workbook renamed to .csv, a large
 * file cancelled halfway, and cells pasted from Excel — all read in the
 * browser, with no request made once a file is chosen but the site's own
 * chunks of place names (the gazetteer, pinyin) for a table that names places.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { placeChunksOnly, screenshot, useBrowser } from "./page.ts";
import { encodeGbk } from "../support/gbk.ts";

const b = useBrowser(["console", "foreign"]);
const origin = b.origin;
const dir = mkdtempSync(join(tmpdir(), "hotline-preview-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The preview page, ready for a file; `requests` collects every request from now on. */
async function preview(lang = "zh"): Promise<{ page: Page; requests: string[] }> {
  const w = await b.open(`?view=preview&lang=${lang}`, {
    ready: "#csv-file",
    readyState: "attached",
  });
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
    // The first place's charts are drawn when they come near the screen.
    await page.getByTestId("profile-charts").scrollIntoViewIfNeeded();
    const volume = page.locator("figure[data-chart=volume] table");
    await expect(volume.innerText()).resolves.toContain("17,032,400");
    await screenshot(page, "preview-gbk-zh");
    expect(placeChunksOnly(requests, origin)).toEqual([]);
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
      new RegExp(`UTF-8 \\+ BOM, our long format.* ${rows} figures; 0 errors, 1 warning\\.`),
    );
    // The normalised download of our own file is our own file, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the normalised data (CSV)" }).click(),
    ]);
    expect(readFileSync(await download.path())).toEqual(bytes);
    expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
  });

  it("an analyst's file with both connection-rate definitions, a province and a county-level city: every figure under its own definition and level, an ambiguous name chosen, the normalised CSV read back", async () => {
    const { page, requests } = await preview();
    const csv =
      "地区,年份,诉求总量,30秒人工接通率,接通率,每十万人座席数\n" +
      "江苏省,2023,1234567,95.25,99.1,1.2\n" +
      "昆山市,2023,45678,,98.76,3.4\n" +
      "无锡,2022,300000,92.5,99.5,5.5\n" +
      "无锡,2023,320000,93.1,99.6,7.7\n" +
      "朝阳区,2023,1000,90,,2.2\n";
    await page.setInputFiles("#csv-file", file("分析.csv", csv));
    const summary = page.locator("[data-testid=summary]");
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toMatch(
      /读取 5 行，使用 5 行，得到 18 个数字；0 个错误，1 个提示/,
    );
    // Both definitions, each in its own group; the province and the county-level city ranked apart.
    await page.getByLabel("指标").selectOption("connection_rate");
    const compare = page.locator("figure[data-chart=compare]");
    await compare.locator("table", { hasText: "98.76%" }).waitFor();
    const table = await compare.locator("table").innerText();
    for (const s of ["江苏省（你的文件）", "95.25%", "99.1%", "昆山市（你的文件）", "98.76%"])
      expect(table).toContain(s);
    // Each row: the place, its level and period, the definition and the exact value, apart.
    const row = (place: string) =>
      table
        .split("\n")
        .filter((l) => l.startsWith(place))
        .map((l) => l.split("\t").slice(0, 5).join(" | "));
    expect(row("江苏省").sort()).toEqual([
      expect.stringMatching(/^江苏省（你的文件） \| 省级 \| 2023 \| 30秒人工接通率.* \| 95\.25%$/),
      expect.stringMatching(/^江苏省（你的文件） \| 省级 \| 2023 \| 接通率（不限时）.* \| 99\.1%$/),
    ]);
    expect(row("昆山市")).toEqual([
      expect.stringMatching(
        /^昆山市（你的文件） \| 县级 \| 2023 \| 接通率（不限时）.* \| 98\.76%$/,
      ),
    ]);
    // Your figures have a colour of their own, with a legend.
    await expect(page.locator("[data-testid=legend]").innerText()).resolves.toContain(
      "你的文件中的数字",
    );
    const fills = await compare
      .locator("svg rect[stroke='none']")
      .evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute("fill")))]);
    expect(fills).toEqual(["#6a3d9a"]);
    // The seats chart of 无锡 2022 shows 2022's figure, not 2023's.
    await page.getByRole("button", { name: "无锡市（你的文件） · 2022" }).click();
    const seats = page.locator("figure[data-chart=seats]");
    await seats.locator("table", { hasText: "5.5" }).waitFor();
    const seatsTable = await seats.locator("table").innerText();
    expect(seatsTable).toContain("5.5");
    expect(seatsTable).not.toContain("7.7");
    await expect(seats.locator("svg rect[fill='#3b1f5e']").count()).resolves.toBe(1);
    // Its trend draws the file's figures in the file's own colour, and its legend says so.
    const trend = page.locator("figure[data-chart=trend]");
    await trend.locator("svg.chart g.line").first().waitFor();
    const strokes = await trend
      .locator("svg.chart g.line path, svg.chart g.line circle")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("stroke")))]);
    expect(strokes).toEqual(["#6a3d9a"]);
    await expect(trend.locator("ul.legend").innerText()).resolves.toContain("你的文件中的数字");
    await expect(
      trend.locator("ul.legend .swatch.mine").evaluate((e) => getComputedStyle(e).backgroundColor),
    ).resolves.toBe("rgb(106, 61, 154)");
    // 朝阳区 is two districts: the page lists them; choosing reads the file again.
    const choice = page.locator("li[data-name='朝阳区'] select");
    await expect(choice.locator("option").allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(["北京市朝阳区（110105）", "长春市朝阳区（220104）"]),
    );
    await screenshot(page, "preview-definitions-zh");
    await choice.selectOption("chaoyang-beijing");
    await page.getByText("已选择：").waitFor();
    // The file is read again with the choice: the summary follows when that read is done.
    await expect.poll(() => summary.innerText()).toMatch(/0 个错误，0 个提示/);
    // The normalised CSV: every figure, each under its own definition, level, parent and code.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载规范化的数据（CSV）" }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    const head = lines[0]!.split(",");
    const col = (row: string[], c: string) => row[head.indexOf(c)];
    const rows = lines.slice(1).map((l) => l.split(","));
    const rates = rows
      .filter((r) => col(r, "metric") === "connection_rate")
      .map((r) =>
        ["place_id", "level", "parent_id", "adcode", "term_zh", "value"]
          .map((c) => col(r, c))
          .join(" "),
      );
    expect(rates).toEqual([
      "jiangsu province  320000 30秒人工接通率 95.25",
      "jiangsu province  320000 接通率 99.1",
      "kunshan county suzhou 320583 接通率 98.76",
      "wuxi prefecture jiangsu 320200 30秒人工接通率 92.5",
      "wuxi prefecture jiangsu 320200 接通率 99.5",
      "wuxi prefecture jiangsu 320200 30秒人工接通率 93.1",
      "wuxi prefecture jiangsu 320200 接通率 99.6",
      "chaoyang-beijing district beijing 110105 30秒人工接通率 90",
    ]);
    expect(rows).toHaveLength(18);
    // Read back, the normalised file is our long format and comes back byte for byte.
    await page.setInputFiles("#csv-file", file("分析-normalised.csv", bytes));
    await expect
      .poll(() => summary.innerText())
      .toMatch(/本站长表格式.*得到 18 个数字；0 个错误，0 个提示/);
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载规范化的数据（CSV）" }).click(),
    ]);
    expect(readFileSync(await again.path())).toEqual(bytes);
    expect(placeChunksOnly(requests, origin)).toEqual([]);
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
    expect(placeChunksOnly(requests, origin)).toEqual([]);
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
    // The seats chart draws the top places and this one, not thousands (charts come one by one).
    await page.locator("figure[data-chart=seats] table tbody tr").first().waitFor();
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
    expect(placeChunksOnly(requests, origin)).toEqual([]);
  });
});
