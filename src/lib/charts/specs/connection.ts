/**
 * Connection: the connection rate(s), each named by its definition (within 30
 * seconds, or at all), with the call figures the report gives beside them.
 */
import { plainFact, type Fact } from "../../data/fact.ts";
import { metricInfo, metricsOf } from "../../data/metrics.ts";
import type { Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import type { BarDatum } from "../bars.ts";
import { datum, definitionLabel, flaggedSet } from "../series.ts";
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
  stats,
  titled,
} from "./common.ts";

const METRICS = metricsOf("connection");
const CALLS = METRICS.filter((m) => m !== "connection_rate");

/** The connection rate(s) of one place, each with its definition. */
function connectionSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  return facts
    .filter((f) => f.metric === "connection_rate")
    .map((f) => datum(f, lang, flagged, { label: definitionLabel(f, lang) }));
}

export const connection: PlaceChartDef = {
  id: "connection",
  metrics: METRICS,
  needs: { otherYears: false, metrics: [] },
  embedHeight: 480,
  spec(input, lang) {
    const data = connectionSeries(input.facts, lang, flaggedSet(placeYearIssues(input)));
    const calls = CALLS.map((m) => plainFact(input.facts, m)).filter((f): f is Fact => !!f);
    const rates = factsOf(input.facts, ["connection_rate"]);
    const title = t(lang, "connectionTitle");
    return {
      id: "connection",
      title: titled(input, title),
      definition: t(lang, "connectionDef"),
      sources: sourcesOf(factsOf(input.facts, METRICS)),
      issues: issuesOf(input, METRICS),
      empty: data.length
        ? null
        : emptyText(input.facts, metricInfo("connection_rate")![lang], lang, [
            "calls_answered",
            "avg_talk_seconds",
          ]),
      label: titled(input, title),
      summary: barSummary(metricInfo("connection_rate")![lang], data, lang),
      columns: factColumns(lang),
      rows: [
        ...rates.map((f) => factRow(f, lang, definitionLabel(f, lang))),
        ...calls.map((f) => factRow(f, lang)),
      ],
      records: factRecords([...rates, ...calls], lang),
      fileName: `${input.place.id}-${input.year}-connection`,
      drawing: { kind: "bars", data, max: 100, percent: true },
      footer: { stats: stats(calls, lang), definitions: [], notes: [] },
      options: null,
    };
  },
};
