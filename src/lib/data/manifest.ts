import type { Place } from "./fact.ts";
import type { MetricGroup, Unit } from "./metrics.ts";

/** What a place offers: the years it has a report for, and years with derived figures only. */
export interface ManifestPlace extends Place {
  /** Years with a published report. */
  years: number[];
  /** Years with derived figures only (implied by a later report's year-on-year changes). */
  derived_years: number[];
}

export interface ManifestFile {
  /** Relative to the data folder, e.g. "suzhou/2022.json". */
  path: string;
  bytes: number;
  sha256: string;
}

export interface ManifestReport {
  file: string;
  place_id: string;
  year: number;
  /** Which place the report's title names (it may be wrong). */
  title_place_zh: string;
  place_evidence: string;
  reported: number;
  derived: number;
}

export interface Manifest {
  version: 1;
  places: ManifestPlace[];
  metrics: { id: string; zh: string; en: string; unit: Unit; group: MetricGroup }[];
  reports: ManifestReport[];
  files: ManifestFile[];
}

/** Path of the file holding one place's figures for one year (see factsJson.ts). */
export function placeYearPath(placeId: string, year: number): string {
  return `${placeId}/${year}.json`;
}
