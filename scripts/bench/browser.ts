/**
 * One page load in headless Chromium, measured: time from navigation start to
 * the app's `performance.mark("hotline:charts-drawn")`, every response it
 * fetched on the way (scripts, styles, data), the long tasks on the main
 * thread, and the size of the DOM it built. Each load gets a fresh browser
 * context, so nothing is cached between runs.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROME_ARGS, findChrome } from "../../tests/browser/chrome.ts";

export const CHARTS_DRAWN = "hotline:charts-drawn";

export type ResourceKind = "html" | "js" | "css" | "data" | "other";

export interface Resource {
  /** Path relative to the site root, e.g. "assets/app-B7wjJ3PR.js", "data/manifest.json". */
  path: string;
  kind: ResourceKind;
  /** Bytes of the file as served (the test server does not compress). */
  bytes: number;
}

export interface DomCounts {
  /** Every element in the document. */
  elements: number;
  /** <svg> roots. */
  svgs: number;
  /** Elements inside <svg>s (bars, axes, labels…). */
  svgElements: number;
}

export interface LoadResult {
  /** Milliseconds from navigation start to the charts-drawn mark. */
  ttfc: number;
  /** Longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms) before the mark; 0 if none. */
  longestTask: number;
  /** Sum over long tasks of the part above 50 ms (total blocking time) before the mark. */
  blocking: number;
  resources: Resource[];
  dom: DomCounts;
}

export interface LoadOptions {
  /** Folder the server serves (to read file sizes). */
  siteRoot: string;
  /** URL of the site root, ending in "/". */
  siteUrl: string;
  /** Query or page, e.g. "?place=suzhou&year=2022" or "embed.html?chart=volume". */
  page: string;
  /** CPU slowdown factor via CDP (1 = none). */
  cpuThrottle?: number;
  /**
   * What must be on the page when the mark is set: a chart by default; a view
   * without charts (data quality) names its own element.
   */
  drawn?: string;
  timeoutMs?: number;
  /** Wait for the network to go quiet after the mark, so late requests are recorded too. */
  settle?: boolean;
  /** Called with the open page after the mark, before the context closes. */
  after?: (page: Page) => Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
}

export function resourceKind(path: string): ResourceKind {
  if (path.startsWith("data/")) return "data";
  if (path.endsWith(".js") || path.endsWith(".mjs")) return "js";
  if (path.endsWith(".css")) return "css";
  if (path.endsWith(".html") || path === "" || path.endsWith("/")) return "html";
  return "other";
}

/**
 * Long tasks, from the first script on: the observer is installed before any
 * page script runs (an init script is not subject to the page's CSP). Plain
 * source text, not a function: tsx would wrap named inner functions in a
 * helper the page does not have.
 */
export const LONG_TASK_OBSERVER = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long task API: the figures stay empty.
  }
})();`;

/** Long tasks that started between `from` and `to` (page time, ms). */
export async function longTasks(
  page: Page,
  from = 0,
  to = Infinity,
): Promise<{ longest: number; blocking: number; count: number }> {
  const tasks = await page.evaluate(
    () =>
      (window as unknown as { __benchLongTasks?: { start: number; duration: number }[] })
        .__benchLongTasks ?? [],
  );
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    longest: Math.max(0, ...inside.map((t) => t.duration)),
    blocking: inside.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    count: inside.length,
  };
}

export async function domCounts(page: Page): Promise<DomCounts> {
  return page.evaluate(() => ({
    elements: document.getElementsByTagName("*").length,
    svgs: document.querySelectorAll("svg").length,
    svgElements: document.querySelectorAll("svg *").length,
  }));
}

/** Load a page once and measure it. Throws with a readable message on failure or timeout. */
export async function loadOnce(browser: Browser, o: LoadOptions): Promise<LoadResult> {
  const timeout = o.timeoutMs ?? 60_000;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    // An uncaught error ends the load at once (no point waiting for the timeout).
    let fail: (e: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => {});
    page.on("pageerror", (e) => {
      problems.push(`page error: ${e.message}`);
      fail(new Error(`page error: ${e.message}`));
    });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    const paths = new Set<string>();
    page.on("response", (r) => {
      const u = r.url();
      if (u.startsWith(o.siteUrl) && r.ok()) paths.add(decodeURI(new URL(u).pathname));
    });
    await page.addInitScript({ content: LONG_TASK_OBSERVER });
    if (o.cpuThrottle && o.cpuThrottle !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: o.cpuThrottle });
    }
    const url = o.siteUrl + o.page;
    await page.goto(url, { waitUntil: "commit", timeout });
    try {
      await Promise.race([
        page.waitForFunction(
          (name) => performance.getEntriesByName(name).length > 0,
          CHARTS_DRAWN,
          {
            timeout,
            polling: 50,
          },
        ),
        failed,
      ]);
    } catch (e) {
      const msg = (e as Error).message;
      if (msg.startsWith("page error:")) throw new Error(`${o.page || "?"}: ${msg}`, { cause: e });
      const why = problems.length ? ` (${problems.slice(0, 3).join("; ")})` : "";
      throw new Error(
        `${o.page || "?"}: no ${CHARTS_DRAWN} mark within ${timeout / 1000} s${why}`,
        {
          cause: e,
        },
      );
    }
    const mark = await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]!.startTime,
      CHARTS_DRAWN,
    );
    // The mark is also set when a page shows an error: a fast error is no chart.
    const state = await page.evaluate(
      (drawn) => ({
        alert: document.querySelector("[role=alert]")?.textContent?.trim() ?? null,
        drawn: document.querySelectorAll(drawn).length,
      }),
      o.drawn ?? "svg",
    );
    if (state.alert) throw new Error(`${o.page || "?"}: the page shows an error: ${state.alert}`);
    if (!state.drawn)
      throw new Error(
        `${o.page || "?"}: the mark was set but nothing was drawn (${o.drawn ?? "no chart"})`,
      );
    const tasks = await longTasks(page, 0, mark);
    if (o.settle) await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
    const dom = await domCounts(page);
    if (o.after) await o.after(page);
    const base = new URL(o.siteUrl).pathname;
    const resources = [...paths]
      .filter((p) => p.startsWith(base))
      .map((p) => {
        const rel = p.slice(base.length);
        const path = rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
        return { path, kind: resourceKind(path), bytes: statSync(join(o.siteRoot, path)).size };
      })
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.path.localeCompare(b.path));
    return { ttfc: mark, longestTask: tasks.longest, blocking: tasks.blocking, resources, dom };
  } finally {
    await context.close().catch(() => {});
  }
}

export interface ShowAllResult {
  /** Milliseconds from the click to the frame after the update. */
  ms: number;
  dom: DomCounts;
}

/**
 * The overview's "show all" button (first one, if any): click it and time the
 * update to the next frame. null when the page has no such button.
 */
export async function clickShowAll(page: Page): Promise<ShowAllResult | null> {
  const ms = await page.evaluate(async () => {
    const button = [...document.querySelectorAll("main button")].find((b) =>
      /全部|show all/i.test(b.textContent ?? ""),
    ) as HTMLButtonElement | undefined;
    if (!button) return null;
    const t0 = performance.now();
    button.click();
    await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - t0;
  });
  if (ms === null) return null;
  return { ms, dom: await domCounts(page) };
}
