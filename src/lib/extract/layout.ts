/**
 * Which header stands over which value column of a flattened table.
 *
 * The lower header rows and the value rows keep their tab positions, but a
 * merged cell of the top header row often loses the empty cells it spanned, so
 * the headers after it slide left (“诉求来源 | 在线解答 | 部门办理” over eight
 * value columns). The written positions are kept when they are consistent;
 * otherwise every placement of the top cells, in order and never left of where
 * they are written, is tried, and those that still make sense are returned:
 *
 * - a top cell spanning several columns has sub-headers over all of them or
 *   over none (sub-headers lost in the text);
 * - a column is not under two different volume metrics (“在线解答 › 承办转办”);
 * - the row-label header covers only the label column.
 *
 * More than one layout means the alignment is uncertain: the caller compares
 * what each layout reads with the prose, or sends the readings to review.
 */
import { metricInfo, type Unit } from "../data/metrics.ts";
import { OF_WHICH_LEAF, TOTAL_LEAF, cleanLabel, matchTerm, metricOf, normHeader } from "./terms.ts";

export interface Column {
  /** Top header text over this column ("" when none). */
  top: string;
  /** First and last column the top header spans. */
  span: [number, number];
  /** Lower header rows' text at this column, joined. */
  lower: string;
  /** The top header could not be placed: nothing is read from this column. */
  unaligned: boolean;
  /** For an unaligned column: the top headers that might stand over it. */
  candidates: string[];
}

export type Layout = Column[];

const MAX_LAYOUTS = 2000;

/** Candidate layouts of `headers` (top row first) over `width` value columns. */
export function headerLayouts(
  headers: readonly string[][],
  width: number,
  labelCol: boolean,
): Layout[] {
  const top = headers[0] ?? [];
  const lower = Array.from({ length: width }, (_, c) =>
    headers
      .slice(1)
      .map((r) => r[c] ?? "")
      .filter(Boolean)
      .join(""),
  );
  const cells = top.map((text, x) => ({ text, x })).filter((c) => c.text && c.x < width);
  if (!cells.length) return [build([], [], lower, width)];
  const texts = cells.map((c) => c.text);
  const naive = cells.map((c) => c.x);
  if (firstBadCell(naive, texts, lower, width, labelCol) < 0)
    return [build(naive, texts, lower, width)];
  const found: Layout[] = [];
  for (const starts of placements(cells, width)) {
    if (firstBadCell(starts, texts, lower, width, labelCol) < 0)
      found.push(build(starts, texts, lower, width));
    if (found.length >= MAX_LAYOUTS) break;
  }
  if (found.length) return found;
  const bad = firstBadCell(naive, texts, lower, width, labelCol);
  return [build(naive, texts, lower, width, bad)];
}

function* placements(cells: { x: number }[], width: number): Generator<number[]> {
  const u = cells.length;
  const starts: number[] = [];
  function* place(j: number): Generator<number[]> {
    if (j === u) {
      yield [...starts];
      return;
    }
    const from = j === 0 ? cells[0]!.x : Math.max(cells[j]!.x, starts[j - 1]! + 1);
    for (let s = from; s <= width - (u - j); s++) {
      starts[j] = s;
      yield* place(j + 1);
    }
  }
  yield* place(0);
}

function spanEnd(starts: readonly number[], j: number, width: number): number {
  return (starts[j + 1] ?? width) - 1;
}

/** Index of the first top cell whose placement breaks a rule, or -1. */
function firstBadCell(
  starts: readonly number[],
  texts: readonly string[],
  lower: readonly string[],
  width: number,
  labelCol: boolean,
): number {
  for (let j = 0; j < starts.length; j++) {
    const a = starts[j]!;
    const b = spanEnd(starts, j, width);
    if (labelCol && a === 0 && b > 0) return j;
    if (b > a) {
      const withSub = lower.slice(a, b + 1).filter(Boolean).length;
      if (withSub && withSub !== b - a + 1) return j;
    }
    const parent = metricOf(normHeader(texts[j]!).text);
    if (parent && metricInfo(parent)?.group === "volume")
      for (let c = a; c <= b; c++) {
        const leaf = normHeader(lower[c]!).text;
        const child = metricOf(leaf);
        if (
          child &&
          child !== parent &&
          metricInfo(child)?.group === "volume" &&
          !TOTAL_LEAF.test(leaf)
        )
          return j;
      }
  }
  return -1;
}

/** Columns under `starts`; from top cell `badCell` on, columns are unaligned (with their candidates). */
function build(
  starts: readonly number[],
  texts: readonly string[],
  lower: readonly string[],
  width: number,
  badCell = Infinity,
): Layout {
  const from = starts[badCell] ?? Infinity;
  return Array.from({ length: width }, (_, c): Column => {
    let j = -1;
    for (let k = 0; k < starts.length; k++) if (starts[k]! <= c) j = k;
    if (c >= from) {
      const candidates = texts.filter((_, k) => k >= badCell && starts[k]! <= c);
      return { top: "", span: [c, c], lower: lower[c]!, unaligned: true, candidates };
    }
    if (j < 0) return { top: "", span: [c, c], lower: lower[c]!, unaligned: false, candidates: [] };
    return {
      top: texts[j]!,
      span: [starts[j]!, spanEnd(starts, j, width)],
      lower: lower[c]!,
      unaligned: false,
      candidates: [],
    };
  });
}

/** What a column holds, read from its headers. */
export interface Meaning {
  /** The metric the column gives directly. */
  metric: string | null;
  /** The metric the column is one part of (a parent header over several columns). */
  partOf: string | null;
  /** Several metrics match the header equally well. */
  ambiguous: string[];
  /** The header's words, for term_zh. */
  term: string;
  /** The unit its brackets name: (秒), (%), (工作日), (件), (小时). */
  unit: Unit | "hours" | "";
  /** Counted in work orders (“工单件”). */
  workOrders: boolean;
}

/** Read a column's meaning: the joined header, then the sub-header, then the parent. */
export function columnMeaning(col: Column): Meaning {
  const top = normHeader(col.top);
  const low = normHeader(col.lower);
  const joined = normHeader(col.top + col.lower);
  const base = {
    metric: null,
    partOf: null,
    ambiguous: [],
    unit: low.unit || top.unit,
    workOrders: /工单/.test(col.top + col.lower),
  };
  if (col.lower) {
    const leafMatch = matchTerm(low.text);
    const m = matchTerm(joined.text) ?? leafMatch;
    if (m) {
      const term =
        leafMatch && leafMatch.synonym === m.synonym
          ? cleanLabel(col.lower)
          : cleanLabel(col.top + col.lower);
      if (m.metrics.length > 1) return { ...base, ambiguous: m.metrics, term };
      return { ...base, metric: m.metrics[0]!, term };
    }
  }
  const parent = matchTerm(top.text);
  if (!parent) return { ...base, term: cleanLabel(col.top + col.lower) };
  const term = cleanLabel(col.top);
  if (parent.metrics.length > 1) return { ...base, ambiguous: parent.metrics, term };
  const id = parent.metrics[0]!;
  if (col.span[0] === col.span[1] || TOTAL_LEAF.test(low.text))
    return { ...base, metric: id, term };
  if (OF_WHICH_LEAF.test(low.text)) return { ...base, term: cleanLabel(col.lower) };
  return { ...base, partOf: id, term };
}
