/**
 * A place's figures over time: any series it publishes more than once (a
 * metric over years, halves, quarters or months; the URL's `trend=`), a line
 * per definition, and up to four more places beside it (`compare=`), each in
 * its own colour, named at the line's end and in the legend. Reported points
 * are filled, derived ones hollow and dashed; periods without a figure stay
 * empty.
 */
import { placeName, type Fact } from "../../data/fact.ts";
import type { ManifestPlace } from "../../data/manifest.ts";
import { metricInfo } from "../../data/metrics.ts";
import { parsePeriod, periodLabel } from "../../data/period.ts";
import { formatValue, type Lang } from "../../format/number.ts";
import { compareNames } from "../../format/collate.ts";
import { t } from "../../format/strings.ts";
import { tt, type TrendStringKey } from "../trendStrings.ts";
import { definitionLabel } from "../series.ts";
import { derivationText } from "../../format/derivation.ts";
import { factRecords } from "../records.ts";
import { sourcesOf } from "../sources.ts";
import type { PlaceChartDef, TrendControls } from "../spec.ts";
import {
  chooseTrend,
  DEFAULT_TREND,
  definitionKey,
  MAX_TREND_PLACES,
  trendId,
  trendOptions,
  trendSeries,
  type TrendChoice,
  type TrendKind,
  type TrendSeries,
} from "../trendSeries.ts";
import { emptyText, titled } from "./common.ts";
import { TREND_META } from "./trendMeta.ts";

const TITLE: Record<TrendKind, TrendStringKey> = {
  year: "trendTitleOf",
  half: "trendTitleHalf",
  quarter: "trendTitleQuarter",
  month: "trendTitleMonth",
};
const KIND: Record<TrendKind, TrendStringKey | null> = {
  year: null,
  half: "trendKindHalf",
  quarter: "trendKindQuarter",
  month: "trendKindMonth",
};

/** A series' name in the picker: the metric, and the kind of period where it is not years. */
export function seriesLabel(c: TrendChoice, lang: Lang): string {
  const what = metricInfo(c.metric)?.[lang] ?? c.metric;
  const kind = KIND[c.kind];
  return kind ? `${what}（${tt(lang, kind)}）` : what;
}

const LEVEL_GROUPS: { key: TrendStringKey; levels: readonly string[] }[] = [
  { key: "trendGroupProvince", levels: ["province"] },
  { key: "trendGroupPrefecture", levels: ["prefecture"] },
  { key: "trendGroupLocal", levels: ["county", "district"] },
];

/** The places of `compare` that the dataset has with yearly figures, the chart's own left out. */
export function comparedPlaces(
  ids: readonly string[],
  place: ManifestPlace,
  places: readonly ManifestPlace[],
): ManifestPlace[] {
  const out: ManifestPlace[] = [];
  for (const id of ids) {
    const p = places.find((x) => x.id === id);
    if (p && p.id !== place.id && !out.includes(p)) out.push(p);
  }
  return out.slice(0, MAX_TREND_PLACES - 1);
}

function controls(
  s: TrendSeries,
  context: readonly Fact[],
  place: ManifestPlace,
  compared: readonly ManifestPlace[],
  places: readonly ManifestPlace[],
  lang: Lang,
): TrendControls {
  const chosen = trendId(s.choice);
  const options = trendOptions(context, place.id, [DEFAULT_TREND, chosen]);
  const room = MAX_TREND_PLACES - 1 - compared.length;
  const name = (p: ManifestPlace) => placeName(p, lang);
  const byName = compareNames(lang);
  return {
    series: {
      label: tt(lang, "trendSeries"),
      items: options.map((o) => ({ id: o.id, label: seriesLabel(o, lang) })),
      chosen,
    },
    places: {
      shown: compared.map((p) => ({
        id: p.id,
        label: name(p),
        color: s.lines.find((l) => l.placeId === p.id)?.color ?? "",
      })),
      addable:
        room > 0
          ? LEVEL_GROUPS.map((g) => ({
              group: tt(lang, g.key),
              items: places
                .filter(
                  (p) =>
                    g.levels.includes(p.level) &&
                    p.id !== place.id &&
                    !compared.includes(p) &&
                    p.years.length > 0,
                )
                .map((p) => ({ id: p.id, label: name(p) }))
                .sort((a, b) => byName(a.label, b.label)),
            })).filter((g) => g.items.length)
          : [],
      room,
    },
  };
}

function notes(s: TrendSeries, lang: Lang): string[] {
  const out: string[] = [];
  const list = (why: "none" | "definition") =>
    s.leftOut
      .filter((l) => l.why === why)
      .map((l) => placeName(l.place, lang))
      .join(lang === "zh" ? "、" : ", ");
  if (list("none")) out.push(tt(lang, "trendNoneFrom", { places: list("none") }));
  if (list("definition"))
    out.push(tt(lang, "trendOtherDefinition", { places: list("definition") }));
  if (s.windows) out.push(tt(lang, "trendWindows", { n: s.windows }));
  return out;
}

export const trend: PlaceChartDef = {
  ...TREND_META,
  spec(input, lang) {
    const own = input.context;
    const choice = chooseTrend(input.trend ?? "", own, input.place.id) ?? {
      metric: DEFAULT_TREND,
      kind: "year" as const,
    };
    const compared = comparedPlaces(input.compare ?? [], input.place, input.places);
    const s = trendSeries(input.context, input.place, compared, choice, lang);
    const what = metricInfo(choice.metric)?.[lang] ?? choice.metric;
    const title = tt(lang, TITLE[choice.kind], { what });
    const several = s.lines.length > 1;
    const label = (p: string) => {
      const period = parsePeriod(p);
      return period ? periodLabel(period, lang) : p;
    };
    const lineOf = (f: Fact) => s.lines.find((l) => l.key === `${f.place_id}|${definitionKey(f)}`);
    const definitions = new Map<string, Fact>();
    for (const f of s.facts)
      if (!definitions.has(definitionKey(f))) definitions.set(definitionKey(f), f);
    const summary = s.lines
      .map((l) => {
        const a = l.points[0]!;
        const b = l.points.at(-1)!;
        return tt(lang, several ? "trendLineSummary" : "trendLineSummaryOne", {
          label: l.label,
          n: l.points.length,
          from: `${label(a.slot)} ${a.display}`,
          to: `${label(b.slot)} ${b.display}`,
        });
      })
      .join(lang === "zh" ? "；" : "; ");
    const chosenId = trendId(choice);
    return {
      id: "trend",
      title: titled(input, title),
      definition: choice.kind === "year" ? t(lang, "trendDef") : tt(lang, "trendDefPeriods"),
      sources: sourcesOf(s.facts),
      // The trend spans periods; the year's issues are shown by the volume chart.
      issues: [],
      empty: s.lines.length ? null : emptyText(input.facts, what, lang),
      label: titled(input, title),
      summary: s.lines.length ? tt(lang, "trendSummary", { what, lines: summary }) : "",
      columns: [
        tt(lang, "trendPeriod"),
        ...(several ? [tt(lang, "trendLine")] : []),
        t(lang, "value"),
        t(lang, "derivation"),
      ],
      rows: s.facts.map((f) => [
        label(f.period),
        ...(several ? [lineOf(f)?.label ?? ""] : []),
        formatValue(f.value, f.unit, lang),
        derivationText(f.derivation, lang).text,
      ]),
      records: factRecords(s.facts, lang),
      fileName: [
        `${input.place.id}-trend`,
        ...(chosenId === DEFAULT_TREND ? [] : [chosenId.replace(":", "-")]),
        ...compared.map((p) => p.id),
      ].join("-"),
      drawing: { kind: "trend", slots: s.slots, lines: s.lines, unit: s.unit },
      footer: {
        stats: [],
        definitions: [...definitions.values()].map((f) => ({
          key: definitionKey(f),
          label: definitionLabel(f, lang),
          wording: f.term_zh,
          text: metricInfo(f.metric)?.[lang === "zh" ? "defZh" : "defEn"] ?? "",
        })),
        notes: notes(s, lang),
      },
      options: null,
      trend: controls(s, own, input.place, compared, input.places, lang),
    };
  },
};
