/**
 * Messages between the preview page and its Web Worker. The worker keeps the
 * user's figures; the page asks for the few it draws, so a file of a million
 * rows never crosses to the main thread at once.
 */
import type { Fact, Place } from "../data/fact.ts";
import type { IngestSummary, Override } from "./ingest.ts";
import type { Delimiter, Encoding, Message2 } from "./sniff.ts";

export interface RunOptions {
  delimiter?: Delimiter | undefined;
  overrides?: Record<number, Override>;
}

export type Query =
  | { kind: "placeYear"; place: string; year: number }
  /** One place's figures over all years, and every place's latest seats per 100k. */
  | { kind: "context"; place: string }
  /** Each place's figures of these metrics at its latest year, or at `year`. */
  | { kind: "compare"; metrics: string[]; year: number | null };

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
  delimiter: Delimiter;
  summary: IngestSummary;
}

export type FromWorker =
  | { type: "progress"; rows: number; done: number; bytes: number; total: number }
  | Done
  | { type: "refused"; message: Message2 }
  /** The file was a report's text: its figures are the extractor's unreviewed draft. */
  | { type: "draft"; review: string[] }
  | { type: "error"; message: string }
  | { type: "answer"; id: number; facts: Fact[] }
  | { type: "csv"; id: number; csv: string };
