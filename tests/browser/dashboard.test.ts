import type { ManifestReport } from "../../src/lib/data/manifest.ts";
import type { QualityIssue } from "../../src/lib/data/quality.ts";
import { issuesByReport } from "../../src/lib/data/reportIssues.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { csvParse } from "d3-dsv";
import { drawCharts, screenshot, useBrowser } from "./page.ts";
import { formatCount, formatValue } from "../../src/lib/format/number.ts";
import { metricsOf } from "../../src/lib/data/metrics.ts";
import type { Manifest } from "../../src/lib/data/manifest.ts";
import { dataset } from "../unit/dataset.ts";

const b = useBrowser();
const site = b.site;

async function open(
  query: string,
  viewport?: { width: number; height: number },
  ready = "main figure[data-chart]",
): Promise<Page> {
  return (await b.open(query, { ...viewport, ready })).page;
}

// Every place-year with published yearly figures (months and quarters are not a profile's year).
const REPORTS = [
  ...new Set(
    dataset()
      .facts.filter((f) => f.period_kind === "year" && f.derivation === "reported")
      .map((f) => `${f.place_id}|${f.year}`),
  ),
]
  .sort()
  .map((k) => [k.split("|")[0]!, Number(k.split("|")[1])] as const);
const FAMILIES = ["volume", "connection", "satisfaction", "seats", "categories"];

describe("the dashboard", () => {
  it.each(REPORTS)(
    "%s %d: all five chart families render, tables hold the dataset's values",
    async (place, year) => {
      const page = await open(`?place=${place}&year=${year}`);
      for (const id of FAMILIES)
        await expect(page.locator(`figure[data-chart=${id}]`).count()).resolves.toBe(1);
      const facts = dataset().facts.filter(
        (f) => f.place_id === place && f.period === String(year),
      );
      const plainOf = (metrics: string[]) =>
        facts.filter((x) => metrics.includes(x.metric) && !x.scope && !x.category);
      // Which charts must be empty, from the facts alone: a chart is empty exactly
      // when the report publishes none of what it draws.
      const mustBeEmpty: Record<string, boolean> = {
        volume: plainOf(metricsOf("volume", "count")).length === 0,
        connection: !facts.some((f) => f.metric === "connection_rate"),
        satisfaction: !facts.some((f) => metricsOf("satisfaction").includes(f.metric)),
        seats: plainOf(["seats_per_100k"]).length === 0,
        categories: !facts.some((f) => f.metric === "top_category" && f.dimension && f.scope),
      };
      for (const id of FAMILIES)
        await expect(
          page.locator(`figure[data-chart=${id}]`).getAttribute("data-state"),
          id,
        ).resolves.toBe(mustBeEmpty[id] ? "empty" : "ok");
      const check = async (chart: string, metrics: string[]) => {
        const fig = page.locator(`figure[data-chart=${chart}]`);
        if (mustBeEmpty[chart]) {
          await expect(fig.innerText()).resolves.toContain("未公布");
          return;
        }
        const table = await fig.locator("table").innerText();
        for (const f of plainOf(metrics))
          expect(table, `${chart} ${f.metric}`).toContain(formatValue(f.value, f.unit, "zh"));
        await expect(fig.locator("svg[role=img]").getAttribute("aria-label")).resolves.toBeTruthy();
      };
      await check("volume", ["demand_total", "demand_phone", "dispatched"]);
      await check("connection", ["connection_rate", "calls_answered"]);
      await check("satisfaction", [
        "satisfaction_overall",
        "satisfaction_rated",
        "satisfaction_agent",
      ]);
      await check("seats", ["seats_per_100k"]);
      const cats = facts.filter((f) => f.metric === "top_category");
      const catFig = page.locator("figure[data-chart=categories]");
      if (cats.length) {
        const first = [...cats].sort(
          (a, b) => a.dimension.localeCompare(b.dimension) || a.rank! - b.rank!,
        )[0]!;
        await expect(catFig.locator("table").innerText()).resolves.toContain(first.category);
      } else await expect(catFig.getAttribute("data-state")).resolves.toBe("empty");
      await screenshot(page, `profile-${place}-${year}-zh`);
    },
  );

  it("shows the empty state in the page language, naming what the report does publish", async () => {
    const page = await open("?place=suzhou&year=2022&lang=en");
    const fig = page.locator("figure[data-chart=connection]");
    await expect(fig.getAttribute("data-state")).resolves.toBe("empty");
    const text = await fig.innerText();
    expect(text).toContain("does not publish Connection rate");
    expect(text).toContain(formatCount(17194312));
    await expect(page.locator("figure[data-chart=connection] svg").count()).resolves.toBe(0);
  });

  it("a place with briefs only, or with no report, says so instead of 'no such place'", async () => {
    const briefs = await open("?place=hengdong", undefined, "[data-testid=no-yearly]");
    await expect(briefs.getByTestId("no-yearly").innerText()).resolves.toContain(
      "衡东县：暂无全年数字",
    );
    // It links the data page (what the columns mean, how to cite), not the bare file.
    const toData = briefs.getByRole("link", { name: /数据下载页/ });
    await expect(toData.getAttribute("href")).resolves.toBe("?view=data");
    await toData.click();
    await briefs.getByRole("heading", { level: 2, name: "数据下载" }).waitFor();
    expect(new URL(briefs.url()).search).toBe("?view=data");
    const none = await open("?place=hunan&lang=en", undefined, "[data-testid=no-yearly]");
    await expect(none.getByTestId("no-yearly").innerText()).resolves.toContain(
      "Hunan: no report in the dataset yet.",
    );
  });

  it("headline tiles say 'not published', never 0", async () => {
    const page = await open("?place=nantong");
    const tile = page.locator('.tiles li[data-metric="seats_per_100k"]');
    await expect(tile.innerText()).resolves.toContain("报告未公布");
  });

  it("overview in both languages keeps definitions apart and lists non-publishers", async () => {
    // Each place's latest year: every place with a report, publisher or not.
    const page = await open("?metric=connection_rate&year=latest");
    const fig = page.locator("figure[data-chart=compare]");
    // One group per definition and tier (provinces, cities, counties and districts apart).
    const definitions = await fig
      .locator("[data-definition]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-definition")));
    expect([...new Set(definitions)]).toEqual(["connection_rate:30s", "connection_rate:plain"]);
    await expect(fig.locator("[data-definition] h3, [data-definition] h4").count()).resolves.toBe(
      definitions.length,
    );
    await expect(fig.locator("[data-testid=not-published]").innerText()).resolves.toMatch(
      /苏州市.*镇江市|镇江市.*苏州市/,
    );
    await screenshot(page, "overview-connection-zh");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await page.waitForSelector("html[lang=en]");
    await expect(fig.innerText()).resolves.toContain("Answered within 30 s");
    await expect(fig.innerText()).resolves.toContain("Not published by");
    expect(page.url()).toContain("lang=en");
  });

  it("each view fetches only the data it shows: the compared metric, a place's years, the seats after the first view", async () => {
    const w = await b.watch();
    const data: string[] = [];
    // The source records (citations) load once per page load, beside the first view's data.
    let sources = 0;
    w.page.on("request", (r) => {
      if (!r.url().includes("/data/")) return;
      const path = r.url().split("/data/")[1]!;
      if (path === "sources.json") sources++;
      else data.push(path);
    });
    const manifest = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../public/data/manifest.json"), "utf8"),
    ) as Manifest;
    const listed = (ids: string[]) =>
      ids.map((m) => `metric/${m}.json`).filter((p) => manifest.files.some((f) => f.path === p));
    await w.page.goto(site);
    await w.page.waitForSelector("figure[data-chart=compare] svg:not([aria-busy])");
    expect(data.splice(0).sort()).toEqual(
      ["manifest.json", "quality.json", "metric/demand_total.json"].sort(),
    );

    await w.page.locator("select").first().selectOption("satisfaction");
    await w.page.waitForSelector("figure[data-chart=compare] [data-definition]");
    const sat = listed(metricsOf("satisfaction"));
    expect(sat.length).toBeGreaterThan(1);
    expect(data.splice(0).sort()).toEqual(sat.sort());

    const huaian = manifest.places.find((p) => p.id === "huaian")!;
    await w.page.goto(`${site}?place=huaian`);
    await w.page.waitForSelector("figure[data-chart=trend] svg:not([aria-busy])");
    const years = [...huaian.years, ...huaian.derived_years].sort();
    const fetched = () => data.filter((p) => !["manifest.json", "quality.json"].includes(p)).sort();
    // The seats chart, two screens down, waits for the reader: its file (every place's seats)
    // is not in the first view's way; it loads in the background once that view is drawn.
    await w.page.waitForFunction(() =>
      performance.getEntriesByType("resource").some((r) => r.name.includes("seats_per_100k")),
    );
    expect(fetched()).toEqual(
      [...years.map((y) => `huaian/${y}.json`), "metric/seats_per_100k.json"].sort(),
    );
    const [drawnAt, seatsAt] = await w.page.evaluate(() => [
      performance.getEntriesByName("hotline:charts-drawn")[0]!.startTime,
      performance
        .getEntriesByType("resource")
        .find((r) => r.name.includes("metric/seats_per_100k.json"))!.startTime,
    ]);
    expect(seatsAt).toBeGreaterThan(drawnAt!);
    await drawCharts(w.page);
    const trend = await w.page.locator("figure[data-chart=trend] table").innerText();
    for (const y of years) expect(trend).toContain(String(y));
    await expect.poll(() => sources).toBe(2); // once per page load, not per view
  });

  it("data quality: every report with what the build found, by check and by search", async () => {
    const page = await open("?view=quality&lang=en", undefined, "[data-testid=quality-summary]");
    const quality = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../public/data/quality.json"), "utf8"),
    ) as { issues: { place_id: string; check: string; message_en: string }[] };
    const n = quality.issues.length;
    const reportList = (
      JSON.parse(
        readFileSync(join(import.meta.dirname, "../../public/data/reports.json"), "utf8"),
      ) as { reports: ManifestReport[] }
    ).reports;
    const flagged = issuesByReport(reportList, quality.issues as QualityIssue[]).filter(
      (r) => r.issues.length,
    ).length;
    const reports = dataset().reports.length;
    await expect(page.getByTestId("quality-summary").innerText()).resolves.toBe(
      `${reports} reports; ${flagged} with data-quality notes, ${n} notes in all.`,
    );
    // Listed 50 at a time.
    await expect(page.locator("article[data-report]").count()).resolves.toBe(50);

    const reportsListed = (k: number) =>
      page.waitForFunction(
        (k) => document.querySelectorAll("article[data-report]").length === k,
        k,
      );
    await page.getByLabel("Check").selectOption("title");
    const titles = quality.issues.filter((i) => i.check === "title");
    await reportsListed(titles.length);
    await expect(page.locator("li[data-check]").allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(titles.map((i) => i.message_en)),
    );
    await expect(page.locator("article h3").allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(["Huai'an · 2023"]),
    );

    await page.getByLabel("Check").selectOption("");
    await page.getByLabel("Find a place or report").fill("苏州");
    await reportsListed(2);
    await expect(page.locator("article h3").allInnerTexts()).resolves.toEqual([
      "Suzhou · 2022",
      "Suzhou · 2023",
    ]);
    await page.getByLabel("Find a place or report").fill("atlantis");
    await page.getByText("No report matches.").waitFor();
    await expect(page.locator("article[data-report]").count()).resolves.toBe(0);

    // How each report's place was identified, in the page's language.
    const evidence = page.locator('article[data-report^="002_"] .meta span');
    await page.getByLabel("Find a place or report").fill("huaian");
    await expect(evidence.getAttribute("lang")).resolves.toBe("en");
    await expect(evidence.innerText()).resolves.toContain("Recorded as Huai'an.");
    await page.getByRole("link", { name: "中文" }).click();
    await page.waitForSelector("html[lang=zh-CN]");
    await expect(evidence.getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(evidence.innerText()).resolves.toContain("按淮安市记录。");
  });

  it("the URL round-trips and back/forward restore the state", async () => {
    const page = await open("?place=suzhou&year=2022&lang=en");
    await expect(page.locator("#profile-title").innerText()).resolves.toContain("Suzhou");
    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Compare" })
      .click();
    await page.waitForSelector("figure[data-chart=compare]");
    await page.locator("select").first().selectOption("seats_per_100k");
    expect(page.url()).toContain("metric=seats_per_100k");
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("metric="));
    await page.goBack();
    await page.waitForSelector("#profile-title");
    expect(new URL(page.url()).search).toBe("?place=suzhou&year=2022&lang=en");
    await page.goForward();
    await page.waitForSelector("figure[data-chart=compare]");
  });

  it("an unknown place or year shows a clear message and a way back", async () => {
    const page = await open("?place=atlantis", undefined, "[role=alert]");
    await expect(page.locator("main figure[data-chart]").count()).resolves.toBe(0);
    await expect(page.getByRole("alert").innerText()).resolves.toContain("atlantis");
    await page.getByRole("link", { name: "返回全部地区" }).click();
    await page.waitForSelector("figure[data-chart=compare]");
    await page.goto(`${site}?place=haimen&year=2019&lang=en`);
    await page.waitForSelector("[role=alert]");
    await expect(page.getByRole("alert").innerText()).resolves.toContain(
      "Haimen has no report for 2019",
    );
  }, 30_000);

  it("keyboard: the picker, each chart's table toggle and downloads are reachable", async () => {
    const page = await open("?place=huaian");
    const reached = new Set<string>();
    const wanted = [
      ":place-search",
      ...FAMILIES.flatMap((id) => [`${id}:显示数据表`, `${id}:CSV`]),
    ];
    for (let i = 0; i < 250 && !wanted.every((x) => reached.has(x)); i++) {
      await page.keyboard.press("Tab");
      const what = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const fig = el?.closest("figure")?.getAttribute("data-chart") ?? "";
        return `${fig}:${el?.id || el?.textContent?.trim().slice(0, 12) || el?.tagName}`;
      });
      reached.add(what);
    }
    expect(reached).toContain(":place-search");
    for (const id of FAMILIES) {
      expect(reached, id).toContain(`${id}:显示数据表`);
      expect(reached, id).toContain(`${id}:CSV`);
    }
    // The table toggle works from the keyboard.
    await page.locator("figure[data-chart=volume] button", { hasText: "显示数据表" }).focus();
    await page.keyboard.press("Enter");
    await expect(
      page.locator("figure[data-chart=volume] .table-wrap").getAttribute("class"),
    ).resolves.not.toContain("visually-hidden");
    // Typing in the picker and pressing Enter opens a place.
    await page.locator("#place-search").fill("zhenjiang");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.search.includes("place=zhenjiang"));
  }, 90_000);

  it("downloads: CSV is UTF-8 with BOM, one column per field, numbers; SVG keeps its context", async () => {
    const page = await open("?place=huaian&year=2023");
    const fig = page.locator("figure[data-chart=categories]");
    const read = (d: Download) =>
      new Promise<string>((ok) =>
        d.createReadStream().then((s) => {
          const chunks: Buffer[] = [];
          s.on("data", (c: Buffer) => chunks.push(c));
          s.on("end", () => ok(Buffer.concat(chunks).toString("utf8")));
        }),
      );
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      fig.getByRole("button", { name: "CSV" }).click(),
    ]);
    const text = await read(csv);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Loaded back as a journalist's pandas or d3 would: values are numbers, as published.
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual([
      "place_id",
      "place",
      "level",
      "period",
      "period_kind",
      "metric",
      "definition",
      "term_zh",
      "scope",
      "category",
      "rank",
      "value",
      "unit",
      "share",
      "derivation",
      "derivation_how",
      "source",
    ]);
    const first = rows.find((r) => r.category === "民生保障")!;
    expect(Number(first.value)).toBe(455426);
    expect(first).toMatchObject({ place_id: "huaian", period: "2023", metric: "top_category" });
    expect(first.unit).toBe("count");
    for (const r of rows) expect(Number.isFinite(Number(r.value))).toBe(true);
    // The table shows the same count exactly, not 45.5万.
    await expect(fig.locator("table").innerText()).resolves.toContain("455,426");
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      fig.getByRole("button", { name: "SVG" }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe("huaian-2023-categories.svg");
    const markup = await read(svg);
    const svgText = [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
    expect(svgText).toContain("诉求量排名前五");
    expect(svgText).toContain(await fig.locator(".definition").innerText());
    expect(svgText).toMatch(/出处[:：]/);
    expect(svgText).toMatch(/place=huaian/);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      fig.getByRole("button", { name: "PNG" }).click(),
    ]);
    expect(png.suggestedFilename()).toBe("huaian-2023-categories.png");
  });

  it("derived figures say so, in the page's language, on screen and in the CSV", async () => {
    const page = await open("?place=huaian&year=2023");
    const trend = page.locator("figure[data-chart=trend]");
    await trend.locator("svg.chart:not([aria-busy])").waitFor();
    // The legend explains the hollow, dashed mark wherever one is drawn.
    await expect(trend.locator("ul.legend").innerText()).resolves.toContain("推算值");
    const table = await trend.locator("table").innerText();
    expect(table).toContain("推算：1,450,699 ÷ (1 − 8.81%)，根据 2023 报告的同比变化推算");
    expect(table).not.toMatch(/from the|year-on-year/);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      trend.getByRole("button", { name: "CSV" }).click(),
    ]);
    const text = readFileSync(await csv.path(), "utf8");
    const derived = csvParse(text.slice(1)).find((r) => r.derivation === "derived")!;
    expect(derived.period).toBe("2022");
    expect(Number(derived.value)).toBeGreaterThan(1_450_699);
    expect(derived.derivation_how).toMatch(/根据 2023 报告的同比变化推算$/);
    // A headline's year-on-year remark is the report's words, not "同比 同比…".
    const tiles = await page.locator("ul.tiles").innerText();
    expect(tiles).not.toMatch(/同比\s*同比/);
  });

  it("reviewer notes in 全部数字 are Chinese on the Chinese page, English on the English page", async () => {
    const noted = dataset().facts.filter(
      (f) => f.place_id === "zhenjiang" && f.period === "2022" && f.note,
    );
    expect(noted.length).toBeGreaterThan(3);
    for (const lang of ["zh", "en"] as const) {
      const page = await open(`?place=zhenjiang&year=2022${lang === "en" ? "&lang=en" : ""}`);
      const all = page.locator("details.all");
      await all.locator("summary").click();
      const notes = all.locator("td .note");
      const texts = await notes.allInnerTexts();
      for (const f of noted) expect(texts).toContain(lang === "zh" ? f.note_zh : f.note);
      const langs = await notes.evaluateAll((els) => els.map((e) => e.getAttribute("lang")));
      expect(new Set(langs)).toEqual(new Set([lang === "zh" ? "zh-CN" : "en"]));
      const table = await all.innerText();
      expect(table).not.toContain("英文原注");
      if (lang === "zh") expect(table).not.toContain("City-wide");
      else expect(table).not.toContain("全市口径");
    }
  });

  it("the quality page gives the reviewers' notes in the page's language", async () => {
    const issues = (
      JSON.parse(
        readFileSync(join(import.meta.dirname, "../../public/data/quality.json"), "utf8"),
      ) as {
        issues: QualityIssue[];
      }
    ).issues.filter((i) => i.check === "note" && i.place_id === "suzhou");
    expect(issues.length).toBeGreaterThan(0);
    for (const lang of ["zh", "en"] as const) {
      const page = await open(
        `?view=quality${lang === "en" ? "&lang=en" : ""}`,
        undefined,
        "[data-testid=quality-summary]",
      );
      await page
        .getByLabel(lang === "zh" ? "查找地区或报告" : "Find a place or report")
        .fill("suzhou");
      await page.waitForFunction(
        () => document.querySelectorAll("article[data-report]").length === 2,
      );
      const texts = await page.locator("li[data-check=note]").allInnerTexts();
      expect(texts.join("\n")).not.toContain("英文原注");
      for (const i of issues) expect(texts).toContain(lang === "zh" ? i.message_zh : i.message_en);
    }
  });

  it("shows the English place-search placeholder whole", async () => {
    for (const width of [1280, 360]) {
      const page = await open("?lang=en", { width, height: 800 }, "#place-search");
      const room = await page.locator("#place-search").evaluate((el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const box =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return box - ctx.measureText(input.placeholder).width;
      });
      expect(room, `${width} px`).toBeGreaterThan(0);
    }
  });

  it("a phone's profile builds the charts the reader comes to, and all of them to print", async () => {
    const w = await b.watch({ width: 412, height: 823 });
    const page = w.page;
    const states = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("main .slot figure[data-chart]")].map(
          (f) => `${(f as HTMLElement).dataset.chart}:${(f as HTMLElement).dataset.state}`,
        ),
      );
    await page.goto(`${site}?place=suzhou&year=2022`);
    await page.waitForSelector("main figure[data-chart=volume] svg.chart:not([aria-busy])");
    await page.waitForLoadState("networkidle");
    // The first chart is on the screen; the last ones are screens below it and not built yet.
    const atLoad = await states();
    expect(atLoad).toHaveLength(6);
    expect(atLoad[0]).toBe("volume:ok");
    expect(atLoad.slice(-2)).toEqual(["seats:loading", "categories:loading"]);
    // A chart waiting is an invisible box: nothing on the screen is a half-drawn chart.
    await expect(
      page
        .locator("main figure[data-chart=categories]")
        .evaluate((f) => getComputedStyle(f).visibility),
    ).resolves.toBe("hidden");
    // Scrolling down draws each chart as it comes near.
    for (let i = 0; i < 20 && (await states()).some((x) => x.endsWith(":loading")); i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(150);
    }
    expect((await states()).filter((x) => x.endsWith(":loading"))).toEqual([]);
    await expect(page.locator("main figure[data-chart=seats] svg.chart").count()).resolves.toBe(1);

    // Printing draws every chart, wherever the reader is, before the listeners return (a
    // browser prints the page as laid out then). The other charts' files and code load once
    // the page is idle, so they are there.
    const other = await b.watch({ width: 412, height: 823 });
    const fetched = Promise.all([
      other.page.waitForResponse((r) => r.url().includes("metric/seats_per_100k.json")),
      other.page.waitForResponse((r) => /\/trendKit-[^/]*\.js$/.test(r.url())),
    ]);
    await other.page.goto(`${site}?place=suzhou&year=2022`);
    await other.page.waitForSelector("main figure[data-chart=volume] svg.chart:not([aria-busy])");
    await fetched;
    await other.page.waitForTimeout(300);
    // Charts below the screen still wait for the reader.
    await expect(
      other.page.locator("main .slot figure[data-state=loading]").count(),
    ).resolves.toBeGreaterThan(0);
    const printed = await other.page.evaluate(() => {
      dispatchEvent(new Event("beforeprint"));
      return [...document.querySelectorAll("main .slot figure[data-chart]")].map(
        (f) =>
          `${(f as HTMLElement).dataset.chart}:${(f as HTMLElement).dataset.state}:${f.querySelectorAll("svg.chart[aria-busy]").length}`,
      );
    });
    expect(printed).toHaveLength(6);
    expect(printed.filter((x) => !/:(ok|empty):0$/.test(x))).toEqual([]);
    await expect(
      other.page.locator("main figure[data-chart=seats] svg.chart rect").count(),
    ).resolves.toBeGreaterThan(0);
  });

  it("fits a 360 px phone with no horizontal scrolling, in English", async () => {
    const pages: Page[] = [];
    for (const q of [
      "?lang=en",
      "?place=huaian&lang=en",
      "?place=suzhou&lang=en",
      "?view=quality&lang=en",
    ]) {
      const page = await open(q, { width: 360, height: 800 }, "main h2");
      pages.push(page);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, q).toBe(0);
    }
    await screenshot(pages[1]!, "phone-huaian-en");
  });
});
