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
import { t } from "../format/previewStrings.ts";
import {
  compareMetricIds,
  compareDefinition,
  compareKey,
  COMPARE_TOP,
  comparison,
  CONTEXT_TOP,
  NOT_PUBLISHED_NAMES,
  withContext,
} from "../charts/series.ts";
import type { Ingest, PlaceSummary } from "./ingest.ts";
import { FILE_PREFIX } from "../charts/own.ts";

/** A comparison with more bars than this is sent as its top bars per definition only. */
export const SHOW_ALL_MAX = 2000;

export { FILE_PREFIX };

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

/** A place of the file by its own id, marked. */
const placeOf = (ing: Ingest, id: string) => filePlace(ing.summaryOf(id)!);

/**
 * Each place's plain figures of `metrics` at its latest year (or at `year`),
 * unmarked, and the places with none.
 */
function latest(ing: Ingest, metrics: readonly string[], year: number | null) {
  const facts: Fact[] = [];
  const without: string[] = [];
  for (const id of ing.placeIds()) {
    const y = year ?? ing.years(id).at(-1)!;
    let found = false;
    for (const f of ing.factsAt(id, y, metrics))
      if (!f.scope && !f.category) {
        facts.push(f);
        found = true;
      }
    if (!found) without.push(id);
  }
  return { facts, without };
}

/**
 * The figures that can be among the `top` highest of their definition: the
 * `top` highest and any equal to the last of them (ties are ranked by name,
 * which the comparison does). Cheap on a hundred thousand figures, so the
 * comparison itself, which formats every bar, sees only a few.
 */
function contenders(facts: readonly Fact[], top: number): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const d = compareDefinition(f);
    const g = groups.get(d);
    if (g) g.push(f);
    else groups.set(d, [f]);
  }
  return [...groups.values()].flatMap((g) => {
    if (g.length <= top) return g;
    const last = [...g].sort((a, b) => b.value - a.value)[top - 1]!.value;
    return g.filter((f) => f.value >= last);
  });
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
  const metrics = compareMetricIds(metric);
  const { facts, without } = latest(ing, metrics, year);
  const all = facts.length <= SHOW_ALL_MAX;
  const candidates = (all ? facts : contenders(facts, COMPARE_TOP)).map(markFact);
  const ids = [...new Set(candidates.map((f) => f.place_id.slice(FILE_PREFIX.length)))];
  const cmp = comparison(
    candidates,
    ids.map((id) => placeOf(ing, id)),
    metric,
    lang,
    { year },
  );
  const keep = new Set(
    cmp.groups.flatMap((g) => (all ? g.data : g.data.slice(0, COMPARE_TOP))).map((d) => d.key),
  );
  const drawn = cmp.facts.filter((f) => keep.has(compareKey(f)));
  const names = without.slice(0, NOT_PUBLISHED_NAMES).map((id) => placeOf(ing, id));
  const shown = new Set([...drawn.map((f) => f.place_id), ...names.map((p) => p.id)]);
  return {
    facts: drawn,
    places: [...ids.map((id) => placeOf(ing, id)), ...names].filter((p) => shown.has(p.id)),
    omitted: { bars: facts.length - drawn.length, notPublished: without.length - names.length },
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
  const me = `${FILE_PREFIX}${placeId}`;
  const others = latest(ing, ["seats_per_100k"], null).facts.filter((f) => f.place_id !== placeId);
  const candidates = contenders(others, CONTEXT_TOP).map(markFact);
  const ids = [placeId, ...new Set(candidates.map((f) => f.place_id.slice(FILE_PREFIX.length)))];
  const places = ids.map((id) => placeOf(ing, id));
  const mine = own.filter((f) => f.metric === "seats_per_100k");
  const cmp = comparison([...candidates, ...mine], places, "seats_per_100k", lang, {
    highlight: me,
  });
  const keep = new Set(
    withContext(
      cmp.groups.flatMap((g) => g.data),
      CONTEXT_TOP,
    ).map((d) => d.key),
  );
  const beside = candidates.filter((f) => keep.has(compareKey(f)));
  const shown = new Set([me, ...beside.map((f) => f.place_id)]);
  return {
    facts: [...own, ...beside],
    places: places.filter((p) => shown.has(p.id)),
    omitted: { bars: 0, notPublished: 0 },
  };
}
