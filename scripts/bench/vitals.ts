/**
 * Web Vitals of a page load, measured with the Performance API in Chromium
 * (first and largest contentful paint, total blocking time, cumulative layout
 * shift), on a desktop or an emulated phone (412 × 823, 150 ms round trips
 * at 1.6 Mbit/s, as Lighthouse's mobile run, and the CPU slowed down by the
 * factor `calibrate.ts` finds for this machine: 4× on the machine Lighthouse
 * assumes), and scored as Lighthouse scores them (`score.ts`). The page is
 * served gzipped, as a real host serves it.
 */
import type { Browser } from "playwright-core";
import { CHARTS_DRAWN } from "./browser.ts";
import { performanceScore, type FormFactor, type Vitals } from "./score.ts";

/** Installed before any page script: records LCP, layout shifts and long tasks. */
const OBSERVER = `(() => {
  const v = (window.__vitals = { lcp: 0, cls: 0, shifts: [], tasks: [] });
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  watch("largest-contentful-paint", (e) => (v.lcp = e.renderTime || e.startTime));
  watch("layout-shift", (e) => {
    if (e.hadRecentInput) return;
    v.cls += e.value;
    const what = (e.sources || [])
      .map((s) => (s.node ? s.node.nodeName + (s.node.className ? "." + String(s.node.className).split(" ")[0] : "") : "?"))
      .join(",");
    v.shifts.push({ at: Math.round(e.startTime), value: e.value, what });
  });
  watch("longtask", (e) => v.tasks.push({ start: e.startTime, duration: e.duration }));
})();`;

export interface VitalsResult extends Vitals {
  score: number;
  /** Layout shifts (time, value), to find what moved. */
  shifts: { at: number; value: number; what: string }[];
}

const FORMS: Record<
  FormFactor,
  {
    viewport: { width: number; height: number };
    cpu: number;
    net: { latency: number; downloadThroughput: number; uploadThroughput: number };
  }
> = {
  desktop: {
    viewport: { width: 1350, height: 940 },
    cpu: 1,
    net: {
      latency: 40,
      downloadThroughput: (10_240 * 1024) / 8,
      uploadThroughput: (10_240 * 1024) / 8,
    },
  },
  mobile: {
    viewport: { width: 412, height: 823 },
    cpu: 4,
    net: {
      latency: 150,
      downloadThroughput: (1_638.4 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
  },
};

/**
 * Load `url` once in a fresh context and measure its vitals once the charts are
 * drawn and the page is quiet. `cpu` is the phone's CPU slowdown (default 4×,
 * Lighthouse's; the desktop is never slowed down).
 */
export async function measureVitals(
  browser: Browser,
  url: string,
  form: FormFactor,
  cpu?: number,
): Promise<VitalsResult> {
  const f = { ...FORMS[form], ...(form === "mobile" && cpu ? { cpu } : {}) };
  const context = await browser.newContext({
    viewport: f.viewport,
    isMobile: form === "mobile",
    hasTouch: form === "mobile",
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: OBSERVER });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...f.net });
    if (f.cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: f.cpu });
    await page.goto(url, { waitUntil: "commit", timeout: 60_000 });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      CHARTS_DRAWN,
      { timeout: 60_000, polling: 50 },
    );
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    // Late layout shifts (fonts, images, a resize) show within a second of going quiet.
    await page.waitForTimeout(1000);
    const raw = await page.evaluate(() => {
      const v = (
        window as unknown as {
          __vitals: {
            lcp: number;
            cls: number;
            shifts: { at: number; value: number; what: string }[];
            tasks: { start: number; duration: number }[];
          };
        }
      ).__vitals;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      return { ...v, fcp };
    });
    const tbt = raw.tasks
      .filter((t) => t.start + t.duration > raw.fcp)
      .reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    const vitals: Vitals = { fcp: raw.fcp, lcp: raw.lcp || raw.fcp, tbt, cls: raw.cls };
    return { ...vitals, score: performanceScore(vitals, form), shifts: raw.shifts };
  } finally {
    await context.close().catch(() => {});
  }
}
