/**
 * The data page's text in both languages, loaded with the page (not in the
 * dashboard's first load). Keys are shared, so a missing translation is a
 * type error.
 */
import type { Lang } from "./number.ts";

const zh = {
  title: "数据下载",
  intro:
    "本站的全部数字都可以下载，供 Excel、pandas、R 等工具使用：每个数字一行，数值为纯数字（件数为整数，百分比以百分数计，如 99.07），并注明地区、时段、指标与口径、报告原文用语、是否推算以及出处。报告未公布的数字不会出现，不以 0 代替。",
  build: "数据版本：{build}",
  buildNote:
    "数据版本由全部数字、质量说明与来源记录计算而来，任何一处改动都会改变它。下载后可用下表的 SHA-256 校验文件是否完整。",
  files: "文件",
  colFile: "文件",
  colWhat: "内容",
  colSize: "大小",
  colSha: "SHA-256",
  metricFiles: "按指标拆分的数字：全年与其他时段（{n} 个文件）",
  allFiles: "全部文件（包括每个地区每年的文件）及其大小和 SHA-256：",
  licenceTitle: "许可协议",
  licence:
    "本数据集以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：可以复制、再发布和改编，用于任何目的，但须注明出处。数字摘自各地公开发布的报告，报告原文的权利属于其发布机构；本站不转载报告全文。",
  licenceLink: "CC BY 4.0 协议全文",
  citeTitle: "如何引用",
  citeDataset: "引用整个数据集：",
  citeReport:
    "引用某个数字时，请同时引用它出自的报告。facts.csv 的 source 列写的是来源记录标识和报告中的章节；sources.json 中的来源记录给出报告标题、发布机构、发布日期、链接和类型。格式：",
  citeTemplate: "《报告标题》，发布机构，发布日期，章节，链接",
  citeExample: "例如：",
  citeChart: "每个图表下的“如何引用此图表”给出该图表的引用，包括它用到的报告。",
  dictTitle: "数据字典",
  dictColumns: "列",
  colName: "列名",
  colType: "类型",
  colMeaning: "含义",
  colValues: "可取值",
  dictMetrics: "指标",
  colId: "标识",
  colMetric: "名称",
  colUnit: "单位",
  colDef: "定义",
  dictPeriods: "时段的写法",
  colForm: "写法",
  colKind: "类型（period_kind）",
  periodsNote:
    "不同类型的时段，或跨度不同的累计时段，其数字不相互比较或相加；月度数字不会被加总为年度数字。",
  dictUnits: "单位",
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: "Download the data",
  intro:
    "Every figure on this site can be downloaded for Excel, pandas, R and other tools: one row per figure, values as plain numbers (counts as integers, percentages in percent such as 99.07), with the place, period, metric and definition, the report's own wording, whether it is derived, and its source. A figure a report does not publish is absent, never 0.",
  build: "Data build: {build}",
  buildNote:
    "The build id is computed from every figure, quality note and source record; any change changes it. Check a downloaded file against its SHA-256 below.",
  files: "Files",
  colFile: "File",
  colWhat: "What it holds",
  colSize: "Size",
  colSha: "SHA-256",
  metricFiles: "Figures by metric: yearly and other periods ({n} files)",
  allFiles: "Every file (including each place's per-year files) with its size and SHA-256:",
  licenceTitle: "Licence",
  licence:
    "The dataset is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may copy, redistribute and adapt it for any purpose, giving credit. The figures are taken from reports the places published; the reports' texts belong to their issuers, and this site does not republish them.",
  licenceLink: "The CC BY 4.0 licence",
  citeTitle: "How to cite",
  citeDataset: "The dataset:",
  citeReport:
    "When you cite a figure, cite the report it comes from as well. The source column of facts.csv holds the source record's id and the section of the report; the source records in sources.json give the report's title, issuer, date, link and kind. Form:",
  citeTemplate: "“Report title”, issuer, date, section, link",
  citeExample: "For example:",
  citeChart:
    "Under every chart, “How to cite this chart” gives that chart's citation, with the reports it uses.",
  dictTitle: "Data dictionary",
  dictColumns: "Columns",
  colName: "Column",
  colType: "Type",
  colMeaning: "Meaning",
  colValues: "Values",
  dictMetrics: "Metrics",
  colId: "Id",
  colMetric: "Name",
  colUnit: "Unit",
  colDef: "Definition",
  dictPeriods: "Periods",
  colForm: "Form",
  colKind: "Kind (period_kind)",
  periodsNote:
    "Figures of different kinds of period, or windows of different spans, are never compared or added; monthly figures are never summed into a year.",
  dictUnits: "Units",
};

const TABLE: Record<Lang, Record<Key, string>> = { zh, en };

/** A data page string, with `{name}` slots filled (inserted as text, never as HTML). */
export function dt(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in vars ? String(vars[k]) : m,
  );
}
