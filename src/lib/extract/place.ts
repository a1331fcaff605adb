/**
 * Which place and year a report is about, from the title and from the body.
 *
 * Titles can be wrong (one report's title names 淮南, a city in Anhui, while
 * its body is about 淮安 in Jiangsu), so the body votes too: every known place
 * (and the title's place) is counted where the body names it, and years are
 * read where sentences open with them (“2023年度，…”), where the report says
 * what it publishes (“现将2023年度…”) and from year-on-year notes (“相对2022年”
 * means the report's year is 2023). A disagreement is always sent to review.
 */
import type { Level, Place } from "../data/fact.ts";
import type { ReportDocument } from "./document.ts";
import { normTerm } from "./terms.ts";
import type { ReviewItem } from "./types.ts";

export interface PlaceReading {
  /** The place id in the dataset, or null when the place is not in it yet. */
  id: string | null;
  /** The place's Chinese name (full when known). */
  zh: string;
  /** The place as the title names it, without 市/区/县 (“淮南”). */
  titleZh: string;
  /** How the place was identified, for place_evidence (and in Chinese). */
  evidence: string;
  evidence_zh: string;
  /** The place's GB/T 2260 code today, when known. */
  adcode: string;
  /** The name the text uses for it (may be a former name). */
  asWritten: string;
  /** For a place the gazetteer does not know: an entry to complete. */
  draft: Place | null;
}

export interface YearReading {
  year: number | null;
  evidence: string;
}

const SUFFIX = /(省|市|区|县)$/;
const short = (zh: string) => zh.replace(SUFFIX, "");

/** The place names in a title, outermost first: “苏州市昆山市12345…” → [苏州市, 昆山市]. */
export function titlePlaces(title: string): string[] {
  const head = normTerm(title).split("12345")[0] ?? "";
  const named = [...head.matchAll(/[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)/g)].map((m) => m[0]);
  if (named.length) return named;
  // Not the period before the brand (2023年3月份12345…: no place).
  const words = head
    .replace(/[^\u4e00-\u9fff]+$/, "")
    .replace(/(\d{4}年度?)?(\d{1,2}月份?|第?[一二三四\d]季度|[上下]半年|年度)$/, "");
  const bare = /([\u4e00-\u9fff]{2,4})$/.exec(words);
  return bare ? [bare[1]!] : [];
}

function count(text: string, name: string): number {
  return name ? text.split(name).length - 1 : 0;
}

/** The text of the body: every block and annex title, without the title line. */
export function bodyText(doc: ReportDocument): string {
  return [
    ...doc.titleLike.map((t) => t.text),
    ...doc.blocks.map((b) =>
      b.kind === "prose" ? b.text : b.rows.map((r) => r.cells.join(" ")).join("\n"),
    ),
  ].join("\n");
}

/** Identify the place: the title's, unless the body names another place far more often. */
export function readPlace(
  doc: ReportDocument,
  places: readonly Place[],
): { place: PlaceReading; review: ReviewItem[] } {
  const body = bodyText(doc);
  const named = titlePlaces(doc.title?.text ?? "");
  const titleName = named[named.length - 1] ?? "";
  const titleShort = short(titleName);
  const candidates = new Map<string, number>();
  for (const p of places.filter((q) => q.level !== "province"))
    candidates.set(short(p.zh), count(body, short(p.zh)));
  if (titleShort) candidates.set(titleShort, count(body, titleShort));
  const ranked = [...candidates].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const [topName, topCount] = ranked[0] ?? ["", 0];
  const titleCount = candidates.get(titleShort) ?? 0;
  const chosen = titleShort && titleCount * 2 >= topCount ? titleShort : topName || titleShort;
  const known = places.find((p) => short(p.zh) === chosen) ?? null;
  const mentions = ranked
    .slice(0, 4)
    .map(([n, c]) => `${n} ${c}×`)
    .join(", ");
  const annex = doc.titleLike.map(
    (t) => `a title inside the report (line ${t.line}) reads “${t.text}”`,
  );
  const evidence = [
    titleName
      ? `The title (line ${doc.title!.line}) names ${titleName}.`
      : "The title names no place.",
    `The body names ${mentions || "no known place"}.`,
    annex.length ? `In the body, ${annex.join("; ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const review: ReviewItem[] = [];
  if (titleShort && chosen !== titleShort)
    review.push({
      kind: "place",
      keys: [],
      candidates: [],
      message: `The title names ${titleName}, but the body names ${chosen} ${topCount} times and ${titleShort} ${titleCount} times: recorded as ${known?.zh ?? chosen}. Check the place.`,
    });
  const draft = known ? null : draftPlace(chosen, titleName, named, ranked, places);
  if (!known)
    review.push({
      kind: "place",
      keys: [],
      candidates: [],
      message: `${chosen || "The place"} is not in the gazetteer: if it is a real place that is no GB/T 2260 division (a development zone), add it to the extra places of scripts/facts/gazetteer.yaml (see the draft entry).`,
    });
  return {
    place: {
      id: known?.id ?? null,
      zh: known?.zh ?? draft?.zh ?? chosen,
      titleZh: titleShort,
      evidence,
      evidence_zh: "",
      adcode: known?.adcode ?? "",
      asWritten: titleName || chosen,
      draft,
    },
    review,
  };
}

function draftPlace(
  chosen: string,
  titleName: string,
  named: readonly string[],
  ranked: readonly [string, number][],
  places: readonly Place[],
): Place {
  const zh = short(titleName) === chosen ? titleName : chosen;
  const bySuffix: Record<string, Level> = { 区: "district", 县: "county" };
  const outer =
    named.length > 1
      ? places.find((p) => short(p.zh) === short(named[named.length - 2]!))
      : undefined;
  const mentioned = ranked
    .map(([n]) => places.find((p) => short(p.zh) === n && p.level === "prefecture"))
    .find((p) => p !== undefined);
  const suffixLevel = bySuffix[zh.slice(-1)];
  const parent = outer ?? (suffixLevel ? mentioned : undefined);
  const level: Level = suffixLevel ?? (parent ? "county" : "prefecture");
  const province = places.find((p) => p.level === "province");
  return {
    id: "",
    zh,
    en: "",
    level,
    parent: parent?.id ?? (level === "prefecture" ? (province?.id ?? "") : ""),
    adcode: "",
  };
}

/** The report's year: the title's, checked against the years the body states. */
export function readYear(doc: ReportDocument): { year: YearReading; review: ReviewItem[] } {
  const title = /(\d{4})\s*年/.exec(doc.title?.text ?? "");
  const titleYear = title ? Number(title[1]) : null;
  const votes = new Map<number, number>();
  const vote = (y: number, weight = 1) => {
    if (y >= 1990 && y <= 2100) votes.set(y, (votes.get(y) ?? 0) + weight);
  };
  for (const b of doc.blocks) {
    if (b.kind === "prose") {
      for (const m of b.text.matchAll(/(?:^|[。;,:])\s*(\d{4})\s*年度?\s*,/g)) vote(Number(m[1]));
      for (const m of b.text.matchAll(/现将[^。]{0,20}?(\d{4})\s*年/g)) vote(Number(m[1]), 2);
    } else
      for (const c of b.captions)
        for (const m of c.text.matchAll(/相对\s*(\d{4})\s*年/g)) vote(Number(m[1]) + 1);
  }
  for (const t of doc.titleLike) {
    const m = /(\d{4})\s*年/.exec(t.text);
    if (m) vote(Number(m[1]), 2);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const [bodyYear, bodyVotes] = ranked[0] ?? [null, 0];
  const stated = ranked.map(([y, n]) => `${y} (${n})`).join(", ");
  const evidence = `Title: ${titleYear ?? "no year"}; years the body states as the report's: ${stated || "none"}.`;
  const review: ReviewItem[] = [];
  let year = titleYear ?? bodyYear;
  if (titleYear !== null && bodyYear !== null && bodyYear !== titleYear) {
    if (bodyVotes >= 2) year = bodyYear;
    review.push({
      kind: "year",
      keys: [],
      candidates: [],
      message: `The title says ${titleYear}, the body mostly ${bodyYear}: recorded as ${year}. ${evidence}`,
    });
  }
  if (year === null)
    review.push({
      kind: "year",
      keys: [],
      candidates: [],
      message: "No year found in the title or the body.",
    });
  return { year: { year, evidence }, review };
}
