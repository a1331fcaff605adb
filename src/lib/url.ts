/**
 * Page state ⇄ URL query, as pure functions. The URL is the contract for
 * shared links and embeds: `?place=suzhou&year=2022&lang=en`.
 */
import type { Lang } from "./format/number.ts";
import { PERIOD_KINDS, parsePeriod, type PeriodKind } from "./data/period.ts";

export type View = "overview" | "profile" | "quality" | "about" | "preview" | "data";

export interface PageState {
  view: View;
  lang: Lang;
  /** Empty when no place is chosen. */
  place: string;
  /** null: the place's latest report year. */
  year: number | null;
  /** Metric of the overview comparison. */
  metric: string;
  /** Which top-five ranking is shown: "dimension:scope", empty for the first published. */
  ranking: string;
  /** The trend's series: `metric` (years) or `metric:kind`; empty for the default. */
  trend: string;
  /** Places drawn beside the profile's own on its trend, in order (at most four). */
  compare: string[];
  /** The overview's kind of period (`kind=month`); "year" by default. */
  kind: PeriodKind;
  /**
   * The overview's period other than a chosen year (`period=2023-07`, which implies its kind),
   * or "latest" (`year=latest`: each place's latest year); "" for the default.
   */
  period: string;
  /** The overview's level filter (`level=prefecture`): "province", "prefecture", "local" or "". */
  level: "" | "province" | "prefecture" | "local";
}

export const DEFAULT_STATE: PageState = {
  view: "overview",
  lang: "zh",
  place: "",
  year: null,
  metric: "demand_total",
  ranking: "",
  trend: "",
  compare: [],
  kind: "year",
  period: "",
  level: "",
};

/** A place id as URLs write it. */
const PLACE_ID = /^[a-z][a-z0-9_-]{0,63}$/;

/**
 * The `compare=` list: place ids separated by commas, in order, repeats and
 * malformed ids dropped, at most `max`. Whether each place exists is checked
 * against the data later.
 */
export function parseCompare(value: string | null, max = 4): string[] {
  const out: string[] = [];
  for (const raw of (value ?? "").split(",")) {
    const id = raw.trim();
    if (PLACE_ID.test(id) && !out.includes(id) && out.length < max) out.push(id);
  }
  return out;
}

const LEVEL_FILTERS = ["province", "prefecture", "local"] as const;

const VIEWS: readonly View[] = ["overview", "profile", "quality", "about", "preview", "data"];

/** Parse a query string leniently: unknown values fall back to defaults; place and year are kept for the page to validate. */
export function fromQuery(params: URLSearchParams): PageState {
  const s: PageState = { ...DEFAULT_STATE };
  const lang = params.get("lang");
  if (lang === "en" || lang === "zh") s.lang = lang;
  const place = params.get("place");
  if (place) s.place = place.trim().slice(0, 64);
  const year = params.get("year");
  if (year && /^\d{4}$/.test(year.trim())) s.year = Number(year);
  else if (year?.trim() === "latest") s.period = "latest";
  else if (year) s.year = NaN;
  const kind = params.get("kind")?.trim() as PeriodKind | undefined;
  if (kind && PERIOD_KINDS.includes(kind)) s.kind = kind;
  const period = params.get("period")?.trim();
  if (period && s.period !== "latest") {
    // A period implies its kind; one the page cannot read is kept for it to say so.
    s.period = period.slice(0, 64);
    const p = parsePeriod(period);
    if (p) s.kind = p.kind;
  }
  const level = params.get("level")?.trim();
  if (level && (LEVEL_FILTERS as readonly string[]).includes(level))
    s.level = level as PageState["level"];
  const metric = params.get("metric");
  if (metric) s.metric = metric.trim().slice(0, 64);
  const ranking = params.get("ranking");
  if (ranking) s.ranking = ranking.trim().slice(0, 64);
  const trend = params.get("trend");
  if (trend) s.trend = trend.trim().slice(0, 64);
  s.compare = parseCompare(params.get("compare"));
  const view = params.get("view") as View | null;
  s.view = view && VIEWS.includes(view) ? view : s.place ? "profile" : "overview";
  return s;
}

/** `fromQuery` of a `location.search` string. */
export function fromSearch(search: string): PageState {
  return fromQuery(new URLSearchParams(search));
}

/** Serialise state, leaving out defaults so links stay short. Key order is fixed. */
export function toQuery(s: PageState): URLSearchParams {
  const p = new URLSearchParams();
  const impliedView = s.place ? "profile" : "overview";
  if (s.view !== impliedView) p.set("view", s.view);
  if (s.place) p.set("place", s.place);
  if (s.year !== null) p.set("year", Number.isNaN(s.year) ? "invalid" : String(s.year));
  else if (s.period === "latest") p.set("year", "latest");
  if (s.metric !== DEFAULT_STATE.metric) p.set("metric", s.metric);
  if (s.ranking) p.set("ranking", s.ranking);
  // The trend's choices belong to a place's profile.
  if (s.place && s.trend) p.set("trend", s.trend);
  if (s.place && s.compare.length) p.set("compare", s.compare.join(","));
  if (s.period && s.period !== "latest") p.set("period", s.period);
  else if (s.kind !== DEFAULT_STATE.kind && s.period !== "latest") p.set("kind", s.kind);
  if (s.level) p.set("level", s.level);
  if (s.lang !== DEFAULT_STATE.lang) p.set("lang", s.lang);
  return p;
}
