/**
 * `extractReport(text)`: one report's text (a PDF's text or a web page's,
 * any period) → draft facts with provenance, the report's period and source,
 * the review list, and what was seen but not recorded. Pure (no file
 * access), so the browser can run it too; scripts/extract.ts is the command
 * around it. `intake(text)` is the same after loading, only when the text
 * needs it, the traditional-to-simplified converter.
 */
import type { Place } from "../data/fact.ts";
import { periodLabel, type Period } from "../data/period.ts";
import { joinNotes } from "./figure.ts";
import { resolvePeriod, sameDays, type PageDate } from "./periods.ts";
import { readDocument, type ProseBlock, type TableBlock } from "./document.ts";
import { loadConverter, needsConversion, normalizeText, type Convert } from "./normalize.ts";
import { readPlace, type PlaceReading, type YearReading } from "./place.ts";
import type { Gazetteer } from "../places/gazetteer.ts";
import { loadGazetteer } from "../places/load.ts";
import { readPlaceIn } from "./where.ts";
import { readReportPeriod, type PeriodReading } from "./reportPeriod.ts";
import { readProse } from "./prose.ts";
import { docFlags } from "./phrase.ts";
import { isRankingTable, proseLists, proseRankings, tableRankings } from "./ranking.ts";
import { headingFigures } from "./headingFigure.ts";
import { paragraphLists } from "./paragraphList.ts";
import { reconcile } from "./reconcile.ts";
import { readTables } from "./table.ts";
import { contextOf } from "./terms.ts";
import type { DraftFact, Figure, ReviewItem, Skipped } from "./types.ts";

export interface Extraction {
  /** The report's file name, as the draft's `file`. */
  file: string;
  place: PlaceReading;
  year: YearReading;
  period: PeriodReading;
  /** Where the report was published, as far as the text says (the rest is left for review). */
  source: SourceDraft;
  /** What normalising the text changed (traditional characters, glosses). */
  changes: string[];
  /** What to check about the source record (title, issuer, date; URL and kind to give). */
  sourceNotes: string[];
  facts: DraftFact[];
  review: ReviewItem[];
  skipped: Skipped[];
}

export interface SourceDraft {
  /** The title as printed, or a descriptive one in square brackets when the page has none. */
  title: string;
  /** The title was not printed: the bracketed one is ours. */
  titleMade: boolean;
  issuer: string;
  published: string;
  url: string;
  kind: "" | "official" | "news" | "mirror";
}

export interface ExtractOptions {
  file: string;
  /** The places a report may be about (the gazetteer's, as `datasetPlaces()` gives them). */
  places: readonly Place[];
  /** Traditional → simplified converter (see `intake`). */
  convert?: Convert;
  /** Every division of China (see `intake`); without it only `places` are known. */
  gazetteer?: Gazetteer;
}

/** `extractReport` after loading the converter when the text is in traditional characters. */
export async function intake(text: string, opts: ExtractOptions): Promise<Extraction> {
  const [convert, gazetteer] = await Promise.all([
    opts.convert ?? (needsConversion(text) ? loadConverter() : undefined),
    opts.gazetteer ?? loadGazetteer(),
  ]);
  return extractReport(text, { ...opts, convert, gazetteer });
}

export function extractReport(original: string, opts: ExtractOptions): Extraction {
  const { text, changes } = normalizeText(original, opts.convert);
  const doc = readDocument(text);
  const proseBlocks = doc.blocks.filter((b): b is ProseBlock => b.kind === "prose");
  const tableBlocks = doc.blocks.filter((b): b is TableBlock => b.kind === "table");
  const flags = docFlags(text);
  const prose = proseBlocks.map((b) => readProse(b, flags));
  const rankingBlocks = tableBlocks.filter(isRankingTable);
  const tables = tableBlocks.filter((b) => !rankingBlocks.includes(b)).flatMap(readTables);
  const rankings = [
    ...proseBlocks.filter((b) => contextOf(b.section).kind !== "special").flatMap(proseRankings),
    ...[
      ...proseBlocks.filter((b) => contextOf(b.section).kind !== "special").flatMap(proseLists),
      ...paragraphLists(proseBlocks),
    ].map((r) =>
      // On a platform that also counts other hotlines or inspectors' reports, a breakdown
      // is not the hotline's own: to review.
      flags.mergedHotlines || flags.inspectors
        ? {
            ...r,
            aligned: false,
            note: "The platform also counts other hotlines or inspectors' reports: is this breakdown the hotline's?",
          }
        : r,
    ),
    ...rankingBlocks.filter((b) => contextOf(b.section).kind !== "special").flatMap(tableRankings),
  ];
  const date = doc.front.date;
  const period = readReportPeriod(doc, date);
  const p = period.period.period;
  const dated = datePeriods(
    [...prose.flatMap((r) => r.figures), ...headingFigures(proseBlocks, flags)],
    p,
    date,
  );
  const {
    facts,
    review,
    skipped: setAside,
  } = reconcile({ prose: dated.figures, tables, rankings });
  // The gazetteer's reading; without it, or when it finds no division, the title's name.
  const inGazetteer = opts.gazetteer ? readPlaceIn(doc, opts.gazetteer, opts.places) : null;
  const place = inGazetteer && inGazetteer.place.zh ? inGazetteer : readPlace(doc, opts.places);
  const source: SourceDraft = {
    title: doc.title?.text ?? `[${place.place.zh}12345热线${p ? periodLabel(p, "zh") : ""}情况]`,
    titleMade: !doc.title,
    issuer: doc.front.issuer?.text ?? "",
    published: date ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : "",
    url: "",
    kind: "",
  };
  const sourceReview: SourceNote[] = [
    {
      kind: "source",
      keys: [],
      candidates: [],
      message: [
        source.titleMade
          ? `The page has no title: “${source.title}” is a descriptive title of ours.`
          : `Title (line ${doc.title!.line}): “${source.title}”.`,
        source.issuer
          ? `Issuer “${source.issuer}” (line ${doc.front.issuer!.line}).`
          : "The text names no issuer.",
        source.published
          ? `Date ${source.published} (line ${date!.line}, “${date!.written}”).`
          : "The text gives no date.",
        "Give the page's URL and its kind (official, news or mirror).",
      ].join(" "),
    },
  ];
  if (changes.length)
    sourceReview.push({ kind: "source", keys: [], candidates: [], message: changes.join(" ") });

  return {
    file: opts.file,
    place: {
      ...place.place,
      evidence: joinSentences(place.place.evidence, populationCheck(facts)),
    },
    year: { year: p?.year ?? null, evidence: period.period.evidence },
    period: period.period,
    source,
    changes,
    sourceNotes: sourceReview.map((r) => r.message),
    facts,
    review: [...place.review, ...period.review, ...prose.flatMap((p) => p.review), ...review],
    skipped: [
      ...prose.flatMap((p) => p.skipped),
      ...dated.skipped,
      ...tables.flatMap((t) => t.skipped),
      ...setAside,
    ],
  };
}

type SourceNote = Pick<ReviewItem, "kind" | "keys" | "candidates" | "message">;
/**
 * Each prose figure's period: the report's (""), or its own when the sentence
 * names another (a 2019 figure in a 2023 story, the Jan–Jun cumulative in a June
 * brief). Figures over several years are not recorded.
 */
export function datePeriods(
  figures: readonly Figure[],
  report: Period | null,
  date: PageDate | null,
): { figures: Figure[]; skipped: Skipped[] } {
  const out = { figures: [] as Figure[], skipped: [] as Skipped[] };
  for (const f of figures) {
    const { when, ...rest } = f;
    if (!when || when.relative === "this_month") {
      out.figures.push(rest);
      continue;
    }
    if (when.multiYear) {
      out.skipped.push({
        metric: f.metric,
        written: f.written,
        reason: `a total over several years (${when.written}), not one period's`,
        lines: f.lines,
        text: f.text,
      });
      continue;
    }
    const own = resolvePeriod(when, report?.year ?? null, date);
    const period = !own || (report && sameDays(own, report)) ? "" : own.text;
    out.figures.push(
      period
        ? {
            ...rest,
            period,
            note: joinNotes(
              rest.note,
              `Covers ${periodLabel(own!, "en")} (“${when.written}”), not the report's period.`,
            ),
          }
        : rest,
    );
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

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
