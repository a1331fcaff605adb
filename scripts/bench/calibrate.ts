/**
 * How much to slow the CPU down so that this machine, whatever its speed or
 * load, plays Lighthouse's mobile reference phone: Lighthouse's own
 * calibration. Its benchmark index counts how many 100,000-character strings
 * the page builds per second, one character at a time, for half a second; its
 * throttling guide maps the index to a slowdown (1533 → 4×, the multiplier its
 * mobile runs assume; 800 → 2×; 150 → 1×). A fixed 4× on a slow or busy
 * machine emulates a phone several times slower than Lighthouse's.
 */
import type { Browser } from "playwright-core";

/** Lighthouse's CPU slowdown for a machine of benchmark index `index` (at least 1: never faster). Pure. */
export function cpuMultiplier(index: number): number {
  if (!Number.isFinite(index) || index <= 150) return 1;
  if (index >= 1300) return 3 + (index - 1300) / 233;
  if (index >= 800) return 2 + (index - 800) / 500;
  return 1 + (index - 150) / 650;
}

/** The benchmark, as page source (tsx must not rewrite it). */
const BENCHMARK = `(() => {
  const t0 = Date.now();
  let n = 0;
  while (Date.now() - t0 < 500) {
    let s = "";
    for (let j = 0; j < 100000; j++) s += "a";
    if (s.length !== 100000) throw new Error("benchmark");
    n++;
  }
  return n / ((Date.now() - t0) / 1000);
})()`;

/** The machine's benchmark index now: the median of `runs` half-second runs in a blank page. */
export async function benchmarkIndex(browser: Browser, runs = 5): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto("about:blank");
    const all: number[] = [];
    for (let i = 0; i < runs; i++) all.push((await page.evaluate(BENCHMARK)) as number);
    all.sort((a, b) => a - b);
    return Math.round(all[Math.floor(all.length / 2)]!);
  } finally {
    await context.close().catch(() => {});
  }
}
