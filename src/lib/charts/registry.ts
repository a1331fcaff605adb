/**
 * Every chart, in the order the profile shows them. Pages, embeds, the embed
 * snippet and the data loading read what a chart is and needs from here;
 * adding a chart is adding its module (and its strings), its id in
 * `spec.ts` and its entry here. The trend's code loads on demand (it is the
 * largest, and only its own embed and the profile draw it): `placeChart` is
 * null for it until `loadPlaceChart` has brought it.
 */
import {
  CHART_IDS,
  isPlaceChartId,
  PLACE_CHART_IDS,
  type ChartId,
  type PlaceChartDef,
  type PlaceChartId,
  type PlaceChartMeta,
} from "./spec.ts";
import { categories } from "./specs/categories.ts";
import { COMPARE_EMBED_HEIGHT } from "./specs/compare.ts";
import { connection } from "./specs/connection.ts";
import { satisfaction } from "./specs/satisfaction.ts";
import { seats } from "./specs/seats.ts";
import { TREND_META } from "./specs/trendMeta.ts";
import { volume } from "./specs/volume.ts";
import { trendCode } from "./trendCode.svelte.ts";

/** Each chart's def, or for one whose code loads on demand, what it is and how to load it. */
const DEFS: Record<
  PlaceChartId,
  | PlaceChartDef
  | { meta: PlaceChartMeta; loaded: () => PlaceChartDef | null; load: () => Promise<PlaceChartDef> }
> = {
  volume,
  trend: {
    meta: TREND_META,
    loaded: () => trendCode.kit?.trend ?? null,
    load: () => trendCode.load().then((k) => k.trend),
  },
  connection,
  satisfaction,
  seats,
  categories,
};

export { CHART_IDS, PLACE_CHART_IDS, isPlaceChartId };

/** What a chart is and needs, known at once for every chart. */
export function chartMeta(id: PlaceChartId): PlaceChartMeta {
  const d = DEFS[id];
  return "meta" in d ? d.meta : d;
}

/**
 * A chart's def, or null while its code is not loaded (reactive in a
 * component: it turns to the def when `loadPlaceChart` is done).
 */
export function placeChart(id: PlaceChartId): PlaceChartDef | null {
  const d = DEFS[id];
  return "meta" in d ? d.loaded() : d;
}

/** A chart's def, once its code is loaded (at once for those loaded with the registry). */
export function loadPlaceChart(id: PlaceChartId): Promise<PlaceChartDef> {
  const d = DEFS[id];
  return "meta" in d ? d.load() : Promise.resolve(d);
}

/** Every place chart's def, in profile order, once their code is loaded. */
export function loadPlaceCharts(ids: readonly PlaceChartId[] = PLACE_CHART_IDS) {
  return Promise.all(ids.map(loadPlaceChart));
}

/** A chart's starting height in an embed frame. */
export function embedHeight(id: ChartId): number {
  return id === "compare" ? COMPARE_EMBED_HEIGHT : chartMeta(id).embedHeight;
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
  const metas = ids.map(chartMeta);
  return {
    otherYears: metas.some((d) => d.needs.otherYears),
    metrics: [...new Set(metas.flatMap((d) => d.needs.metrics))],
    periods: metas.some((d) => d.needs.periods),
  };
}
