/**
 * Text or bytes → the ingest, through papaparse in chunks (array mode: rows
 * of strings, our own header handling). Used by the Web Worker in the browser
 * and directly by tests and the benchmark in Node.
 */
import Papa from "papaparse";
import {
  decode,
  guessDelimiter,
  normaliseNewlines,
  type Delimiter,
  type Encoding,
} from "./sniff.ts";
import { Ingest, type IngestOptions, type IngestSummary } from "./ingest.ts";

export interface ParseOptions extends IngestOptions {
  /** Overrides the guess. */
  delimiter?: Delimiter | undefined;
  /** Characters per papaparse chunk. */
  chunkSize?: number;
  /** Called after each chunk with rows so far and the share of the text parsed (0–1). */
  onProgress?: (rows: number, done: number) => void;
}

export interface ParseResult {
  summary: IngestSummary;
  ingest: Ingest;
  delimiter: Delimiter;
}

/** The parts both entry points share: normalised text, delimiter, and a chunk feeder. */
function prepare(raw: string, opts: ParseOptions, defaultChunk: number) {
  const text = normaliseNewlines(raw);
  const delimiter = opts.delimiter ?? guessDelimiter(text);
  const ingest = new Ingest(opts);
  const chunkSize = opts.chunkSize ?? defaultChunk;
  let rows = 0;
  let consumed = 0;
  const feed = (res: Papa.ParseResult<string[]>) => {
    ingest.push(res.data);
    rows += res.data.length;
    consumed = Math.min(text.length, consumed + chunkSize);
    for (const e of res.errors)
      if (e.code === "MissingQuotes") ingest.unclosedQuote(ingestRow(rows, res.data.length, e.row));
    opts.onProgress?.(rows, text.length ? consumed / text.length : 1);
  };
  // String input with a chunk callback: papaparse streams it in chunks (its
  // typings only describe chunking for files and workers).
  const parse = (
    chunk: (res: Papa.ParseResult<string[]>, parser: Papa.Parser) => void,
    complete?: () => void,
  ) =>
    Papa.parse<string[]>(text, {
      delimiter,
      newline: "\n",
      chunkSize,
      chunk,
      complete,
    } as Papa.ParseConfig<string[]>);
  return { delimiter, ingest, feed, parse };
}

export function ingestText(raw: string, opts: ParseOptions): ParseResult {
  const { delimiter, ingest, feed, parse } = prepare(raw, opts, 1 << 20);
  parse(feed);
  return { summary: ingest.finish(), ingest, delimiter };
}

/** The spreadsheet row of a papaparse error: rows before this chunk, plus its row in the chunk. */
function ingestRow(total: number, inChunk: number, row: number | undefined): number {
  const before = total - inChunk;
  return before + Math.max(0, row ?? inChunk - 1) + 1;
}

/**
 * `ingestText` for the worker: it yields to the event loop between chunks, so
 * a "cancel" message is handled at once and the worker stays alive (no new
 * worker, no request, after a file is chosen). Resolves null when aborted.
 */
export function ingestTextAsync(
  raw: string,
  opts: ParseOptions,
  signal: { aborted: boolean },
): Promise<ParseResult | null> {
  const { delimiter, ingest, feed, parse } = prepare(raw, opts, 1 << 19);
  return new Promise((resolve) => {
    const stop = (parser: Papa.Parser) => {
      parser.abort();
      resolve(null);
    };
    parse(
      (res, parser) => {
        if (signal.aborted) return stop(parser);
        feed(res);
        parser.pause();
        setTimeout(() => (signal.aborted ? stop(parser) : parser.resume()), 0);
      },
      () => resolve(signal.aborted ? null : { summary: ingest.finish(), ingest, delimiter }),
    );
  });
}

export interface BytesResult extends ParseResult {
  encoding: Encoding;
  bom: boolean;
}

export function ingestBytes(bytes: Uint8Array, opts: ParseOptions): BytesResult {
  const d = decode(bytes);
  return { ...ingestText(d.text, opts), encoding: d.encoding, bom: d.bom };
}
