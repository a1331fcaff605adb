/**
 * Every piece of interface text in both languages. Keys are shared, so a
 * missing translation is a type error.
 */
import type { Lang } from "./number.ts";

const zh = {
  appTitle: "12345 热线开放数据",
  appSubtitle: "各地政务服务便民热线年度报告中的数字，逐项注明出处",
  langSwitch: "English",
  langSwitchLabel: "Switch to English",
  places: "地区",
  year: "年份",
  loading: "正在加载…",
  figures: "全部数字",
  metric: "指标",
  value: "数值",
  wording: "报告原文用语",
  yoy: "同比",
  source: "出处",
  note: "说明",
  derivation: "来源方式",
  reported: "报告数字",
  derived: "推算",
  notPublished: "报告未公布",
  unknownPlace: "找不到地区“{place}”。",
  unknownYear: "{place}没有 {year} 年的报告。可选年份：{years}。",
  backToOverview: "返回全部地区",
  loadError: "数据加载失败：{message}",
  reportYears: "报告年份",
  level_province: "省",
  level_prefecture: "市",
  level_county: "县",
  level_district: "区",
  category: "类别",
  rank: "排名",
  share: "占比",
  scope: "范围",
  dimension: "排名对象",
  qualityTitle: "数据质量",
  qualityNone: "构建时未发现不一致。",
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: "12345 Hotline Open Data",
  appSubtitle:
    "Figures from the annual reports of China's government service hotlines, each with its source",
  langSwitch: "中文",
  langSwitchLabel: "切换到中文",
  places: "Places",
  year: "Year",
  loading: "Loading…",
  figures: "All figures",
  metric: "Metric",
  value: "Value",
  wording: "Report's wording",
  yoy: "Year on year",
  source: "Source",
  note: "Note",
  derivation: "Derivation",
  reported: "Reported",
  derived: "Derived",
  notPublished: "Not published",
  unknownPlace: "There is no place “{place}”.",
  unknownYear: "{place} has no report for {year}. Years available: {years}.",
  backToOverview: "Back to all places",
  loadError: "The data could not be loaded: {message}",
  reportYears: "Report years",
  level_province: "Province",
  level_prefecture: "City",
  level_county: "County",
  level_district: "District",
  category: "Category",
  rank: "Rank",
  share: "Share",
  scope: "Scope",
  dimension: "Ranked by",
  qualityTitle: "Data quality",
  qualityNone: "The build found no inconsistencies.",
};

const TABLE: Record<Lang, Record<StringKey, string>> = { zh, en };

/** Look up a string and fill `{name}` slots. Values are inserted as text by Svelte, never as HTML. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in vars ? String(vars[k]) : m,
  );
}
