/**
 * The longest main-thread task while the CSV preview's worker ingests a large
 * file, measured in the page with a PerformanceObserver("longtask").
 *
 * The contract with the preview UI:
 * - the dashboard, or its `?view=preview` page, has
 *   `<input type="file" id="csv-file">`, and choosing a file there starts the
 *   Web Worker;
 * - the UI calls `performance.mark("hotline:ingest-done")` once the result is
 *   on screen (as the charts do with "hotline:charts-drawn"). Until it does,
 *   the hook takes the summary (`[data-testid=summary]`) appearing as the end,
 *   and then waits a second more for the charts of the result.
 * Without the input it reports "not available yet".
 */
import type { Browser } from "playwright-core";
import {
  CHARTS_DRAWN,
  domCounts,
  LONG_TASK_OBSERVER,
  longTasks,
  type DomCounts,
} from "./browser.ts";

export const CSV_INPUT = "#csv-file";
export const INGEST_DONE = "hotline:ingest-done";
const SUMMARY = "[data-testid=summary]";
const FAILED = "[role=alert]";
/** After the summary shows, the result's charts are still being drawn. */
const SETTLE_MS = 1000;
/** How long the charts may take after the summary before the page counts as markless. */
const CHARTS_AFTER_SUMMARY_MS = 60_000;

export interface IngestLongTask {
  /** Longest task in ms (0 when none reached 50 ms); null when not measurable. */
  longest: number | null;
  reason?: string;
  /** Page where the input was found. */
  page?: string;
  /** How the end was detected: the mark, or the summary appearing. */
  end?: "mark" | "summary";
  /** Long tasks (≥ 50 ms) between choosing the file and the end. */
  count?: number;
  /** Sum over those tasks of their time above 50 ms. */
  blocking?: number;
  /** From choosing the file to the result (mark or summary), ms. */
  ingestMs?: number;
  /** From choosing the file to the result's charts drawn (the mark after the summary), ms. */
  chartsMs?: number;
  /** The page's DOM once the result shows. */
  dom?: DomCounts;
  /** From choosing the file to the worker's "done" message, ms (when seen). */
  workerMs?: number;
  /** Longest task that started before the worker's "done" message (while it read the file). */
  longestWhileReading?: number;
  /** Longest task from the "done" message on (putting the result on screen). */
  longestShowingResult?: number;
  /** The longest task of each run, when several were made (this result is the median one's). */
  runs?: number[];
}

/**
 * Of several runs, the one whose longest task is the median (the lower
 * middle of an even count), with every run's figure; a run that could not
 * measure wins only when none could.
 */
export function medianRun(results: readonly IngestLongTask[]): IngestLongTask {
  const measured = results.filter((r) => r.longest !== null);
  if (!measured.length) return results[0] ?? { longest: null, reason: "no run" };
  const sorted = [...measured].sort((a, b) => a.longest! - b.longest!);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...mid, runs: measured.map((r) => r.longest!) };
}

/**
 * Notes when the page's worker first posts a message of type "done" (the
 * preview protocol's result), so long tasks split into those while the worker
 * reads and those that show the result.
 */
const WORKER_WATCH = `(() => {
  const Native = window.Worker;
  if (!Native) return;
  window.__benchWorkerDone = null;
  window.Worker = new Proxy(Native, {
    construct(target, args) {
      const w = Reflect.construct(target, args);
      w.addEventListener("message", (e) => {
        if (window.__benchWorkerDone === null && e.data && e.data.type === "done")
          window.__benchWorkerDone = performance.now();
      });
      return w;
    },
  });
})();`;

const PAGES = ["?view=preview", "?"];

export async function measureIngestLongestTask(
  browser: Browser,
  siteUrl: string,
  csvFile: string,
  timeoutMs = 300_000,
): Promise<IngestLongTask> {
  for (const query of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript({ content: LONG_TASK_OBSERVER });
      await page.addInitScript({ content: WORKER_WATCH });
      await page.goto(siteUrl + query, { waitUntil: "commit", timeout: 60_000 });
      await page
        .waitForFunction((n) => performance.getEntriesByName(n).length > 0, CHARTS_DRAWN, {
          timeout: 60_000,
        })
        .catch(() => {});
      const input = await page
        .waitForSelector(CSV_INPUT, { state: "attached", timeout: 5_000 })
        .catch(() => null);
      if (!input) continue;
      // Let the page settle (the worker starts when the view mounts).
      await page.waitForTimeout(1000);
      const t0 = await page.evaluate(() => performance.now());
      await input.setInputFiles(csvFile);
      const how = await page
        .waitForFunction(
          ({ mark, summary, failed }) =>
            performance.getEntriesByName(mark).length > 0
              ? "mark"
              : document.querySelector(failed)
                ? `failed: ${document.querySelector(failed)!.textContent?.trim()}`
                : document.querySelector(summary)
                  ? "summary"
                  : false,
          { mark: INGEST_DONE, summary: SUMMARY, failed: FAILED },
          { timeout: timeoutMs, polling: 100 },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
      let end: number;
      let doneAt: number;
      let chartsMs: number | undefined;
      if (how === "mark")
        end = doneAt = await page.evaluate(
          (n) => performance.getEntriesByName(n)[0]!.startTime,
          INGEST_DONE,
        );
      else {
        doneAt = await page.evaluate(() => performance.now());
        // The summary shows first; the charts follow when the worker has answered
        // their queries. Wait for the page's mark, or a while when it has none.
        const marked =
          how === "summary" &&
          (await page
            .waitForFunction((n) => performance.getEntriesByName(n).length > 0, INGEST_DONE, {
              timeout: CHARTS_AFTER_SUMMARY_MS,
              polling: 100,
            })
            .then(() => true)
            .catch(() => false));
        if (how === "summary" && !marked) await page.waitForTimeout(SETTLE_MS);
        end = marked
          ? await page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, INGEST_DONE)
          : await page.evaluate(() => performance.now());
        if (marked) chartsMs = end - t0;
      }
      const tasks = await longTasks(page, t0, end);
      const seen = { page: query, count: tasks.count, blocking: tasks.blocking };
      if (how !== "mark" && how !== "summary")
        return {
          longest: null,
          reason:
            typeof how === "string"
              ? `the preview failed: ${how.slice(8, 200)}`
              : `the preview showed no result within ${timeoutMs / 1000} s (longest task seen: ${Math.round(tasks.longest)} ms)`,
          ...seen,
        };
      const workerDone = await page.evaluate(
        () =>
          (window as unknown as { __benchWorkerDone?: number | null }).__benchWorkerDone ?? null,
      );
      const split =
        workerDone === null
          ? {}
          : {
              workerMs: workerDone - t0,
              longestWhileReading: (await longTasks(page, t0, workerDone - 0.001)).longest,
              longestShowingResult: (await longTasks(page, workerDone - 0.001, end)).longest,
            };
      const dom = await domCounts(page);
      return {
        longest: tasks.longest,
        end: how,
        ingestMs: doneAt - t0,
        ...(chartsMs !== undefined ? { chartsMs } : {}),
        ...split,
        dom,
        ...seen,
      };
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { longest: null, reason: `not available yet (no ${CSV_INPUT} on the dashboard)` };
}
