/**
 * The gazetteer's records: divisions of China (GB/T 2260) as compiled into
 * divisions.json by `npm run gazetteer`, and the names they had before.
 */
import type { Level } from "../data/fact.ts";

/** One administrative division (or a hand-kept place such as a development zone). */
export interface Division {
  /** 6-digit code: GB/T 2260, or a hand-kept place's statistical code ("" if none). */
  adcode: string;
  /** Full name as the code table writes it: 苏州市, 乳源瑶族自治县. */
  zh: string;
  /** Short name: 苏州, 乳源 (at least two characters: 和县 stays 和县). */
  short: string;
  level: Level;
  /** Parent's adcode; "" for a province. 直辖市 districts have the 直辖市 as parent. */
  parent: string;
  /** Unique ASCII id, a pinyin slug (suzhou, tongzhou-nantong). */
  id: string;
  /** English name: pinyin in title case without tones (Huai'an). */
  en: string;
  /** false for a hand-kept place that is not a GB/T 2260 division (a development zone). */
  official: boolean;
}

/** A name a division had before (海门市 → 海门区 in 2020). */
export interface FormerName {
  /** The former full name, as reports of the time write it. */
  zh: string;
  /** The former code ("" if not known). */
  adcode: string;
  /** Adcode of today's division. */
  now: string;
  /**
   * The year of the change when `exact`; otherwise the year of the first code
   * table that no longer lists the former name (the change happened after
   * `lastListed` and by `year`).
   */
  year: number;
  exact: boolean;
  /** Year of the last code table listing the former name (0 when no table lists it). */
  lastListed: number;
  /** What happened, in Chinese and English: kept by hand, or generated for a record read from the tables. */
  note: string;
}

/** Column order of a division row in divisions.json. */
export const DIVISION_COLUMNS = [
  "adcode",
  "zh",
  "short",
  "level",
  "parent",
  "id",
  "en",
  "official",
] as const;

/** Column order of a former-name row in divisions.json. */
export const FORMER_COLUMNS = [
  "zh",
  "adcode",
  "now",
  "year",
  "exact",
  "lastListed",
  "note",
] as const;

export type DivisionRow = [string, string, string, Level, string, string, string, 0 | 1];
export type FormerRow = [string, string, string, number, 0 | 1, number, string];

/** The compiled file's shape (src/lib/places/divisions.json). */
export interface DivisionsFile {
  version: 1;
  /** Where the rows come from (package names and versions, the hand-kept file). */
  sources: string[];
  /** Id rule and other notes for a reader of the file. */
  notes: string[];
  divisions: DivisionRow[];
  former: FormerRow[];
}
