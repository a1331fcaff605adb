/**
 * A Lighthouse-style performance score from Web Vitals measured with the
 * Performance API: each metric scored on Lighthouse 10's log-normal curve
 * (its p10 and median for desktop or mobile), then weighted as Lighthouse
 * weighs them. Speed Index needs screenshots and is not measured: its weight
 * is shared out over the others. Pure.
 */

export type FormFactor = "desktop" | "mobile";

export interface Vitals {
  /** First contentful paint, ms. */
  fcp: number;
  /** Largest contentful paint, ms. */
  lcp: number;
  /** Total blocking time, ms: long tasks' time over 50 ms, from FCP on. */
  tbt: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
}

/** Lighthouse 10's scoring curves (p10 scores 0.9, the median 0.5) and weights. */
export const CURVES: Record<FormFactor, Record<keyof Vitals, { p10: number; median: number }>> = {
  desktop: {
    fcp: { p10: 934, median: 1600 },
    lcp: { p10: 1200, median: 2400 },
    tbt: { p10: 150, median: 350 },
    cls: { p10: 0.1, median: 0.25 },
  },
  mobile: {
    fcp: { p10: 1800, median: 3000 },
    lcp: { p10: 2500, median: 4000 },
    tbt: { p10: 200, median: 600 },
    cls: { p10: 0.1, median: 0.25 },
  },
};
/** Lighthouse's weights without Speed Index (0.1), which is not measured here. */
export const WEIGHTS: Record<keyof Vitals, number> = { fcp: 0.1, lcp: 0.25, tbt: 0.3, cls: 0.25 };

/** Complementary error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const r = poly * Math.exp(-z * z);
  return x >= 0 ? r : 2 - r;
}

/** One metric's score in [0, 1] on a log-normal curve, as Lighthouse computes it. */
export function logNormalScore(curve: { p10: number; median: number }, value: number): number {
  if (value <= 0) return 1;
  const standardized =
    (Math.log(value / curve.median) * 0.9061938024368232) / -Math.log(curve.p10 / curve.median);
  const p = erfc(standardized) / 2;
  if (value <= curve.p10) return Math.max(0.9, Math.min(1, p));
  if (value <= curve.median) return Math.max(0.5, Math.min(0.8999999999999999, p));
  return Math.max(0, Math.min(0.49999999999999994, p));
}

/** The weighted score, 0–100, rounded as Lighthouse shows it. */
export function performanceScore(v: Vitals, form: FormFactor): number {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let s = 0;
  for (const k of Object.keys(WEIGHTS) as (keyof Vitals)[])
    s += WEIGHTS[k] * logNormalScore(CURVES[form][k], v[k]);
  return Math.round((s / total) * 100);
}
