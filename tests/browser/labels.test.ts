/**
 * Bar labels as a person sees them: a long place name (南昌经济技术开发区,
 * "Nanchang Economic and Technological Development Zone") is never cut at the
 * drawing's edge — on a 1280 px screen and a 360 px phone, in Chinese and
 * English, on the page and in the chart's SVG and PNG downloads.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "./page.ts";

const b = useBrowser();

/** Text without its spaces, to find a name broken over two lines. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** Pages whose bar charts name places or definitions, the long district's among them. */
const PAGES = ["?metric=satisfaction&year=2023", "?place=nanchangjingkaiqu&year=2023"];
const LONG = {
  zh: "南昌经济技术开发区",
  en: "Nanchang Economic and Technological Development Zone",
};

interface LabelBox {
  /** The label's lines, joined by a space. */
  text: string;
  /** Its <title>: the whole label, where the lines had to cut it. */
  title: string;
  lines: number;
  /** How far the label sticks out of its drawing, left and right (px; ≤ 0 when inside). */
  left: number;
  right: number;
}

/** Every bar label in `root`'s drawings (`svg` selects them), measured against its drawing. */
function labelBoxes(page: Page, svg: string): Promise<LabelBox[]> {
  return page.locator(svg).evaluateAll((svgs) =>
    svgs.flatMap((s) => {
      const box = s.getBoundingClientRect();
      return [...s.querySelectorAll("text.label")].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: [...t.querySelectorAll(":scope > tspan")].map((x) => x.textContent).join(" "),
          title: t.querySelector("title")?.textContent ?? "",
          lines: t.querySelectorAll(":scope > tspan").length,
          left: box.left - r.left,
          right: r.right - box.right,
        };
      });
    }),
  );
}

function expectInside(boxes: LabelBox[], where: string) {
  expect(boxes.length, where).toBeGreaterThan(0);
  for (const l of boxes) {
    expect(l.left, `${where}: "${l.text}" starts left of its drawing`).toBeLessThanOrEqual(0.5);
    expect(l.right, `${where}: "${l.text}" ends right of its drawing`).toBeLessThanOrEqual(0.5);
  }
}

describe("bar labels fit their drawing", () => {
  for (const lang of ["zh", "en"] as const)
    for (const width of [1280, 360])
      it(`on the page, ${lang}, ${width} px: no label outside its drawing, the long name whole`, async () => {
        for (const q of PAGES) {
          const { page } = await b.open(`${q}&lang=${lang}`, {
            width,
            ready: "main figure[data-chart] svg.chart text.label",
          });
          await page.waitForLoadState("networkidle");
          const boxes = await labelBoxes(page, "main figure[data-chart] svg.chart");
          expectInside(boxes, `${q} ${lang} ${width}`);
          if (q.startsWith("?metric")) {
            // The long name is there, whole (on one line or two) or in the cut label's <title>.
            const long = boxes.filter((l) =>
              squash(l.title || l.text).includes(squash(LONG[lang])),
            );
            expect(long, `${q} ${lang} ${width}`).toHaveLength(1);
          }
        }
      });

  it("a name too long for its column takes two lines, and a long English one is not cut at 1280 px", async () => {
    const { page } = await b.open("?metric=satisfaction&year=2023&lang=en", {
      ready: "main figure[data-chart=compare] svg.chart text.label",
    });
    const boxes = await labelBoxes(page, "main figure[data-chart=compare] svg.chart");
    const long = boxes.find((l) => l.text.startsWith("Nanchang"))!;
    expect(long.lines).toBe(2);
    // Broken at a space: the two lines read back as the whole name and its level.
    expect(long.text).toBe(`${LONG.en} · District`);
    expect(long.text).not.toContain("…");
  });

  for (const lang of ["zh", "en"] as const)
    for (const width of [1280, 360])
      it(`in the SVG and PNG downloads, ${lang}, ${width} px: no label outside its drawing`, async () => {
        const { page } = await b.open(`?metric=satisfaction&year=2023&lang=${lang}`, {
          width,
          ready: "main figure[data-chart=compare] svg.chart text.label",
        });
        const fig = page.locator("main figure[data-chart=compare]");
        const [svg] = await Promise.all([
          page.waitForEvent("download"),
          fig.getByRole("button", { name: "SVG" }).click(),
        ]);
        const markup = readFileSync(await svg.path(), "utf8");
        // The file as a browser draws it: each chart is a nested <svg> that clips what leaves it.
        const file = await b.watch({ width: 1400 });
        await file.page.setContent(
          `<!DOCTYPE html><html><body style="margin:0">${markup}</body></html>`,
        );
        const boxes = await labelBoxes(file.page, "body > svg > svg");
        expectInside(boxes, `SVG ${lang} ${width}`);
        expect(squash(boxes.map((l) => l.title || l.text).join(""))).toContain(squash(LONG[lang]));
        // The PNG is drawn from the same file, at twice its size.
        const outer = await file.page
          .locator("body > svg")
          .evaluate((s) => [Number(s.getAttribute("width")), Number(s.getAttribute("height"))]);
        const [png] = await Promise.all([
          page.waitForEvent("download"),
          fig.getByRole("button", { name: "PNG" }).click(),
        ]);
        const bytes = readFileSync(await png.path());
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual(outer.map((n) => n * 2));
      });
});
