/**
 * What the preview's worker sends the page for each chart: only the figures
 * drawn, already ranked the way the charts rank them (series.ts), with the
 * places they belong to and counts of what was left out. A file of a hundred
 * thousand places costs the page what fifteen bars cost.
 *
 * The user's places and figures are marked here, once: ids get a "file:"
 * prefix (never equal to a published place's), names say "your file".
 */
import type { Fact, Place } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import type { Lang } from "../format/number.ts";
import { t } from "../format/strings.ts";
import {
  CHART_METRICS,
  COMPARE_TOP,
  comparison,
  NOT_PUBLISHED_NAMES,
  withContext,
} from "../charts/series.ts";
import type { Ingest, PlaceSummary } from "./ingest.ts";

/** A comparison with more bars than this is sent as its top bars per definition only. */
export const SHOW_ALL_MAX = 2000;

export const FILE_PREFIX = "file:";

/** A name of the user's, saying so: "苏州市（你的文件）", "Suzhou (your file)". */
const mine = (zh: string, en: string) => ({
  zh: `${zh}（${t("zh", "pvYourFile")}）`,
  en: `${en} (${t("en", "pvYourFile")})`,
});

export function markPlace<P extends Place>(p: P): P {
  return { ...p, id: `${FILE_PREFIX}${p.id}`, ...mine(p.zh, p.en) };
}

export function markFact(f: Fact): Fact {
  const { zh, en } = mine(f.place_zh, f.place_en);
  return { ...f, place_id: `${FILE_PREFIX}${f.place_id}`, place_zh: zh, place_en: en };
}

/** A place of the file as the charts take it (marked). */
export function filePlace(s: PlaceSummary): ManifestPlace {
  return { ...markPlace(s.place), years: s.years, derived_years: [] };
}

export interface Omitted {
  /** Bars of the comparison not sent. */
  bars: number;
  /** Places publishing none of the metric that are not sent. */
  notPublished: number;
}

export interface Answer {
  /** Marked facts. */
  facts: Fact[];
  /** Marked places the facts (and the names listed) belong to. */
  places: ManifestPlace[];
  omitted: Omitted;
}

function everyPlace(ing: Ingest): ManifestPlace[] {
  return ing.placeIds().map((id) => filePlace(ing.summaryOf(id)!));
}

/** Each place's figures of `metrics` at its latest year (or at `year`), marked. */
function latestFacts(ing: Ingest, metrics: readonly string[], year: number | null): Fact[] {
  const out: Fact[] = [];
  for (const id of ing.placeIds()) {
    const y = year ?? ing.years(id).at(-1)!;
    for (const f of ing.factsAt(id, y))
      if (metrics.includes(f.metric) && !f.scope && !f.category) out.push(markFact(f));
  }
  return out;
}

/**
 * The comparison of one metric (or "satisfaction") across the file's places:
 * everything when it has at most SHOW_ALL_MAX bars, else the top COMPARE_TOP
 * per definition; and the first NOT_PUBLISHED_NAMES places that publish none.
 */
export function compareAnswer(
  ing: Ingest,
  metric: string,
  year: number | null,
  lang: Lang,
): Answer {
  const metrics = metric === "satisfaction" ? CHART_METRICS.satisfaction : [metric];
  const places = everyPlace(ing);
  const facts = latestFacts(ing, metrics, year);
  const cmp = comparison(facts, places, metric, lang, { year });
  const bars = cmp.groups.reduce((n, g) => n + g.data.length, 0);
  const keep = new Set(
    cmp.groups
      .flatMap((g) => (bars <= SHOW_ALL_MAX ? g.data : g.data.slice(0, COMPARE_TOP)))
      .map((d) => d.key),
  );
  const drawn = cmp.facts.filter((f) => keep.has(`${f.place_id}|${f.metric}`));
  const names = cmp.notPublished.slice(0, NOT_PUBLISHED_NAMES);
  const ids = new Set([...drawn.map((f) => f.place_id), ...names.map((p) => p.id)]);
  return {
    facts: drawn,
    places: places.filter((p) => ids.has(p.id)),
    omitted: { bars: bars - drawn.length, notPublished: cmp.notPublished.length - names.length },
  };
}

/**
 * A place's context on its profile: its own figures over the years (for the
 * trend) and the seats per 100k of the places drawn beside it (the top ones
 * and itself, as withContext draws them).
 */
export function contextAnswer(ing: Ingest, placeId: string, lang: Lang): Answer {
  const own: Fact[] = [];
  for (const y of ing.years(placeId))
    for (const f of ing.factsAt(placeId, y)) if (f.metric !== "top_category") own.push(markFact(f));
  const places = everyPlace(ing);
  const seats = latestFacts(ing, ["seats_per_100k"], null).filter(
    (f) => f.place_id !== `${FILE_PREFIX}${placeId}`,
  );
  const me = `${FILE_PREFIX}${placeId}`;
  const mine = own.filter((f) => f.metric === "seats_per_100k");
  const cmp = comparison([...seats, ...mine], places, "seats_per_100k", lang, { highlight: me });
  const keep = new Set(withContext(cmp.groups.flatMap((g) => g.data)).map((d) => d.key));
  const others = seats.filter((f) => keep.has(`${f.place_id}|${f.metric}`));
  const ids = new Set([me, ...others.map((f) => f.place_id)]);
  return {
    facts: [...own, ...others],
    places: places.filter((p) => ids.has(p.id)),
    omitted: { bars: 0, notPublished: 0 },
  };
}
