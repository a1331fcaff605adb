/**
 * Satisfaction: one bar per published definition (and scope), each named and
 * explained with the report's own wording; never merged into one figure.
 */
import type { Fact } from "../../data/fact.ts";
import { metricInfo, metricsOf } from "../../data/metrics.ts";
import type { Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import type { BarDatum } from "../bars.ts";
import { datum, factLabel, flaggedSet } from "../series.ts";
import { factRecords } from "../records.ts";
import { sourcesOf } from "../sources.ts";
import type { PlaceChartDef } from "../spec.ts";
import {
  barSummary,
  emptyText,
  factColumns,
  factRow,
  factsOf,
  issuesOf,
  placeYearIssues,
  titled,
} from "./common.ts";

/** Every definition of satisfaction, in the order charts list them. */
const SATISFACTION_METRICS: readonly string[] = metricsOf("satisfaction");

/** Satisfaction: one bar per published definition (and scope), each named. */
export function satisfactionSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  const order = SATISFACTION_METRICS;
  return facts
    .filter((f) => order.includes(f.metric))
    .sort(
      (a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || a.scope.localeCompare(b.scope),
    )
    .map((f) => datum(f, lang, flagged));
}

export const satisfaction: PlaceChartDef = {
  id: "satisfaction",
  metrics: SATISFACTION_METRICS,
  needs: { otherYears: false, metrics: [] },
  embedHeight: 520,
  spec(input, lang) {
    const data = satisfactionSeries(input.facts, lang, flaggedSet(placeYearIssues(input)));
    const drawn = factsOf(input.facts, SATISFACTION_METRICS);
    const title = t(lang, "satisfactionTitle");
    return {
      id: "satisfaction",
      title: titled(input, title),
      definition: t(lang, "satisfactionDef"),
      sources: sourcesOf(drawn),
      issues: issuesOf(input, SATISFACTION_METRICS),
      empty: data.length ? null : emptyText(input.facts, t(lang, "satisfaction"), lang),
      label: titled(input, title),
      summary: barSummary(t(lang, "satisfaction"), data, lang),
      columns: factColumns(lang),
      rows: drawn.map((f) => factRow(f, lang)),
      records: factRecords(drawn, lang),
      fileName: `${input.place.id}-${input.year}-satisfaction`,
      drawing: { kind: "bars", data, max: 100, percent: true },
      footer: {
        stats: [],
        definitions: drawn.map((f) => ({
          key: `${f.metric}${f.scope}`,
          label: factLabel(f, lang),
          wording: f.term_zh,
          text: metricInfo(f.metric)?.[lang === "zh" ? "defZh" : "defEn"] ?? "",
        })),
        notes: [],
      },
      options: null,
    };
  },
};
