/**
 * From facts to what each chart draws: which figures, in what order, under
 * which headings, with which labels. Pure; the chart components only render.
 */
import type { Fact } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import { DIMENSION_LABELS, SCOPE_LABELS, metricInfo } from "../data/metrics.ts";
import type { QualityIssue } from "../data/quality.ts";
import { formatCompact, formatValue, type Lang } from "../format/number.ts";
import type { BarDatum } from "./bars.ts";
import type { TrendDatum } from "./trend.ts";

export type ChartId =
  "volume" | "trend" | "connection" | "satisfaction" | "seats" | "categories" | "compare";
export type PlaceChartId = Exclude<ChartId, "compare">;

/** The place charts in the order the profile shows them. */
export const PLACE_CHARTS: readonly PlaceChartId[] = [
  "volume",
  "trend",
  "connection",
  "satisfaction",
  "seats",
  "categories",
];

/** The metrics each chart draws, for quality markers and empty states. */
export const CHART_METRICS: Record<PlaceChartId, readonly string[]> = {
  volume: [
    "demand_total",
    "demand_phone",
    "demand_internet",
    "demand_transfer",
    "demand_other",
    "demand_public",
    "demand_enterprise",
    "demand_consultation",
    "demand_non_consultation",
    "answered_online",
    "dispatched",
  ],
  trend: ["demand_total"],
  connection: ["connection_rate", "calls_answered", "avg_wait_seconds", "avg_talk_seconds"],
  satisfaction: [
    "satisfaction_overall",
    "satisfaction_rated",
    "satisfaction_agent",
    "satisfaction_spot_check",
    "satisfaction_enterprise",
    "satisfaction_statistical",
  ],
  seats: ["seats_per_100k", "seats_total", "agents"],
  categories: ["top_category"],
};

const VOLUME_GROUPS: { zh: string; en: string; metrics: string[] }[] = [
  { zh: "诉求总量", en: "Total", metrics: ["demand_total"] },
  {
    zh: "按受理渠道",
    en: "By channel",
    metrics: ["demand_phone", "demand_internet", "demand_transfer", "demand_other"],
  },
  { zh: "按诉求来源", en: "By requester", metrics: ["demand_public", "demand_enterprise"] },
  { zh: "按诉求类型", en: "By type", metrics: ["demand_consultation", "demand_non_consultation"] },
  { zh: "按办理方式", en: "By handling", metrics: ["answered_online", "dispatched"] },
];

/** A fact's label in the page language, with its scope where it has one. */
export function factLabel(f: Fact, lang: Lang): string {
  const info = metricInfo(f.metric);
  const base = info ? info[lang] : f.metric;
  return f.scope && f.metric !== "top_category"
    ? `${base}（${SCOPE_LABELS[f.scope][lang]}）`
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
    const k = `${i.place_id}|${i.year}`;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  return new Map([...groups].map(([k, list]) => [k, flaggedSet(list)]));
}

const isFlagged = (f: Fact, flagged: ReadonlySet<string>) =>
  f.metric === "top_category" ? flagged.has(`top_category:${f.category}`) : flagged.has(f.metric);

function datum(
  f: Fact,
  lang: Lang,
  flagged: ReadonlySet<string>,
  extra: Partial<BarDatum> = {},
): BarDatum {
  return {
    key: `${f.metric}|${f.scope}|${f.category}`,
    label: factLabel(f, lang),
    value: f.value,
    display: formatValue(f.value, f.unit, lang),
    derived: f.derivation !== "reported",
    flagged: isFlagged(f, flagged),
    ...extra,
  };
}

const plain = (facts: readonly Fact[], metric: string) =>
  facts.find((f) => f.metric === metric && !f.scope && !f.category);

/** Demand volume: the total, then each published breakdown under its heading, on one scale. */
export function volumeSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  const out: BarDatum[] = [];
  for (const g of VOLUME_GROUPS) {
    for (const m of g.metrics) {
      const f = plain(facts, m);
      if (f)
        out.push(
          datum(f, lang, flagged, { group: g[lang], display: formatValue(f.value, "count", lang) }),
        );
    }
  }
  return out;
}

/** One place's demand total over the years the data has (reported and derived). */
export function trendSeries(facts: readonly Fact[], placeId: string, lang: Lang): TrendDatum[] {
  return facts
    .filter((f) => f.place_id === placeId && f.metric === "demand_total" && !f.scope)
    .map((f) => ({
      year: f.year,
      value: f.value,
      display: formatCompact(f.value, lang),
      derived: f.derivation !== "reported",
    }))
    .sort((a, b) => a.year - b.year);
}

/** Satisfaction: one bar per published definition (and scope), each named. */
export function satisfactionSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  const order = CHART_METRICS.satisfaction;
  return facts
    .filter((f) => order.includes(f.metric))
    .sort(
      (a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || a.scope.localeCompare(b.scope),
    )
    .map((f) => datum(f, lang, flagged));
}

/** The connection rate(s) of one place, each with its definition. */
export function connectionSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  return facts
    .filter((f) => f.metric === "connection_rate")
    .map((f) => datum(f, lang, flagged, { label: definitionLabel(f, lang) }));
}

/** Connection rates are two different measures: within 30 seconds, or at all. */
export function connectionDefinition(f: Pick<Fact, "term_zh">): "30s" | "plain" {
  return /30\s*秒/.test(f.term_zh) ? "30s" : "plain";
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

export interface Ranking {
  /** "dimension:scope", the URL's `ranking` value. */
  id: string;
  label: string;
  data: BarDatum[];
  /** Shares come from the report (true) or are computed here from the scope's total (false). */
  sharesReported: boolean;
}

/** Top-category rankings the report publishes, each as bars with counts and shares. */
export function rankings(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): Ranking[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.metric !== "top_category" || !f.dimension || !f.scope) continue;
    const id = `${f.dimension}:${f.scope}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(f);
  }
  const totals: Record<string, string> = {
    all: "demand_total",
    consultation: "demand_consultation",
    non_consultation: "demand_non_consultation",
  };
  const dimOrder = ["business_type", "request_type", "department"];
  const scopeOrder = ["all", "consultation", "non_consultation"];
  return [...groups.entries()]
    .sort(([a], [b]) => {
      const [da, sa] = a.split(":") as [string, string];
      const [db, sb] = b.split(":") as [string, string];
      return (
        dimOrder.indexOf(da) - dimOrder.indexOf(db) ||
        scopeOrder.indexOf(sa) - scopeOrder.indexOf(sb)
      );
    })
    .map(([id, list]) => {
      const first = list[0]!;
      const dim = first.dimension as keyof typeof DIMENSION_LABELS;
      const scope = first.scope as keyof typeof SCOPE_LABELS;
      const total = plain(facts, totals[scope] ?? "demand_total");
      const sharesReported = list.every((f) => f.share !== null);
      const data = [...list]
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((f) => {
          const share =
            f.share ?? (total ? Math.round((f.value / total.value) * 10000) / 100 : null);
          const shareText = share === null ? "" : ` · ${share}%${f.share === null ? "*" : ""}`;
          return datum(f, lang, flagged, {
            label: f.category,
            sublabel: `#${f.rank}`,
            display: `${formatCompact(f.value, lang)}${shareText}`,
          });
        });
      return {
        id,
        label: `${DIMENSION_LABELS[dim][lang]} · ${SCOPE_LABELS[scope][lang]}`,
        data,
        sharesReported,
      };
    });
}

export interface CompareGroup {
  /** Heading naming the definition all bars in the group share. */
  label: string;
  definition: string;
  data: BarDatum[];
}

export interface Comparison {
  groups: CompareGroup[];
  /** Places that publish none of the chosen metric's figures. */
  notPublished: ManifestPlace[];
  /** The facts drawn, for sources and tables. */
  facts: Fact[];
}

/** The group a figure is compared in: its metric, and for connection rates their definition. */
export function compareDefinition(f: Fact): string {
  return f.metric === "connection_rate" ? `connection_rate:${connectionDefinition(f)}` : f.metric;
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
  return metric === "satisfaction" ? CHART_METRICS.satisfaction : [metric];
}

/**
 * What a place chart needs beyond the place's figures for its year: the trend
 * its other years, the seats chart every place's seats per 100k residents.
 */
export function placeChartContext(chart: PlaceChartId): {
  otherYears: boolean;
  metrics: readonly string[];
} {
  if (chart === "trend") return { otherYears: true, metrics: [] };
  if (chart === "seats") return { otherYears: false, metrics: ["seats_per_100k"] };
  return { otherYears: false, metrics: [] };
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
 * the chosen year), sorted within groups that share one definition. Figures of
 * different definitions are never ranked together.
 */
export function comparison(
  facts: readonly Fact[],
  places: readonly ManifestPlace[],
  metric: string,
  lang: Lang,
  opts: {
    year?: number | null;
    highlight?: string;
    flagged?: ReadonlyMap<string, ReadonlySet<string>>;
  } = {},
): Comparison {
  const metrics = compareMetricIds(metric);
  const groups = new Map<string, CompareGroup>();
  const published = new Set<string>();
  const drawn: Fact[] = [];
  // One pass over the facts, so thousands of places cost no more than their figures.
  const byPlaceYear = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.scope || f.category || !metrics.includes(f.metric)) continue;
    const k = `${f.place_id}|${f.year}`;
    const list = byPlaceYear.get(k);
    if (list) list.push(f);
    else byPlaceYear.set(k, [f]);
  }
  for (const p of places) {
    if (!p.years.length) continue;
    const year = opts.year ?? p.years[p.years.length - 1]!;
    for (const f of byPlaceYear.get(`${p.id}|${year}`) ?? []) {
      published.add(p.id);
      drawn.push(f);
      const definition = compareDefinition(f);
      let g = groups.get(definition);
      if (!g)
        groups.set(definition, (g = { label: definitionLabel(f, lang), definition, data: [] }));
      const level = lang === "zh" ? LEVEL_ZH[p.level] : LEVEL_EN[p.level];
      const flagged = opts.flagged?.get(`${p.id}|${year}`) ?? new Set<string>();
      g.data.push(
        datum(f, lang, flagged, {
          key: `${p.id}|${f.metric}`,
          label: lang === "zh" ? p.zh : p.en,
          sublabel: `${level} · ${year}`,
          display: `${formatValue(f.value, f.unit, lang, true)} (${year})`,
          highlight: p.id === opts.highlight,
        }),
      );
    }
  }
  const order = (d: string) => {
    const i = metrics.indexOf(d.split(":")[0]!);
    return i * 2 + (d.endsWith(":plain") ? 1 : 0);
  };
  const sorted = [...groups.values()].sort((a, b) => order(a.definition) - order(b.definition));
  for (const g of sorted)
    g.data.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return {
    groups: sorted,
    notPublished: places.filter((p) => p.years.length && !published.has(p.id)),
    facts: drawn,
  };
}

const LEVEL_ZH: Record<string, string> = {
  province: "省",
  prefecture: "地级市",
  county: "县",
  district: "市辖区",
};
const LEVEL_EN: Record<string, string> = {
  province: "province",
  prefecture: "city",
  county: "county",
  district: "district",
};

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
