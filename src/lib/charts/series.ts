/**
 * From facts to what each chart draws: which figures, in what order, under
 * which headings, with which labels. Pure; the chart components only render.
 */
import { placeName, placeYearKey, type Fact, type Place } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import { SCOPES, SCOPE_LABELS, metricInfo, metricsOf } from "../data/metrics.ts";
import type { QualityIssue } from "../data/quality.ts";
import { formatValue, type Lang } from "../format/number.ts";
import { t } from "../format/strings.ts";
import { connectionDefinitionOf } from "../data/definitions.ts";
import { isFilePlace } from "./own.ts";
import type { BarDatum } from "./bars.ts";

export type { ChartId, PlaceChartId } from "./spec.ts";
/** Re-exported for the CSV preview, which lists the place charts. */
export { PLACE_CHART_IDS as PLACE_CHARTS } from "./spec.ts";

/** A fact's label in the page language, with its scope where it has one. */
export function factLabel(f: Fact, lang: Lang): string {
  const info = metricInfo(f.metric);
  const base = info ? info[lang] : f.metric;
  return f.scope && f.metric !== "top_category"
    ? lang === "zh"
      ? `${base}（${SCOPE_LABELS[f.scope][lang]}）`
      : `${base} (${SCOPE_LABELS[f.scope][lang].toLowerCase()})`
    : base;
}

/** Metric ids (and categories) that a quality issue concerns, as a lookup. */
export function flaggedSet(issues: readonly QualityIssue[]): Set<string> {
  const s = new Set<string>();
  for (const i of issues) {
    for (const m of i.metrics) if (m !== "top_category") s.add(m);
    for (const c of i.categories ?? []) s.add(`top_category:${c}`);
  }
  return s;
}

/** `flaggedSet` per "place|year", for charts that show many places. */
export function flaggedByPlaceYear(issues: readonly QualityIssue[]): Map<string, Set<string>> {
  const groups = new Map<string, QualityIssue[]>();
  for (const i of issues) {
    const k = placeYearKey(i.place_id, i.year);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  return new Map([...groups].map(([k, list]) => [k, flaggedSet(list)]));
}

const isFlagged = (f: Fact, flagged: ReadonlySet<string>) =>
  f.metric === "top_category" ? flagged.has(`top_category:${f.category}`) : flagged.has(f.metric);

/** A fact as a bar: its label, value, printed value, derivation, quality flag and source. */
export function datum(
  f: Fact,
  lang: Lang,
  flagged: ReadonlySet<string>,
  extra: Partial<BarDatum> = {},
): BarDatum {
  return {
    // Two definitions of one metric are two bars.
    key: `${compareDefinition(f)}|${f.scope}|${f.category}`,
    label: factLabel(f, lang),
    value: f.value,
    display: formatValue(f.value, f.unit, lang),
    derived: f.derivation !== "reported",
    flagged: isFlagged(f, flagged),
    // Only on the user's own figures, so published charts' specs stay as they were.
    ...(isFilePlace(f.place_id) ? { own: true } : {}),
    source: f.source,
    ...extra,
  };
}

/** Connection rates are two different measures: within 30 seconds, or at all. */
export function connectionDefinition(f: Pick<Fact, "term_zh">): "30s" | "plain" {
  return connectionDefinitionOf(f.term_zh);
}

/** A name for the definition a figure uses, where a metric has several. */
export function definitionLabel(f: Fact, lang: Lang): string {
  if (f.metric === "connection_rate") {
    return connectionDefinition(f) === "30s"
      ? lang === "zh"
        ? "30秒人工接通率"
        : "Answered within 30 s"
      : lang === "zh"
        ? "接通率（不限时）"
        : "Connection rate (no time limit)";
  }
  return factLabel(f, lang);
}

export interface CompareGroup {
  /** Heading naming the definition all bars in the group share (and their tier, where there are several). */
  label: string;
  definition: string;
  /** Provinces, prefecture cities, or counties and districts: never ranked together. */
  tier: Tier;
  data: BarDatum[];
}

export const TIERS = ["province", "prefecture", "local"] as const;
export type Tier = (typeof TIERS)[number];
/** The tier a place is compared within: a province is never ranked among cities. */
export const tierOf = (level: string): Tier =>
  level === "province" ? "province" : level === "prefecture" ? "prefecture" : "local";
const TIER_LABEL: Record<Tier, { zh: string; en: string }> = {
  province: { zh: "省级", en: "provinces" },
  prefecture: { zh: "地级市", en: "prefecture cities" },
  local: { zh: "县（市、区）", en: "counties and districts" },
};

export interface Comparison {
  groups: CompareGroup[];
  /** Places that publish none of the chosen metric's figures. */
  notPublished: ManifestPlace[];
  /** The facts drawn, for sources and tables. */
  facts: Fact[];
}

/** The group a figure is compared in: its metric, and for connection rates their definition. */
export function compareDefinition(f: Fact): string {
  const base =
    f.metric === "connection_rate" ? `connection_rate:${connectionDefinition(f)}` : f.metric;
  return f.scope ? `${base}@${f.scope}` : base;
}

/** The key of a figure's bar in a comparison: its place and definition (metric, kind, scope). */
export function compareKey(f: Fact): string {
  return `${f.place_id}|${compareDefinition(f)}`;
}

/** Places drawn above one place's own bar when it is set among the others (seats). */
export const CONTEXT_TOP = 12;

/** Bars drawn per definition before "show all": readable with thousands of places. */
export const COMPARE_TOP = 15;
/** Names listed as not publishing before "and N more". */
export const NOT_PUBLISHED_NAMES = 30;

/** The comparison metrics offered on the overview; "satisfaction" spans all its definitions. */
export const COMPARE_METRICS = [
  "demand_total",
  "connection_rate",
  "satisfaction",
  "seats_per_100k",
  "online_answer_rate",
  "calls_answered",
  "avg_wait_seconds",
] as const;

/** The comparison shown for a metric from the URL: itself if offered, else the demand total. */
export function offeredCompareMetric(metric: string): string {
  return (COMPARE_METRICS as readonly string[]).includes(metric) ? metric : "demand_total";
}

/** The metric ids a comparison on `metric` draws: "satisfaction" is every definition of it. */
export function compareMetricIds(metric: string): readonly string[] {
  return metric === "satisfaction" ? metricsOf("satisfaction") : [metric];
}

/**
 * A place chart's context: the place's own years, and every place's figures
 * of `metrics` (read from the metric files, so the place's own figures of
 * those metrics are taken from there and none is counted twice).
 */
export function joinContext(
  ownYears: readonly Fact[],
  everyPlace: readonly Fact[],
  metrics: readonly string[],
): Fact[] {
  return [...ownYears.filter((f) => !metrics.includes(f.metric)), ...everyPlace];
}

/**
 * All places side by side on one metric, each at its latest report year (or
 * the chosen year, or one period of any kind), sorted within groups that share
 * one definition and one tier. Figures of different definitions, tiers or
 * period kinds are never ranked together.
 */
export function comparison(
  facts: readonly Fact[],
  places: readonly ManifestPlace[],
  metric: string,
  lang: Lang,
  opts: {
    year?: number | null;
    /**
     * One period ("2023", "2023-07", "2023-01..09"): only its figures are drawn, of any
     * place that publishes them (places with briefs only included); a year's
     * non-publishers are the places with a report that year.
     */
    period?: string | null;
    /** Only places of this tier. */
    tier?: Tier | "";
    highlight?: string;
    /** The highlighted place's own year (a profile's), instead of its latest figure. */
    highlightYear?: number;
    flagged?: ReadonlyMap<string, ReadonlySet<string>>;
  } = {},
): Comparison {
  const metrics = compareMetricIds(metric);
  const groups = new Map<string, CompareGroup>();
  const published = new Set<string>();
  const drawn: Fact[] = [];
  const tier = opts.tier ?? "";
  const period = opts.period ?? (opts.year != null ? String(opts.year) : null);
  const add = (p: Place, f: Fact, year: number, showYear: boolean) => {
    published.add(p.id);
    drawn.push(f);
    const definition = compareDefinition(f);
    const placeTier = tierOf(p.level);
    const key = `${definition}|${placeTier}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { label: definitionLabel(f, lang), definition, tier: placeTier, data: [] }),
      );
    const level = t(lang, `level_${p.level}`);
    const flagged = opts.flagged?.get(placeYearKey(p.id, year)) ?? new Set<string>();
    g.data.push(
      datum(f, lang, flagged, {
        key: compareKey(f),
        label: placeName(p, lang),
        sublabel: showYear ? `${level} · ${year}` : level,
        ...(showYear ? { display: `${formatValue(f.value, f.unit, lang, true)} (${year})` } : {}),
        highlight: p.id === opts.highlight,
      }),
    );
  };
  const inTier = (level: string) => !tier || tierOf(level) === tier;
  if (period !== null && opts.highlightYear === undefined) {
    // One period for every place: its figures, whoever publishes them.
    const known = new Map(places.map((p) => [p.id, p]));
    const year = /^\d{4}$/.test(period) ? Number(period) : null;
    const inPeriod = (f: Fact) =>
      year === null ? f.period === period : f.period_kind === "year" && f.year === year;
    for (const f of facts) {
      if (!inPeriod(f) || f.category || !metrics.includes(f.metric)) continue;
      if (!inTier(f.level)) continue;
      const p: Place = known.get(f.place_id) ?? {
        id: f.place_id,
        zh: f.place_zh,
        en: f.place_en,
        level: f.level,
        parent: f.parent_id,
        adcode: f.adcode,
      };
      add(p, f, f.year, false);
    }
    return finish(
      year === null
        ? []
        : places.filter((p) => p.years.includes(year) && inTier(p.level) && !published.has(p.id)),
    );
  }
  // One pass over the facts, so thousands of places cost no more than their figures.
  const byPlaceYear = new Map<string, Fact[]>();
  for (const f of facts) {
    // A scoped figure (agent satisfaction for consultations) is its own definition, not dropped.
    if (f.category || f.period_kind !== "year" || !metrics.includes(f.metric)) continue;
    const k = placeYearKey(f.place_id, f.year);
    const list = byPlaceYear.get(k);
    if (list) list.push(f);
    else byPlaceYear.set(k, [f]);
  }
  for (const p of places) {
    if (!p.years.length || !inTier(p.level)) continue;
    // The chosen year; else the place's latest year that publishes the metric.
    let year = opts.year ?? null;
    if (p.id === opts.highlight && opts.highlightYear !== undefined) year = opts.highlightYear;
    if (year === null)
      year =
        [...p.years].reverse().find((y) => byPlaceYear.has(placeYearKey(p.id, y))) ??
        p.years[p.years.length - 1]!;
    for (const f of byPlaceYear.get(placeYearKey(p.id, year)) ?? []) add(p, f, year, true);
  }
  return finish(places.filter((p) => p.years.length && inTier(p.level) && !published.has(p.id)));

  function finish(notPublished: ManifestPlace[]): Comparison {
    const order = (d: string) => {
      const [base = d, scope = ""] = d.split("@");
      const i = metrics.indexOf(base.split(":")[0]!);
      return (
        (i * 2 + (base.endsWith(":plain") ? 1 : 0)) * 4 +
        (scope ? 1 + (SCOPES as readonly string[]).indexOf(scope) : 0)
      );
    };
    const sorted = [...groups.values()].sort(
      (a, b) =>
        order(a.definition) - order(b.definition) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier),
    );
    // Where one definition is split by tier, each heading says which tier it ranks.
    for (const g of sorted)
      if (sorted.some((h) => h !== g && h.definition === g.definition))
        g.label = `${g.label} · ${TIER_LABEL[g.tier][lang]}`;
    for (const g of sorted)
      g.data.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
    return { groups: sorted, notPublished, facts: drawn };
  }
}

/** A tier's name, as group headings and the level filter say it. */
export function tierLabel(tier: Tier, lang: Lang): string {
  return TIER_LABEL[tier][lang];
}

/**
 * A place among the others, readable at any count: the `top` highest, and the
 * highlighted place where it falls below them (bars arrive sorted, highest first).
 */
export function withContext(data: readonly BarDatum[], top = CONTEXT_TOP): BarDatum[] {
  if (data.length <= top + 1) return [...data];
  const head = data.slice(0, top);
  const mine = data.find((d) => d.highlight);
  return mine && !head.includes(mine) ? [...head, mine] : head;
}
