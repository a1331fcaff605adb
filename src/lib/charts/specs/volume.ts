/**
 * Demand volume: the total, then each published breakdown (channel,
 * requester, type, handling) under its heading, on one scale.
 */
import { plainFact, type Fact } from "../../data/fact.ts";
import { metricsOf } from "../../data/metrics.ts";
import { formatValue, type Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import type { BarDatum } from "../bars.ts";
import { datum, flaggedSet } from "../series.ts";
import { factRecords } from "../records.ts";
import { sourcesOf } from "../sources.ts";
import { NO_FOOTER, type PlaceChartDef } from "../spec.ts";
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

/** The counts of the volume family; its rates (online answer rate) are not bars on this scale. */
const METRICS = metricsOf("volume", "count");

const GROUPS: { zh: string; en: string; metrics: string[] }[] = [
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

/** Demand volume: the total, then each published breakdown under its heading, on one scale. */
export function volumeSeries(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): BarDatum[] {
  const out: BarDatum[] = [];
  for (const g of GROUPS) {
    for (const m of g.metrics) {
      const f = plainFact(facts, m);
      if (f)
        out.push(
          datum(f, lang, flagged, { group: g[lang], display: formatValue(f.value, "count", lang) }),
        );
    }
  }
  return out;
}

export const volume: PlaceChartDef = {
  id: "volume",
  metrics: METRICS,
  needs: { otherYears: false, metrics: [] },
  embedHeight: 620,
  spec(input, lang) {
    const data = volumeSeries(input.facts, lang, flaggedSet(placeYearIssues(input)));
    const title = t(lang, "volumeTitle");
    const drawn = factsOf(input.facts, METRICS);
    return {
      id: "volume",
      title: titled(input, title),
      definition: t(lang, "volumeDef"),
      sources: sourcesOf(drawn),
      issues: issuesOf(input, METRICS),
      empty: data.length ? null : emptyText(input.facts, title, lang),
      label: titled(input, title),
      summary: barSummary(title, data, lang),
      columns: factColumns(lang),
      rows: drawn.filter((f) => !f.scope).map((f) => factRow(f, lang)),
      records: factRecords(
        drawn.filter((f) => !f.scope),
        lang,
      ),
      fileName: `${input.place.id}-${input.year}-volume`,
      drawing: { kind: "bars", data },
      footer: NO_FOOTER,
      options: null,
    };
  },
};
