/**
 * Open a page in headless Chromium and record what a careful reviewer would
 * check: console errors and warnings, failed requests, and any request that
 * leaves the page's own origin.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROME_ARGS } from "./chrome.ts";

export const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-results");

export async function launch(chromePath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: CHROME_ARGS, headless: true });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleProblems: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export async function watchedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 900 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const w: Watched = {
    page,
    context,
    consoleProblems: [],
    foreignRequests: [],
    failedRequests: [],
  };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning")
      w.consoleProblems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => w.consoleProblems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin)
      w.foreignRequests.push(u);
  });
  page.on("requestfailed", (r) =>
    w.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ""}`),
  );
  return w;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Requests a page may make after a file is chosen in the CSV preview: the
 * site's own chunks of place names (the gazetteer, pinyin), which the worker
 * loads for a table that names its places. They come from the page's origin
 * and carry nothing of the file.
 */
export function placeChunksOnly(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (u) => !(u.startsWith(origin) && /\/assets\/(divisions|pinyin)-[\w-]+\.js$/.test(u)),
  );
}
