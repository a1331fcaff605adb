/**
 * What one chart shows, as plain data: the contract between a chart's module
 * (`specs/*.ts`, pure) and the components that draw it. A spec is computed in
 * Node for tests and snapshots exactly as in the page.
 */
import type { Fact } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import type { QualityIssue } from "../data/quality.ts";
import type { Lang } from "../format/number.ts";
import type { BarDatum } from "./bars.ts";
import type { ChartRecord } from "./records.ts";
import type { Unit } from "../data/metrics.ts";
import type { TrendLine, TrendSlot } from "./trendSeries.ts";

/**
 * The place charts' ids, in the order the profile shows them. Each has its
 * module in `specs/` and its entry in the registry (the type makes both
 * required). Kept apart from the registry so pages that only link to charts
 * (the overview, the embed query) do not load every chart's code.
 */
export const PLACE_CHART_IDS = [
  "volume",
  "trend",
  "connection",
  "satisfaction",
  "seats",
  "categories",
] as const;
export type PlaceChartId = (typeof PLACE_CHART_IDS)[number];
export type ChartId = PlaceChartId | "compare";

/** Every chart an embed can show: the place charts and the comparison. */
export const CHART_IDS: readonly ChartId[] = [...PLACE_CHART_IDS, "compare"];

/** Whether an id (from a URL) names a place chart. */
export function isPlaceChartId(id: string): id is PlaceChartId {
  return (PLACE_CHART_IDS as readonly string[]).includes(id);
}

/** What a drawing is: bars (optionally under group headings), or a trend line. */
export type Drawing =
  | {
      kind: "bars";
      data: BarDatum[];
      /** Fixed scale maximum (100 for percentages). */
      max?: number;
      percent?: boolean;
    }
  | {
      kind: "trend";
      /** Every period of the span, in order (a slot without a figure stays empty). */
      slots: TrendSlot[];
      lines: TrendLine[];
      unit: Unit;
    }
  | {
      kind: "groups";
      /** `key` is unique; `definition` is shared by the tiers of one definition. */
      groups: { key: string; definition: string; heading: string; data: BarDatum[] }[];
      max?: number;
      percent?: boolean;
    };

/** Text under the drawing. */
export interface Footer {
  /** Named figures shown beside the chart ("calls answered 1,234"). */
  stats: { key: string; label: string; value: string }[];
  /** Definitions of the figures drawn, with the report's own wording. */
  definitions: { key: string; label: string; wording: string; text: string }[];
  notes: string[];
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  definition: string;
  /** A line above the drawing naming which view of the data it shows (a ranking). */
  subtitle?: string;
  sources: string[];
  issues: QualityIssue[];
  /** Set when the chart has nothing to draw: why, in the page's language. */
  empty: string | null;
  /** Accessible name of the drawing and its one-sentence summary. */
  label: string;
  summary: string;
  /** The table's column headings and rows, as people read them: values exact, never compacted. */
  columns: string[];
  rows: string[][];
  /** Every figure the chart shows, one typed field per column: its CSV download (records.ts). */
  records: ChartRecord[];
  fileName: string;
  drawing: Drawing;
  footer: Footer;
  /** A choice between views of the data (the top-five rankings), when there is one. */
  options: { label: string; items: { id: string; label: string }[]; chosen: string } | null;
  /** The trend's choices: which series, and which places beside the chart's own. */
  trend?: TrendControls;
}

/** The trend chart's controls, as plain data (`TrendControls.svelte` renders them). */
export interface TrendControls {
  /** The series picker: every series the place publishes more than once. */
  series: { label: string; items: { id: string; label: string }[]; chosen: string };
  /** Places on the chart besides its own, with their line colour, and those that can be added. */
  places: {
    shown: { id: string; label: string; color: string }[];
    /** Places that can be added, grouped by level; empty when the chart is full. */
    addable: { group: string; items: { id: string; label: string }[] }[];
    /** How many places may be added still. */
    room: number;
  };
}

/** What a place chart is computed from. */
export interface PlaceChartInput {
  place: ManifestPlace;
  year: number;
  /** All figures of this place and year. */
  facts: readonly Fact[];
  /** Figures beyond this place and year, as the chart's `needs` say. */
  context: readonly Fact[];
  places: readonly ManifestPlace[];
  issues: readonly QualityIssue[];
  /** The chosen ranking (`dimension:scope`), empty for the first. */
  ranking: string;
  /** Put before the title where the chart stands alone (embeds). */
  heading?: string;
  /** The trend's series (`trend=`: `metric` or `metric:kind`), empty for the default. */
  trend?: string;
  /** Places drawn beside this one on the trend (`compare=`), in order. */
  compare?: readonly string[];
}

/** What a chart needs beyond its place's figures for the year. */
export interface ChartNeeds {
  /** The place's other years (their place-year files). */
  otherYears: boolean;
  /** Every place's figures of these metrics (the metric files). */
  metrics: readonly string[];
  /**
   * The place's figures of other periods than years (`<place>/periods.json`), and the
   * compared places' years and periods (`compare=`).
   */
  periods?: boolean;
}

/**
 * What a place chart is and needs, known without its code: enough to ask for
 * its data and size its embed frame while a chart whose code loads on demand
 * (the trend) is still loading.
 */
export interface PlaceChartMeta {
  id: PlaceChartId;
  /** The metrics it draws, for quality markers and empty states. */
  metrics: readonly string[];
  needs: ChartNeeds;
  /** Starting height of its embed frame, in px. */
  embedHeight: number;
}

/** One place chart: what it is, what it needs, and how it is computed. */
export interface PlaceChartDef extends PlaceChartMeta {
  spec(input: PlaceChartInput, lang: Lang): ChartSpec;
}

export const NO_FOOTER: Footer = { stats: [], definitions: [], notes: [] };
