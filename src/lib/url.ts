/**
 * Page state ⇄ URL query, as pure functions. The URL is the contract for
 * shared links and embeds: `?place=suzhou&year=2022&lang=en`.
 */
import type { Lang } from "./format/number.ts";

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
}

export const DEFAULT_STATE: PageState = {
  view: "overview",
  lang: "zh",
  place: "",
  year: null,
  metric: "demand_total",
  ranking: "",
};

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
  else if (year) s.year = NaN;
  const metric = params.get("metric");
  if (metric) s.metric = metric.trim().slice(0, 64);
  const ranking = params.get("ranking");
  if (ranking) s.ranking = ranking.trim().slice(0, 64);
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
  if (s.metric !== DEFAULT_STATE.metric) p.set("metric", s.metric);
  if (s.ranking) p.set("ranking", s.ranking);
  if (s.lang !== DEFAULT_STATE.lang) p.set("lang", s.lang);
  return p;
}
