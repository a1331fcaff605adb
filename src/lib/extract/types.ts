/**
 * What the extractor produces: figures read from a report, each with its
 * provenance; the review list of readings it would not decide on; and the
 * figures it saw but did not record (special services, wrong units).
 */
import type { Dimension, Scope, Unit } from "../data/metrics.ts";
import type { PeriodExpr } from "./periods.ts";

/** One reading of a number as a metric, with where it was read. */
export interface Figure {
  metric: string;
  scope: Scope | "";
  dimension: Dimension | "";
  category: string;
  rank: number | null;
  /** Exact decimal string after 万/亿 (“123.4万” → “1234000”). */
  value: string;
  /** The number as the report writes it, without % or unit (“123.4万”, “98.70”). */
  written: string;
  /** Half a unit of the last written digit when 万/亿 was applied, else 0. */
  tolerance: number;
  /** The period the figure covers when it is not the report's (canonical form), else "". */
  period: string;
  /** The period expression governing a prose figure, resolved once the report's period is known. */
  when?: PeriodExpr | null;
  /** “19万余”: only a lower bound, never a figure of its own. */
  lowerBound: boolean;
  /** top_category rows: the report's share in percent, as written. */
  share: string;
  unit: Unit;
  /** The report's own wording of the figure. */
  term_zh: string;
  yoy_text: string;
  /** Headings above the figure, and the row for a table figure. */
  section: string;
  /** 1-based line numbers the figure was read from. */
  lines: number[];
  /** The sentence or the table row it was read from (for the review list only). */
  text: string;
  origin: "prose" | "table";
  note: string;
  /** Table cells read, as “line:column”, to tell alternative column layouts apart. */
  cells: string[];
  /** A figure printed over several columns: its parts (the value is their sum). */
  parts: { term: string; written: string }[];
  /**
   * A looser wording of the metric (服务量 for the request total): kept only when no
   * other reading of the same figure exists; the reason says what it is.
   */
  fallback?: string;
}

export type ReviewKind =
  | "conflict"
  | "ambiguous"
  | "alignment"
  | "split"
  | "ranking"
  | "place"
  | "year"
  | "period"
  | "scope"
  | "source";

/** A reading the extractor would not decide on: the candidates go to a person. */
export interface ReviewItem {
  kind: ReviewKind;
  /** `figureKey`s the item is about (empty for place and year). */
  keys: string[];
  message: string;
  candidates: Figure[];
}

/** A number that looked like a metric but was not recorded, and why. */
export interface Skipped {
  metric: string;
  written: string;
  reason: string;
  lines: number[];
  text: string;
}

/** A figure for the draft: the reading kept, and other mentions that agree with it. */
export interface DraftFact {
  primary: Figure;
  also: Figure[];
  notes: string[];
}

/** Identity of a figure within one report (factKey without place and year). */
export function figureKey(
  f: Pick<Figure, "metric" | "dimension" | "scope" | "category"> & { period?: string },
): string {
  const key = [f.metric, f.dimension, f.scope, f.category].join("|");
  return f.period ? `${key}@${f.period}` : key;
}

/** Do two readings give the same number, allowing for 万/亿 rounding? */
export function sameValue(
  a: Pick<Figure, "value" | "tolerance">,
  b: Pick<Figure, "value" | "tolerance">,
): boolean {
  return Math.abs(Number(a.value) - Number(b.value)) <= a.tolerance + b.tolerance + 1e-9;
}
