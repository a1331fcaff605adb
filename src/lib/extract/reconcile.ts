/**
 * From readings to draft facts. Every reading of the same figure (same metric,
 * scope, dimension, category) is compared:
 *
 * - all agree (allowing for 万 rounding) → one fact; the most exact reading is
 *   kept (a table's full number over prose's 万), the others become mentions;
 * - they disagree → nothing is recorded; all readings go to review;
 * - a figure printed over several columns → review (record the sum or a part?).
 *
 * A table whose header could be aligned in several ways is settled first:
 * layouts whose readings contradict the prose are dropped, and a figure is
 * kept only if every remaining layout reads it the same way. An unaligned
 * ranking row only confirms another list's items, or goes to review.
 */
import { METRICS, SCOPES } from "../data/metrics.ts";
import { joinNotes } from "./figure.ts";
import type { Ranking } from "./ranking.ts";
import type { TableReading } from "./table.ts";
import {
  figureKey,
  sameValue,
  type DraftFact,
  type Figure,
  type ReviewItem,
  type Skipped,
} from "./types.ts";

export interface Readings {
  prose: Figure[];
  tables: TableReading[];
  rankings: Ranking[];
}

const REALIGNED =
  "The table header's merged cells lost their places in the text; the column layout kept is the one that agrees with the prose.";

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) out.set(key(it), [...(out.get(key(it)) ?? []), it]);
  return out;
}

/** Does a table reading agree with a prose reading of the same figure? */
function agrees(f: Figure, p: Figure): boolean {
  if (p.lowerBound) return Number(f.value) + f.tolerance + p.tolerance >= Number(p.value);
  return sameValue(f, p);
}

/** Settle a table read under several candidate layouts. */
export function settleTable(
  t: TableReading,
  prose: readonly Figure[],
): { figures: Figure[]; review: ReviewItem[] } {
  if (t.layouts.length === 1) return { figures: t.layouts[0]!, review: [] };
  const byKey = groupBy(prose, figureKey);
  const consistent = t.layouts.filter((layout) =>
    layout.every((f) => (byKey.get(figureKey(f)) ?? []).every((p) => agrees(f, p))),
  );
  const kept = consistent.length ? consistent : t.layouts;
  const confirmed = consistent.length > 0 && consistent.length < t.layouts.length;
  const keys = [...new Set(kept.flatMap((l) => l.map(figureKey)))];
  const sig = (f: Figure | undefined) => (f ? `${f.value}|${f.parts.length}` : "");
  const varies = (k: string) =>
    new Set(t.layouts.map((l) => sig(l.find((f) => figureKey(f) === k)))).size > 1;
  const out = { figures: [] as Figure[], review: [] as ReviewItem[] };
  for (const k of keys) {
    const versions = kept.map((l) => l.find((f) => figureKey(f) === k) ?? null);
    const present = versions.filter((f): f is Figure => f !== null);
    const first = present[0]!;
    const same = present.every((f) => sig(f) === sig(first));
    const cellsFree = kept.every(
      (l, i) =>
        versions[i] !== null || !l.some((f) => f.cells.some((c) => first.cells.includes(c))),
    );
    if (same && cellsFree) {
      const realigned = confirmed && kept.length === 1 && varies(k);
      out.figures.push(realigned ? { ...first, note: joinNotes(first.note, REALIGNED) } : first);
      continue;
    }
    const distinct = [...new Map(present.map((f) => [sig(f), f])).values()];
    out.review.push({
      kind: "alignment",
      keys: [k],
      message: `${first.metric}: the table header cannot be aligned with its values with confidence; the possible readings differ.`,
      candidates: distinct,
    });
  }
  return out;
}

/** Unaligned ranking rows: each item confirms the same rank and count in an aligned list, or goes to review. */
export function settleRankings(rankings: readonly Ranking[]): {
  figures: Figure[];
  confirmations: Figure[];
  review: ReviewItem[];
} {
  const aligned = rankings.filter((r) => r.aligned);
  const out = {
    figures: aligned.flatMap((r) => r.figures),
    confirmations: [] as Figure[],
    review: [] as ReviewItem[],
  };
  for (const r of rankings.filter((x) => !x.aligned)) {
    const peers = aligned
      .filter((a) => a.dimension === r.dimension && a.scope === r.scope)
      .flatMap((a) => a.figures);
    for (const f of r.figures) {
      const peer = peers.find(
        (p) => p.rank === f.rank && sameValue(p, f) && (!f.category || f.category === p.category),
      );
      if (peer) {
        out.confirmations.push({ ...f, category: peer.category, note: joinNotes(f.note, r.note) });
        continue;
      }
      out.review.push({
        kind: "ranking",
        keys: f.category ? [figureKey(f)] : [],
        message: `${r.dimension}/${r.scope} rank ${f.rank}: ${r.note || "the ranking is not clear"}`,
        candidates: [{ ...f, note: joinNotes(f.note, r.note) }],
      });
    }
  }
  return out;
}

const ORDER = new Map(METRICS.map((m, i) => [m.id, i]));
const SCOPE_ORDER = new Map<string, number>([
  ["", -1],
  ...SCOPES.map((s, i): [string, number] => [s, i]),
]);

function compare(a: DraftFact, b: DraftFact): number {
  const x = a.primary;
  const y = b.primary;
  return (
    (ORDER.get(x.metric) ?? 999) - (ORDER.get(y.metric) ?? 999) ||
    x.dimension.localeCompare(y.dimension) ||
    SCOPE_ORDER.get(x.scope)! - SCOPE_ORDER.get(y.scope)! ||
    (x.rank ?? 0) - (y.rank ?? 0)
  );
}

/** The reading to keep: exact before rounded (万), a table's before prose, then the earliest. */
function pick(figs: readonly Figure[]): Figure {
  return [...figs].sort(
    (a, b) =>
      a.tolerance - b.tolerance ||
      (a.origin === "table" ? 0 : 1) - (b.origin === "table" ? 0 : 1) ||
      (a.lines[a.lines.length - 1] ?? 0) - (b.lines[b.lines.length - 1] ?? 0),
  )[0]!;
}

/**
 * All readings of one figure → a fact, a review item, or nothing (only lower
 * bounds). `weak` readings (an unaligned ranking row) may confirm but are never kept.
 */
export function settleKey(
  figs: readonly Figure[],
  weak: ReadonlySet<Figure> = new Set(),
): DraftFact | ReviewItem | null {
  const first = figs[0]!;
  const splits = figs.filter((f) => f.parts.length);
  if (splits.length) {
    const s = splits[0]!;
    const others = figs
      .filter((f) => !f.parts.length)
      .map((f) => `${f.written} (line ${f.lines.join(", ")})`);
    return {
      kind: "split",
      keys: [figureKey(first)],
      message:
        `${first.metric}: printed over ${s.parts.length} columns (${s.parts.map((p) => `${p.term} ${p.written}`).join(" + ")} = ${s.value}). ` +
        `Record the sum (sum_of) or one part?${others.length ? ` Other readings: ${others.join("; ")}.` : ""}`,
      candidates: [...figs],
    };
  }
  const exact = figs.filter((f) => !f.lowerBound && !weak.has(f));
  if (!exact.length) return null;
  const primary = pick(exact);
  const disagree = figs.filter(
    (f) =>
      !agrees(primary, f) ||
      (f.metric === "top_category" && !f.lowerBound && f.rank !== primary.rank),
  );
  if (disagree.length)
    return {
      kind: "conflict",
      keys: [figureKey(first)],
      message: `${first.metric}${first.scope ? ` (${first.scope})` : ""}${first.category ? ` ${first.category}` : ""}: the readings disagree (${figs.map((f) => `${f.written}${f.rank ? ` rank ${f.rank}` : ""} at line ${f.lines[f.lines.length - 1]}`).join(" vs ")}).`,
      candidates: [...figs],
    };
  const also = figs.filter((f) => f !== primary);
  return {
    primary,
    also,
    notes: [joinNotes(primary.note, ...also.map((f) => f.note))].filter(Boolean),
  };
}

/**
 * Fallback readings (a looser wording, see `Figure.fallback`) give way to any other
 * reading of the same figure; alone, they are kept with a note saying what they are.
 */
export function dropFallbacks(figs: readonly Figure[]): { kept: Figure[]; dropped: Figure[] } {
  const firm = figs.filter((f) => !f.fallback);
  if (!firm.length || firm.length === figs.length)
    return {
      kept: figs.map((f) => (f.fallback ? { ...f, note: joinNotes(f.note, f.fallback) } : f)),
      dropped: [],
    };
  return { kept: firm, dropped: figs.filter((f) => f.fallback) };
}

/** Readings → draft facts (in catalogue order), the review list, and the fallbacks set aside. */
export function reconcile(r: Readings): {
  facts: DraftFact[];
  review: ReviewItem[];
  skipped: Skipped[];
} {
  const review: ReviewItem[] = [];
  const figures: Figure[] = [...r.prose];
  for (const t of r.tables) {
    const s = settleTable(t, r.prose);
    figures.push(...s.figures);
    review.push(...t.review, ...s.review);
  }
  const ranked = settleRankings(r.rankings);
  figures.push(...ranked.figures, ...ranked.confirmations);
  review.push(...ranked.review);
  const weak = new Set(ranked.confirmations);
  const facts: DraftFact[] = [];
  const skipped: Skipped[] = [];
  for (const all of groupBy(figures, figureKey).values()) {
    const { kept: group, dropped } = dropFallbacks(all);
    for (const f of dropped)
      skipped.push({
        metric: f.metric,
        written: f.written,
        reason: `${f.fallback} Another reading of the figure is printed.`,
        lines: f.lines,
        text: f.text,
      });
    const settled = settleKey(group, weak);
    if (!settled) continue;
    if ("primary" in settled) facts.push(settled);
    else review.push(settled);
  }
  return { facts: facts.sort(compare), review, skipped };
}
