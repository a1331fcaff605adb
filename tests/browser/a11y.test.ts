/**
 * Accessibility, checked by axe-core (WCAG 2.1 A and AA, and best practices)
 * in the page: no serious or critical violation on any view of the dashboard,
 * in both languages, at desktop and phone widths, nor in any embed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { useBrowser } from "./page.ts";
import { CHART_IDS } from "../../src/lib/charts/registry.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const b = useBrowser(["console"]);
const dir = mkdtempSync(join(tmpdir(), "hotline-a11y-"));

/** Serious and critical violations, each as "rule: target (summary)". */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run: (o: unknown) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary ?? ""})`),
    );
}

/** WCAG contrast ratio of a computed `rgb(…)` colour against white. */
function contrastWithWhite(color: string): number {
  const [r, g, b] = color.match(/\d+/g)!.map(Number) as [number, number, number];
  const lum = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 1.05 / (0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b) + 0.05);
}

async function open(query: string, width: number, ready: string): Promise<Page> {
  return (await b.open(query, { width, ready })).page;
}

const VIEWS: [string, string, string][] = [
  ["overview", "", "figure[data-chart=compare] svg"],
  ["overview of months, one level", "kind=month&level=local", "figure[data-chart=compare] svg"],
  ["profile", "place=huaian&year=2023", "figure[data-chart=seats][data-state=ok] svg"],
  ["profile with empty charts", "place=suzhou", "figure[data-chart=trend] svg"],
  [
    "profile with places on the trend",
    "place=suzhou&trend=demand_total&compare=huaian,jiangsu,haikou",
    "figure[data-chart=trend] .lines-legend",
  ],
  ["place with monthly briefs only", "place=xiangyin", "figure[data-chart=trend] svg"],
  ["quality", "view=quality", "main h2"],
  ["about", "view=about", "main h2"],
  ["data", "view=data", "main table.files"],
  ["preview", "view=preview", "#csv-file"],
];

describe("axe finds no serious or critical violation", () => {
  it("(the audit itself reports a page that has such violations)", async () => {
    const w = await b.watch();
    await w.page.setContent('<html lang="en"><body><main><button></button></main></body></html>');
    expect((await audit(w.page)).join("\n")).toContain("button-name");
  });

  for (const [name, query, ready] of VIEWS)
    for (const lang of ["zh", "en"])
      for (const width of [1280, 360])
        it(`${name}, ${lang}, ${width} px`, async () => {
          const q = [query, lang === "en" ? "lang=en" : ""].filter(Boolean).join("&");
          const page = await open(q ? `?${q}` : "", width, ready);
          expect(await audit(page)).toEqual([]);
        });

  for (const lang of ["zh", "en"])
    it(`preview with a file read, ${lang}, 360 px`, async () => {
      const page = await open(`?view=preview&lang=${lang}`, 360, "#csv-file");
      const path = join(dir, "file.csv");
      // 朝阳区 is two districts: the menu to choose one is audited too.
      writeFileSync(
        path,
        "地区,年份,诉求总量,接通率\n苏州,2023,1200000,95.2%\n淮安,2023,x,90%\n朝阳区,2023,5,91%\n",
      );
      await page.setInputFiles("#csv-file", path);
      await page.waitForSelector("[data-testid=summary]");
      await page.waitForSelector("main figure[data-chart] svg:not([aria-busy])");
      await page.waitForSelector("li[data-name='朝阳区'] select");
      expect(await audit(page)).toEqual([]);
    });

  for (const chart of CHART_IDS)
    for (const lang of ["zh", "en"])
      it(`embed ${chart}, ${lang}`, async () => {
        const q =
          chart === "compare"
            ? `chart=compare&metric=connection_rate&lang=${lang}`
            : `chart=${chart}&place=huaian&lang=${lang}`;
        const page = await open(`embed.html?${q}`, 600, "main figure[data-chart] svg");
        expect(await audit(page)).toEqual([]);
        await expect(page.locator("main h1").count()).resolves.toBe(1);
      });

  for (const lang of ["zh", "en"])
    it(`embed trend with a series and places, ${lang}`, async () => {
      const q = `chart=trend&place=haikou&trend=connection_rate&compare=jiayuguan,beijing&lang=${lang}`;
      const page = await open(`embed.html?${q}`, 360, "main figure[data-chart] .lines-legend");
      expect(await audit(page)).toEqual([]);
    });

  it("an embed's problem message too", async () => {
    const page = await open("embed.html?chart=volume&place=atlantis", 600, "main [role=alert]");
    expect(await audit(page)).toEqual([]);
  });
});

describe("each chart is one named image with a summary, and the table is the accessible layer", () => {
  it("no focusable element inside any chart drawing; hidden tables are no Tab stops", async () => {
    const page = await open("?place=huaian&year=2023", 1280, "figure[data-chart=seats] svg");
    const inside = await page.locator("svg.chart [tabindex], svg.chart [role=button]").count();
    expect(inside).toBe(0);
    const svgs = await page.locator("svg.chart").evaluateAll((els) =>
      els.map((e) => ({
        role: e.getAttribute("role"),
        name: e.getAttribute("aria-label"),
        desc: e.querySelector("desc")?.textContent ?? "",
      })),
    );
    expect(svgs.length).toBeGreaterThanOrEqual(6);
    for (const s of svgs) {
      expect(s.role).toBe("img");
      expect(s.name).toBeTruthy();
      expect(s.desc).toMatch(/[。.]$/);
    }
    // Tabbing from the top never lands on a hidden table or inside a drawing.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        return a
          ? `${a.tagName}${a.closest("svg") ? " in svg" : ""}${a.closest(".visually-hidden") ? " hidden" : ""}`
          : "";
      });
      expect(where).not.toMatch(/in svg|hidden|DIV/);
    }
  });

  it("the focus ring has at least 3:1 contrast with white (WCAG 1.4.11)", async () => {
    const page = await open("?place=huaian", 1280, "figure[data-chart] svg");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const color = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(3);
  });

  it("focusing the preview's hidden file input outlines its own visible control, at 3:1", async () => {
    const page = await open("?view=preview", 1280, "#csv-file");
    let onInput = false;
    for (let i = 0; i < 40 && !onInput; i++) {
      await page.keyboard.press("Tab");
      onInput = await page.evaluate(() => document.activeElement?.id === "csv-file");
    }
    expect(onInput, "the file input is reached with Tab").toBe(true);
    const rings = await page.evaluate(() =>
      [...document.querySelectorAll(".drop label, .drop button")].map((e) => {
        const s = getComputedStyle(e);
        return { for: e.getAttribute("for"), style: s.outlineStyle, color: s.outlineColor };
      }),
    );
    const outlined = rings.filter((r) => r.style !== "none");
    expect(outlined.map((r) => r.for)).toEqual(["csv-file"]);
    expect(contrastWithWhite(outlined[0]!.color)).toBeGreaterThanOrEqual(3);
  });
});
