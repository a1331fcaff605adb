/**
 * The data dictionary: what every column of the long table means, in both
 * languages, with its type. The data page shows it; the build writes it as a
 * Frictionless Data Package (datapackage.json) beside facts.csv, so tools that
 * read the standard know the columns' types and meanings.
 */
import { FACT_COLUMNS } from "./fact.ts";
import { METRICS, UNITS, type Unit } from "./metrics.ts";
import { PERIOD_KINDS } from "./period.ts";

type Column = (typeof FACT_COLUMNS)[number];

export interface ColumnDoc {
  name: Column;
  /** Frictionless field type. */
  type: "string" | "integer" | "number";
  zh: string;
  en: string;
  /** The values the column may take, when it is a closed list. */
  values?: readonly string[];
}

export const COLUMN_DOCS: readonly ColumnDoc[] = [
  {
    name: "place_id",
    type: "string",
    zh: "地区标识（拼音，稳定不变）",
    en: "Place id (pinyin slug, stable)",
  },
  { name: "place_zh", type: "string", zh: "地区中文名", en: "Place name in Chinese" },
  { name: "place_en", type: "string", zh: "地区英文名", en: "Place name in English" },
  {
    name: "level",
    type: "string",
    zh: "行政级别：省级、地级、县级（县、县级市、旗）、市辖区",
    en: "Level: province, prefecture, county (counties, county-level cities, banners) or district",
    values: ["province", "prefecture", "county", "district"],
  },
  {
    name: "parent_id",
    type: "string",
    zh: "上级地区标识（省级为空）",
    en: "The place it belongs to (empty for a province)",
  },
  {
    name: "adcode",
    type: "string",
    zh: "行政区划代码（GB/T 2260，6位）",
    en: "Administrative division code (GB/T 2260, 6 digits)",
  },
  { name: "year", type: "integer", zh: "数字所属年份", en: "The year the figure belongs to" },
  {
    name: "period",
    type: "string",
    zh: "数字覆盖的时段：2023（全年）、2023-H1（上半年）、2023-Q1（第一季度）、2023-07（7月）、2023-01..09（1—9月累计）、2018-12-01..2018-12-08（按日的时段）",
    en: "The period the figure covers: 2023 (year), 2023-H1 (half), 2023-Q1 (quarter), 2023-07 (month), 2023-01..09 (cumulative months), 2018-12-01..2018-12-08 (a window of days)",
  },
  {
    name: "period_kind",
    type: "string",
    zh: "时段类型；不同类型的数字不可相互比较或相加",
    en: "Kind of period; figures of different kinds are never compared or added",
    values: PERIOD_KINDS,
  },
  {
    name: "metric",
    type: "string",
    zh: "指标标识（见指标表）",
    en: "Metric id (see the metrics table)",
  },
  {
    name: "category",
    type: "string",
    zh: "排名类别名称（仅 top_category）",
    en: "Ranked category (top_category rows only)",
  },
  {
    name: "rank",
    type: "integer",
    zh: "排名，1 为最多（仅 top_category）",
    en: "Rank, 1 the largest (top_category rows only)",
  },
  {
    name: "dimension",
    type: "string",
    zh: "排名对象：业务类型、诉求类型、承办部门",
    en: "What is ranked: business type, request type, department",
    values: ["", "business_type", "request_type", "department"],
  },
  {
    name: "scope",
    type: "string",
    zh: "范围：全部、咨询类、非咨询类",
    en: "Over what: all, consultations, non-consultations",
    values: ["", "all", "consultation", "non_consultation"],
  },
  {
    name: "value",
    type: "number",
    zh: "数值：件数为整数，百分比以百分数计（99.07）",
    en: "The value: counts as integers, percentages in percent (99.07)",
  },
  {
    name: "share",
    type: "number",
    zh: "报告所列该类别占比（百分数）",
    en: "The report's own share of a ranked category, in percent",
  },
  { name: "unit", type: "string", zh: "单位", en: "Unit", values: UNITS },
  {
    name: "term_zh",
    type: "string",
    zh: "报告原文对该数字的表述",
    en: "The report's own wording of the figure",
  },
  {
    name: "derivation",
    type: "string",
    zh: "reported 为报告公布；derived 为推算，并说明推算方法",
    en: "reported, or derived with how it was derived",
  },
  {
    name: "yoy_text",
    type: "string",
    zh: "报告原文的同比表述",
    en: "The report's own year-on-year remark",
  },
  {
    name: "source",
    type: "string",
    zh: "来源记录标识（见 sources.json：报告标题、发布机构、日期、链接）与报告中的章节，以“ § ”分隔",
    en: "Id of the source record (see sources.json: the report's title, issuer, date, link) and the section of the report, separated by “ § ”",
  },
  {
    name: "note",
    type: "string",
    zh: "注意事项（英文）",
    en: "What a careful reader must know (English)",
  },
  {
    name: "note_zh",
    type: "string",
    zh: "注意事项（中文，与 note 同义）",
    en: "The same note in Chinese",
  },
];

/** What each unit is, for the dictionary (chart labels use UNIT_LABELS). */
export const UNIT_NAMES: Record<Unit, { zh: string; en: string }> = {
  count: { zh: "件数（计数）", en: "count" },
  percent: { zh: "百分比（%）", en: "percent (%)" },
  seconds: { zh: "秒", en: "seconds" },
  workdays: { zh: "工作日", en: "working days" },
  per_100k: { zh: "每十万常住人口", en: "per 100,000 residents" },
};

/** The metric catalogue as rows of the dictionary's metrics table. */
export function metricRows(): {
  id: string;
  zh: string;
  en: string;
  unit: string;
  unit_zh: string;
  unit_en: string;
  def_zh: string;
  def_en: string;
}[] {
  return METRICS.map((m) => ({
    id: m.id,
    zh: m.zh,
    en: m.en,
    unit: m.unit,
    unit_zh: UNIT_NAMES[m.unit].zh,
    unit_en: UNIT_NAMES[m.unit].en,
    def_zh: m.defZh,
    def_en: m.defEn,
  }));
}

/**
 * The dataset as a Frictionless Data Package descriptor: facts.csv with its
 * schema (every column's type, meaning and allowed values) and the metric ids.
 */
export function dataPackage(build: string): object {
  return {
    profile: "tabular-data-package",
    name: "china-12345-hotlines",
    title: "12345 政务服务便民热线开放数据 / China 12345 government service hotlines",
    version: build,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ],
    resources: [
      {
        name: "facts",
        path: "facts.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        schema: {
          fields: COLUMN_DOCS.map((c) => ({
            name: c.name,
            type: c.type,
            title: c.zh,
            description: c.en,
            ...(c.values ? { constraints: { enum: [...c.values] } } : {}),
          })),
          missingValues: [""],
        },
      },
    ],
    metrics: metricRows(),
  };
}

/** The forms of the `period` column, with their kind, as the data page lists them. */
export const PERIOD_FORMS: readonly {
  form: string;
  kind: (typeof PERIOD_KINDS)[number];
  zh: string;
  en: string;
}[] = [
  { form: "2023", kind: "year", zh: "全年（1—12月）", en: "the calendar year" },
  { form: "2023-H1, 2023-H2", kind: "half", zh: "上半年、下半年", en: "first or second half" },
  { form: "2023-Q1 … 2023-Q4", kind: "quarter", zh: "第一至第四季度", en: "a quarter" },
  { form: "2023-07", kind: "month", zh: "一个自然月", en: "one calendar month" },
  {
    form: "2023-01..09",
    kind: "window",
    zh: "累计月份（1—9月、截至9月底、今年以来）",
    en: "cumulative months (January–September, year to date)",
  },
  {
    form: "2018-12-01..2018-12-08",
    kind: "window",
    zh: "按日的时段（一周简报、节假日）",
    en: "a window of days (a weekly brief, a holiday)",
  },
];
