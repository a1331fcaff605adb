import type { Place } from "./fact.ts";
import type { MetricGroup, Unit } from "./metrics.ts";
import type { PeriodKind } from "./period.ts";
import type { SourceRecord } from "./citation.ts";

/** What a place offers: the years it has a report for, and years with derived figures only. */
export interface ManifestPlace extends Place {
  /** Years with a published report. */
  years: number[];
  /** Years with derived figures only (implied by a later report's year-on-year changes). */
  derived_years: number[];
  /**
   * Figures of other periods (quarters, halves, months, windows; period.ts forms), all in
   * one file `<place>/periods.json`: which kinds, how many periods, the first and last.
   * Absent when the place has none.
   */
  periods?: { kinds: PeriodKind[]; count: number; first: string; last: string };
}

export interface ManifestFile {
  /** Relative to the data folder, e.g. "suzhou/2022.json". */
  path: string;
  bytes: number;
  sha256: string;
}

export interface ManifestReport {
  /** The source record's id, which facts cite (absent in files from before source records). */
  id?: string;
  file: string;
  place_id: string;
  year: number;
  /** The report's period (period.ts form) and its kind; absent in older files. */
  period?: string;
  period_kind?: PeriodKind;
  /** Title, issuer, date, URL and kind of the publication. */
  source?: SourceRecord | null;
  /** Which place the report's title names (it may be wrong). */
  title_place_zh: string;
  place_evidence: string;
  /** The same in Chinese; "" where only the English was written. */
  place_evidence_zh: string;
  reported: number;
  derived: number;
}

/**
 * What every page reads first, kept small at any number of places: places
 * and metrics, the build's id, and the size and SHA-256 of the shared files.
 * The per place-year files carry the build's id instead (a file from another
 * build is refused); `files.json` lists every file with its size and SHA-256,
 * and `reports.json` the reports, for the pages that show them.
 */
export interface Manifest {
  version: 2;
  /** Identifies this build of the data (a digest of its figures, issues and reports). */
  build: string;
  places: ManifestPlace[];
  metrics: { id: string; zh: string; en: string; unit: Unit; group: MetricGroup }[];
  files: ManifestFile[];
}

/** Files listed (with size and SHA-256) in the manifest itself, besides the per-metric files. */
export const SHARED_FILES = [
  "facts.csv",
  "facts.arrow",
  "quality.json",
  "reports.json",
  "sources.json",
  "datapackage.json",
];

/**
 * The folder of the per-metric files: one Arrow file per metric with every
 * place's and year's figures of it (the comparison of places and the seats
 * context read these, so a view downloads the metrics it shows, not all of
 * them). Reserved: no place may take this id.
 */
export const METRIC_DIR = "metric";

/**
 * Path of the file holding every place's yearly figures of one metric, as the pages read
 * it: compact JSON (factsToJson), so no page needs the Arrow decoder in its first load.
 * The same rows are published as Arrow beside it (`metricArrowPath`) for tools.
 */
export function metricPath(metric: string): string {
  return `${METRIC_DIR}/${metric}.json`;
}

/** The Arrow copy of a metric file (or of its periods file), for tools. */
export function metricArrowPath(path: string): string {
  return path.replace(/\.json$/, ".arrow");
}

/**
 * Path of the file holding every place's figures of one metric in periods other than a
 * year (months, quarters, halves, windows): what the overview reads to compare one month
 * or quarter across places, never mixed with the yearly file.
 */
export function metricPeriodsPath(metric: string): string {
  return `${METRIC_DIR}/periods/${metric}.json`;
}

/** Whether the manifest lists this file with its size and SHA-256. */
export function isManifestFile(path: string): boolean {
  // The metric files the pages read; their Arrow copies are listed in files.json only.
  return (
    SHARED_FILES.includes(path) || (path.startsWith(`${METRIC_DIR}/`) && path.endsWith(".json"))
  );
}

/** Path of the file holding one place's figures for one year (see factsJson.ts). */
export function placeYearPath(placeId: string, year: number): string {
  return placePeriodPath(placeId, String(year));
}

/**
 * Path of the file holding one place's figures of a period: its year's own file for a
 * yearly figure, else the file of all the place's other periods (months, quarters …).
 */
export function placePeriodPath(placeId: string, period: string): string {
  return /^\d{4}$/.test(period) ? `${placeId}/${period}.json` : placePeriodsPath(placeId);
}

/** Path of the file holding every figure of one place that is not a yearly one. */
export function placePeriodsPath(placeId: string): string {
  return `${placeId}/periods.json`;
}
