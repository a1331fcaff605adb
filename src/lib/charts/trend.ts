/**
 * Layout of a small trend chart: one point per year, reported years filled and
 * joined by solid lines, derived years hollow and joined by dashed lines.
 */
import { scaleLinear, scalePoint } from "d3-scale";
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
  points: (TrendDatum & { x: number; y: number })[];
  segments: { d: string; dashed: boolean }[];
  yTicks: { y: number; value: number }[];
  baseline: number;
  left: number;
  right: number;
}

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
  const x = scalePoint<number>()
    .domain(sorted.map((d) => d.year))
    .range([left, right])
    .padding(0.5);
  const max = Math.max(0, ...sorted.map((d) => d.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([baseline, top])
    .nice(3);
  const points = sorted.map((d) => ({ ...d, x: x(d.year) ?? left, y: y(d.value) }));
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const segments = points.slice(1).map((p, i) => {
    const a = points[i]!;
    return { d: path([a, p]) ?? "", dashed: a.derived || p.derived };
  });
  const yTicks = y.ticks(3).map((v) => ({ y: y(v), value: v }));
  return { width, height, points, segments, yTicks, baseline, left, right };
}
