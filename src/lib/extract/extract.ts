/**
 * `extractReport(text)`: one annual report's plain text → draft facts with
 * provenance, the review list, and what was seen but not recorded. Pure (no
 * file access), so the browser can run it too; scripts/extract.ts is the
 * command around it.
 */
import type { Place } from "../data/fact.ts";
import { readDocument, type ProseBlock, type TableBlock } from "./document.ts";
import { readPlace, readYear, type PlaceReading, type YearReading } from "./place.ts";
import { readProse } from "./prose.ts";
import { isRankingTable, proseRankings, tableRankings } from "./ranking.ts";
import { reconcile } from "./reconcile.ts";
import { readTables } from "./table.ts";
import { contextOf } from "./terms.ts";
import type { DraftFact, ReviewItem, Skipped } from "./types.ts";

export interface Extraction {
  /** The report's file name, as the draft's `file`. */
  file: string;
  place: PlaceReading;
  year: YearReading;
  facts: DraftFact[];
  review: ReviewItem[];
  skipped: Skipped[];
}

export interface ExtractOptions {
  file: string;
  /** The places of the dataset (scripts/facts/places.yaml). */
  places: readonly Place[];
}

export function extractReport(text: string, opts: ExtractOptions): Extraction {
  const doc = readDocument(text);
  const proseBlocks = doc.blocks.filter((b): b is ProseBlock => b.kind === "prose");
  const tableBlocks = doc.blocks.filter((b): b is TableBlock => b.kind === "table");
  const prose = proseBlocks.map(readProse);
  const rankingBlocks = tableBlocks.filter(isRankingTable);
  const tables = tableBlocks.filter((b) => !rankingBlocks.includes(b)).flatMap(readTables);
  const rankings = [
    ...proseBlocks.filter((b) => contextOf(b.section).kind !== "special").flatMap(proseRankings),
    ...rankingBlocks.filter((b) => contextOf(b.section).kind !== "special").flatMap(tableRankings),
  ];
  const { facts, review } = reconcile({ prose: prose.flatMap((p) => p.figures), tables, rankings });
  const place = readPlace(doc, opts.places);
  const year = readYear(doc);
  return {
    file: opts.file,
    place: {
      ...place.place,
      evidence: joinSentences(place.place.evidence, populationCheck(facts)),
    },
    year: year.year,
    facts,
    review: [...place.review, ...year.review, ...prose.flatMap((p) => p.review), ...review],
    skipped: [...prose.flatMap((p) => p.skipped), ...tables.flatMap((t) => t.skipped)],
  };
}

function joinSentences(...parts: string[]): string {
  return parts.filter(Boolean).join(" ");
}

/** “300 seats at 6 per 100k imply about 5.00 million residents”: a check on the place. */
export function populationCheck(facts: readonly DraftFact[]): string {
  const seats = facts.find((f) => f.primary.metric === "seats_total")?.primary;
  const density = facts.find((f) => f.primary.metric === "seats_per_100k")?.primary;
  if (!seats || !density || !Number(density.value)) return "";
  const millions = (Number(seats.value) / Number(density.value)) * 0.1;
  return `${seats.written} seats at ${density.written} per 100k imply about ${millions.toFixed(2)} million residents.`;
}
