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

export function ingestText(raw: string, opts: ParseOptions): ParseResult {
  const text = normaliseNewlines(raw);
  const delimiter = opts.delimiter ?? guessDelimiter(text);
  const ingest = new Ingest(opts);
  let rows = 0;
  let consumed = 0;
  const chunkSize = opts.chunkSize ?? 1 << 20;
  // String input with a chunk callback: papaparse streams it synchronously in
  // chunks (its typings only describe chunking for files and workers).
  const config = {
    delimiter,
    newline: "\n",
    chunkSize,
    chunk(res: Papa.ParseResult<string[]>) {
      ingest.push(res.data);
      rows += res.data.length;
      consumed = Math.min(text.length, consumed + chunkSize);
      for (const e of res.errors)
        if (e.code === "MissingQuotes")
          ingest.unclosedQuote(ingestRow(rows, res.data.length, e.row));
      opts.onProgress?.(rows, text.length ? consumed / text.length : 1);
    },
  };
  Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
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
  const text = normaliseNewlines(raw);
  const delimiter = opts.delimiter ?? guessDelimiter(text);
  const ingest = new Ingest(opts);
  let rows = 0;
  let consumed = 0;
  const chunkSize = opts.chunkSize ?? 1 << 19;
  return new Promise((resolve) => {
    const config = {
      delimiter,
      newline: "\n",
      chunkSize,
      chunk(res: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (signal.aborted) {
          parser.abort();
          return resolve(null);
        }
        ingest.push(res.data);
        rows += res.data.length;
        consumed = Math.min(text.length, consumed + chunkSize);
        for (const e of res.errors)
          if (e.code === "MissingQuotes")
            ingest.unclosedQuote(ingestRow(rows, res.data.length, e.row));
        opts.onProgress?.(rows, text.length ? consumed / text.length : 1);
        parser.pause();
        setTimeout(() => (signal.aborted ? (parser.abort(), resolve(null)) : parser.resume()), 0);
      },
      complete() {
        if (signal.aborted) resolve(null);
        else resolve({ summary: ingest.finish(), ingest, delimiter });
      },
    };
    Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
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
