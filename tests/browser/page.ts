/**
 * Open a page in headless Chromium and record what a careful reviewer would
 * check: console errors and warnings, failed requests, and any request that
 * leaves the page's own origin. `useBrowser` is the scaffold every browser
 * test file shares (launch, watched pages, checks at the end, close).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
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

/** What every page a test file opened is checked for once its tests are done. */
export type Check = "console" | "foreign" | "failed";
export const ALL_CHECKS: readonly Check[] = ["console", "foreign", "failed"];

const CHECKED: Record<Check, [keyof Watched, string]> = {
  console: ["consoleProblems", "console errors or warnings"],
  foreign: ["foreignRequests", "requests outside the page's origin"],
  failed: ["failedRequests", "failed requests"],
};

export interface OpenOptions {
  width?: number;
  height?: number;
  /** A selector that says the page is drawn; the page is returned once it is there. */
  ready?: string;
  /** How `ready` must be there (an `<input type=file>` is only attached). */
  readyState?: "attached" | "visible";
  /** Set up before the page loads: request listeners, routes, init scripts. */
  before?: (page: Page) => unknown;
}

/** A test file's browser: its site, and pages that are watched and checked at the end. */
export interface BrowserSession {
  /** The built site's address (…/12345/dashboard/) and origin. */
  readonly site: string;
  readonly origin: string;
  readonly browser: Browser;
  /** A watched, not yet loaded page (`origin`: the one requests are judged against). */
  watch(o?: { width?: number; height?: number; origin?: string }): Promise<Watched>;
  /** A watched page at `site + query` (or a whole URL), once `ready` is there. */
  open(query: string, o?: OpenOptions): Promise<Watched>;
}

/**
 * The scaffold every browser test file shares: launch Chromium before the
 * file's tests, and after them check every page it opened (`checks`: console
 * errors and warnings, requests leaving the page's origin, failed requests)
 * and close the browser. Call once, at the top of a test file.
 */
export function useBrowser(checks: readonly Check[] = ALL_CHECKS): BrowserSession {
  const site = inject("siteUrl");
  const origin = new URL(site).origin;
  const opened: Watched[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(inject("chromePath"));
  });
  afterAll(async () => {
    for (const w of opened)
      for (const c of checks) {
        const [field, what] = CHECKED[c];
        expect(w[field], what).toEqual([]);
      }
    await browser?.close();
  });
  const session: BrowserSession = {
    site,
    origin,
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll: use it inside a test");
      return browser;
    },
    async watch(o = {}) {
      const w = await watchedPage(session.browser, o.origin ?? origin, {
        width: o.width ?? 1280,
        height: o.height ?? 900,
      });
      opened.push(w);
      return w;
    },
    async open(query, o = {}) {
      const url = /^https?:/.test(query) ? query : site + query;
      const w = await session.watch({
        ...o,
        origin: new URL(url).origin,
      });
      await o.before?.(w.page);
      await w.page.goto(url);
      if (o.ready) {
        await drawCharts(w.page, o.ready);
        await w.page.waitForSelector(o.ready, { state: o.readyState ?? "visible" });
      }
      return w;
    },
  };
  return session;
}

/**
 * Wait until the page shows `ready` (a selector) and no chart is waiting. A
 * profile draws a chart when it comes near the screen, and each drawing's
 * marks in their turn: each waiting chart is scrolled to in turn, then the
 * page goes back to the top.
 */
export async function drawCharts(page: Page, ready = "main"): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      // A chart loading, or waiting to come near the screen, or a drawing waiting for its turn.
      const waiting = document.querySelector("figure[data-state=loading], svg[aria-busy=true]");
      if (waiting) waiting.scrollIntoView({ block: "center" });
      return !waiting && !!document.querySelector(sel);
    },
    ready,
    { polling: 50 },
  );
  await page.evaluate(() => scrollTo(0, 0));
}
