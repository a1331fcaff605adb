/**
 * Every piece of interface text in both languages. Keys are shared, so a
 * missing translation is a type error.
 */
import type { Lang } from "./number.ts";

const zh = {
  appTitle: "12345 热线开放数据",
  places: "地区",
  year: "年份",
  loading: "正在加载…",
  embed: "嵌入",
  showingTop: "每个口径显示前 {top} 名，共 {n} 个数字。",
  showingAll: "显示全部 {n} 个数字。",
  showAll: "显示全部 {n} 个",
  tooManyToShow: "数字太多，无法全部画出；可在下方查找地区，或下载整理后的 CSV。",
  showTop: "只显示前 {top} 名",
  andMore: " 等另外 {n} 个地区",
  moreSources: "；另有 {n} 处出处，见数据表",
  embedHelp: "把下面的代码粘贴到网页中即可显示此图表（代码只引用本站文件，不含内联脚本）：",
  embedScript: "附带自动调整高度的脚本",
  copy: "复制代码",
  copied: "已复制",
  copyFailed: "无法自动复制，请选中后手动复制",
  embedPreview: "在新窗口预览嵌入效果",
  embedOpenDashboard: "在完整看板中查看",
  embedBadChart: "无法显示：没有名为“{value}”的图表。可用的图表：{charts}。",
  embedBadPlace: "无法显示：没有地区“{value}”。",
  embedBadYear: "无法显示：年份“{value}”无效。",
  embedBadMetric: "无法显示：没有可比较的指标“{value}”。",
  embedNoYear: "无法显示：{place}没有 {year} 年的报告。可选年份：{years}。",
  metric: "指标",
  value: "数值",
  wording: "报告原文用语",
  yoy: "同比",
  source: "出处",
  note: "说明",
  derivation: "来源方式",
  reported: "报告数字",
  derived: "推算",
  level_province: "省级",
  level_prefecture: "地级市",
  level_county: "县级",
  level_district: "市辖区",
  category: "类别",
  count: "件数",
  rank: "排名",
  share: "占比",
  scope: "范围",
  dimension: "排名对象",
  qualityMarker: "数据质量提示 {n} 条",
  legend: "图例",
  legendDerived: "空心、虚线：推算值，不是报告公布的数字",
  legendFlagged: "该数字有数据质量提示，详见“数据质量”",
  legendMine: "你的文件中的数字，尚未公布",
  exportSite: "来源网站",
  showTable: "显示数据表",
  hideTable: "隐藏数据表",
  derivedMark: "推算值",
  noFigure: "无数据",
  derivedShort: "推算",
  flaggedMark: "有数据质量提示",
  satisfaction: "满意率",
  notPublishedWhat: "本报告未公布{what}。",
  notPublishedButRelated: "本报告未公布{what}；公布了{related}。",
  notPublishedBy: "未公布",
  volumeTitle: "诉求量及构成",
  volumeDef:
    "全年受理诉求总量，以及报告公布的各种分项（渠道、来源、类型、办理方式），同一刻度。分项口径以报告为准，见各数字说明。",
  trendDef:
    "实心点为报告公布的数字；空心点与虚线为根据后一年报告的同比变化推算的数字；没有数字的年份留空，不连线。",
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
  level: "级别",
  period: "时期",
  definition: "口径",
  latestYear: "各地最新年份",
  compareDefinitions: "各地口径不同，按口径分组显示；不同口径之间不排名、不比较。",
  nobodyPublishes: "没有地区公布{what}。",
  howToCiteChart: "如何引用此图表",
  // Chart summaries: one sentence naming what each chart draws (its accessible description).
  sumOne: "{what}：{label} {value}。",
  sumBars: "{what}，共 {n} 项；最高为{high}，最低为{low}。",
  sumAmong: "{what}：{label} {value}，与其他 {n} 个地区对照。",
  sumCompare: "{what}，共 {n} 个地区；最高为{high}。",
  sumCompareGroups: "{what}，共 {n} 个地区，按口径和行政级别分为 {groups} 组，不同组之间不排名。",
  // Loading the published data: what failed, in words for the reader, and what to do.
  ldMissing: "找不到数据文件 {file}（HTTP 404）。",
  ldHttp: "服务器没有提供数据文件 {file}（HTTP {status}）。请稍后重试。",
  ldNetwork: "无法连接服务器获取数据文件 {file}。请检查网络后重试。",
  ldTimeout: "获取数据文件 {file} 超时（{s} 秒内没有完成）。请稍后重试。",
  ldTruncated: "数据文件 {file} 没有下载完整。请重试。",
  ldChecksum: "数据文件 {file} 与发布时的校验值不符，可能已被改动，因此不予显示。",
  ldCorrupt: "数据文件 {file} 已损坏，无法读取。",
  ldStale: "数据文件 {file} 属于另一个版本的数据。请刷新页面。",
  ldHtml:
    "服务器返回的是一个网页，而不是数据文件 {file}（可能是“页面不存在”之类的提示页）。请检查网站是否完整发布了 data 文件夹。",
  ldOther: "加载数据时出错：{message}",
  retry: "重试",
  chartUnavailable: "此图表所需的数据无法加载：",
  // The period note of a comparison (compareChoice.ts).
  periodFiguresNote: "图中为{period}的数字，不是全年数字；定义中的“全年”在此指该时段。",
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: "12345 Hotline Open Data",
  places: "Places",
  year: "Year",
  loading: "Loading…",
  embed: "Embed",
  showingTop: "Showing the top {top} per definition, of {n} figures.",
  showingAll: "Showing all {n} figures.",
  showAll: "Show all {n}",
  tooManyToShow: "Too many to draw them all: find a place below, or download the normalised CSV.",
  showTop: "Show the top {top} only",
  andMore: " and {n} more places",
  moreSources: "; {n} more sources in the table",
  embedHelp:
    "Paste this code into a web page to show the chart (it only loads files from this site; no inline script):",
  embedScript: "Include the script that fits the frame to its content",
  copy: "Copy code",
  copied: "Copied",
  copyFailed: "Could not copy automatically; select the code and copy it",
  embedPreview: "Preview the embed in a new window",
  embedOpenDashboard: "Open in the full dashboard",
  embedBadChart: "Cannot show this: there is no chart “{value}”. Charts: {charts}.",
  embedBadPlace: "Cannot show this: there is no place “{value}”.",
  embedBadYear: "Cannot show this: “{value}” is not a valid year.",
  embedBadMetric: "Cannot show this: “{value}” is not a metric that can be compared.",
  embedNoYear: "Cannot show this: {place} has no report for {year}. Years available: {years}.",
  metric: "Metric",
  value: "Value",
  wording: "Report's wording",
  yoy: "Year on year",
  source: "Source",
  note: "Note",
  derivation: "Derivation",
  reported: "Reported",
  derived: "Derived",
  level_province: "Province",
  level_prefecture: "Prefecture",
  level_county: "County",
  level_district: "District",
  category: "Category",
  count: "Count",
  rank: "Rank",
  share: "Share",
  scope: "Scope",
  dimension: "Ranked by",
  qualityMarker: "{n} data-quality {n|note|notes}",
  legend: "Legend",
  legendDerived: "Hollow, dashed: derived, not a figure the report publishes",
  legendFlagged: "A figure with a data-quality note; see “Data quality”",
  legendMine: "Figures of your file, not published",
  exportSite: "From",
  showTable: "Show table",
  hideTable: "Hide table",
  derivedMark: "derived",
  noFigure: "no data",
  derivedShort: "derived",
  flaggedMark: "has a data-quality note",
  satisfaction: "Satisfaction",
  notPublishedWhat: "This report does not publish {what}.",
  notPublishedButRelated: "This report does not publish {what}; it does publish {related}.",
  notPublishedBy: "Not published by",
  volumeTitle: "Requests and their breakdowns",
  volumeDef:
    "All requests received in the year, and every breakdown the report publishes (channel, requester, type, handling), on one scale. Each breakdown is as the report defines it; see the notes.",
  trendDef:
    "Filled dots are published figures; hollow dots and dashed lines are derived from the next year's reported change; years without a figure stay empty and are not joined.",
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
  level: "Level",
  period: "Period",
  definition: "Definition",
  latestYear: "Latest year of each place",
  compareDefinitions:
    "Places use different definitions, so they are grouped by definition; figures of different definitions are never ranked against each other.",
  nobodyPublishes: "No place publishes {what}.",
  howToCiteChart: "How to cite this chart",
  // Chart summaries: one sentence naming what each chart draws (its accessible description).
  sumOne: "{what}: {label} {value}.",
  sumBars: "{what}, {n} figures; highest {high}, lowest {low}.",
  sumAmong: "{what}: {label} {value}, among {n} {n|place|places}.",
  sumCompare: "{what}, {n} {n|place|places}; highest {high}.",
  sumCompareGroups:
    "{what}, {n} places in {groups} groups by definition and level, not ranked across groups.",
  // Loading the published data: what failed, in words for the reader, and what to do.
  ldMissing: "The data file {file} was not found (HTTP 404).",
  ldHttp:
    "The server did not provide the data file {file} (HTTP {status}). Please try again later.",
  ldNetwork:
    "Could not reach the server for the data file {file}. Check the connection and try again.",
  ldTimeout: "The data file {file} did not arrive within {s} s. Please try again later.",
  ldTruncated: "The data file {file} did not download completely. Please try again.",
  ldChecksum:
    "The data file {file} does not match its published checksum; it may have been changed, so it is not shown.",
  ldCorrupt: "The data file {file} is damaged and cannot be read.",
  ldStale: "The data file {file} belongs to another version of the data. Please reload the page.",
  ldHtml:
    "The server answered with a web page instead of the data file {file} (perhaps a “page not found” page). Check that the site's data folder was published in full.",
  ldOther: "The data could not be loaded: {message}",
  retry: "Retry",
  chartUnavailable: "The data this chart needs could not be loaded:",
  periodFiguresNote:
    "The figures are for {period} only, not the whole year; where the definition says “year”, read this period.",
};

const TABLE: Record<Lang, Record<StringKey, string>> = { zh, en };

/** Look up a string and fill `{name}` slots. Values are inserted as text by Svelte, never as HTML. */
/** Whether a value (a number, or one written "1,234") is exactly one: "1 error", "2 errors". */
const isOne = (v: string | number | undefined) => Number(String(v).replace(/,/g, "")) === 1;

/**
 * A text with its `{name}` slots filled. `{name|one|other}` picks the word
 * for the count in `name` ("{n} {n|error|errors}"), for English plurals.
 */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, k: string, one: string, other: string) =>
      k in vars ? (isOne(vars[k]) ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A string of this module with its slots filled (see `fill`). */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fill(TABLE[lang][key], vars);
}
