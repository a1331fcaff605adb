/**
 * Layout of a small trend chart: one point per year, reported years filled and
 * joined by solid lines, derived years hollow and joined by dashed lines. The
 * axis has every year of the span, so a year without a figure keeps its place
 * and stays empty: no line is drawn across it, as none was published.
 */
import { scalePoint } from "d3-scale";
import { scaleLinear } from "./linear.ts";
import { line } from "d3-shape";

export interface TrendDatum {
  year: number;
  value: number;
  display: string;
  derived: boolean;
}

export interface TrendLayout {
  width: number;
  height: number;
  points: (TrendDatum & { x: number; y: number; label: Labels })[];
  /** Years inside the span without a figure: labelled on the axis, nothing drawn. */
  missing: { year: number; x: number; label: Labels }[];
  segments: { d: string; dashed: boolean }[];
  yTicks: { y: number; value: number }[];
  baseline: number;
  left: number;
  right: number;
}

/**
 * Which texts a year's slot has room for. Where the years are too close for
 * every label (ten years on a phone), values are written at the first and last
 * point only and the axis names every second (third…) year counted back from
 * the latest; each value stays
 * in the chart's detail line on focus or hover and in its table.
 */
export interface Labels {
  value: boolean;
  year: boolean;
  /** "(derived)" after the year, or "no data" over an empty year. */
  note: boolean;
}

/** Room a label needs, in px, at the chart's 11–12 px text. */
const ROOM = { value: 54, year: 36, note: 90 };

export function layoutTrend(
  data: readonly TrendDatum[],
  o: { width: number; height?: number; left?: number },
): TrendLayout {
  const width = Math.max(200, Math.floor(o.width));
  const height = o.height ?? 160;
  const left = o.left ?? 56;
  const right = width - 40;
  const top = 24;
  const baseline = height - 24;
  const sorted = [...data].sort((a, b) => a.year - b.year);
  const first = sorted[0]?.year ?? 0;
  const span = sorted.length ? sorted[sorted.length - 1]!.year - first + 1 : 0;
  const years = Array.from({ length: span }, (_, i) => first + i);
  const x = scalePoint<number>().domain(years).range([left, right]).padding(0.5);
  const max = Math.max(0, ...sorted.map((d) => d.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([baseline, top])
    .nice(3);
  const step = x.step();
  const every = Math.max(1, Math.ceil(ROOM.year / step));
  const labels = (year: number, ends: boolean): Labels => ({
    value: step >= ROOM.value || ends,
    // Counted back from the latest year, which is always named.
    year: (first + span - 1 - year) % every === 0,
    note: step >= ROOM.note,
  });
  const points = sorted.map((d, i) => ({
    ...d,
    x: x(d.year) ?? left,
    y: y(d.value),
    label: labels(d.year, i === 0 || i === sorted.length - 1),
  }));
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const segments = points.slice(1).flatMap((p, i) => {
    const a = points[i]!;
    return p.year === a.year + 1 ? [{ d: path([a, p]) ?? "", dashed: a.derived || p.derived }] : [];
  });
  const have = new Set(sorted.map((d) => d.year));
  const missing = years
    .filter((yr) => !have.has(yr))
    .map((yr) => ({ year: yr, x: x(yr) ?? left, label: labels(yr, false) }));
  const yTicks = y.ticks(3).map((v) => ({ y: y(v), value: v }));
  return { width, height, points, missing, segments, yTicks, baseline, left, right };
}
