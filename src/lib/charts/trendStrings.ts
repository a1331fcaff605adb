/**
 * The trend chart's interface text in both languages, kept beside the chart
 * (and loaded with it) so pages without a trend, such as the overview's first
 * load, do not carry it. Keys are shared, so a missing translation is a type
 * error, as in `format/strings.ts`.
 */
import type { Lang } from "../format/number.ts";
import { fill } from "../format/strings.ts";

const zh = {
  trendTitleOf: "{what}历年变化",
  trendTitleHalf: "{what}：各半年",
  trendTitleQuarter: "{what}：各季度",
  trendTitleMonth: "{what}：各月",
  trendKindHalf: "半年",
  trendKindQuarter: "季度",
  trendKindMonth: "月度",
  trendDefPeriods:
    "每个点是报告公布的一个时段（半年、季度或一个月）的数字；各时段不相加，也不与全年数字放在一起。实心点为报告公布的数字，空心点与虚线为推算；没有数字的时段留空，不连线。",
  trendSeries: "指标",
  trendPlaces: "对比地区",
  trendAdd: "添加地区",
  trendAddNone: "选择地区…",
  trendRemove: "移除{place}",
  trendFull: "最多同时显示 {n} 个地区。",
  trendGroupProvince: "省级",
  trendGroupPrefecture: "地级市",
  trendGroupLocal: "县（市、区）",
  trendLegend: "图例",
  trendPeriod: "时段",
  trendLine: "地区与口径",
  trendSummary: "{what}：{lines}。",
  trendLineSummary: "{label}，{n} 个时段，{from} 至 {to}",
  trendLineSummaryOne: "{n} 个时段，{from} 至 {to}",
  trendNoneFrom: "{places}未公布这一指标的数字。",
  trendOtherDefinition: "{places}只公布了另一口径的数字，口径不同，未画出。",
  trendWindows:
    "另有 {n} 个累计或其他时段（如1—9月、一周）的数字未画出：各报告的时段长短不一，不能连成一条线；可在全部数据中下载。",
} as const;

export type TrendStringKey = keyof typeof zh;

const en: Record<TrendStringKey, string> = {
  trendTitleOf: "{what} over the years",
  trendTitleHalf: "{what} by half-year",
  trendTitleQuarter: "{what} by quarter",
  trendTitleMonth: "{what} by month",
  trendKindHalf: "half-yearly",
  trendKindQuarter: "quarterly",
  trendKindMonth: "monthly",
  trendDefPeriods:
    "Each point is a figure the report publishes for one period (a half-year, a quarter or a month); periods are never added up or set beside yearly figures. Filled dots are published figures, hollow dots and dashed lines derived; periods without a figure stay empty and are not joined.",
  trendSeries: "Series",
  trendPlaces: "Compared places",
  trendAdd: "Add a place",
  trendAddNone: "Choose a place…",
  trendRemove: "Remove {place}",
  trendFull: "At most {n} places at a time.",
  trendGroupProvince: "Provinces",
  trendGroupPrefecture: "Prefecture cities",
  trendGroupLocal: "Counties and districts",
  trendLegend: "Legend",
  trendPeriod: "Period",
  trendLine: "Place and definition",
  trendSummary: "{what}: {lines}.",
  trendLineSummary: "{label}, {n} periods, {from} to {to}",
  trendLineSummaryOne: "{n} periods, {from} to {to}",
  trendNoneFrom: "{places}: no figure of this series published.",
  trendOtherDefinition:
    "{places}: published only under another definition, which is not comparable; not drawn.",
  trendWindows:
    "{n} more figures cover cumulative or other windows (such as January–September or a week) and are not drawn: their spans differ from report to report, so they cannot form one line; they are in the full data download.",
};

const TABLE: Record<Lang, Record<TrendStringKey, string>> = { zh, en };

/** Look up a trend string and fill `{name}` slots (inserted as text, never as HTML). */
export function tt(
  lang: Lang,
  key: TrendStringKey,
  vars: Record<string, string | number> = {},
): string {
  return fill(TABLE[lang][key], vars);
}
