/**
 * One place's demand total over the years the data has: reported years and
 * derived ones (marked), with a gap where no figure was published.
 */
import type { Fact } from "../../data/fact.ts";
import { formatCompact, formatCount, type Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import { derivationText } from "../../format/derivation.ts";
import { factRecords } from "../records.ts";
import { sourcesOf } from "../sources.ts";
import { NO_FOOTER, type PlaceChartDef } from "../spec.ts";
import type { TrendDatum } from "../trend.ts";
import { emptyText, titled } from "./common.ts";

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

export const trend: PlaceChartDef = {
  id: "trend",
  metrics: ["demand_total"],
  needs: { otherYears: true, metrics: [] },
  embedHeight: 440,
  spec(input, lang) {
    const data = trendSeries(input.context, input.place.id, lang);
    const own = input.context
      .filter((f) => f.place_id === input.place.id && f.metric === "demand_total" && !f.scope)
      .sort((a, b) => a.year - b.year);
    const title = t(lang, "trendTitle");
    const first = data[0];
    const last = data.at(-1);
    return {
      id: "trend",
      title: titled(input, title),
      definition: t(lang, "trendDef"),
      sources: sourcesOf(own),
      // The trend spans years; the year's issues are shown by the volume chart.
      issues: [],
      empty: data.length ? null : emptyText(input.facts, title, lang),
      label: titled(input, title),
      summary:
        first && last
          ? t(lang, "sumTrend", {
              n: data.length,
              from: `${first.year} ${first.display}`,
              to: `${last.year} ${last.display}`,
            })
          : "",
      columns: [t(lang, "year"), t(lang, "value"), t(lang, "derivation")],
      rows: own.map((f) => [
        String(f.year),
        formatCount(f.value),
        derivationText(f.derivation, lang).text,
      ]),
      records: factRecords(own, lang),
      fileName: `${input.place.id}-trend`,
      drawing: { kind: "trend", data },
      footer: NO_FOOTER,
      options: null,
    };
  },
};
