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
  qualityMarker: "数据质量提示 {n} 条",
  flaggedLegend: "⚠ 表示该数字有数据质量提示，详见“数据质量”。",
  qualityIntro:
    "构建数据时自动核对：分项之和与总量、占比与件数、比率与件数、正文与表格的同一数字，以及报告标题与正文是否一致。发现的问题如下；报告数字一律照录，不作修改。",
  reportCounts: "记录报告数字 {reported} 项，推算 {derived} 项",
  placeEvidence: "地区认定依据",
  showTable: "显示数据表",
  hideTable: "隐藏数据表",
  derivedMark: "推算值",
  derivedShort: "推算",
  flaggedMark: "有数据质量提示",
  satisfaction: "满意率",
  headlines: "主要指标",
  notPublishedWhat: "本报告未公布{what}。",
  notPublishedButRelated: "本报告未公布{what}；公布了{related}。",
  notPublishedBy: "未公布",
  volumeTitle: "诉求量及构成",
  volumeDef:
    "全年受理诉求总量，以及报告公布的各种分项（渠道、来源、类型、办理方式），同一刻度。分项口径以报告为准，见各数字说明。",
  trendTitle: "诉求总量历年变化",
  trendDef: "实心点为报告公布的数字；空心点与虚线为根据后一年报告的同比变化推算的数字。",
  connectionTitle: "接通率与话务",
  connectionDef: "来电被人工接通的比例。“30秒人工接通率”与不限时的“接通率”口径不同，不能直接比较。",
  satisfactionTitle: "满意率（按口径）",
  satisfactionDef: "各地公布的满意率口径不同，每个口径单独列出，不合并、不互相比较。",
  seatsTitle: "每十万人座席数",
  seatsDef: "话务平台座席数除以常住人口（十万人）。与其他地区最新报告对照，本地区以深色标出。",
  categoriesTitle: "诉求量排名前五",
  categoriesDef: "报告公布的诉求量排名（业务类型、诉求类型或承办部门），条形为件数，附占比。",
  shareDerived: "* 报告未给出占比，按件数除以对应总量计算（推算）。",
  ranking: "排名口径",
  place: "地区",
  definition: "口径",
  overviewTitle: "各地对比",
  latestYear: "各地最新年份",
  unknownMetric: "未知指标“{metric}”，已显示诉求总量。",
  compareDefinitions: "各地口径不同，按口径分组显示；不同口径之间不排名、不比较。",
  nobodyPublishes: "没有地区公布{what}。",
  searchPlace: "搜索地区（中文、拼音或英文）",
  noMatch: "没有匹配的地区",
  sections: "栏目",
  tabOverview: "各地对比",
  tabQuality: "数据质量",
  tabAbout: "关于数据",
  skipToContent: "跳到正文",
  latestReportOf: "查看{place}最新报告",
  footer:
    "数据来自各地公开发布的 12345 热线年度工作情况报告，逐项注明出处。本页面不向任何第三方发送请求。",
  aboutTitle: "关于数据",
  aboutSources:
    "每个数字都来自一份公开发布的 12345 热线年度工作情况报告，注明报告文件与章节或表格，并保留报告原文用语。报告由 PDF 提取为文本，表格会被压平、列会错位、标题也可能有误（例如一份正文为淮安市的报告标题写作淮南市），因此每个数字都经人工核对并交叉验证总量。",
  aboutDefinitions:
    "各地口径不同：接通率有“30秒人工接通率”和不限时的“接通率”；满意率有综合满意率、群众有效参评满意率（只计参评者）、话务代表服务满意率（只评接听服务）、抽查满意率、企业综合满意率等。它们衡量的东西不同，本站分别列出，从不合并成一个数，也不在不同口径之间排名。",
  aboutAbsent: "报告没有公布的数字显示为“报告未公布”，从不记为 0，也不估算。",
  aboutDerived:
    "推算值会明确标出：报告给出某项件数及其同比增幅时，可推出上一年的件数（四舍五入，误差见说明）；比率的同比变化可能是百分点也可能是百分比，因此不推算。",
  aboutMetrics: "指标说明",
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
  qualityMarker: "{n} data-quality note(s)",
  flaggedLegend: "⚠ marks a figure with a data-quality note; see “Data quality”.",
  qualityIntro:
    "The build checks each report automatically: parts against totals, shares against counts, rates against counts, the same figure in prose and tables, and the title against the body. What it found is listed here; reported figures are kept exactly as published.",
  reportCounts: "{reported} figures recorded, {derived} derived",
  placeEvidence: "How the place was identified",
  showTable: "Show table",
  hideTable: "Hide table",
  derivedMark: "derived",
  derivedShort: "derived",
  flaggedMark: "has a data-quality note",
  satisfaction: "Satisfaction",
  headlines: "Headline figures",
  notPublishedWhat: "This report does not publish {what}.",
  notPublishedButRelated: "This report does not publish {what}; it does publish {related}.",
  notPublishedBy: "Not published by",
  volumeTitle: "Requests and their breakdowns",
  volumeDef:
    "All requests received in the year, and every breakdown the report publishes (channel, requester, type, handling), on one scale. Each breakdown is as the report defines it; see the notes.",
  trendTitle: "Total requests over the years",
  trendDef:
    "Filled dots are published figures; hollow dots and dashed lines are derived from the next year's reported change.",
  connectionTitle: "Connection rate and calls",
  connectionDef:
    "Share of calls answered by a person. A “30-second” rate and a plain connection rate are different measures and cannot be compared.",
  satisfactionTitle: "Satisfaction, by definition",
  satisfactionDef:
    "Places publish different satisfaction rates; each definition is shown on its own, never merged or compared with another.",
  seatsTitle: "Seats per 100k residents",
  seatsDef:
    "Hotline seats per 100,000 residents, against other places' latest reports; this place is drawn darker.",
  categoriesTitle: "Top-five categories",
  categoriesDef:
    "The rankings the report publishes (business types, request types or departments): bars are counts, with shares.",
  shareDerived:
    "* The report gives no share; computed from the count and the matching total (derived).",
  ranking: "Ranking",
  place: "Place",
  definition: "Definition",
  overviewTitle: "Compare places",
  latestYear: "Latest year of each place",
  unknownMetric: "Unknown metric “{metric}”; showing total requests.",
  compareDefinitions:
    "Places use different definitions, so they are grouped by definition; figures of different definitions are never ranked against each other.",
  nobodyPublishes: "No place publishes {what}.",
  searchPlace: "Search places (Chinese, pinyin or English)",
  noMatch: "No matching place",
  sections: "Sections",
  tabOverview: "Compare",
  tabQuality: "Data quality",
  tabAbout: "About the data",
  skipToContent: "Skip to content",
  latestReportOf: "Open the latest report of {place}",
  footer:
    "Figures from the 12345 hotline annual reports that places publish, each with its source. This page makes no request to any third party.",
  aboutTitle: "About the data",
  aboutSources:
    "Every figure comes from a published 12345 hotline annual report, with the report file and the section or table it stands in, and the report's own wording. The reports were extracted from PDF: tables are flattened, columns shift and titles can be wrong (one report about Huai'an is titled Huainan), so each figure was checked by hand and totals were cross-checked.",
  aboutDefinitions:
    "Definitions differ between places: a connection rate may count calls answered within 30 seconds or at all; satisfaction may be an overall rate, the rate among people who rated (non-raters excluded), satisfaction with the call agent only, a spot-check rate or an enterprise rate. They measure different things, so they are shown separately, never merged into one number and never ranked against each other.",
  aboutAbsent:
    "A figure a report does not publish is shown as “not published”, never as 0 and never estimated.",
  aboutDerived:
    "Derived figures are marked: where a report gives a count with its percent change, the previous year's count follows (rounded; the note gives its accuracy). Changes in rates are never used this way, since a report's “↑0.32%” may mean points or percent.",
  aboutMetrics: "The metrics",
};

const TABLE: Record<Lang, Record<StringKey, string>> = { zh, en };

/** Look up a string and fill `{name}` slots. Values are inserted as text by Svelte, never as HTML. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in vars ? String(vars[k]) : m,
  );
}
