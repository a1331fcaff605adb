/** Building a Figure from a number's reading and what is known about it. */
import { metricInfo } from "../data/metrics.ts";
import type { Reading } from "./cell.ts";
import type { Figure } from "./types.ts";

export type FigureFields = Pick<
  Figure,
  "metric" | "term_zh" | "section" | "lines" | "text" | "origin"
> &
  Partial<Figure>;

/** A figure for `metric` read as `r` (which must be a number). */
export function figureOf(r: Reading, f: FigureFields): Figure {
  return {
    scope: "",
    dimension: "",
    category: "",
    rank: null,
    period: "",
    share: "",
    yoy_text: r.yoy,
    note: "",
    cells: [],
    parts: [],
    value: r.exact,
    written: r.written,
    tolerance: r.tolerance,
    lowerBound: r.lowerBound,
    unit: metricInfo(f.metric)?.unit ?? "count",
    ...f,
  };
}

/** Join notes, skipping empty ones and repeats. */
export function joinNotes(...notes: string[]): string {
  return [...new Set(notes.map((n) => n.trim()).filter(Boolean))].join(" ");
}
