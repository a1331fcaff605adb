import type { Dimension, Scope, Unit } from "./metrics.ts";
import type { PeriodKind } from "./period.ts";

export const LEVELS = ["province", "prefecture", "county", "district"] as const;
export type Level = (typeof LEVELS)[number];

/** A place as the manifest describes it. */
export interface Place {
  id: string;
  zh: string;
  en: string;
  level: Level;
  /** Empty string when the place belongs to nothing in the dataset. */
  parent: string;
  /** 6-digit GB/T 2260 code. */
  adcode: string;
}

/** A place as the columns every row of the long table begins with. */
export function placeColumns(
  place: Place,
): Pick<Fact, "place_id" | "place_zh" | "place_en" | "level" | "parent_id" | "adcode"> {
  return {
    place_id: place.id,
    place_zh: place.zh,
    place_en: place.en,
    level: place.level,
    parent_id: place.parent,
    adcode: place.adcode,
  };
}

/**
 * One figure: a row of the long table (PRODUCT.md's data contract). Optional
 * text columns are empty strings, never undefined, so CSV and Arrow agree.
 * `share` is the report's own share in percent (top_category rows), or null.
 */
export interface Fact {
  place_id: string;
  place_zh: string;
  place_en: string;
  level: Level;
  parent_id: string;
  adcode: string;
  year: number;
  /** The period the figure covers, canonical form (period.ts): "2023", "2023-Q1", "2023-01..09". */
  period: string;
  period_kind: PeriodKind;
  metric: string;
  category: string;
  rank: number | null;
  dimension: Dimension | "";
  scope: Scope | "";
  value: number;
  share: number | null;
  unit: Unit;
  term_zh: string;
  derivation: string;
  yoy_text: string;
  source: string;
  /** What a careful reader must know, in English; "" when nothing. */
  note: string;
  /** The same note in Chinese ("" when there is no note, or a file read back has no such column). */
  note_zh: string;
}

/** Column order of facts.csv and the Arrow files. */
export const FACT_COLUMNS = [
  "place_id",
  "place_zh",
  "place_en",
  "level",
  "parent_id",
  "adcode",
  "year",
  "period",
  "period_kind",
  "metric",
  "category",
  "rank",
  "dimension",
  "scope",
  "value",
  "share",
  "unit",
  "term_zh",
  "derivation",
  "yoy_text",
  "source",
  "note",
  "note_zh",
] as const satisfies readonly (keyof Fact)[];

/** Identity of a figure: two facts with the same key are the same figure. */
export function factKey(
  f: Pick<Fact, "place_id" | "period" | "metric" | "dimension" | "scope" | "category">,
): string {
  return [f.place_id, f.period, f.metric, f.dimension, f.scope, f.category].join("|");
}

/** A place's name in the page's language. */
export function placeName(p: { zh: string; en: string }, lang: "zh" | "en"): string {
  return lang === "zh" ? p.zh : p.en;
}

/** The key of one place's report year, for lookups by place and year. */
export function placeYearKey(placeId: string, year: number): string {
  return `${placeId}|${year}`;
}

/** A metric's plain figure (no scope, no category) among one place-year's facts. */
export function plainFact(facts: readonly Fact[], metric: string): Fact | undefined {
  return facts.find((f) => f.metric === metric && !f.scope && !f.category);
}
