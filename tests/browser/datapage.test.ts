/**
 * The data page and citations as a journalist meets them: the whole dataset
 * downloads as numbers, every file listed has a checksum that matches what the
 * site serves, and every source shown on a chart, card or table is a readable
 * citation (title, issuer, date, section, link), never a file name or id.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, useBrowser } from "./page.ts";
import type { Manifest } from "../../src/lib/data/manifest.ts";
import { parseSourcesJson } from "../../src/lib/data/sourcesFile.ts";
import { citation, splitSource } from "../../src/lib/data/citation.ts";
import { FACT_COLUMNS } from "../../src/lib/data/fact.ts";
import { dataset } from "../unit/dataset.ts";

const b = useBrowser();
const PUBLIC = join(import.meta.dirname, "..", "..", "public", "data");
const manifest = JSON.parse(readFileSync(join(PUBLIC, "manifest.json"), "utf8")) as Manifest;
const records = parseSourcesJson(readFileSync(join(PUBLIC, "sources.json"), "utf8"));
async function open(query: string, ready: string, width = 1280): Promise<Page> {
  return (await b.open(query, { width, ready })).page;
}

/** A file as the site serves it, fetched through the page's own link. */
async function served(page: Page, href: string): Promise<Buffer> {
  const r = await page.request.get(new URL(href, page.url()).href);
  expect(r.status(), href).toBe(200);
  return r.body();
}

describe("the data page", () => {
  it("lists every file of the manifest with a SHA-256 that matches the file served, and the build id", async () => {
    const page = await open("?view=data", "main table.files");
    await expect(page.locator("nav a[aria-current=page]").innerText()).resolves.toBe("数据下载");
    await expect(page.getByTestId("build").innerText()).resolves.toContain(manifest.build);
    const rows = await page.$$eval("tr[data-file]", (trs) =>
      trs.map((tr) => ({
        file: tr.getAttribute("data-file")!,
        href: tr.querySelector("a")!.getAttribute("href")!,
        download: tr.querySelector("a")!.hasAttribute("download"),
        sha: tr.querySelector("[data-sha256]")!.textContent!.trim(),
      })),
    );
    expect(rows.map((r) => r.file).sort()).toEqual(manifest.files.map((f) => f.path).sort());
    for (const r of rows) {
      expect(r.download, r.file).toBe(true);
      const bytes = await served(page, r.href);
      expect(createHash("sha256").update(bytes).digest("hex"), r.file).toBe(r.sha);
    }
    await screenshot(page, "data-page-zh");
  });

  it("facts.csv and facts.arrow download as numbers, one column per field, the same rows", async () => {
    const page = await open("?view=data&lang=en", "main table.files");
    await expect(page.locator("main h2").innerText()).resolves.toBe("Download the data");
    const csvBytes = await served(
      page,
      (await page.locator("a[href$='facts.csv']").first().getAttribute("href")) as string,
    );
    const text = csvBytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FACT_COLUMNS]);
    const facts = dataset().facts;
    expect(parsed.data.length).toBe(facts.length);
    for (const row of parsed.data) {
      // A plain number: no thousands separators, no 万, no %.
      expect(row.value, JSON.stringify(row)).toMatch(/^-?\d+(\.\d+)?$/);
      expect(row.period && row.period_kind && row.source).toBeTruthy();
    }
    const suzhou = parsed.data.find(
      (r) => r.place_id === "suzhou" && r.period === "2022" && r.metric === "demand_total",
    );
    expect(Number(suzhou?.value)).toBe(17032357);

    const arrow = tableFromIPC(
      await served(page, (await page.locator("a[href$='facts.arrow']").getAttribute("href"))!),
    );
    expect(arrow.numRows).toBe(facts.length);
    const values = arrow.getChild("value")!.toArray() as Float64Array;
    expect(typeof values[0]).toBe("number");
    expect([...values]).toEqual(parsed.data.map((r) => Number(r.value)));
    expect(arrow.schema.fields.map((f) => f.name)).toEqual([...FACT_COLUMNS]);
  });

  it("has the licence, how to cite, and the dictionary of columns, metrics and periods", async () => {
    const page = await open("?view=data&lang=en", "main table.files");
    const main = await page.locator("main").innerText();
    expect(main).toContain("CC BY 4.0");
    await expect(page.getByTestId("cite-dataset").innerText()).resolves.toContain(manifest.build);
    for (const c of FACT_COLUMNS)
      await expect(page.locator(`tr[data-column=${c}]`).count(), c).resolves.toBe(1);
    for (const m of manifest.metrics)
      await expect(page.locator(`tr[data-metric=${m.id}]`).count(), m.id).resolves.toBe(1);
    expect(main).toContain("2023-01..09");
    // A real report's citation as the example, once the source records arrive.
    await expect(page.getByTestId("cite-example").innerText()).resolves.toMatch(
      /^“.+”, .+https?:\/\//,
    );
  });

  it("fits a 360 px phone with no horizontal scrolling", async () => {
    for (const lang of ["zh", "en"]) {
      const page = await open(`?view=data&lang=${lang}`, "main table.files", 360);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, lang).toBe(0);
    }
  });
});

/** The citation the page must show for a fact's source column. */
const cite = (source: string, lang: "zh" | "en") => {
  const { id, section } = splitSource(source);
  return citation(records.get(id)!, section, lang);
};

describe("citations instead of source ids", () => {
  it("a profile's cards, chart sources, tables and all-figures table cite the report, with its link", async () => {
    const page = await open("?place=huaian&year=2023", "figure[data-chart=volume] svg");
    const total = dataset().facts.find(
      (f) => f.place_id === "huaian" && f.period === "2023" && f.metric === "demand_total",
    )!;
    const want = cite(total.source, "zh");
    expect(want).toMatch(/^《.+》，/);
    const tile = page.locator(".tile[data-metric=demand_total] .tile-src");
    await expect.poll(() => tile.innerText()).toContain(want);
    const { url } = records.get(splitSource(total.source).id)!;
    if (url) await expect(tile.locator("a").getAttribute("href")).resolves.toBe(url);

    const line = page.locator("figure[data-chart=volume] [data-testid=chart-source]");
    await expect.poll(() => line.innerText()).toContain("《");
    expect(await line.innerText()).not.toContain(splitSource(total.source).id);

    // The chart's table: each row's source is a citation.
    const cells = await page
      .locator("figure[data-chart=connection] table tbody tr td:last-child")
      .allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/^《.+》/);

    await page.locator("details.all summary").click();
    const figureCell = await page
      .locator("details.all tr[data-metric=demand_total] td.src")
      .innerText();
    expect(figureCell).toContain(want);

    // How to cite the chart: its title, the data build, this address and its report.
    const fig = page.locator("figure[data-chart=volume]");
    await fig.locator("details.cite summary").click();
    const how = await fig.getByTestId("chart-citation").innerText();
    expect(how).toContain(manifest.build);
    expect(how).toContain("place=huaian");
    expect(how).toContain(want.split("，")[0]!);
  });

  it("in the comparison each bar's row and hover detail cite its own report", async () => {
    // Each place's latest year: many places, many reports.
    const page = await open("?lang=en&year=latest", "figure[data-chart=compare] svg");
    const table = page.locator("figure[data-chart=compare] table");
    await expect
      .poll(() => table.locator("tbody tr td:last-child").first().innerText())
      .toMatch(/^“/);
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector("th")!.textContent!, tr.lastElementChild!.textContent!]),
      );
    const distinct = new Set(rows.map((r) => r[1]));
    expect(distinct.size).toBeGreaterThan(5);
    for (const [, c] of rows) expect(c).toMatch(/^“.+”, /);
    await page.locator("figure[data-chart=compare] svg g.mark").first().hover();
    await expect
      .poll(() => page.locator("figure[data-chart=compare] .detail").first().innerText())
      .toMatch(/Source: “.+”/);
  });

  it("an embedded chart cites its report too", async () => {
    const page = await open("embed.html?chart=volume&place=huaian&year=2023", "figure svg");
    await expect
      .poll(() => page.locator("[data-testid=chart-source]").innerText())
      .toMatch(/出处: 《.+》/);
  });
});
