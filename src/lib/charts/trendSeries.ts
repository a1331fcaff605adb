/**
 * What a trend chart can show and what it draws, as plain data: the series a
 * place publishes more than once (each metric by kind of period), and for the
 * chosen one a line per place and definition. Pure.
 *
 * A series is one metric over one kind of period: years, halves, quarters or
 * months. Kinds are never mixed on one line and months are never summed into
 * a year. Cumulative and other windows (1–9月, a week) are not drawn: their
 * spans differ from report to report; the chart says how many it leaves out.
 * Each definition is its own line (a 30-second connection rate is never
 * joined to a plain one; a scoped figure never to the whole hotline's), and
 * places compared on one chart are drawn only in a definition the chart's
 * own place publishes.
 */
import { placeName, type Fact } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import { METRICS, metricInfo, type Unit } from "../data/metrics.ts";
import { parsePeriod, type Period } from "../data/period.ts";
import { formatCompact, formatValue, type Lang } from "../format/number.ts";
import { isFilePlace } from "./own.ts";
import { connectionDefinition, definitionLabel } from "./series.ts";
import { THEME } from "./theme.ts";
import { DEFAULT_TREND } from "./specs/trendMeta.ts";

/** Kinds of period a trend line can follow, in the order the picker lists them. */
export const TREND_KINDS = ["year", "half", "quarter", "month"] as const;
export type TrendKind = (typeof TREND_KINDS)[number];

/** Places on one trend chart at most, the chart's own place included. */
export const MAX_TREND_PLACES = 5;

export { DEFAULT_TREND };

/** A series as the URL writes it: `connection_rate` (years), `demand_total:quarter`. */
export interface TrendChoice {
  metric: string;
  kind: TrendKind;
}

/** Read a `trend=` value; null when it is not a metric id with a known kind. */
export function parseTrend(value: string): TrendChoice | null {
  const [metric = "", kind = "year", ...rest] = value.trim().split(":");
  if (rest.length || !metricInfo(metric) || metric === "top_category") return null;
  if (!(TREND_KINDS as readonly string[]).includes(kind)) return null;
  return { metric, kind: kind as TrendKind };
}

/** The `trend=` value of a series (years are the default kind, left out). */
export function trendId(c: TrendChoice): string {
  return c.kind === "year" ? c.metric : `${c.metric}:${c.kind}`;
}

/** A figure a trend can draw: a plain or scoped figure (no ranked category) of a followed kind. */
function drawable(f: Fact): boolean {
  return !f.category && f.metric !== "top_category" && f.period_kind !== "window";
}

/**
 * The definition a figure uses within its metric: the connection rate's
 * 30-second or plain measure, and the scope a figure is counted over. Figures
 * of different definitions are never on one line.
 */
export function definitionKey(f: Fact): string {
  const conn = f.metric === "connection_rate" ? connectionDefinition(f) : "";
  return `${conn}|${f.scope}`;
}

/** One option of the series picker. */
export interface TrendOption {
  id: string;
  metric: string;
  kind: TrendKind;
  /** Most periods any one definition of it covers. */
  periods: number;
}

/**
 * The series a place publishes more than once (some definition of the metric
 * in two periods of the kind or more), in catalogue order, years before halves,
 * quarters and months; `always` (the default series) is listed whenever the
 * place has a figure of it at all.
 */
export function trendOptions(
  facts: readonly Fact[],
  placeId: string,
  always: readonly string[] = [DEFAULT_TREND],
): TrendOption[] {
  const periods = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.place_id !== placeId || !drawable(f)) continue;
    const key = `${f.metric}|${f.period_kind}|${definitionKey(f)}`;
    let set = periods.get(key);
    if (!set) periods.set(key, (set = new Set()));
    set.add(f.period);
  }
  const out: TrendOption[] = [];
  for (const kind of TREND_KINDS)
    for (const m of METRICS) {
      const counts = [...periods]
        .filter(([k]) => k.startsWith(`${m.id}|${kind}|`))
        .map(([, s]) => s.size);
      const most = Math.max(0, ...counts);
      const id = trendId({ metric: m.id, kind });
      if (most >= 2 || (most >= 1 && always.includes(id)))
        out.push({ id, metric: m.id, kind, periods: most });
    }
  return out;
}

/**
 * The series to draw: the one asked for when the place has a figure of it,
 * else the default when published, else the first option. Null when the place
 * has nothing a trend can draw.
 */
export function chooseTrend(
  asked: string,
  facts: readonly Fact[],
  placeId: string,
): TrendChoice | null {
  const wanted = parseTrend(asked);
  const options = trendOptions(facts, placeId, [DEFAULT_TREND, ...(wanted ? [asked] : [])]);
  const pick =
    (wanted && options.find((o) => o.id === trendId(wanted))) ??
    options.find((o) => o.id === DEFAULT_TREND) ??
    options[0];
  return pick ? { metric: pick.metric, kind: pick.kind } : null;
}

/** A slot on the time axis: every period of the kind from the first drawn to the last. */
export interface TrendSlot {
  /** The period's canonical text ("2023", "2023-Q1"). */
  key: string;
  /** Short axis label. */
  label: string;
}

export interface TrendPoint {
  slot: string;
  value: number;
  /** Compact value for labels on the drawing. */
  display: string;
  derived: boolean;
}

export interface TrendLine {
  key: string;
  placeId: string;
  /** Direct label at the line's end and in the legend: the place, the definition, or both. */
  label: string;
  color: string;
  /** A place of the user's own file (CSV preview), drawn in its own hue. */
  own?: boolean;
  points: TrendPoint[];
}

/** A place asked for on the chart that has no line, and why. */
export interface LeftOut {
  place: ManifestPlace;
  /** "none": no figure of the series; "definition": only in another definition. */
  why: "none" | "definition";
}

export interface TrendSeries {
  choice: TrendChoice;
  unit: Unit;
  slots: TrendSlot[];
  lines: TrendLine[];
  leftOut: LeftOut[];
  /** The figures drawn, by period, then in line order: the chart's table. */
  facts: Fact[];
  /** Figures of the metric in windows (1–9月, a week), not drawn. */
  windows: number;
}

/**
 * Line colours, in order: the chart's place first. Each is at least 3:1
 * against white (WCAG 1.4.11) and they differ in hue and lightness.
 */
export const LINE_COLORS = [
  THEME.mark,
  "#c2410c",
  "#15803d",
  "#7e22ce",
  "#b91c1c",
  "#0e7490",
  "#a16207",
  "#475569",
] as const;

/**
 * Colours of the user's own lines (CSV preview): the hue the bar charts give
 * a file's figures, then its darker shade, so a file's figures never take a
 * published line's colour.
 */
export const OWN_LINE_COLORS = [THEME.own, THEME.ownHighlight] as const;

/** The published purple, too near the file's own hue to stand beside it. */
const NEAR_OWN = "#7e22ce";

/**
 * Each line's colour, in line order: the file's lines in the file's own hues,
 * published ones in `LINE_COLORS` (skipping the purple when a file's line is
 * on the chart), each list counted on its own.
 */
export function lineColors(own: readonly boolean[]): string[] {
  const anyOwn = own.includes(true);
  const published = LINE_COLORS.filter((c) => !anyOwn || c !== NEAR_OWN);
  let mine = 0;
  let theirs = 0;
  return own.map((o) =>
    o ? OWN_LINE_COLORS[mine++ % OWN_LINE_COLORS.length]! : published[theirs++ % published.length]!,
  );
}

const ZH_HALF = ["上半年", "下半年"];
const ZH_QUARTER = ["一", "二", "三", "四"];

/** A period's short label for the time axis: 2023 · 2023上半年 / H1 2023 · 2023Q1 · 2023.07. */
export function slotLabel(p: Period, lang: Lang): string {
  const m0 = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case "half":
      return lang === "zh"
        ? `${p.year}${ZH_HALF[m0 === 1 ? 0 : 1]}`
        : `H${m0 === 1 ? 1 : 2} ${p.year}`;
    case "quarter":
      return lang === "zh"
        ? `${p.year}年${ZH_QUARTER[(m0 - 1) / 3]}季度`
        : `Q${(m0 + 2) / 3} ${p.year}`;
    case "month":
      return `${p.year}.${String(m0).padStart(2, "0")}`;
    default:
      return String(p.year);
  }
}

/** Index of a period among all periods of its kind (years, halves, quarters, months since year 0). */
function ordinal(p: Period): number {
  const m0 = Number(p.start.slice(5, 7)) - 1;
  switch (p.kind) {
    case "half":
      return p.year * 2 + m0 / 6;
    case "quarter":
      return p.year * 4 + m0 / 3;
    case "month":
      return p.year * 12 + m0;
    default:
      return p.year;
  }
}

function periodAt(kind: TrendKind, n: number): string {
  switch (kind) {
    case "half":
      return `${Math.floor(n / 2)}-H${(n % 2) + 1}`;
    case "quarter":
      return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
    case "month":
      return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
    default:
      return String(n);
  }
}

/**
 * The lines of one series for a place and the places compared with it (ids,
 * up to `MAX_TREND_PLACES` in all, unknown ids ignored), from every figure the
 * chart was given.
 */
export function trendSeries(
  facts: readonly Fact[],
  place: ManifestPlace,
  compare: readonly ManifestPlace[],
  choice: TrendChoice,
  lang: Lang,
): TrendSeries {
  const shown = [place, ...compare.filter((p) => p.id !== place.id)].slice(0, MAX_TREND_PLACES);
  const ofMetric = facts.filter(
    (f) => f.metric === choice.metric && !f.category && shown.some((p) => p.id === f.place_id),
  );
  const windows = ofMetric.filter(
    (f) => f.place_id === place.id && f.period_kind === "window",
  ).length;
  const drawn = ofMetric.filter((f) => f.period_kind === choice.kind);
  const own = new Set(drawn.filter((f) => f.place_id === place.id).map(definitionKey));
  const definitions = new Set<string>();
  const groups = new Map<string, Fact[]>();
  const leftOut: LeftOut[] = [];
  for (const p of shown) {
    const mine = drawn.filter((f) => f.place_id === p.id);
    const kept =
      p.id === place.id || !own.size ? mine : mine.filter((f) => own.has(definitionKey(f)));
    if (!kept.length && p.id !== place.id)
      leftOut.push({ place: p, why: mine.length ? "definition" : "none" });
    for (const f of kept) {
      const key = `${p.id}|${definitionKey(f)}`;
      definitions.add(definitionKey(f));
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
  }
  const several = shown.length > 1;
  const byDefinition = definitions.size > 1;
  const placeOf = (key: string) => shown.find((x) => key.startsWith(`${x.id}|`))!;
  const colors = lineColors([...groups.keys()].map((key) => isFilePlace(placeOf(key).id)));
  const lines: TrendLine[] = [...groups].map(([key, list], i) => {
    const p = placeOf(key);
    const sorted = [...list].sort((a, b) => a.period.localeCompare(b.period));
    const first = sorted[0]!;
    const what = definitionLabel(first, lang);
    const label = several
      ? byDefinition
        ? `${placeName(p, lang)} · ${what}`
        : placeName(p, lang)
      : what;
    return {
      key,
      placeId: p.id,
      label,
      color: colors[i]!,
      own: isFilePlace(p.id),
      points: sorted.map((f) => ({
        slot: f.period,
        value: f.value,
        display:
          f.unit === "count" ? formatCompact(f.value, lang) : formatValue(f.value, f.unit, lang),
        derived: f.derivation !== "reported",
      })),
    };
  });
  const ords = [...groups.values()].flat().map((f) => ordinal(parsePeriod(f.period)!));
  const lo = Math.min(...ords);
  const hi = Math.max(...ords);
  const slots: TrendSlot[] = ords.length
    ? Array.from({ length: hi - lo + 1 }, (_, i) => {
        const key = periodAt(choice.kind, lo + i);
        return { key, label: slotLabel(parsePeriod(key)!, lang) };
      })
    : [];
  const order = [...groups.keys()];
  const onLines = [...groups.values()]
    .flat()
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        order.indexOf(`${a.place_id}|${definitionKey(a)}`) -
          order.indexOf(`${b.place_id}|${definitionKey(b)}`),
    );
  return {
    choice,
    unit: metricInfo(choice.metric)?.unit ?? "count",
    slots,
    lines,
    leftOut,
    facts: onLines,
    windows,
  };
}
