/**
 * `npm run bench`: weight, time to first chart, render cost and CSV ingest
 * throughput of the production build, printed as tables and written to
 * bench-results/latest.json; `--check` fails when a budget in budgets.json is
 * exceeded or cannot be measured. `npm run bench -- --help` lists the options.
 *
 * Everything it builds goes to a temp folder (the shared dist/ is never
 * touched); the synthetic nationwide dataset is cached in the OS temp folder
 * and rebuilt when its generator or the data build changes.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { parseArgs, USAGE, type BenchArgs } from "./args.ts";
import {
  attributeChunk,
  bundleEntry,
  chunkName,
  ENTRIES,
  sumGroups,
  type EntrySize,
} from "./attribute.ts";
import { checkBudgets, checkFails, loadBudgets, type Measurement } from "./budgets.ts";
import { clickShowAll, launchBrowser, loadOnce, type LoadResult } from "./browser.ts";
import { benchIngest } from "./ingest.ts";
import { benchIntake, intakeTable } from "./intake.ts";
import { measureIngestLongestTask, medianRun } from "./longtask.ts";
import {
  attributionTable,
  budgetTable,
  ingestTable,
  longTaskLine,
  renderTable,
  timeTable,
  weightTable,
  type Results,
  type ScenarioResult,
} from "./report.ts";
import { buildSite, listFiles, nationwideData, ROOT, serve, siteWithData } from "./site.ts";
import { median } from "./stats.ts";
import { SizeCache, weigh } from "./weight.ts";
import { measureVitals, type VitalsResult } from "./vitals.ts";
import { benchmarkIndex, cpuMultiplier } from "./calibrate.ts";
import { vitalsTable, type VitalsRow } from "./report.ts";
import { writeManyColumnsCsv, writeWideCsv } from "./widecsv.ts";
import type { StaticServer } from "../../tests/browser/server.ts";

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Rows of the file the longest-task measure reads, whatever `--rows` says. */
const LONGTASK_ROWS = 1_000_000;

/** Run cleanups once, in reverse order, also on Ctrl-C. */
class Cleanup {
  private readonly steps: (() => Promise<void> | void)[] = [];
  private done = false;
  add(step: () => Promise<void> | void) {
    this.steps.push(step);
  }
  async run() {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (e) {
        log(`cleanup: ${(e as Error).message}`);
      }
    }
  }
}

interface Scenario {
  id: string;
  label: string;
  dataset: "real" | "nationwide";
  page: string;
  cpuThrottle: number;
  timeoutMs: number;
  renderCost?: boolean;
  /** What the view draws instead of a chart (see LoadOptions.drawn). */
  drawn?: string;
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

async function measureScenario(
  browser: Browser,
  s: Scenario,
  site: { root: string; url: string },
  runs: number,
  sizes: SizeCache,
): Promise<ScenarioResult> {
  const base = {
    siteRoot: site.root,
    siteUrl: site.url,
    page: s.page,
    cpuThrottle: s.cpuThrottle,
    ...(s.drawn ? { drawn: s.drawn } : {}),
  };
  const result: ScenarioResult = {
    id: s.id,
    label: s.label,
    dataset: s.dataset,
    page: s.page,
    cpuThrottle: s.cpuThrottle,
    ttfc: null,
    ttfcRuns: [],
    longestTask: null,
    blocking: null,
    errors: [],
    weight: null,
    dom: null,
  };
  // Warm-up: not timed, but it records what the first load fetches and builds.
  let warm: LoadResult;
  try {
    warm = await loadOnce(browser, {
      ...base,
      timeoutMs: s.timeoutMs,
      settle: true,
      ...(s.renderCost
        ? { after: async (page) => void (result.showAll = await clickShowAll(page)) }
        : {}),
    });
  } catch (e) {
    result.errors.push((e as Error).message);
    log(`  ${s.id}: ${(e as Error).message}`);
    return result;
  }
  result.weight = weigh(warm.resources, sizes);
  result.dom = warm.dom;
  // A page that takes many seconds gets fewer runs, so the bench stays bounded.
  const n = warm.ttfc > 10_000 ? Math.min(runs, 3) : runs;
  const tasks: number[] = [];
  const blocking: number[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const r = await loadOnce(browser, { ...base, timeoutMs: s.timeoutMs });
      result.ttfcRuns.push(r.ttfc);
      tasks.push(r.longestTask);
      blocking.push(r.blocking);
    } catch (e) {
      result.errors.push((e as Error).message);
    }
  }
  result.ttfc = median(result.ttfcRuns);
  result.longestTask = median(tasks);
  result.blocking = median(blocking);
  log(
    `  ${s.id}: ${result.ttfc === null ? "failed" : `${Math.round(result.ttfc)} ms`} ` +
      `(${result.ttfcRuns.map(Math.round).join(", ")})${result.errors.length ? `, ${result.errors.length} failed` : ""}`,
  );
  return result;
}

async function attribution(
  tmp: string,
  scenarios: readonly ScenarioResult[],
): Promise<NonNullable<Results["attribution"]>> {
  const dir = join(tmp, "site-sourcemaps");
  log("building with source maps for the weight by source…");
  await buildSite(dir, { sourcemap: true });
  const chunks = new Map(
    listFiles(dir)
      .filter((f) => f.endsWith(".js") && existsSync(join(dir, `${f}.map`)))
      .map((f) => [chunkName(f), f]),
  );
  const groupsOf = (id: string) => {
    const s = scenarios.find((x) => x.id === id);
    const js = s?.weight?.files.filter((f) => f.kind === "js") ?? [];
    return sumGroups(
      js.flatMap((f) => {
        const mapped = chunks.get(chunkName(f.path));
        return mapped ? [attributeChunk(dir, mapped)] : [];
      }),
    );
  };
  const entries: EntrySize[] = [];
  for (const e of ENTRIES) {
    try {
      entries.push(await bundleEntry(ROOT, e.name, e.code));
    } catch (err) {
      log(`  could not bundle ${e.name}: ${(err as Error).message}`);
    }
  }
  return { dashboard: groupsOf("real.overview"), embed: groupsOf("real.embed"), entries };
}

function measurements(r: Results): Record<string, Measurement> {
  const m: Record<string, Measurement> = {};
  const scenario = (id: string) => r.scenarios.find((s) => s.id === id);
  const fromScenario = (id: string) => {
    const s = scenario(id);
    if (!s) return;
    m[`ttfc.${id}`] =
      s.ttfc === null ? { value: null, note: s.errors[0] ?? "failed" } : { value: s.ttfc };
  };
  if (r.scenarios.length) {
    const dash = scenario("real.overview");
    const embed = scenario("real.embed");
    m["weight.dashboard.js.gzip"] = dash?.weight
      ? { value: dash.weight.total.js.gzip }
      : { value: null, note: dash?.errors[0] ?? "not measured" };
    const profile = scenario("real.profile");
    m["weight.profile.js.gzip"] = profile?.weight
      ? { value: profile.weight.total.js.gzip }
      : { value: null, note: profile?.errors[0] ?? "not measured" };
    m["weight.embed.js.gzip"] = embed?.weight
      ? { value: embed.weight.total.js.gzip }
      : { value: null, note: embed?.errors[0] ?? "not measured" };
    for (const id of ["real.overview", "real.profile", "real.embed"]) fromScenario(id);
    for (const id of [
      "nationwide.overview",
      "nationwide.overview.month",
      "nationwide.profile",
      "nationwide.quality",
      "nationwide.embed",
    ])
      fromScenario(id);
  }
  if (r.ingest) {
    const ours = r.ingest.parsers.find((p) => p.parser === "ingest");
    m["ingest.vs_papaparse"] =
      ours?.vsPapaparse != null
        ? { value: ours.vsPapaparse }
        : { value: null, note: ours?.reason ?? "not available yet" };
  }
  for (const v of (r.vitals ?? []).filter((v) => v.calibrated)) {
    m[`vitals.cls.${v.id}`] = { value: v.cls };
    m[`vitals.score.${v.id}`] = { value: v.score };
  }
  if (r.ingestLongTask)
    m["ingest.longest_task"] = {
      value: r.ingestLongTask.longest,
      ...(r.ingestLongTask.reason ? { note: r.ingestLongTask.reason } : {}),
    };
  if (r.ingestLongTaskWide)
    m["ingest.longest_task.wide"] = {
      value: r.ingestLongTaskWide.longest,
      ...(r.ingestLongTaskWide.reason ? { note: r.ingestLongTaskWide.reason } : {}),
    };
  return m;
}

async function main(args: BenchArgs): Promise<number> {
  const t0 = performance.now();
  const budgets = loadBudgets();
  const cleanup = new Cleanup();
  const onSignal = () => {
    log("interrupted; cleaning up…");
    void cleanup.run().then(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const tmp = mkdtempSync(join(tmpdir(), "hotline-bench-"));
  cleanup.add(() => {
    if (args.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  });
  const sec = args.sections;
  let browser: Browser | null = null;

  const results: Results = {
    meta: {
      date: new Date().toISOString(),
      quick: args.quick,
      runs: args.runs,
      commit: git(["rev-parse", "--short", "HEAD"]),
      dirty: git(["status", "--porcelain"]) !== "",
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model.trim() ?? "?",
        memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        os: `${platform()} ${release()}`,
      },
      node: process.version,
      chromium: null,
      nationwide: null,
      durationMs: 0,
    },
    scenarios: [],
    attribution: null,
    ingest: null,
    ingestLongTask: null,
    vitals: null,
    intake: null,
    budgets: [],
  };

  try {
    const onlyIntake = [...sec].every((s) => s === "intake");
    if (!onlyIntake && !existsSync(join(ROOT, "public", "data", "manifest.json")))
      throw new Error("public/data/manifest.json is missing: run `npm run data` first.");
    const needsSite =
      sec.has("load") || sec.has("attribute") || sec.has("longtask") || sec.has("vitals");
    const realRoot = join(tmp, "site-real");
    let realServer: StaticServer | null = null;
    if (needsSite) {
      log(`building the site into ${realRoot}…`);
      await buildSite(realRoot);
      realServer = await serve(realRoot);
      const s = realServer;
      cleanup.add(() => s.close());
    }
    if (sec.has("load") || sec.has("longtask") || sec.has("vitals")) {
      browser = await launchBrowser();
      const b = browser;
      cleanup.add(() => b.close());
      results.meta.chromium = browser.version();
    }

    // CSV for the ingest and the browser preview.
    let csv: { file: string; bytes: number } | null = null;
    if (sec.has("ingest") || sec.has("longtask")) {
      const file = join(tmp, "wide.csv");
      log(`writing a ${args.csvRows.toLocaleString("en-US")}-row wide CSV…`);
      csv = { file, bytes: writeWideCsv(file, args.csvRows) };
    }

    if (sec.has("load") && browser && realServer) {
      const nw = nationwideData({ fresh: args.fresh, log });
      const nwRoot = join(tmp, "site-nationwide");
      siteWithData(realRoot, nw.dir, nwRoot);
      const nwServer = await serve(nwRoot);
      cleanup.add(() => nwServer.close());
      const manifest = JSON.parse(readFileSync(join(nw.dir, "manifest.json"), "utf8")) as {
        places: { years: number[] }[];
      };
      const { reports } = JSON.parse(readFileSync(join(nw.dir, "reports.json"), "utf8")) as {
        reports: { reported: number; derived: number }[];
      };
      results.meta.nationwide = {
        places: manifest.places.filter((p) => p.years.length).length,
        facts: reports.reduce((s, r) => s + r.reported + r.derived, 0),
        sample: `?place=${nw.sample.placeId}&year=${nw.sample.year}`,
        cached: nw.generatedMs === null,
        generatedMs: nw.generatedMs,
      };
      const { placeId, year } = nw.sample;
      const scenarios: Scenario[] = [
        {
          id: "real.overview",
          label: "overview, real data",
          dataset: "real",
          page: "?",
          cpuThrottle: 1,
          timeoutMs: 30_000,
        },
        {
          id: "real.profile",
          label: "profile suzhou 2022, real",
          dataset: "real",
          page: "?place=suzhou&year=2022",
          cpuThrottle: 1,
          timeoutMs: 30_000,
        },
        {
          id: "real.embed",
          label: "embed volume suzhou 2022, real",
          dataset: "real",
          page: "embed.html?chart=volume&place=suzhou&year=2022",
          cpuThrottle: 1,
          timeoutMs: 30_000,
        },
        {
          id: "real.overview.cpu4",
          label: "overview, real data",
          dataset: "real",
          page: "?",
          cpuThrottle: 4,
          timeoutMs: 60_000,
        },
        {
          id: "nationwide.overview",
          label: "overview, nationwide",
          dataset: "nationwide",
          page: "?",
          cpuThrottle: 1,
          timeoutMs: 120_000,
          renderCost: true,
        },
        {
          id: "nationwide.overview.month",
          label: "overview of one month, nationwide",
          dataset: "nationwide",
          page: "?kind=month",
          cpuThrottle: 1,
          timeoutMs: 120_000,
        },
        {
          id: "nationwide.profile",
          label: `profile ${placeId} ${year}, nationwide`,
          dataset: "nationwide",
          page: `?place=${placeId}&year=${year}`,
          cpuThrottle: 1,
          timeoutMs: 120_000,
        },
        {
          id: "nationwide.quality",
          label: "data quality, nationwide",
          dataset: "nationwide",
          page: "?view=quality",
          cpuThrottle: 1,
          timeoutMs: 120_000,
          drawn: "[data-testid=quality-summary]",
        },
        {
          id: "nationwide.embed",
          label: `embed volume ${placeId}, nationwide`,
          dataset: "nationwide",
          page: `embed.html?chart=volume&place=${placeId}&year=${year}`,
          cpuThrottle: 1,
          timeoutMs: 120_000,
        },
      ];
      const sites = {
        real: { root: realRoot, url: realServer.url, sizes: new SizeCache(realRoot) },
        nationwide: { root: nwRoot, url: nwServer.url, sizes: new SizeCache(nwRoot) },
      };
      log(
        `page loads: ${args.runs} per scenario after a warm-up, Chromium ${results.meta.chromium}`,
      );
      for (const s of scenarios) {
        const site = sites[s.dataset];
        results.scenarios.push(await measureScenario(browser, s, site, args.runs, site.sizes));
      }
    }

    if (sec.has("attribute")) {
      if (!results.scenarios.length)
        log("attribute: needs the load section (which chunks a first load fetches); skipped");
      else results.attribution = await attribution(tmp, results.scenarios);
    }

    if (sec.has("vitals") && browser) {
      // Served gzipped, as a real host serves it (the load section weighs files as built).
      const gz = await serve(realRoot, true);
      cleanup.add(() => gz.close());
      const runs = args.quick ? 1 : 5;
      results.vitals = [];
      const b = browser;
      for (const [page, query] of [
        ["overview", "?"],
        ["profile", "?place=suzhou&year=2022"],
      ] as const)
        for (const [form, calibrated] of [
          ["desktop", true],
          ["mobile", true],
          ["mobile", false],
        ] as const) {
          // The phone's slowdown follows the machine's speed now (its load changes).
          let cpu = 1;
          if (form === "mobile" && calibrated) {
            const index = await benchmarkIndex(b);
            cpu = cpuMultiplier(index);
            results.vitalsMachine = { benchmarkIndex: index, multiplier: cpu };
            log(`  benchmark index ${index}: phone CPU ${cpu.toFixed(1)}× slower`);
          } else if (form === "mobile") cpu = 4;
          const all: VitalsResult[] = [];
          for (let i = 0; i < runs; i++)
            all.push(await measureVitals(b, gz.url + query, form, cpu));
          const mid = (k: "fcp" | "lcp" | "tbt" | "cls" | "score") => median(all.map((r) => r[k]))!;
          const row: VitalsRow = {
            id: calibrated ? `${page}.${form}` : `${page}.${form}.fixed`,
            page,
            form,
            cpu,
            calibrated,
            fcp: mid("fcp"),
            lcp: mid("lcp"),
            tbt: mid("tbt"),
            cls: mid("cls"),
            score: mid("score"),
            runs,
            shifts: all
              .flatMap((r) => r.shifts)
              .sort((a, b) => b.value - a.value)
              .slice(0, 3),
          };
          results.vitals.push(row);
          log(`  vitals ${row.id}: CLS ${row.cls.toFixed(3)}, score ${row.score}`);
        }
    }

    if (sec.has("ingest") && csv) {
      log(`ingest: ${args.ingestRuns} run(s) per parser, each in its own process…`);
      results.ingest = await benchIngest({
        csv: csv.file,
        bytes: csv.bytes,
        rows: args.csvRows,
        manifest: join(ROOT, "public", "data", "manifest.json"),
        runs: args.ingestRuns,
        log,
      });
    }

    if (sec.has("longtask") && csv && browser && realServer) {
      // The page must stay responsive whatever the file's length: always a million rows
      // here (issue 16), the run's own CSV when it has them.
      let rowsFile = csv.file;
      if (args.csvRows !== LONGTASK_ROWS) {
        rowsFile = join(tmp, "million.csv");
        log(
          `writing a ${LONGTASK_ROWS.toLocaleString("en-US")}-row wide CSV for the longest task…`,
        );
        writeWideCsv(rowsFile, LONGTASK_ROWS);
      }
      log(
        `longest task while the preview ingests ${LONGTASK_ROWS.toLocaleString("en-US")} rows (browser)…`,
      );
      const runs = [];
      for (let i = 0; i < args.ingestRuns; i++)
        runs.push(await measureIngestLongestTask(browser, realServer.url, rowsFile));
      results.ingestLongTask = medianRun(runs);
      const manyColumns = join(tmp, "columns.csv");
      writeManyColumnsCsv(manyColumns);
      log("longest task while the preview ingests a 10,000-column file (browser)…");
      const wide = [];
      for (let i = 0; i < args.ingestRuns; i++)
        wide.push(await measureIngestLongestTask(browser, realServer.url, manyColumns));
      results.ingestLongTaskWide = medianRun(wide);
    }
    if (sec.has("intake")) {
      log("intake of the corpus texts…");
      results.intake = await benchIntake(args.quick ? 3 : 9);
      if (!results.intake) log("intake: the corpus (../shared/corpus) is absent; skipped");
    }
  } finally {
    await cleanup.run();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  results.budgets = checkBudgets(budgets, measurements(results));
  results.meta.durationMs = performance.now() - t0;

  const m = results.meta;
  const out: string[] = [
    `Benchmark ${m.date} · ${m.commit}${m.dirty ? " (uncommitted changes)" : ""} · ${m.machine.cpus} × ${m.machine.model}, ${m.machine.memoryGB} GB · Node ${m.node} · Chromium ${m.chromium ?? "—"}${m.quick ? " · QUICK" : ""}`,
  ];
  if (results.scenarios.length) {
    if (m.nationwide)
      out.push(
        `Nationwide: ${m.nationwide.places} places with reports, sample ${m.nationwide.sample}`,
      );
    out.push("", weightTable(results.scenarios), "", timeTable(results.scenarios));
    const render = renderTable(results.scenarios);
    if (render) out.push("", render);
  }
  if (results.attribution) out.push("", attributionTable(results.attribution));
  if (results.ingest) out.push("", ingestTable(results.ingest));
  if (results.ingestLongTask)
    out.push("", longTaskLine(results.ingestLongTask, "ingest of a 1,000,000-row file"));
  if (results.vitals) out.push("", vitalsTable(results.vitals, results.vitalsMachine));
  if (results.ingestLongTaskWide)
    out.push("", longTaskLine(results.ingestLongTaskWide, "ingest of a 10,000-column file"));
  if (results.intake) out.push("", intakeTable(results.intake));
  out.push("", budgetTable(results.budgets));
  console.log(out.join("\n"));

  const file = resolve(ROOT, args.out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 1) + "\n");
  renameSync(`${file}.tmp`, file);
  log(`\nwrote ${file} (${Math.round(m.durationMs / 1000)} s)`);

  if (args.check && checkFails(results.budgets)) {
    const bad = results.budgets.filter((r) => r.status === "fail" || r.status === "not available");
    log(
      `--check: ${bad.length} budget(s) exceeded or not measurable: ${bad.map((r) => r.id).join(", ")}`,
    );
    return 1;
  }
  return 0;
}

let args: BenchArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  log((e as Error).message);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
main(args).then(
  (code) => process.exit(code),
  (e: Error) => {
    log(`bench failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
