/**
 * Every chart, in the order the profile shows them. Pages, embeds, the embed
 * snippet and the data loading read what a chart is and needs from here;
 * adding a chart is adding its module (and its strings), its id in
 * `spec.ts` and its entry here.
 */
import {
  CHART_IDS,
  isPlaceChartId,
  PLACE_CHART_IDS,
  type ChartId,
  type PlaceChartDef,
  type PlaceChartId,
} from "./spec.ts";
import { categories } from "./specs/categories.ts";
import { COMPARE_EMBED_HEIGHT } from "./specs/compare.ts";
import { connection } from "./specs/connection.ts";
import { satisfaction } from "./specs/satisfaction.ts";
import { seats } from "./specs/seats.ts";
import { trend } from "./specs/trend.ts";
import { volume } from "./specs/volume.ts";

const DEFS: Record<PlaceChartId, PlaceChartDef> = {
  volume,
  trend,
  connection,
  satisfaction,
  seats,
  categories,
};

/** The place charts, in profile order. */
export const PLACE_CHART_DEFS: readonly PlaceChartDef[] = PLACE_CHART_IDS.map((id) => DEFS[id]);

export { CHART_IDS, PLACE_CHART_IDS, isPlaceChartId };

export function placeChart(id: PlaceChartId): PlaceChartDef {
  return DEFS[id];
}

/** A chart's starting height in an embed frame. */
export function embedHeight(id: ChartId): number {
  return id === "compare" ? COMPARE_EMBED_HEIGHT : placeChart(id).embedHeight;
}

/**
 * What a set of place charts needs beyond one place-year: whether the place's
 * other years, which metrics' files (every place's figures), and whether the
 * place's other periods and the compared places' figures (the trend).
 */
export function needsOf(ids: readonly PlaceChartId[]): {
  otherYears: boolean;
  metrics: string[];
  periods: boolean;
} {
  const defs = ids.map(placeChart);
  return {
    otherYears: defs.some((d) => d.needs.otherYears),
    metrics: [...new Set(defs.flatMap((d) => d.needs.metrics))],
    periods: defs.some((d) => d.needs.periods),
  };
}
