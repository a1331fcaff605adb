/**
 * What the place charts share: the table of figures with their wording and
 * source, empty states that name what the report does publish, and the
 * quality issues that concern a chart. Pure.
 */
import { placeName, plainFact, type Fact } from "../../data/fact.ts";
import type { QualityIssue } from "../../data/quality.ts";
import { formatValue, type Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import type { BarDatum } from "../bars.ts";
import { compareKey, definitionLabel, factLabel } from "../series.ts";
import type { PlaceChartInput } from "../spec.ts";

/** Columns of a table of figures: metric, value, the report's wording, year on year, source. */
export function factColumns(lang: Lang): string[] {
  return [
    t(lang, "metric"),
    t(lang, "value"),
    t(lang, "wording"),
    t(lang, "yoy"),
    t(lang, "source"),
  ];
}

/** One figure as a table row (see `factColumns`); derived values say so. */
export function factRow(f: Fact, lang: Lang, label = factLabel(f, lang)): string[] {
  return [label, exactValue(f, lang), f.term_zh, f.yoy_text, f.source];
}

/** Columns of a table of places' figures: place, level, period, definition, value, source. */
export function placeFactColumns(lang: Lang): string[] {
  return [
    t(lang, "place"),
    t(lang, "level"),
    t(lang, "period"),
    t(lang, "definition"),
    t(lang, "value"),
    t(lang, "source"),
  ];
}

/** A place's figure as a table row (see `placeFactColumns`): each field its own cell, the value exact. */
export function placeFactRow(f: Fact, lang: Lang): string[] {
  return [
    placeName({ zh: f.place_zh, en: f.place_en }, lang),
    t(lang, `level_${f.level}`),
    f.period,
    definitionLabel(f, lang),
    exactValue(f, lang),
    f.source,
  ];
}

/** A figure's value in full (never compacted), saying when it is derived. */
export function exactValue(f: Fact, lang: Lang): string {
  return (
    formatValue(f.value, f.unit, lang) +
    (f.derivation !== "reported" ? ` (${t(lang, "derivedShort")})` : "")
  );
}

/** The figures behind a comparison's bars (keyed by `compareKey`), in the bars' order. */
export function factsOfBars(data: readonly BarDatum[], facts: readonly Fact[]): Fact[] {
  const byKey = new Map(facts.map((f) => [compareKey(f), f]));
  return data.flatMap((d) => byKey.get(d.key) ?? []);
}

/** Bars as table rows: the label (with its sublabel) and the printed value. */
export function barRows(data: readonly BarDatum[]): string[][] {
  return data.map((d) => [d.label + (d.sublabel ? ` · ${d.sublabel}` : ""), d.display]);
}

/** The figures of these metrics, in the facts' order. */
export function factsOf(facts: readonly Fact[], metrics: readonly string[]): Fact[] {
  return facts.filter((f) => metrics.includes(f.metric));
}

/** The issues of this place and year that concern any of `metrics`. */
export function issuesOf(input: PlaceChartInput, metrics: readonly string[]): QualityIssue[] {
  return input.issues.filter(
    (i) =>
      i.place_id === input.place.id &&
      i.year === input.year &&
      i.metrics.some((m) => metrics.includes(m)),
  );
}

/** The issues of this place and year. */
export function placeYearIssues(input: PlaceChartInput): QualityIssue[] {
  return input.issues.filter((i) => i.place_id === input.place.id && i.year === input.year);
}

/**
 * The empty state: the report does not publish `what`; where it publishes
 * related figures (`related` metrics), it names them with their values.
 */
export function emptyText(
  facts: readonly Fact[],
  what: string,
  lang: Lang,
  related: readonly string[] = [],
): string {
  const found = related.map((m) => plainFact(facts, m)).filter((f): f is Fact => !!f);
  const rel = found
    .map((f) => `${factLabel(f, lang)} ${formatValue(f.value, f.unit, lang)}`)
    .join(lang === "zh" ? "、" : ", ");
  return rel
    ? t(lang, "notPublishedButRelated", { what, related: rel })
    : t(lang, "notPublishedWhat", { what });
}

/** A chart's title, after "苏州市 · 2022" where the chart stands alone. */
export function titled(input: PlaceChartInput, title: string): string {
  return input.heading ? `${input.heading} · ${title}` : title;
}

/** Figures as stats beside a chart. */
export function stats(facts: readonly Fact[], lang: Lang) {
  return facts.map((f) => ({
    key: f.metric,
    label: factLabel(f, lang),
    value: formatValue(f.value, f.unit, lang),
  }));
}

/** A one-sentence summary of bars: how many, the highest and the lowest. */
export function barSummary(what: string, data: readonly BarDatum[], lang: Lang): string {
  if (!data.length) return "";
  const sorted = [...data].sort((a, b) => b.value - a.value);
  const hi = sorted[0]!;
  const lo = sorted.at(-1)!;
  return data.length === 1
    ? t(lang, "sumOne", { what, label: hi.label, value: hi.display })
    : t(lang, "sumBars", {
        what,
        n: data.length,
        high: `${hi.label} ${hi.display}`,
        low: `${lo.label} ${lo.display}`,
      });
}
