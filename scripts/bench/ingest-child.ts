/**
 * One parser on one file, in a process of its own (so memory figures do not
 * mix): `node --expose-gc --import tsx ingest-child.ts <parser> <csv> <places.json>`.
 * Prints one JSON line: time, rows, and memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { csvParse, csvParseRows } from "d3-dsv";
import type { Place } from "../../src/lib/data/fact.ts";

export const PARSERS = ["papaparse", "d3-csvParseRows", "d3-csvParse", "ingest"] as const;
export type Parser = (typeof PARSERS)[number];

export interface ChildResult {
  parser: Parser;
  ok: boolean;
  /** Why not, when ok is false ("not available yet", an error). */
  reason?: string;
  /** Which module and function ran, for the ingest. */
  impl?: string;
  ms?: number;
  rows?: number;
  /** Facts the ingest produced. */
  facts?: number;
  /** Resident set size just before parsing (file text loaded), bytes. */
  rssBefore?: number;
  /** Peak resident set size of the process minus rssBefore, bytes. */
  peakRss?: number;
  /** JS heap still used after parsing, with the result alive, minus before (after GC), bytes. */
  heapRetained?: number;
}

const ROOT = join(import.meta.dirname, "..", "..");

/**
 * Where the CSV preview's ingest lives: `src/lib/ingest/index.ts` (the planned
 * home), or `src/lib/preview/parse.ts`. Either exports `ingestText(text, opts)`
 * and/or `ingestBytes(bytes, opts)`.
 */
export const INGEST_MODULES = ["src/lib/ingest/index.ts", "src/lib/preview/parse.ts"];

type IngestFn = (input: string | Uint8Array, opts: object) => unknown;

async function loadIngest(): Promise<
  { fn: IngestFn; input: "text" | "bytes"; impl: string } | { reason: string }
> {
  const found = INGEST_MODULES.find((m) => existsSync(join(ROOT, m)));
  if (!found) return { reason: "not available yet" };
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(join(ROOT, found)).href)) as Record<string, unknown>;
  } catch (e) {
    return { reason: `not available yet (${found} does not load: ${(e as Error).message})` };
  }
  if (typeof mod.ingestText === "function")
    return { fn: mod.ingestText as IngestFn, input: "text", impl: `${found} ingestText` };
  if (typeof mod.ingestBytes === "function")
    return { fn: mod.ingestBytes as IngestFn, input: "bytes", impl: `${found} ingestBytes` };
  return { reason: `not available yet (${found} exports neither ingestText nor ingestBytes)` };
}

function rowsOf(result: unknown): { rows?: number; facts?: number } {
  if (Array.isArray(result)) return { rows: result.length };
  const r = result as {
    data?: unknown[];
    summary?: { rowsRead?: number; facts?: number };
    rowsRead?: number;
    facts?: number | unknown[];
  };
  if (Array.isArray(r?.data)) return { rows: r.data.length };
  const s = r?.summary ?? r;
  const facts = Array.isArray(s?.facts) ? s.facts.length : s?.facts;
  return {
    ...(typeof s?.rowsRead === "number" ? { rows: s.rowsRead } : {}),
    ...(typeof facts === "number" ? { facts } : {}),
  };
}

async function main(): Promise<ChildResult> {
  const [parser, file, placesFile] = process.argv.slice(2) as [Parser, string, string];
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  if (!PARSERS.includes(parser)) throw new Error(`unknown parser ${parser}`);

  let run: (input: { text: string; bytes: Uint8Array | null }) => unknown;
  let impl: string | undefined;
  let needsBytes = false;
  if (parser === "papaparse") run = ({ text }) => Papa.parse<string[]>(text, {});
  else if (parser === "d3-csvParseRows") run = ({ text }) => csvParseRows(text);
  else if (parser === "d3-csvParse") run = ({ text }) => csvParse(text);
  else {
    const ing = await loadIngest();
    if ("reason" in ing) return { parser, ok: false, reason: ing.reason };
    const manifest = JSON.parse(readFileSync(placesFile, "utf8")) as { places: Place[] };
    const places = manifest.places.map(({ id, zh, en, level, parent, adcode }) => ({
      id,
      zh,
      en,
      level,
      parent,
      adcode,
    }));
    const opts = { places, fileName: "bench-wide.csv" };
    impl = ing.impl;
    needsBytes = ing.input === "bytes";
    run = ({ text, bytes }) => ing.fn(ing.input === "text" ? text : bytes!, opts);
  }

  let bytes: Uint8Array | null = readFileSync(file);
  // Text parsers get the decoded text, as they would from File.text() in the page.
  const text = needsBytes ? "" : new TextDecoder().decode(bytes);
  if (!needsBytes) bytes = null;
  gc();
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = await run({ text, bytes });
  const ms = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024 - rssBefore;
  gc();
  gc();
  const heapRetained = process.memoryUsage().heapUsed - heapBefore;
  return {
    parser,
    ok: true,
    ...(impl ? { impl } : {}),
    ms,
    ...rowsOf(result),
    rssBefore,
    peakRss: Math.max(0, peakRss),
    heapRetained,
  };
}

if (process.argv[1] === import.meta.filename) {
  main()
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e: Error) => {
      const parser = process.argv[2] as Parser;
      console.log(JSON.stringify({ parser, ok: false, reason: `error: ${e.message}` }));
    });
}
