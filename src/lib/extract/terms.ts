/**
 * Words to metrics: how a report's own wording (a prose phrase, a table header,
 * a row label) is matched against the synonyms of the metric catalogue
 * (src/lib/data/metrics.ts), and which wordings mark a figure as belonging to a
 * special service (the talent line, the 110 link, …) rather than the hotline
 * as a whole.
 *
 * Matching is by the longest synonym the normalised text ends with: report
 * phrases put qualifiers first (“全市话务平台总人数”, “承办咨询类诉求”), so the
 * metric's name is at the end. Two metrics matching equally well is reported
 * as ambiguous, never resolved by catalogue order.
 */
import { toHalfWidth } from "../data/parseValue.ts";
import { METRICS, metricInfo, type Scope, type Unit } from "../data/metrics.ts";

/** Half-width, no spaces, no quotes, lower case: the form synonyms are compared in. */
export function normTerm(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/["'“”‘’「」『』《》〈〉]/g, "")
    .toLowerCase();
}

/**
 * A header or row label as a PDF flattens it: “全市每十万人 人座席数” (a
 * character repeated across a line wrap), “话务平台 总人数”, bracketed units.
 * Returns the words without brackets and the unit the brackets name, if any.
 */
export function normHeader(text: string): { text: string; unit: Unit | "hours" | "" } {
  const half = toHalfWidth(text).replace(/([\u4e00-\u9fff])\s+\1/g, "$1");
  const brackets = [...half.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.replace(/\s+/g, ""));
  return { text: normTerm(half.replace(/\([^()]*\)/g, "")), unit: unitOfWords(brackets) };
}

function unitOfWords(words: string[]): Unit | "hours" | "" {
  for (const w of words) {
    if (w === "%") return "percent";
    if (w === "秒" || w === "s") return "seconds";
    if (/工作日/.test(w)) return "workdays";
    if (w === "小时") return "hours";
    if (/^(工单)?(件|通|人|名|个|位|家)$/.test(w)) return "count";
  }
  return "";
}

/** Clean a header or label for display: no spaces inside CJK text, no quotes. */
export function cleanLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/([\u4e00-\u9fff])\s+\1/g, "$1")
    .replace(/\s*([()（）%])\s*/g, "$1")
    .replace(/([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff(])/g, "$1")
    .trim();
}

interface Synonym {
  metric: string;
  text: string;
}

/**
 * Wordings reports use beside the catalogue's own (the catalogue names each metric once;
 * these are the variants met in pages): 按期办结率 is the on-time rate, not the
 * completion rate its last characters suggest; 服务量 the platform's whole volume.
 */
const EXTRA_SYNONYMS: readonly Synonym[] = [
  { metric: "on_time_rate", text: "按期办结率" },
  { metric: "on_time_rate", text: "限期办结率" },
  { metric: "on_time_rate", text: "按时结案率" },
  { metric: "calls_answered", text: "接听总量" },
  { metric: "calls_answered", text: "接听量" },
  { metric: "demand_total", text: "服务量" },
  { metric: "seats_total", text: "服务代表总数" },
];

const SYNONYMS: readonly Synonym[] = [
  ...METRICS.flatMap((m) =>
    m.synonyms.map((s) => ({ metric: m.id, text: normTerm(s) })).filter((s) => s.text.length > 0),
  ),
  ...EXTRA_SYNONYMS,
];

export interface TermMatch {
  /** One metric id, or several when two metrics match equally well. */
  metrics: string[];
  /** The synonym matched, as normalised. */
  synonym: string;
}

/** The metric(s) whose longest synonym `text` ends with, or null. */
export function matchTerm(text: string): TermMatch | null {
  const t = normTerm(text);
  if (!t) return null;
  let best = 0;
  let metrics: string[] = [];
  let synonym = "";
  for (const s of SYNONYMS) {
    if (!t.endsWith(s.text) || s.text.length < best) continue;
    if (s.text.length > best) {
      best = s.text.length;
      metrics = [s.metric];
      synonym = s.text;
    } else if (!metrics.includes(s.metric)) metrics.push(s.metric);
  }
  return metrics.length ? { metrics, synonym } : null;
}

/** The one metric `text` names, or null when none or several. */
export function metricOf(text: string): string | null {
  const m = matchTerm(text);
  return m && m.metrics.length === 1 ? m.metrics[0]! : null;
}

/** Sub-headers that repeat their parent's total (“总量” under “诉求总量”). */
export const TOTAL_LEAF = /^(总量|总计|合计|小计|总数|数量|全部)$/;
/** Sub-headers of an “of which” column (“其中: 疫情类”), which is never the parent's total. */
export const OF_WHICH_LEAF = /^其中/;

/** How a table row relates to the figures of the hotline as a whole. */
export type RowRole =
  | { kind: "total" }
  | { kind: "scope"; scope: Exclude<Scope, "all" | ""> }
  | { kind: "segment"; metric: string }
  | { kind: "answered" }
  | { kind: "metric"; metric: string }
  | { kind: "city" }
  | { kind: "other" };

const SEGMENTS = new Set(["demand_public", "demand_enterprise"]);

/** Classify a row label: 总计, 咨询类, 群众诉求, 接听, 市本级平台, 全市每十万人座席数, … */
export function rowRole(label: string): RowRole {
  const text = normHeader(label).text;
  const metric = metricOf(text);
  if (metric === "demand_consultation") return { kind: "scope", scope: "consultation" };
  if (metric === "demand_non_consultation") return { kind: "scope", scope: "non_consultation" };
  if (metric && SEGMENTS.has(metric)) return { kind: "segment", metric };
  if (metric === "calls_answered") return { kind: "answered" };
  if (metric) return { kind: "metric", metric };
  if (/^(总计|合计|总量|全部|全市|全区|全县|全省)$/.test(text)) return { kind: "total" };
  if (/^(市本级|市级|区级|县级|本级)(平台)?$/.test(text)) return { kind: "city" };
  return { kind: "other" };
}

/** Metrics a table gives per 咨询类 / 非咨询类 row. */
export const SCOPEABLE = new Set([
  "avg_handling_workdays",
  "satisfaction_agent",
  "satisfaction_rated",
  "satisfaction_statistical",
  "satisfaction_overall",
  "satisfaction_spot_check",
  "on_time_rate",
  "completion_rate",
]);

/** Metrics about answered calls: in a call table only the 接听 row carries them. */
export function isCallMetric(metric: string): boolean {
  return metricInfo(metric)?.group === "connection";
}

/**
 * What a passage is about. Figures of special services (talent line, 110
 * link, pandemic desk, the 政风行风 broadcast, …) are not the hotline's own;
 * a passage about the enterprise line (“一企来”) gives enterprise figures.
 */
export type Context =
  { kind: "general" } | { kind: "enterprise" } | { kind: "special"; why: string };

const SPECIAL: readonly [RegExp, string][] = [
  [/特色热线/, "特色热线"],
  [/政风|行风/, "政风行风热线"],
  [/尚贤|人才服务|人才诉求/, "“尚贤”人才服务"],
  [/热线百科/, "热线百科"],
  [/晓苏|问答台/, "“晓苏”问答台"],
  [/(?<![\d.])110(?![\d件名个%])/, "12345–110 联动"],
  [/多援一|远程协作|支援/, "“多援一”支援"],
  [/疫情|涉疫/, "疫情专项"],
  [/基层减负/, "基层减负热线"],
  [/码上议/, "“码上议”"],
  [/双号/, "“双号”互转"],
  [/长三角/, "长三角协作"],
  [/巡察|巡视/, "巡察"],
];
const ENTERPRISE = /一企来|企业服务热线|企业服务专线|涉企/;
const DESK = /专席/;

/** The context a passage (a clause group or a section title) sets for its figures. */
export function contextOf(text: string): Context {
  const t = toHalfWidth(text);
  for (const [re, why] of SPECIAL) if (re.test(t)) return { kind: "special", why };
  if (ENTERPRISE.test(t)) return { kind: "enterprise" };
  if (DESK.test(t)) return { kind: "special", why: "专席" };
  return { kind: "general" };
}

/**
 * A metric read in an enterprise passage: enterprise metrics stay, an overall
 * satisfaction becomes the enterprise satisfaction, anything else is not the
 * hotline's own figure (null).
 */
export function enterpriseMetric(metric: string): string | null {
  if (metric === "demand_enterprise" || metric === "satisfaction_enterprise") return metric;
  if (metric === "satisfaction_overall") return "satisfaction_enterprise";
  return null;
}

const REQUEST_TYPES =
  /^(咨询|求助|求决|投诉|举报|投诉举报|举报与投诉|揭发控告|建议|意见建议|表扬|感谢|其他|其它)类?$/;
const DEPARTMENT =
  /(局|委|办|厅|院|署|中心|公司|集团|银行|政府|街道|镇|乡|管委会|部|所|队|站|处|分局|委员会|办公室|大队|支队|台|校)$/;
/** A division's name (a county, district or city): a list of them is per area, not a ranking of the hotline. */
export const AREA =
  /^[\u4e00-\u9fff]{1,8}(县|区|市|旗|镇|乡|街道|街办|街道办事处)(人民)?(政府|管委会)?$/;

/** What a ranked name is: a request type (求助类), a department (市公安局) or a business type. */
export function categoryKind(name: string): "request_type" | "department" | "business_type" {
  const t = normTerm(name);
  if (REQUEST_TYPES.test(t)) return "request_type";
  if (DEPARTMENT.test(t)) return "department";
  return "business_type";
}

/** The scope words of a ranking's title or row label. */
export function scopeOfWords(text: string): Exclude<Scope, ""> {
  const t = normTerm(text);
  if (/非咨询/.test(t)) return "non_consultation";
  if (/咨询/.test(t)) return "consultation";
  return "all";
}
