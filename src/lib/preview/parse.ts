/**
 * Text or bytes → the ingest: the text is tokenised by papaparse in slices
 * that end on record boundaries (records.ts) and each row goes straight to
 * the ingest, so no table of the whole file is ever built. Used by the Web Worker
 * in the browser and directly by tests and the benchmark in Node.
 */
import {
  decode,
  guessDelimiter,
  normaliseNewlines,
  type Delimiter,
  type Encoding,
} from "./sniff.ts";
import { Ingest, type IngestOptions, type IngestSummary } from "./ingest.ts";
import { RecordReader } from "./records.ts";
import { SAY } from "./messages.ts";

export interface ParseOptions extends IngestOptions {
  /** Overrides the guess. */
  delimiter?: Delimiter | undefined;
  /** Characters per slice. */
  chunkSize?: number;
  /** Called after each slice with rows so far and the share of the text read (0–1). */
  onProgress?: (rows: number, done: number) => void;
}

export interface ParseResult {
  summary: IngestSummary;
  ingest: Ingest;
  delimiter: Delimiter;
}

/**
 * Without a byte order mark (pasted text, or text decoded elsewhere), and
 * with LF line ends where the text has a lone CR (old Mac files, or a mix):
 * the reader cuts at LFs, and papaparse reads one kind of line end.
 */
function cleanText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.indexOf("\r") >= 0 && /\r(?!\n)/.test(text) ? normaliseNewlines(text) : text;
}

/** The parts both entry points share: delimiter, ingest, and a step that reads one slice. */
/**
 * Characters per slice: small enough that a slice's rows die young. A
 * megabyte of rows outlives the young generation; they are then copied and
 * promoted, and the garbage collector costs as much as the parsing.
 */
const SLICE = 1 << 15;
/** Characters the worker reads between two looks at its messages (cancel). */
const STEP = 1 << 20;

/**
 * Spaces after a closing quote at the very end of a text with no final line
 * break ("…,\"南通\"" and a full-width space): papaparse would keep the
 * quote in the cell. They are cut off, and the ingest says so.
 */
const TRAILING_AFTER_QUOTE = /"[^\S\n]+$/;

function prepare(raw: string, opts: ParseOptions) {
  let text = cleanText(raw);
  const trailing = TRAILING_AFTER_QUOTE.exec(text);
  if (trailing) text = text.slice(0, trailing.index + 1);
  const delimiter = opts.delimiter ?? guessDelimiter(text);
  const ingest = new Ingest(opts);
  const reader = new RecordReader(text, delimiter);
  const chunk = opts.chunkSize ?? SLICE;
  let rows = 0;
  const onRow = (r: string[]) => {
    rows++;
    ingest.pushRow(r);
  };
  const onSkip = (lines: number, resumed: boolean) => ingest.unclosedQuote(lines, resumed);
  /** Read slices of about `chars` characters in all; false when the text is done. */
  const step = (chars: number): boolean => {
    const until = reader.position + chars;
    do reader.read(chunk, onRow, onSkip);
    while (!reader.done && reader.position < until);
    opts.onProgress?.(rows, reader.progress);
    return !reader.done;
  };
  const finish = (): ParseResult => {
    if (trailing) ingest.note(ingest.lastRow, SAY.trailingSpace(ingest.lastRow));
    return { summary: ingest.finish(), ingest, delimiter };
  };
  return { step, finish };
}

export function ingestText(raw: string, opts: ParseOptions): ParseResult {
  const { step, finish } = prepare(raw, opts);
  while (step(STEP));
  return finish();
}

/** Yield to the event loop without the 4 ms clamp nested timers get. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * `ingestText` for the worker: it yields to the event loop between slices, so
 * a "cancel" message is handled at once and the worker stays alive (no new
 * worker, no request, after a file is chosen). Resolves null when aborted.
 */
export async function ingestTextAsync(
  raw: string,
  opts: ParseOptions,
  signal: { aborted: boolean },
): Promise<ParseResult | null> {
  const { step, finish } = prepare(raw, opts);
  while (!signal.aborted && step(STEP)) await yieldToEvents();
  if (signal.aborted) return null;
  // The last slice may have been read before a cancel arrived.
  await yieldToEvents();
  return signal.aborted ? null : finish();
}

export interface BytesResult extends ParseResult {
  encoding: Encoding;
  bom: boolean;
}

export function ingestBytes(bytes: Uint8Array, opts: ParseOptions): BytesResult {
  const d = decode(bytes);
  return { ...ingestText(d.text, opts), encoding: d.encoding, bom: d.bom };
}
