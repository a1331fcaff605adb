/**
 * A linear scale for numbers only: the part of d3-scale's `scaleLinear` the
 * charts use (map, `nice`, `ticks`), with d3-array's tick and nice maths.
 *
 * Why not d3-scale's own: its linear scale interpolates any value (colours,
 * dates, strings), which pulls d3-interpolate, d3-color and d3-format into
 * every page and embed (about 8 KB gzip of a 60 KB embed budget) for charts
 * that only ever map numbers to pixels. Same chained API, so a chart swaps
 * the import and nothing else. Pure.
 */
import { nice as niceExtent, ticks as tickValues } from "d3-array";

export interface LinearScale {
  /** The range position of `x`: `r0 + (x − d0) / (d1 − d0) · (r1 − r0)`, unclamped. */
  (x: number): number;
  domain(): [number, number];
  domain(d: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(r: readonly [number, number]): LinearScale;
  /** Extends the domain to round values, as d3-array's `nice(start, stop, count)`. */
  nice(count?: number): LinearScale;
  /** About `count` round values within the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/** A linear scale; domain and range default to [0, 1], as d3's. */
export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  const scale = ((x: number) => {
    // A reversed domain is read from its low end, as d3 reads it (same rounding).
    const [a, b, ra, rb] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
    const span = b - a;
    // A single-value domain maps to the middle of the range (as d3 does).
    const t = span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5;
    return ra * (1 - t) + rb * t;
  }) as LinearScale;
  scale.domain = ((d?: readonly [number, number]) => {
    if (!d) return [d0, d1];
    d0 = +d[0];
    d1 = +d[1];
    return scale;
  }) as LinearScale["domain"];
  scale.range = ((r?: readonly [number, number]) => {
    if (!r) return [r0, r1];
    r0 = +r[0];
    r1 = +r[1];
    return scale;
  }) as LinearScale["range"];
  scale.nice = (count = 10) => {
    if (d1 < d0) [d1, d0] = niceExtent(d1, d0, count);
    else [d0, d1] = niceExtent(d0, d1, count);
    return scale;
  };
  scale.ticks = (count = 10) => tickValues(d0, d1, count);
  return scale;
}
