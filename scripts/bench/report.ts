/**
 * The benchmark's results (the shape of bench-results/latest.json) and their
 * printed form: one table per question, then the budgets.
 */
import { limitText, valueText, type BudgetResult } from "./budgets.ts";
import type { DomCounts, ShowAllResult } from "./browser.ts";
import type { EntrySize, GroupSize } from "./attribute.ts";
import type { IngestReport } from "./ingest.ts";
import type { IngestLongTask } from "./longtask.ts";
import { formatBytes, formatMs, textTable } from "./stats.ts";
import type { Weight } from "./weight.ts";

export interface ScenarioResult {
  id: string;
  label: string;
  dataset: "real" | "nationwide";
  page: string;
  cpuThrottle: number;
  /** Median time to first chart of the measured runs (the warm-up excluded), ms. */
  ttfc: number | null;
  ttfcRuns: number[];
  longestTask: number | null;
  blocking: number | null;
  errors: string[];
  /** From the warm-up load: every file fetched, and the DOM after the first chart. */
  weight: Weight | null;
  dom: DomCounts | null;
  showAll?: ShowAllResult | null;
}

export interface Results {
  meta: {
    date: string;
    quick: boolean;
    runs: number;
    commit: string;
    dirty: boolean;
    machine: { cpus: number; model: string; memoryGB: number; os: string };
    node: string;
    chromium: string | null;
    nationwide: {
      places: number;
      facts: number | null;
      sample: string;
      cached: boolean;
      generatedMs: number | null;
    } | null;
    durationMs: number;
  };
  scenarios: ScenarioResult[];
  attribution: {
    dashboard: GroupSize[];
    embed: GroupSize[];
    entries: EntrySize[];
  } | null;
  ingest: IngestReport | null;
  ingestLongTask: IngestLongTask | null;
  /** Web Vitals and a Lighthouse-style score per page and form factor (medians). */
  vitals: VitalsRow[] | null;
  /** The machine's benchmark index before the vitals runs, and the phone's CPU slowdown it gives. */
  vitalsMachine?: { benchmarkIndex: number; multiplier: number } | null;
  /** The same with a file of 10,000 columns (the preview's column cap and paged menus). */
  ingestLongTaskWide?: IngestLongTask | null;
  /** The report intake on the corpus texts (null when ../shared/corpus is absent or not run). */
  intake: IntakeBench | null;
  budgets: BudgetResult[];
}

export interface VitalsRow {
  /** "overview.desktop", "profile.mobile"… */
  id: string;
  page: string;
  form: "desktop" | "mobile";
  /** CPU slowdown the loads ran under (1 on the desktop). */
  cpu: number;
  /** False for the reference rows (a phone at a fixed 4×), which no budget reads. */
  calibrated: boolean;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  score: number;
  runs: number;
  /** The largest layout shifts seen (time in ms, value), to find what moved. */
  shifts: { at: number; value: number; what: string }[];
}

export function vitalsTable(
  rows: readonly VitalsRow[],
  machine?: { benchmarkIndex: number; multiplier: number } | null,
): string {
  const head = ["Web Vitals", "form", "CPU", "FCP", "LCP", "TBT", "CLS", "score"];
  const body = rows.map((r) => [
    r.page,
    r.calibrated ? r.form : `${r.form} (fixed)`,
    `${r.cpu.toFixed(1)}×`,
    `${Math.round(r.fcp)} ms`,
    `${Math.round(r.lcp)} ms`,
    `${Math.round(r.tbt)} ms`,
    r.cls.toFixed(3),
    String(r.score),
  ]);
  return [
    textTable(head, body),
    "(Performance API in Chromium, medians; the score uses Lighthouse 10's curves and weights without Speed Index)",
    ...(machine
      ? [
          `(phone CPU: this machine's Lighthouse benchmark index is ${machine.benchmarkIndex}, so Lighthouse's calibration slows it down ${machine.multiplier.toFixed(1)}× to play its reference phone; "fixed" rows use 4× whatever the machine, for reference only)`,
        ]
      : []),
  ].join("\n");
}

import type { IntakeBench } from "./intake.ts";

const b = formatBytes;

export function weightTable(scenarios: readonly ScenarioResult[]): string {
  const rows = scenarios
    .filter((s) => s.weight && s.cpuThrottle === 1)
    .map((s) => {
      const t = s.weight!.total;
      return [
        s.label,
        b(t.js.raw),
        b(t.js.gzip),
        b(t.js.brotli),
        b(t.css.raw),
        b(t.css.gzip),
        b(t.css.brotli),
        b(t.data.raw),
        b(t.data.gzip),
        String(t.js.files + t.css.files + t.data.files + t.html.files),
      ];
    });
  return textTable(
    ["First load", "JS", "JS gz", "JS br", "CSS", "CSS gz", "CSS br", "data", "data gz", "files"],
    rows,
  );
}

export function timeTable(scenarios: readonly ScenarioResult[]): string {
  const rows = scenarios.map((s) => {
    const min = s.ttfcRuns.length ? Math.min(...s.ttfcRuns) : null;
    const max = s.ttfcRuns.length ? Math.max(...s.ttfcRuns) : null;
    return [
      s.label + (s.cpuThrottle !== 1 ? ` (CPU ÷${s.cpuThrottle})` : ""),
      s.ttfc === null ? (s.errors[0] ? "failed" : "—") : formatMs(s.ttfc),
      min === null ? "—" : `${formatMs(min)}–${formatMs(max)}`,
      String(s.ttfcRuns.length),
      formatMs(s.longestTask),
      formatMs(s.blocking),
      s.dom ? String(s.dom.elements) : "—",
      s.dom ? String(s.dom.svgElements) : "—",
    ];
  });
  return textTable(
    [
      "Time to first chart",
      "median",
      "min–max",
      "runs",
      "longest task",
      "blocking",
      "DOM el.",
      "SVG el.",
    ],
    rows,
  );
}

export function renderTable(scenarios: readonly ScenarioResult[]): string | null {
  const s = scenarios.find((x) => x.id === "nationwide.overview");
  if (!s?.dom) return null;
  const rows = [
    [
      "first chart",
      formatMs(s.ttfc),
      String(s.dom.elements),
      String(s.dom.svgs),
      String(s.dom.svgElements),
    ],
  ];
  if (s.showAll)
    rows.push([
      "after “show all”",
      formatMs(s.showAll.ms),
      String(s.showAll.dom.elements),
      String(s.showAll.dom.svgs),
      String(s.showAll.dom.svgElements),
    ]);
  else rows.push(["“show all”", "no button", "", "", ""]);
  return textTable(["Overview, 3,000 places", "time", "DOM el.", "<svg>", "SVG el."], rows);
}

export function ingestTable(r: IngestReport): string {
  const rows = r.parsers.map((p) =>
    p.available
      ? [
          p.parser === "ingest" ? `ingest (${p.impl ?? "?"})` : p.parser,
          p.mbPerS === null ? "—" : `${p.mbPerS.toFixed(1)} MB/s`,
          p.vsPapaparse === null ? "—" : `${p.vsPapaparse.toFixed(2)}×`,
          formatMs(p.ms),
          p.rows === null ? "—" : p.rows.toLocaleString("en-US"),
          p.facts === null ? "" : p.facts.toLocaleString("en-US"),
          b(p.peakRss),
          b(p.heapRetained),
        ]
      : [
          p.parser === "ingest" ? "ingest" : p.parser,
          p.reason ?? "not available yet",
          "",
          "",
          "",
          "",
          "",
          "",
        ],
  );
  return textTable(
    [
      `Ingest, ${b(r.file.bytes)} CSV, ${r.file.rows.toLocaleString("en-US")} rows`,
      "throughput",
      "÷ papaparse",
      "time",
      "rows",
      "facts",
      "peak RSS +",
      "heap kept",
    ],
    rows,
  );
}

export function attributionTable(a: NonNullable<Results["attribution"]>): string {
  const groups = [...new Set([...a.dashboard, ...a.embed].map((g) => g.group))];
  const find = (list: GroupSize[], g: string) => list.find((x) => x.group === g);
  const total = (list: GroupSize[]) => list.reduce((s, x) => s + x.raw, 0);
  const rows = groups
    .map((g) => [g, find(a.dashboard, g), find(a.embed, g)] as const)
    .sort((x, y) => (y[1]?.raw ?? 0) - (x[1]?.raw ?? 0) || (y[2]?.raw ?? 0) - (x[2]?.raw ?? 0))
    .map(([g, d, e]) => [g, b(d?.raw), b(d?.gzip), b(e?.raw), b(e?.gzip)]);
  rows.push(["total", b(total(a.dashboard)), "", b(total(a.embed)), ""]);
  const main = textTable(
    ["JS by source (first load)", "dashboard", "gz alone", "embed", "gz alone"],
    rows,
  );
  const entries = textTable(
    ["Bundled on its own", "min", "gz"],
    a.entries.map((e) => [e.name, b(e.raw), b(e.gzip)]),
  );
  return `${main}\n\n${entries}`;
}

export function budgetTable(results: readonly BudgetResult[]): string {
  const mark = { pass: "ok", fail: "OVER", "not available": "n/a", skipped: "skipped" };
  return textTable(
    ["Budget", "limit", "measured", "status"],
    results.map((r) => [
      r.label,
      limitText(r),
      r.value === null ? (r.note ?? "—") : valueText(r.unit, r.value),
      mark[r.status],
    ]),
  );
}

export function longTaskLine(l: IngestLongTask, of = "ingest"): string {
  if (l.longest === null)
    return `Longest main-thread task during ${of}: ${l.reason ?? "not available yet"}`;
  const split =
    l.workerMs === undefined
      ? ""
      : `; worker done after ${formatMs(l.workerMs)}: longest task while it read ` +
        `${formatMs(l.longestWhileReading ?? null)}, while showing the result ${formatMs(l.longestShowingResult ?? null)}`;
  return (
    `Longest main-thread task during ${of}: ${formatMs(l.longest)}${l.runs && l.runs.length > 1 ? ` (median of ${l.runs.length} runs: ${l.runs.map((r) => formatMs(r)).join(", ")})` : ""} ` +
    `(${l.count ?? 0} long tasks, ${formatMs(l.blocking ?? 0)} blocking; file to result ` +
    `${formatMs(l.ingestMs ?? null)} by ${l.end === "mark" ? "the ingest-done mark" : "the summary"}${l.chartsMs !== undefined ? `, charts drawn at ${formatMs(l.chartsMs)}` : ""}${split}; ${l.dom ? `${l.dom.elements} DOM elements after; ` : ""}page ${l.page})`
  );
}
