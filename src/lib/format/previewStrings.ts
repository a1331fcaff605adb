/**
 * The preview's text in both languages (reading a file, its columns, messages
 * and charts), loaded with the preview, not in the dashboard's or the embed's
 * first load. Keys are shared, so a missing translation is a type error; `t`
 * here also answers every key of strings.ts.
 */
import type { Lang } from "./number.ts";
import { fill, t as common, type StringKey } from "./strings.ts";

const zh = {
  loadError: "数据加载失败：{message}",
  pvTitle: "用本站图表预览你的表格",
  pvIntro:
    "选择或拖入一个 CSV 文件，或粘贴从 Excel 复制的单元格。文件只在你的浏览器中读取，不会上传到任何地方。",
  pvDrop: "把 CSV 文件拖到这里",
  pvChoose: "选择文件",
  pvPaste: "或把从 Excel 复制的单元格粘贴到这里（Ctrl+V）：",
  pvPasteLabel: "粘贴表格",
  pvPasteGo: "预览粘贴的内容",
  pvTemplate: "下载模板（中文表头）",
  pvReading: "正在读取：{rows} 行，{read} / {total}",
  pvCancel: "取消",
  pvCancelled: "已取消。",
  pvRefused: "无法预览：{message}",
  pvYourFile: "你的文件",
  pvBanner: "以下是你的文件中的数字，尚未公布，不是本站的数据。",
  pvSummary:
    "{name}：编码 {encoding}，{shape}，读取 {read}，使用 {used} 行，得到 {facts}；{errors}，{warnings}。",
  pvShape_wide: "宽表（每行一个地区和年份）",
  pvShape_long: "本站长表格式（facts.csv）",
  pvShape_category: "类别表（地区、年份、类别、件数）",
  pvDelimiter: "分隔符",
  pvComma: "逗号",
  pvSemicolon: "分号",
  pvTab: "制表符",
  pvColumns: "列的对应关系",
  pvColumn: "列",
  pvRole: "读作",
  pvIgnore: "忽略此列",
  pvUnknown: "未识别（忽略）",
  pvMessages: "检查结果",
  pvLevel: "类别",
  pvError: "错误",
  pvWarning: "提示",
  pvRow: "行",
  pvFound: "单元格内容",
  pvMore: "另有 {n} 条未列出。",
  pvShowMore: "再显示 {n} 条",
  pvNoMessages: "没有发现问题。",
  pvQuality: "一致性检查（与已公布数据相同的规则）",
  pvCompareWith: "与已公布的地区一起比较",
  pvPlaces: "文件中的地区",
  pvDraft: "这是从年度报告文本中自动提取的草稿，尚未审核：每个数字都须与报告核对。",
  pvDraftReview: "提取程序留待人工判断的问题：",
  pvFind: "文件中有 {n} 个地区，查找：",
  pvDownload: "下载规范化的数据（CSV）",
  pvNoFacts: "文件中没有可以画图的数字。",
  pvSameName: "同名地区",
  pvSameNameIntro:
    "下列名称对应不止一个行政区划。请选择文件指的是哪一个，文件会按所选地区的级别、上级和区划代码重新读取。",
  pvSameNameRow: "{name}（第 {row} 行起）",
  pvKeepOwn: "作为我自己的地区（暂不对应）",
  pvSameNameMore: "另有 {n} 个同名的名称未列出；可以在文件中写出全名（如“北京市朝阳区”）。",
  pvChosen: "已选择：",
  pvUndo: "撤销",
  pvLegendYours: "你的文件中的数字",
  pvLegendPublished: "已公布的数字",
  pvRowsOne: "{n} 行",
  pvRowsMany: "{n} 行",
  pvFiguresOne: "{n} 个数字",
  pvFiguresMany: "{n} 个数字",
  pvErrorsOne: "{n} 个错误",
  pvErrorsMany: "{n} 个错误",
  pvWarningsOne: "{n} 个提示",
  pvWarningsMany: "{n} 个提示",
  pvColumnPage: "第 {from}–{to} 列，共 {n} 列",
  pvPrevious: "上一页",
  pvNext: "下一页",
  pvEncoding: "文件编码",
  pvEncodingDoubt:
    "这个文件不像是 GBK 或 UTF-8 编码：按 GBK 读出来会是一串生僻或无法识别的字。已按 {guess} 读取；请核对地区名称，如不对，请选择文件的编码。",
  pvNotRead: "{n} 行未能读取，未计入（见检查结果）。",
  pvFailed:
    "读取文件时出错，文件未能预览（{message}）。其他功能不受影响，可以再试一次或换一个文件。",
} as const;

export type PreviewStringKey = keyof typeof zh;

const en: Record<PreviewStringKey, string> = {
  loadError: "The data could not be loaded: {message}",
  pvTitle: "Preview your table in our charts",
  pvIntro:
    "Choose or drop a CSV file, or paste cells copied from Excel. The file is read in your browser only and is never uploaded.",
  pvDrop: "Drop a CSV file here",
  pvChoose: "Choose a file",
  pvPaste: "Or paste cells copied from Excel here (Ctrl+V):",
  pvPasteLabel: "Paste a table",
  pvPasteGo: "Preview the pasted cells",
  pvTemplate: "Download a template (Chinese headers)",
  pvReading: "Reading: {rows} {rows|row|rows}, {read} of {total}",
  pvCancel: "Cancel",
  pvCancelled: "Cancelled.",
  pvRefused: "Cannot preview this file: {message}",
  pvYourFile: "your file",
  pvBanner: "These are the figures in your file: not published, not this site's data.",
  pvSummary:
    "{name}: encoding {encoding}, {shape}; {read} read, {used} used, {facts}; {errors}, {warnings}.",
  pvShape_wide: "a wide table (one row per place and year)",
  pvShape_long: "our long format (facts.csv)",
  pvShape_category: "a category table (place, year, category, count)",
  pvDelimiter: "Delimiter",
  pvComma: "comma",
  pvSemicolon: "semicolon",
  pvTab: "tab",
  pvColumns: "How the columns are read",
  pvColumn: "Column",
  pvRole: "Read as",
  pvIgnore: "Ignore this column",
  pvUnknown: "Not recognised (ignored)",
  pvMessages: "What the check found",
  pvLevel: "Kind",
  pvError: "Error",
  pvWarning: "Warning",
  pvRow: "Row",
  pvFound: "Cell text",
  pvMore: "{n} more not listed.",
  pvShowMore: "Show {n} more",
  pvNoMessages: "No problems found.",
  pvQuality: "Consistency checks (the rules used on published data)",
  pvCompareWith: "Compare with the published places",
  pvPlaces: "Places in the file",
  pvDraft:
    "This is a draft extracted automatically from a report's text, not reviewed: check every figure against the report.",
  pvDraftReview: "What the extractor left for a person to decide:",
  pvFind: "The file has {n} places; find one:",
  pvDownload: "Download the normalised data (CSV)",
  pvNoFacts: "The file has no figures that can be charted.",
  pvSameName: "Places with the same name",
  pvSameNameIntro:
    "Each of these names belongs to more than one division. Choose the one your file means: the file is read again with that place's level, parent and code.",
  pvSameNameRow: "{name} (from row {row})",
  pvKeepOwn: "Keep as a place of my own (not matched)",
  pvSameNameMore:
    "{n} more names with several places are not listed; you can write the full name in the file (such as 北京市朝阳区).",
  pvChosen: "Chosen:",
  pvUndo: "Undo",
  pvLegendYours: "Figures in your file",
  pvLegendPublished: "Published figures",
  pvRowsOne: "{n} row",
  pvRowsMany: "{n} rows",
  pvFiguresOne: "{n} figure",
  pvFiguresMany: "{n} figures",
  pvErrorsOne: "{n} error",
  pvErrorsMany: "{n} errors",
  pvWarningsOne: "{n} warning",
  pvWarningsMany: "{n} warnings",
  pvColumnPage: "Columns {from}–{to} of {n}",
  pvPrevious: "Previous",
  pvNext: "Next",
  pvEncoding: "File encoding",
  pvEncodingDoubt:
    "This file does not look like GBK or UTF-8: read as GBK, its text would be rare or unreadable characters. It was read as {guess}; check the place names, and choose the file's encoding if they are wrong.",
  pvNotRead: "{n} {n|row|rows} could not be read and {n|is|are} not counted (see the messages).",
  pvFailed:
    "The file could not be read ({message}). The rest of the page still works: try again or choose another file.",
};

const TABLE: Record<Lang, Record<PreviewStringKey, string>> = { zh, en };
const own = (key: string): key is PreviewStringKey => Object.hasOwn(zh, key);

/** A string of this module or of strings.ts, with its `{name}` slots filled (see strings.ts). */
export function t(
  lang: Lang,
  key: StringKey | PreviewStringKey,
  vars: Record<string, string | number> = {},
): string {
  return own(key) ? fill(TABLE[lang][key], vars) : common(lang, key, vars);
}
