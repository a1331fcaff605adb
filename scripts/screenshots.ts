/**
 * `npm run screenshots`: the README's pictures of the built site, taken in
 * headless Chromium — the dashboard on a desktop in Chinese and on a 360 px
 * phone in English. Run `npm run build` first.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "../tests/browser/chrome.ts";
import { serveStatic } from "../tests/browser/server.ts";

const root = join(import.meta.dirname, "..");
const out = join(root, "tests", "screenshots");
mkdirSync(out, { recursive: true });

const shots = [
  { file: "dashboard-zh.png", query: "?place=huaian", width: 1280, height: 1900, scale: 1 },
  { file: "phone-en.png", query: "?place=suzhou&lang=en", width: 360, height: 1500, scale: 2 },
];

const server = await serveStatic(join(root, "dist"), { prefix: "/12345/dashboard/" });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  for (const s of shots) {
    const context = await browser.newContext({
      viewport: { width: s.width, height: s.height },
      deviceScaleFactor: s.scale,
    });
    const page = await context.newPage();
    await page.goto(server.url + s.query);
    await page.waitForFunction(() => performance.getEntriesByName("hotline:charts-drawn").length);
    // The charts on the screen follow the first one a task apart; those below it wait for a scroll.
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll("figure[data-state=loading]")].some(
          (f) => f.getBoundingClientRect().top < innerHeight,
        ),
    );
    await page.screenshot({ path: join(out, s.file) });
    console.log(`wrote tests/screenshots/${s.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
