/**
 * The embed page's query string: `embed.html?chart=volume&place=suzhou&year=2022&lang=en`,
 * or `?chart=compare&metric=connection_rate`. Pure: building the query for a
 * snippet, and reading one back into a request or a problem the page can state
 * in words. Nothing read from the URL is ever trusted beyond a short, plain
 * string shown as text.
 */
import type { Lang } from "../format/number.ts";
import { COMPARE_METRICS, TIERS, type Tier } from "../charts/series.ts";
import { PERIOD_KINDS, parsePeriod, type PeriodKind } from "../data/period.ts";
import { CHART_IDS, isPlaceChartId, type ChartId, type PlaceChartId } from "../charts/spec.ts";
import { DEFAULT_STATE, parseCompare, toQuery } from "../url.ts";

export type EmbedChartId = ChartId;
export const EMBED_CHARTS: readonly EmbedChartId[] = CHART_IDS;

export type EmbedRequest =
  | {
      chart: PlaceChartId;
      lang: Lang;
      place: string;
      /** null: the place's latest report year. */
      year: number | null;
      /** Which top-five ranking (`dimension:scope`), empty for the first. */
      ranking: string;
      /** The trend's series (`metric` or `metric:kind`), empty for the default. */
      trend: string;
      /** Places drawn beside this one on the trend. */
      compare: string[];
    }
  | {
      chart: "compare";
      lang: Lang;
      metric: string;
      /** "2023", "2023-07", "latest" (each place's latest year) or "" (the default period). */
      period: string;
      kind: PeriodKind;
      /** Only one tier of places, or "". */
      level: Tier | "";
    };

export type EmbedProblem =
  | { kind: "chart"; value: string }
  | { kind: "place"; value: string }
  | { kind: "year"; value: string }
  | { kind: "metric"; value: string };

export type EmbedParse =
  { ok: true; request: EmbedRequest } | { ok: false; lang: Lang; problem: EmbedProblem };

/** Longest piece of a URL value repeated back in a message. */
const ECHO = 60;

/** A URL value made safe to repeat as text: control characters dropped, length capped. */
export function echo(value: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = value.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return plain.length > ECHO ? `${plain.slice(0, ECHO)}…` : plain;
}

/** Build the query string (without `?`) of one embed. Key order is fixed. */
export function embedQuery(r: {
  chart: EmbedChartId;
  lang: Lang;
  place?: string;
  year?: number | null;
  metric?: string;
  ranking?: string;
  trend?: string;
  compare?: readonly string[];
  /** A comparison's period: "2023", "2023-07", "latest" or "" (the default). */
  period?: string;
  kind?: PeriodKind;
  level?: Tier | "";
}): string {
  const p = new URLSearchParams({ chart: r.chart });
  if (r.chart === "compare") p.set("metric", r.metric ?? "demand_total");
  else if (r.place) p.set("place", r.place);
  if (r.year !== null && r.year !== undefined) p.set("year", String(r.year));
  else if (r.period === "latest" || /^\d{4}$/.test(r.period ?? "")) p.set("year", r.period!);
  else if (r.period) p.set("period", r.period);
  else if (r.kind && r.kind !== "year") p.set("kind", r.kind);
  if (r.level) p.set("level", r.level);
  if (r.ranking) p.set("ranking", r.ranking);
  if (r.chart === "trend" && r.trend) p.set("trend", r.trend);
  if (r.chart === "trend" && r.compare?.length) p.set("compare", r.compare.join(","));
  p.set("lang", r.lang);
  return p.toString();
}

/** Read an embed query. Place and year are checked against the data later (`resolvePlace`). */
export function parseEmbedQuery(search: string): EmbedParse {
  const q = new URLSearchParams(search);
  const lang: Lang = q.get("lang") === "en" ? "en" : "zh";
  const chart = (q.get("chart") ?? "").trim();
  if (chart !== "compare" && !isPlaceChartId(chart))
    return { ok: false, lang, problem: { kind: "chart", value: echo(chart) } };
  const rawYear = (q.get("year") ?? "").trim();
  let year: number | null = null;
  if (rawYear && !(chart === "compare" && rawYear === "latest")) {
    if (!/^\d{4}$/.test(rawYear))
      return { ok: false, lang, problem: { kind: "year", value: echo(rawYear) } };
    year = Number(rawYear);
  }
  if (chart === "compare") {
    const metric = (q.get("metric") ?? "demand_total").trim();
    if (!(COMPARE_METRICS as readonly string[]).includes(metric))
      return { ok: false, lang, problem: { kind: "metric", value: echo(metric) } };
    let period = rawYear;
    let kind = (q.get("kind") ?? "").trim() as PeriodKind;
    if (!PERIOD_KINDS.includes(kind)) kind = "year";
    const rawPeriod = (q.get("period") ?? "").trim();
    if (!period && rawPeriod) {
      const p = parsePeriod(rawPeriod);
      if (!p) return { ok: false, lang, problem: { kind: "year", value: echo(rawPeriod) } };
      period = p.text;
      kind = p.kind;
    } else if (period) kind = "year";
    const rawLevel = (q.get("level") ?? "").trim();
    const level = (TIERS as readonly string[]).includes(rawLevel) ? (rawLevel as Tier) : "";
    return { ok: true, request: { chart, lang, metric, period, kind, level } };
  }
  const place = (q.get("place") ?? "").trim();
  if (!/^[a-z][a-z0-9_-]{0,63}$/.test(place))
    return { ok: false, lang, problem: { kind: "place", value: echo(place) } };
  const ranking = (q.get("ranking") ?? "").trim();
  const trend = (q.get("trend") ?? "").trim();
  return {
    ok: true,
    request: {
      chart,
      lang,
      place,
      year,
      ranking: /^[a-z_]+:[a-z_]*$/.test(ranking) ? ranking : "",
      // Checked against the place's figures by the chart, which falls back to its default.
      trend: chart === "trend" && /^[a-z0-9_]{1,64}(:[a-z]{1,16})?$/.test(trend) ? trend : "",
      compare: chart === "trend" ? parseCompare(q.get("compare")) : [],
    },
  };
}

/** The dashboard URL that shows the same thing in full, relative to the embed page. */
export function dashboardHref(r: EmbedRequest): string {
  const q = toQuery(
    r.chart === "compare"
      ? {
          ...DEFAULT_STATE,
          view: "overview",
          lang: r.lang,
          metric: r.metric,
          year: /^\d{4}$/.test(r.period) ? Number(r.period) : null,
          period: /^\d{4}$/.test(r.period) ? "" : r.period,
          kind: r.kind,
          level: r.level,
        }
      : {
          ...DEFAULT_STATE,
          view: "profile",
          lang: r.lang,
          place: r.place,
          year: r.year,
          ranking: r.ranking,
          trend: r.trend,
          compare: r.compare,
        },
  ).toString();
  return `./${q ? `?${q}` : ""}`;
}
