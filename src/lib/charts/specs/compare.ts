/**
 * Every place side by side on one metric (in one period, or at each place's
 * latest report), grouped by definition and tier and never ranked across them;
 * places that publish none of it are named.
 */
import type { Fact } from "../../data/fact.ts";
import type { ManifestPlace } from "../../data/manifest.ts";
import { metricInfo } from "../../data/metrics.ts";
import type { QualityIssue } from "../../data/quality.ts";
import { formatCount, type Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import { parsePeriod, periodLabel } from "../../data/period.ts";
import {
  COMPARE_TOP,
  comparison,
  flaggedByPlaceYear,
  NOT_PUBLISHED_NAMES,
  tierLabel,
  type Tier,
} from "../series.ts";
import { sourcesOf } from "../sources.ts";
import type { ChartSpec } from "../spec.ts";
import { factRecords } from "../records.ts";
import { factsOfBars, placeFactColumns, placeFactRow } from "./common.ts";

export interface CompareInput {
  /** One of COMPARE_METRICS ("satisfaction" spans its definitions). */
  metric: string;
  /** One year, or null: each place's latest year (every bar names its year). */
  year: number | null;
  /** One period of any kind ("2023-07"), drawn instead of `year` when given. */
  period?: string | null;
  /** Only the places of one tier; "" or absent: every tier, each ranked apart. */
  tier?: Tier | "";
  /** Every place's figures of the metric (others are ignored). */
  facts: readonly Fact[];
  places: readonly ManifestPlace[];
  issues: readonly QualityIssue[];
  /** Every bar, or the top COMPARE_TOP of each definition. */
  showAll: boolean;
  /** What the facts given leave out (a large file's top bars only). */
  omitted: { bars: number; notPublished: number };
}

export interface CompareSpec extends ChartSpec {
  /** Places publishing none of the metric, the first NOT_PUBLISHED_NAMES of them. */
  notPublished: ManifestPlace[];
  /** How many more do not publish it. */
  notPublishedMore: number;
  /** Bars in all, drawn or not. */
  total: number;
  /** Bars left out by the top-N cut. */
  hidden: number;
}

/** A compared metric's name; "satisfaction" names every definition of it. */
export function compareMetricLabel(metric: string, lang: Lang): string {
  return metric === "satisfaction"
    ? t(lang, "satisfaction")
    : (metricInfo(metric)?.[lang] ?? metric);
}

export const COMPARE_EMBED_HEIGHT = 640;

export function compareSpec(input: CompareInput, lang: Lang): CompareSpec {
  const { metric, year, omitted } = input;
  const period = input.period ?? (year === null ? null : String(year));
  const cmp = comparison(input.facts, input.places, metric, lang, {
    period,
    tier: input.tier ?? "",
    flagged: flaggedByPlaceYear(input.issues),
  });
  const what = compareMetricLabel(metric, lang);
  const percent = metric === "satisfaction" || metricInfo(metric)?.unit === "percent";
  const groups = cmp.groups.map((g) => ({
    key: `${g.definition}|${g.tier}`,
    definition: g.definition,
    heading: g.label,
    data: input.showAll ? g.data : g.data.slice(0, COMPARE_TOP),
  }));
  const total = cmp.groups.reduce((n, g) => n + g.data.length, 0) + omitted.bars;
  const drawn = groups.reduce((n, g) => n + g.data.length, 0);
  const parsed = period === null ? null : parsePeriod(period);
  const notes: string[] = [];
  // What ⚠ and hollow bars mean is the chart's legend (legend.ts).
  if (parsed && parsed.kind !== "year")
    notes.push(t(lang, "periodFiguresNote", { period: periodLabel(parsed, lang) }));
  const when = parsed ? periodLabel(parsed, lang) : (period ?? t(lang, "latestYear"));
  const title = `${what} · ${when}${input.tier ? ` · ${tierLabel(input.tier, lang)}` : ""}`;
  const everyBar = groups.flatMap((g) => g.data);
  const highest = [...everyBar].sort((a, b) => b.value - a.value)[0];
  const definitions = new Set(cmp.groups.map((g) => g.definition)).size;
  return {
    id: "compare",
    title,
    definition:
      definitions > 1
        ? t(lang, "compareDefinitions")
        : (metricInfo(metric)?.[lang === "zh" ? "defZh" : "defEn"] ?? t(lang, "satisfactionDef")),
    sources: sourcesOf(cmp.facts),
    issues: [],
    empty: cmp.groups.length ? null : t(lang, "nobodyPublishes", { what }),
    label: title,
    summary:
      highest && cmp.groups.length === 1
        ? t(lang, "sumCompare", {
            what,
            n: formatCount(total),
            high: `${highest.label} ${highest.display}`,
          })
        : cmp.groups.length > 1
          ? t(lang, "sumCompareGroups", { what, n: formatCount(total), groups: cmp.groups.length })
          : "",
    columns: placeFactColumns(lang),
    // Place, level, period and value each in its own cell; the value exact.
    rows: groups.flatMap((g) => factsOfBars(g.data, cmp.facts).map((f) => placeFactRow(f, lang))),
    records: factRecords(cmp.facts, lang),
    fileName: `compare-${metric}-${period ?? "latest"}${input.tier ? `-${input.tier}` : ""}`,
    drawing: { kind: "groups", groups, ...(percent ? { max: 100, percent: true } : {}) },
    footer: { stats: [], definitions: [], notes },
    options: null,
    notPublished: cmp.notPublished.slice(0, NOT_PUBLISHED_NAMES),
    notPublishedMore: Math.max(
      0,
      cmp.notPublished.length + omitted.notPublished - NOT_PUBLISHED_NAMES,
    ),
    total,
    hidden: total - drawn,
  };
}
