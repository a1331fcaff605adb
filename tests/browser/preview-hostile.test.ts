/**
 * The CSV preview against hostile and broken files, as a table: each file is
 * generated here (the large ones never committed), dropped on the preview,
 * and the page must say what is wrong in the page's language, stay usable
 * while it reads (no task of its over 50 ms of CPU, a round trip to the page
 * under 200 ms throughout), still
 * show the good rows, and run or send nothing: no request once the file is
 * chosen (but the site's own chunks of place names), no dialog, no script from a cell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { placeChunksOnly, useBrowser } from "./page.ts";
import { encodeGbk } from "../support/gbk.ts";
import { encodeLegacy } from "../support/legacy.ts";
import {
  longestTasks,
  mainThreadTasks,
  TRACE_CATEGORIES,
  type TraceEvent,
} from "../../scripts/bench/trace.ts";

const b = useBrowser(["console", "foreign"]);
const origin = b.origin;
const dir = mkdtempSync(join(tmpdir(), "hotline-hostile-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "地区,年份,诉求总量,综合满意率";
const GOOD = "苏州,2023,1000,95.5\n南通,2023,2000,96.5\n";
const XSS = `<img src=x onerror="alert(1)">`;
const enc = (s: string) => new TextEncoder().encode(s);

/** One file: its bytes, what the page must say, and the good rows it must still chart. */
interface Case {
  name: string;
  file: string;
  bytes: () => Uint8Array | string;
  lang: "zh" | "en";
  /** Text of the alert (a refused file) … */
  alert?: RegExp;
  /** … or of the summary, and of the messages (all must match somewhere in the message table). */
  summary?: RegExp;
  messages?: RegExp[];
  /** Places the comparison chart must show (the good rows). */
  shown?: string[];
  /** Places it must not show. */
  notShown?: string[];
  /** Extra checks on the page once the result shows. */
  check?: (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  {
    name: "a CSV with 10,000 columns",
    file: "wide.csv",
    bytes: () => {
      const extra = Array.from({ length: 9996 }, (_, i) => `c${i}`);
      const rows = [[...HEADER.split(","), ...extra].join(",")];
      for (let r = 0; r < 50; r++)
        rows.push([`测试${r}县`, 2023, 1000 + r, 90, ...extra.map((_, i) => i % 7)].join(","));
      return rows.join("\n") + "\n";
    },
    lang: "zh",
    summary: /读取 50 行，使用 50 行/,
    messages: [/表头有 10,000 列/],
    shown: ["测试49县（你的文件）"],
    check: async (page) => {
      // The column menus are paged: never one <select> per column of the file.
      // Open (unrecognised columns open it by itself).
      const details = page.locator("details.columns");
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
        await details.locator("summary").click();
      await details.locator("select").first().waitFor();
      const selects = await page.locator("details.columns select").count();
      expect(selects).toBeGreaterThan(0);
      expect(selects).toBeLessThanOrEqual(50);
    },
  },
  {
    name: "5 MB with its line endings lost (one line of ~900,000 fields)",
    file: "oneline.csv",
    bytes: () => {
      const parts = [HEADER];
      let n = 0;
      while (n < 5_000_000) {
        const row = `测试${n % 997}县,2023,${n % 10000},95`;
        parts.push(row);
        n += row.length + 1;
      }
      return parts.join(",");
    },
    lang: "en",
    summary: /0 rows read/,
    messages: [/header has [\d,]+ columns.*line (breaks|endings)/],
  },
  {
    name: "a Big5 file (Traditional Chinese)",
    file: "big5.csv",
    bytes: () =>
      encodeLegacy(`place,year,demand_total\n臺北市,2023,1000\n臺中市,2023,2000\n`, "big5"),
    lang: "zh",
    summary: /Big5/,
    messages: [],
    shown: ["臺北市（你的文件）", "臺中市（你的文件）"],
    check: async (page) => {
      const note = page.locator("[data-testid=encoding-doubt]");
      await expect(note.innerText()).resolves.toMatch(/不像是 GBK/);
      await expect(page.getByLabel(/编码/).inputValue()).resolves.toBe("big5");
    },
  },
  {
    name: "a Shift-JIS file (Japanese)",
    file: "sjis.csv",
    bytes: () =>
      encodeLegacy(`place,year,demand_total\n東京都,2023,1000\n大阪府,2023,2000\n`, "shift_jis"),
    lang: "en",
    summary: /Shift-JIS/,
    shown: ["東京都 (your file)"],
    check: async (page) => {
      await expect(page.locator("[data-testid=encoding-doubt]").innerText()).resolves.toMatch(
        /does not look like GBK/,
      );
    },
  },
  {
    name: "a Windows-1252 file (Western Europe)",
    file: "latin.csv",
    bytes: () =>
      encodeLegacy(`place,year,demand_total\nZürich,2023,1000\nGenève,2023,2000\n`, "windows-1252"),
    lang: "en",
    summary: /Windows-1252/,
    shown: ["Zürich (your file)", "Genève (your file)"],
  },
  {
    name: "years out of range: 1800 and 2099",
    file: "years.csv",
    bytes: () => `${HEADER}\n苏州,1800,1,90\n南通,2099,2,90\n${GOOD}`,
    lang: "en",
    summary: /4 rows read, 2 used/,
    messages: [
      /Row 2, “年份”: the year 1800 is outside the years of 12345 hotlines \(1998–\d{4}\)/,
      /Row 3, “年份”: the year 2099 is outside/,
    ],
    shown: ["Suzhou (your file)"],
  },
  {
    name: "an unclosed quote in the middle",
    file: "quote.csv",
    bytes: () => `${HEADER}\n苏州,2023,1000,95\n"南通,2023,2000,96\n淮安,2023,3000,97\n`,
    lang: "zh",
    summary: /1 行未能读取/,
    messages: [/第 3 行的引号（"）没有闭合：第 3 行无法读取.*从第 4 行起继续读取/],
    shown: ["苏州市（你的文件）", "淮安市（你的文件）"],
  },
  {
    name: "a closing quote and a full-width space at the very end",
    file: "tail.csv",
    bytes: () => `${HEADER}\n苏州,2023,1000,95\n南通,2023,"2000",96\n淮安,2023,300,"97"\u3000`,
    lang: "zh",
    messages: [/第 4 行末尾的引号后面有空白/],
    shown: ["苏州市（你的文件）", "淮安市（你的文件）"],
    notShown: ['"'],
  },
  {
    name: "an HTML page renamed to .csv",
    file: "page.csv",
    bytes: () =>
      `<!DOCTYPE html>\n<html><head><script>alert(1)</script></head><body>${XSS}</body></html>\n`,
    lang: "en",
    alert: /web page \(HTML\)/,
  },
  {
    name: "an empty (0-byte) file",
    file: "empty.csv",
    bytes: () => "",
    lang: "zh",
    alert: /文件是空的/,
  },
  {
    name: "a byte order mark and blank lines only",
    file: "bom.csv",
    bytes: () => "\ufeff\r\n\r\n",
    lang: "en",
    alert: /no data/,
  },
  {
    name: "only a header",
    file: "header.csv",
    bytes: () => `${HEADER}\n`,
    lang: "en",
    summary: /0 rows read/,
    messages: [/only a header/],
  },
  {
    name: "NUL bytes (a binary file)",
    file: "nul.csv",
    bytes: () => Uint8Array.from([...enc(HEADER), 0, 0, 0, 10]),
    lang: "en",
    alert: /NUL bytes/,
  },
  {
    name: "a huge single cell (2 MB)",
    file: "cell.csv",
    bytes: () =>
      `${HEADER}\n苏州,2023,"${"9".repeat(1_000_000)}x${"8".repeat(1_000_000)}",95\n${GOOD}`,
    lang: "en",
    summary: /3 rows read, 3 used/,
    messages: [/Row 2, “诉求总量”: not a number/],
    shown: ["Nantong (your file)"],
    check: async (page) => {
      // The message quotes the start of the cell, not two million characters.
      const found = await page.locator("tr.error[data-row='2'] td.text").innerText();
      expect(found.length).toBeLessThan(300);
    },
  },
  {
    name: "deeply quoted cells",
    file: "quotes.csv",
    bytes: () =>
      `${HEADER}\n"""""""苏州""""""",2023,1000,95\n"南""通",2023,"2""000",96\n淮安,2023,3000,97\n`,
    lang: "en",
    messages: [/Row 3, “诉求总量”: not a number, found “2"000”/],
    shown: ["Huai'an (your file)"],
  },
  {
    name: "formula injection and markup in cells",
    file: "formula.csv",
    bytes: () =>
      `${HEADER}\n=HYPERLINK("http://example.com/x"),2023,1000,95\n"${XSS.replaceAll('"', '""')}",2023,2000,96\n@SUM(A1),2023,"=1+1",97\n+cmd|' /C calc'!A0,2023,3000,98\n`,
    lang: "en",
    messages: [/Row 4, “诉求总量”: not a number, found “=1\+1”/],
    shown: ['=HYPERLINK("http://example.com/x") (your file)', `${XSS} (your file)`],
    check: async (page) => {
      // The normalised download cannot run a formula in a spreadsheet.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the normalised data (CSV)" }).click(),
      ]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv).toContain(`"'=HYPERLINK(""http://example.com/x"")"`);
      expect(csv).toContain("'+cmd");
      expect(csv).not.toMatch(/(^|,)[=+@]/m);
    },
  },
  {
    name: "a GBK file from Excel still reads as GBK, without a doubt",
    file: "gbk.csv",
    bytes: () => encodeGbk(`${HEADER}\n${GOOD}`),
    lang: "zh",
    summary: /GBK/,
    shown: ["苏州市（你的文件）", "南通市（你的文件）"],
    check: async (page) => {
      await expect(page.locator("[data-testid=encoding-doubt]").count()).resolves.toBe(0);
    },
  },
  {
    name: "a long place name keeps its full text in the download",
    file: "long.csv",
    bytes: () => `${HEADER}\n${"长".repeat(30)}新区,2023,1000,95\n`,
    lang: "en",
    shown: [`${"长".repeat(30)}新区 (your file)`],
    check: async (page) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the normalised data (CSV)" }).click(),
      ]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv).toContain(`,${"长".repeat(30)}新区,`);
      expect(csv).not.toContain("…");
    },
  },
];

/** The preview page; every request, dialog and worst round trip from the file's choice on. */
async function preview(lang: string) {
  const w = await b.open(`?view=preview&lang=${lang}`, {
    ready: "#csv-file",
    readyState: "attached",
  });
  await w.page.waitForLoadState("networkidle");
  const requests: string[] = [];
  const dialogs: string[] = [];
  // In the page: its long tasks, and a heartbeat every 20 ms noting how late it runs
  // (the wait an input would have, measured where no other process adds to it).
  await w.page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; late: number };
    w.longTasks = [];
    w.late = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: "longtask" });
    let due = performance.now() + 20;
    const beat = () => {
      const now = performance.now();
      w.late = Math.max(w.late, now - due);
      due = now + 20;
      setTimeout(beat, 20);
    };
    setTimeout(beat, 20);
  });
  w.page.on("request", (r) => {
    if (!r.url().startsWith("blob:")) requests.push(r.url());
  });
  w.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page: w.page, requests, dialogs };
}

/** Round trips to the page every 50 ms until `done` resolves, in ms. */
async function roundTrips(page: Page, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const out: number[] = [];
  while (!finished) {
    const t0 = performance.now();
    await page.evaluate(() => 1);
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}

/** The page's longest task and its heartbeat's worst delay so far, in ms. */
const pageWaits = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; late: number };
    return { longest: Math.max(0, ...w.longTasks), late: w.late };
  });

/** The ingest budget (scripts/bench/budgets.json): no task of the page's may take longer. */
const TASK_CPU_MS = 50;

/**
 * Jobs per core waiting or running, over the last minute: above OVERLOADED a
 * round trip's time says more about the machine than about the page. The test
 * suite alone keeps a 2-core machine at 2.4–2.9 per core (its browser files run
 * side by side), where every round trip stayed under 100 ms: those runs assert.
 */
const load = () => loadavg()[0]! / cpus().length;
const OVERLOADED = 4;

/**
 * The page must answer at once while it reads: no task of its main thread
 * over the ingest budget in CPU time (traced: what the page itself does,
 * whatever the machine's load), and every round trip from the test, and the
 * page's longest task, under `limit`. A round trip also crosses the test
 * process and the browser, which on a machine shared by many jobs are
 * descheduled for longer than that whatever the page does (traced at a load
 * of 17 on 2 cores: tasks of under 40 ms of CPU took up to 260 ms; at 36, a
 * three-line file with no long task had a 334 ms round trip). So when the
 * machine is OVERLOADED (when the file starts) the wall times are reported, not
 * asserted, and a case that fails is run again, up to twice (RETRIES); on a machine
 * that is not, every bound holds on the first run. The heartbeat's delay
 * (timers wait for frames and for the CPU too) is reported, not asserted.
 */
function expectResponsive(
  trips: number[],
  page: { longest: number; late: number },
  tasks: { cpu: number; wall: number },
  limit: number,
) {
  const sorted = [...trips].sort((a, b) => a - b);
  const why =
    `round trips (ms): ${sorted.map(Math.round).join(", ")}; page: ${JSON.stringify(page)}; ` +
    `longest task: ${tasks.cpu.toFixed(1)} ms CPU, ${tasks.wall.toFixed(1)} ms wall; load ${load().toFixed(1)} per core`;
  expect(tasks.cpu, why).toBeLessThan(TASK_CPU_MS);
  if (load() > OVERLOADED) {
    console.log(`overloaded, wall times not asserted: ${why}`);
    return;
  }
  expect(sorted.at(-1) ?? 0, why).toBeLessThan(limit);
  expect(page.longest, why).toBeLessThan(limit);
}

/** Runs of a case that failed (see expectResponsive): none on a machine that is not overloaded. */
const RETRIES = load() > OVERLOADED ? 2 : 0;

describe("hostile and broken files on the CSV preview", () => {
  it.each(CASES)("$name", { retry: RETRIES }, async (c) => {
    const { page, requests, dialogs } = await preview(c.lang);
    const path = join(dir, c.file);
    writeFileSync(path, c.bytes());
    // The first evaluation in a page sets up its context: not the page's own time.
    await page.evaluate(() => 0);
    await b.browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let traced: Buffer | null = null;
    const stopTracing = async () => (traced ??= await b.browser.stopTracing());
    try {
      await page.setInputFiles("#csv-file", path);
      const result = page
        .locator("[data-testid=summary], [role=alert]")
        .first()
        .waitFor({ timeout: 60_000 });
      const trips = await roundTrips(page, result);
      await result;
      if (c.alert) await expect(page.getByRole("alert").innerText()).resolves.toMatch(c.alert);
      else {
        const summary = page.locator("[data-testid=summary]");
        if (c.summary) await expect(summary.innerText()).resolves.toMatch(c.summary);
        if (c.messages?.length) {
          const messages = await page.locator("table.messages").innerText();
          for (const m of c.messages) expect(messages).toMatch(m);
        }
      }
      if (c.shown?.length || c.notShown?.length) {
        const table = page.locator("figure[data-chart=compare] table");
        const text = await table.innerText();
        for (const s of c.shown ?? []) expect(text).toContain(s);
        for (const s of c.notShown ?? []) expect(text).not.toContain(s);
      }
      // Until the result's charts are drawn (the page's mark), or a second more when there are none.
      await page
        .waitForFunction(
          () => performance.getEntriesByName("hotline:ingest-done").length > 0,
          null,
          {
            timeout: 1000,
          },
        )
        .catch(() => {});
      trips.push(...(await roundTrips(page, new Promise((r) => setTimeout(r, 300)))));
      const { traceEvents } = JSON.parse((await stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      const tasks = mainThreadTasks(traceEvents);
      expect(tasks.length, "the trace shows the page's main thread").toBeGreaterThan(0);
      expectResponsive(trips, await pageWaits(page), longestTasks(tasks), 200);
      await c.check?.(page);
      expect(dialogs).toEqual([]);
      expect(placeChunksOnly(requests, origin)).toEqual([]);
    } finally {
      await stopTracing();
    }
  });
});
