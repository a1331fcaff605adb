/**
 * Layout of a trend chart: one or more lines over a time axis with a slot for
 * every period of the span (every year, quarter or month from the first
 * figure to the last), so a period without a figure keeps its place and stays
 * empty: no line is drawn across it, as none was published. Reported figures
 * are filled dots joined by solid lines, derived ones hollow dots joined by
 * dashed lines. Where several lines share the chart, each is named at its
 * end (direct labels, pushed apart so they never overlap) when the width
 * leaves room; the legend below names them in any case.
 */
import { scalePoint } from "d3-scale";
import { scaleLinear } from "./linear.ts";
import { line } from "d3-shape";
import { textWidth } from "./bars.ts";
import type { TrendLine, TrendSlot } from "./trendSeries.ts";

/**
 * Which texts a slot has room for. Where the periods are too close for every
 * label (ten years on a phone), values are written at each line's first and
 * last point only (and not at all where several lines share the chart), and
 * the axis names every second (third…) period counted back from the latest;
 * each value stays in the chart's detail line on hover and in its table.
 */
export interface Labels {
  value: boolean;
  year: boolean;
  /** "(derived)" after the period, or "no data" over an empty one. */
  note: boolean;
}

export interface TrendLayoutPoint {
  slot: string;
  value: number;
  display: string;
  derived: boolean;
  x: number;
  y: number;
  showValue: boolean;
}

export interface TrendLayoutLine {
  key: string;
  label: string;
  color: string;
  points: TrendLayoutPoint[];
  segments: { d: string; dashed: boolean }[];
  /** Where the direct label goes (at the last point, moved apart from the others); null when there is no room. */
  end: { x: number; y: number } | null;
}

export interface TrendLayout {
  width: number;
  height: number;
  lines: TrendLayoutLine[];
  /** Every slot of the axis, with its x and which labels it has room for. */
  slots: (TrendSlot & { x: number; label: string; labels: Labels; empty: boolean })[];
  yTicks: { y: number; value: number }[];
  baseline: number;
  left: number;
  right: number;
}

/** Room a label needs, in px, at the chart's 11–12 px text. */
const ROOM = { value: 54, note: 90 };
/** Vertical room of one direct label. */
const LABEL_GAP = 14;

/**
 * Move labels (sorted by y) apart so no two are closer than `gap`, keeping
 * them inside [top, bottom] and as near their wanted place as they can be.
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number) {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const ys = order.map((o) => o.y);
  const n = ys.length;
  // Down from the top, then back up from the bottom, moving each only as far as it must.
  for (let k = 0; k < n; k++) ys[k] = Math.max(ys[k]!, k ? ys[k - 1]! + gap : top);
  for (let k = n - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, k < n - 1 ? ys[k + 1]! - gap : bottom);
  const out = new Array<number>(n);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}

export function layoutTrend(
  slots: readonly TrendSlot[],
  lines: readonly TrendLine[],
  o: { width: number; height?: number; left?: number },
): TrendLayout {
  const width = Math.max(200, Math.floor(o.width));
  const height = o.height ?? 180;
  const left = o.left ?? 56;
  const top = 24;
  const baseline = height - 24;
  const several = lines.length > 1;
  // Direct labels take the right margin when it can be spared (a third of the width at most).
  const longest = Math.max(0, ...lines.map((l) => textWidth(l.label, 7.5)));
  const labelRoom = several && longest + 12 <= (width - left) / 3 ? longest + 12 : 0;
  const right = width - Math.max(labelRoom, 40);
  const x = scalePoint<string>()
    .domain(slots.map((s) => s.key))
    .range([left, right])
    .padding(0.5);
  const max = Math.max(0, ...lines.flatMap((l) => l.points.map((p) => p.value)));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([baseline, top])
    .nice(3);
  const step = x.step();
  const widest = Math.max(28, ...slots.map((s) => textWidth(s.label, 6.5) + 8));
  const every = Math.max(1, Math.ceil(widest / step));
  const have = new Set(lines.flatMap((l) => l.points.map((p) => p.slot)));
  const last = slots.length - 1;
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const index = new Map(slots.map((s, i) => [s.key, i]));
  const laidLines = lines.map((l) => {
    const sorted = [...l.points].sort((a, b) => index.get(a.slot)! - index.get(b.slot)!);
    const points = sorted.map((p, i) => ({
      slot: p.slot,
      value: p.value,
      display: p.display,
      derived: p.derived,
      x: x(p.slot) ?? left,
      y: y(p.value),
      showValue: !several && (step >= ROOM.value || i === 0 || i === sorted.length - 1),
    }));
    const segments = points.slice(1).flatMap((p, i) => {
      const a = points[i]!;
      return index.get(p.slot)! === index.get(a.slot)! + 1
        ? [{ d: path([a, p]) ?? "", dashed: a.derived || p.derived }]
        : [];
    });
    return { key: l.key, label: l.label, color: l.color, points, segments, end: null };
  });
  if (labelRoom) {
    const ends = laidLines.map((l) => l.points.at(-1));
    const placed = spreadLabels(
      ends.map((p) => p?.y ?? baseline),
      LABEL_GAP,
      top - 8,
      baseline,
    );
    laidLines.forEach((l, i) => {
      const p = ends[i];
      (l as TrendLayoutLine).end = p ? { x: right + 8, y: placed[i]! } : null;
    });
  }
  const laidSlots = slots.map((s, i) => ({
    ...s,
    x: x(s.key) ?? left,
    empty: !have.has(s.key),
    labels: {
      value: step >= ROOM.value,
      // Counted back from the latest period, which is always named.
      year: (last - i) % every === 0,
      note: step >= ROOM.note,
    },
  }));
  const yTicks = y.ticks(3).map((v) => ({ y: y(v), value: v }));
  return {
    width,
    height,
    lines: laidLines,
    slots: laidSlots,
    yTicks,
    baseline,
    left,
    right,
  };
}
