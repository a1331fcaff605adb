/**
 * The dashboard's own text in both languages: the shell (header, tabs, footer),
 * the overview, the profile, the quality and about pages and the place search.
 * Kept apart from strings.ts so the embed's first load carries only what its
 * chart shows. Keys are shared, so a missing translation is a type error;
 * `t` here also answers every key of strings.ts.
 */
import type { Lang } from "./number.ts";
import { fill, t as common, type StringKey } from "./strings.ts";

const zh = {
  appSubtitle: "各地政务服务便民热线年度报告中的数字，逐项注明出处",
  langSwitch: "English",
  langSwitchLabel: "Switch to English",
  manyPlaces: "共 {n} 个地区，请用页面顶部的搜索框查找。",
  figures: "全部数字",
  notPublished: "报告未公布",
  unknownPlace: "找不到地区“{place}”。",
  noReport: "{place}：暂无收录的报告。",
  noYearlyFigures:
    "{place}：暂无全年数字。已收录 {count} 个月度、季度等时段的数字（{first}至{last}），可在全部数据中下载；某项指标有同一类时段（月、季度或半年）的两个以上数字时，下方画出它的走势（1—9月等累计时段不画）。",
  openDataPage: "到数据下载页：全部数字（facts.csv、facts.arrow）与数据字典",
  unknownYear: "{place}没有 {year} 年的报告。可选年份：{years}。",
  backToOverview: "返回全部地区",
  reportYears: "报告年份",
  qualityTitle: "数据质量",
  qualityNone: "构建时未发现不一致。",
  qualityIntro:
    "构建数据时自动核对：分项之和与总量、占比与件数、比率与件数、正文与表格的同一数字，以及报告标题与正文是否一致。发现的问题如下；报告数字一律照录，不作修改。",
  reportCounts: "记录报告数字 {reported} 项，推算 {derived} 项",
  placeEvidence: "地区认定依据",
  qualitySummary: "共 {reports} 份报告，其中 {flagged} 份有数据质量提示，共 {issues} 条。",
  qualityOnlyIssues: "只看有提示的报告",
  qualityCheck: "检查类型",
  qualityAllChecks: "全部",
  qualityFind: "查找地区或报告",
  qualityShown: "显示 {shown} / {n} 份报告",
  qualityMore: "再显示 {n} 份",
  qualityNoMatch: "没有符合条件的报告。",
  check_parts_sum: "分项之和与总量",
  check_share: "占比与件数",
  check_rate: "比率与件数",
  check_rank_order: "排名顺序",
  check_category_sum: "分类合计",
  check_mention: "正文与表格",
  check_title: "标题与正文",
  check_note: "其他说明",
  headlines: "主要指标",
  overviewTitle: "各地对比",
  unknownMetric: "未知指标“{metric}”，已显示诉求总量。",
  searchPlace: "搜索地区（中文、拼音或英文）",
  noMatch: "没有匹配的地区",
  sections: "栏目",
  tabOverview: "各地对比",
  tabQuality: "数据质量",
  tabAbout: "关于数据",
  tabData: "数据下载",
  tabPreview: "预览本地文件",
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
  qualityUnavailable: "数据质量提示暂时无法加载；图表中的数字不受影响。",
  badYearOverview: "网址中的年份“{year}”无效（应为四位数年份），下面显示默认年份。",
  periodKind: "时段类型",
  kind_year: "全年",
  kind_half: "半年",
  kind_quarter: "季度",
  kind_month: "月度",
  kind_window: "其他时段（同一时段才比较）",
  comparePeriod: "时段",
  periodOption: "{period}（{n} 个地区）",
  periodOptionOne: "{period}（1 个地区）",
  latestEach: "各地最新年份（每条注明年份）",
  levelFilter: "级别",
  levelAll: "全部级别（分开排名）",
  defaultPeriodNote:
    "默认显示{period}：公布此指标的地区数不少于最多时一半的时段中最近的一个。可在上方改选。",
  latestNote: "每个地区取其最新年份，不同年份的数字并排，仅供参考；每条数字注明年份。",
  missingPeriod: "没有{period}的数字，改为显示{shown}。",
  noPeriodData: "没有{kind}的{what}数字。",
  compareLevelNone: "此级别没有地区公布这一指标。",
  searchingAll: "正在查找全部地区…",
  noReportYet: "{place}：暂无收录的报告",
  withinWithReports: "其下有报告的地区：",
  parentWithReports: "所属地区：",
  briefsOnlyHint: "仅有月度、季度等数字",
} as const;

export type ViewStringKey = keyof typeof zh;

const en: Record<ViewStringKey, string> = {
  appSubtitle:
    "Figures from the annual reports of China's government service hotlines, each with its source",
  langSwitch: "中文",
  langSwitchLabel: "切换到中文",
  manyPlaces: "{n} places: use the search box at the top of the page to find one.",
  figures: "All figures",
  notPublished: "Not published",
  unknownPlace: "There is no place “{place}”.",
  noReport: "{place}: no report in the dataset yet.",
  noYearlyFigures:
    "{place}: no yearly figures yet. The dataset holds its figures for {count} months, quarters or other periods ({first} to {last}), in the full data download; where a figure is published for two months, quarters or half-years or more, its trend is charted below (cumulative windows such as January–September are not).",
  openDataPage:
    "Go to the data page: every figure (facts.csv, facts.arrow) and the data dictionary",
  unknownYear: "{place} has no report for {year}. Years available: {years}.",
  backToOverview: "Back to all places",
  reportYears: "Report years",
  qualityTitle: "Data quality",
  qualityNone: "The build found no inconsistencies.",
  qualityIntro:
    "The build checks each report automatically: parts against totals, shares against counts, rates against counts, the same figure in prose and tables, and the title against the body. What it found is listed here; reported figures are kept exactly as published.",
  reportCounts: "{reported} {reported|figure|figures} recorded, {derived} derived",
  placeEvidence: "How the place was identified",
  qualitySummary:
    "{reports} {reports|report|reports}; {flagged} with data-quality notes, {issues} {issues|note|notes} in all.",
  qualityOnlyIssues: "Only reports with notes",
  qualityCheck: "Check",
  qualityAllChecks: "All",
  qualityFind: "Find a place or report",
  qualityShown: "Showing {shown} of {n} {n|report|reports}",
  qualityMore: "Show {n} more",
  qualityNoMatch: "No report matches.",
  check_parts_sum: "Parts against the total",
  check_share: "Shares against counts",
  check_rate: "Rates against counts",
  check_rank_order: "Ranking order",
  check_category_sum: "Category sums",
  check_mention: "Prose against tables",
  check_title: "Title against body",
  check_note: "Other notes",
  headlines: "Headline figures",
  overviewTitle: "Compare places",
  unknownMetric: "Unknown metric “{metric}”; showing total requests.",
  searchPlace: "Place name, pinyin or English",
  noMatch: "No matching place",
  sections: "Sections",
  tabOverview: "Compare",
  tabQuality: "Data quality",
  tabAbout: "About the data",
  tabData: "Data",
  tabPreview: "Preview your CSV",
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
  qualityUnavailable:
    "The data-quality notes could not be loaded; the figures in the charts are not affected.",
  badYearOverview:
    "The year “{year}” in the address is not valid (a four-digit year is expected); the default year is shown below.",
  periodKind: "Kind of period",
  kind_year: "Years",
  kind_half: "Half-years",
  kind_quarter: "Quarters",
  kind_month: "Months",
  kind_window: "Other spans (same span only)",
  comparePeriod: "Period",
  periodOption: "{period} ({n} places)",
  periodOptionOne: "{period} (1 place)",
  latestEach: "Each place's latest year (year on each bar)",
  levelFilter: "Level",
  levelAll: "All levels (ranked apart)",
  defaultPeriodNote:
    "Showing {period} by default: the latest period in which at least half as many places publish this metric as in the best-covered one. Choose another above.",
  latestNote:
    "Each place at its latest year: figures of different years side by side, for orientation only; every bar names its year.",
  missingPeriod: "No figures for {period}; showing {shown} instead.",
  noPeriodData: "No figures of {what} for {kind}.",
  compareLevelNone: "No place of this level publishes this metric.",
  searchingAll: "Searching every place…",
  noReportYet: "{place}: no report in the dataset yet",
  withinWithReports: "Places within it with reports:",
  parentWithReports: "Part of:",
  briefsOnlyHint: "monthly or quarterly figures only",
};

const TABLE: Record<Lang, Record<ViewStringKey, string>> = { zh, en };
const own = (key: string): key is ViewStringKey => Object.hasOwn(zh, key);

/** A string of this module or of strings.ts, with its `{name}` slots filled (see strings.ts). */
export function t(
  lang: Lang,
  key: StringKey | ViewStringKey,
  vars: Record<string, string | number> = {},
): string {
  return own(key) ? fill(TABLE[lang][key], vars) : common(lang, key, vars);
}
