/**
 * What the trend chart is and needs, without its code: the registry and the
 * pages read this at once, while the trend's spec and drawing (`trend.ts`,
 * `TrendChart`, d3-shape) load only where a trend is drawn
 * (`../trendCode.svelte.ts`).
 */
import type { PlaceChartMeta } from "../spec.ts";

/** The series shown when the URL names none (or one the place does not publish). */
export const DEFAULT_TREND = "demand_total";

export const TREND_META: PlaceChartMeta = {
  id: "trend",
  metrics: [DEFAULT_TREND],
  needs: { otherYears: true, metrics: [], periods: true },
  embedHeight: 520,
};
