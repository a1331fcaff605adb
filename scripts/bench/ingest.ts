/**
 * CSV ingest throughput, side by side: raw papaparse (array mode), d3-dsv's
 * csvParseRows and csvParse, and the CSV preview's own ingest, each run in a
 * child process of its own per run (fresh heap, separate memory figures), the
 * parsers interleaved so background load hits them alike.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { median } from "./stats.ts";
import { PARSERS, type ChildResult, type Parser } from "./ingest-child.ts";
import { ROOT } from "./site.ts";

export interface ParserReport {
  parser: Parser;
  available: boolean;
  reason?: string;
  impl?: string;
  /** Median over runs. */
  ms: number | null;
  mbPerS: number | null;
  /** MB/s ÷ papaparse's MB/s. */
  vsPapaparse: number | null;
  rows: number | null;
  facts: number | null;
  peakRss: number | null;
  heapRetained: number | null;
  runs: ChildResult[];
}

export interface IngestReport {
  file: { bytes: number; rows: number };
  parsers: ParserReport[];
}

const CHILD = join(import.meta.dirname, "ingest-child.ts");

function runChild(
  parser: Parser,
  csv: string,
  manifest: string,
  timeoutMs: number,
): Promise<ChildResult> {
  return new Promise((ok) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", CHILD, parser, csv, manifest],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        ok(JSON.parse(line) as ChildResult);
      } catch {
        const why = signal === "SIGKILL" ? `timed out after ${timeoutMs / 1000} s` : `exit ${code}`;
        const tail = err.trim().split("\n").slice(-3).join(" ").slice(0, 300);
        ok({ parser, ok: false, reason: `error: ${why}${tail ? `: ${tail}` : ""}` });
      }
    });
  });
}

export async function benchIngest(o: {
  csv: string;
  bytes: number;
  rows: number;
  manifest: string;
  runs: number;
  timeoutMs?: number;
  log?: (s: string) => void;
}): Promise<IngestReport> {
  const results = new Map<Parser, ChildResult[]>(PARSERS.map((p) => [p, []]));
  const skip = new Set<Parser>();
  for (let run = 1; run <= o.runs; run++) {
    for (const parser of PARSERS) {
      if (skip.has(parser)) continue;
      const r = await runChild(parser, o.csv, o.manifest, o.timeoutMs ?? 600_000);
      results.get(parser)!.push(r);
      o.log?.(
        `  ingest run ${run}/${o.runs} ${parser}: ` +
          (r.ok ? `${Math.round(r.ms!)} ms` : (r.reason ?? "failed")),
      );
      // Something that is not there will not appear on the next run.
      if (!r.ok && r.reason?.startsWith("not available")) skip.add(parser);
    }
  }
  const mb = o.bytes / 1e6;
  const reports: ParserReport[] = PARSERS.map((parser) => {
    const runs = results.get(parser)!;
    const good = runs.filter((r) => r.ok);
    const ms = median(good.map((r) => r.ms!));
    const pick = (f: (r: ChildResult) => number | undefined) => {
      const v = good.map(f).filter((x): x is number => typeof x === "number");
      return median(v);
    };
    const failed = runs.find((r) => !r.ok);
    return {
      parser,
      available: good.length > 0,
      ...(failed?.reason ? { reason: failed.reason } : {}),
      ...(good[0]?.impl ? { impl: good[0].impl } : {}),
      ms,
      mbPerS: ms ? mb / (ms / 1000) : null,
      vsPapaparse: null,
      rows: pick((r) => r.rows),
      facts: pick((r) => r.facts),
      peakRss: pick((r) => r.peakRss),
      heapRetained: pick((r) => r.heapRetained),
      runs,
    };
  });
  const papa = reports.find((r) => r.parser === "papaparse")?.mbPerS ?? null;
  for (const r of reports) r.vsPapaparse = papa && r.mbPerS ? r.mbPerS / papa : null;
  return { file: { bytes: o.bytes, rows: o.rows }, parsers: reports };
}
