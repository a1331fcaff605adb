/**
 * Messages between the preview page and its Web Worker. The worker keeps the
 * user's figures; the page asks for the few it draws, so a file of a million
 * rows never crosses to the main thread at once.
 */
import type { Place } from "../data/fact.ts";
import type { Lang } from "../format/number.ts";
import type { Answer } from "./answers.ts";
import type { IngestSummary, Override } from "./ingest.ts";
import type { Delimiter, Encoding, Message2 } from "./sniff.ts";

export interface RunOptions {
  delimiter?: Delimiter | undefined;
  /** Read the file again in this encoding (the user's choice). */
  encoding?: Encoding | undefined;
  overrides?: Record<number, Override>;
  /** Choices for names several places share: name as written → division id, or "own". */
  placeChoices?: Record<string, string>;
}

/** Place ids are the file's own (unmarked); answers come marked (answers.ts). */
export type Query =
  | { kind: "placeYear"; place: string; year: number }
  /** One place's figures over all years, and the seats per 100k drawn beside its own. */
  | { kind: "context"; place: string; lang: Lang }
  /** The comparison of one metric (or "satisfaction") at each place's latest year, or at `year`. */
  | { kind: "compare"; metric: string; year: number | null; lang: Lang }
  /** Places whose name contains `find` (the first ones when blank). */
  | { kind: "places"; find: string };

export type ToWorker =
  | ({ type: "file"; file: File; places: Place[] } & RunOptions)
  | ({ type: "text"; text: string; name: string; places: Place[] } & RunOptions)
  | ({ type: "rerun" } & RunOptions)
  | { type: "cancel" }
  | { type: "query"; id: number; query: Query }
  | { type: "export"; id: number };

export interface Done {
  type: "done";
  name: string;
  bytes: number;
  encoding: Encoding;
  bom: boolean;
  /** See sniff.ts Decoded.doubt: the file is not plausible GBK, read in `encoding` instead. */
  doubt: number | null;
  /** A file (not pasted text): it can be read again in another encoding. */
  file: boolean;
  delimiter: Delimiter;
  summary: IngestSummary;
}

export type FromWorker =
  | { type: "progress"; rows: number; done: number; bytes: number; total: number }
  | Done
  | { type: "refused"; message: Message2 }
  /** The file was a report's text: its figures are the extractor's unreviewed draft. */
  | { type: "draft"; review: Message2[] }
  /** The worker failed: `message` is the platform's (English) text, for the details. */
  | { type: "error"; message: string }
  | { type: "answer"; id: number; answer: Answer }
  /** The normalised CSV, UTF-8 with BOM. */
  | { type: "csv"; id: number; csv: Blob };
