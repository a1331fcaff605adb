/**
 * Seats per 100k residents: the place among the others (their latest
 * reports), the place's own bar highlighted, with its seat and agent counts.
 */
import { placeName, plainFact } from "../../data/fact.ts";
import { metricInfo, metricsOf } from "../../data/metrics.ts";
import { t } from "../../format/strings.ts";
import { comparison, NOT_PUBLISHED_NAMES, withContext } from "../series.ts";
import { sourcesOf } from "../sources.ts";
import type { PlaceChartDef } from "../spec.ts";
import { factRecords } from "../records.ts";
import {
  barSummary,
  emptyText,
  factsOf,
  factsOfBars,
  issuesOf,
  placeFactColumns,
  placeFactRow,
  stats,
  titled,
} from "./common.ts";

const METRICS = metricsOf("seats");
const COUNTS = METRICS.filter((m) => m !== "seats_per_100k");

export const seats: PlaceChartDef = {
  id: "seats",
  metrics: METRICS,
  needs: { otherYears: false, metrics: ["seats_per_100k"] },
  embedHeight: 520,
  spec(input, lang) {
    const { place } = input;
    const cmp = comparison(input.context, input.places, "seats_per_100k", lang, {
      highlight: place.id,
      highlightYear: input.year,
    });
    const data = withContext(cmp.groups.flatMap((g) => g.data));
    const counts = factsOf(input.facts, COUNTS);
    const title = t(lang, "seatsTitle");
    const np = cmp.notPublished;
    const sep = lang === "zh" ? "、" : ", ";
    const mine = data.find((d) => d.highlight);
    return {
      id: "seats",
      title: titled(input, title),
      definition: t(lang, "seatsDef"),
      sources: sourcesOf([...cmp.facts, ...factsOf(input.facts, METRICS)]),
      issues: issuesOf(input, METRICS),
      empty: plainFact(input.facts, "seats_per_100k")
        ? null
        : emptyText(input.facts, metricInfo("seats_per_100k")![lang], lang, COUNTS),
      label: titled(input, title),
      summary: mine
        ? t(lang, "sumAmong", {
            what: metricInfo("seats_per_100k")![lang],
            label: mine.label,
            value: mine.display,
            n: data.length,
          })
        : barSummary(title, data, lang),
      columns: placeFactColumns(lang),
      rows: [...factsOfBars(data, cmp.facts), ...counts].map((f) => placeFactRow(f, lang)),
      // Every place compared, not only the bars drawn; then the place's own counts.
      records: factRecords([...cmp.facts, ...counts], lang),
      fileName: `${place.id}-${input.year}-seats`,
      drawing: { kind: "bars", data },
      footer: {
        stats: stats(counts, lang),
        definitions: [],
        notes: np.length
          ? [
              `${t(lang, "notPublishedBy")}: ${np
                .slice(0, NOT_PUBLISHED_NAMES)
                .map((p) => placeName(p, lang))
                .join(sep)}${
                np.length > NOT_PUBLISHED_NAMES
                  ? t(lang, "andMore", { n: np.length - NOT_PUBLISHED_NAMES })
                  : ""
              }`,
            ]
          : [],
      },
      options: null,
    };
  },
};
