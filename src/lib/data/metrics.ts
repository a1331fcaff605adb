/**
 * The metric catalogue: the one place that names every metric id, its unit, its
 * labels in both languages, what it means, and the wordings reports (and
 * spreadsheets) use for it. Everything else — build validation, charts, CSV
 * header mapping, the extractor — reads from here.
 */

export const UNITS = ["count", "percent", "seconds", "workdays", "per_100k"] as const;
export type Unit = (typeof UNITS)[number];

/** Which chart family a metric belongs to on the place profile. */
export type MetricGroup =
  "volume" | "connection" | "satisfaction" | "seats" | "categories" | "efficiency";

export interface MetricInfo {
  id: string;
  unit: Unit;
  group: MetricGroup;
  zh: string;
  en: string;
  /** What the figure measures, for captions and "about the data". */
  defZh: string;
  defEn: string;
  /**
   * Wordings that name this metric in reports and spreadsheets, most specific
   * first. Used to map CSV headers; a header matches when, after normalising
   * (case, spaces, brackets, units), it equals one of these.
   */
  synonyms: readonly string[];
}

const m = (
  id: string,
  unit: Unit,
  group: MetricGroup,
  zh: string,
  en: string,
  defZh: string,
  defEn: string,
  synonyms: readonly string[],
): MetricInfo => ({ id, unit, group, zh, en, defZh, defEn, synonyms });

export const METRICS: readonly MetricInfo[] = [
  m(
    "demand_total",
    "count",
    "volume",
    "诉求总量",
    "Total requests",
    "全年受理的各类诉求件数（电话、网络等全部渠道）。",
    "All requests received in the year, across every channel.",
    [
      "诉求总量",
      "受理诉求",
      "总受理量",
      "受理量",
      "诉求量",
      "受理诉求总量",
      "诉求数量",
      "total requests",
      "requests",
    ],
  ),
  m(
    "demand_phone",
    "count",
    "volume",
    "电话渠道",
    "By phone",
    "通过电话受理的诉求件数。",
    "Requests received by phone.",
    ["电话", "电话渠道", "电话受理", "电话端", "phone", "by phone"],
  ),
  m(
    "demand_internet",
    "count",
    "volume",
    "互联网渠道",
    "Online channels",
    "通过网站、微信、APP 等互联网渠道受理的诉求件数。",
    "Requests received through websites, WeChat, apps and other online channels.",
    ["互联网", "网络", "网络渠道", "网络受理", "互联网端", "internet", "online"],
  ),
  m(
    "demand_transfer",
    "count",
    "volume",
    "承办转办",
    "Transferred in",
    "由上级或其他平台转来承办的诉求件数。",
    "Requests transferred in from other platforms for handling.",
    ["承办转办", "转办", "transfer", "transferred"],
  ),
  m(
    "demand_other",
    "count",
    "volume",
    "其他渠道",
    "Other channels",
    "电话、互联网、转办以外渠道受理的诉求件数。",
    "Requests received through any other channel.",
    ["其他渠道", "其他", "other channels", "other"],
  ),
  m(
    "demand_public",
    "count",
    "volume",
    "群众诉求",
    "From the public",
    "个人（群众）提出的诉求件数。",
    "Requests from members of the public.",
    ["群众诉求", "公众诉求", "public"],
  ),
  m(
    "demand_enterprise",
    "count",
    "volume",
    "企业诉求",
    "From enterprises",
    "企业提出的诉求件数（多经“一企来”企业服务热线）。",
    "Requests from enterprises (mostly through the “Yiqilai” business line).",
    ["企业诉求", "一企来企业诉求", "enterprise", "enterprises"],
  ),
  m(
    "demand_consultation",
    "count",
    "volume",
    "咨询类诉求",
    "Consultations",
    "咨询类诉求件数。部分报告只统计派往部门的工单，见各数字的注释。",
    "Requests that ask for information. Some reports count only work orders sent to departments; see each figure's note.",
    ["咨询类", "咨询类诉求", "consultation", "consultations"],
  ),
  m(
    "demand_non_consultation",
    "count",
    "volume",
    "非咨询类诉求",
    "Non-consultations",
    "求助、投诉举报、建议等非咨询类诉求件数。",
    "Requests for help, complaints, reports and suggestions.",
    ["非咨询类", "非咨询类诉求", "non-consultation", "non consultation"],
  ),
  m(
    "answered_online",
    "count",
    "volume",
    "在线解答",
    "Answered directly",
    "由话务人员或政策专员当场（在线）解答、无需派单的诉求件数。",
    "Requests answered on the spot by call-centre staff or policy specialists, without a work order.",
    ["在线解答", "在线答复", "answered online", "answered directly"],
  ),
  m(
    "dispatched",
    "count",
    "volume",
    "部门办理",
    "Sent to departments",
    "派单交由政府部门或成员单位办理的诉求件数。",
    "Requests sent to government departments or member units as work orders.",
    [
      "部门办理",
      "派单",
      "部门工单办理",
      "成员单位承办",
      "交办",
      "dispatched",
      "派单量",
      "部门办理工单",
    ],
  ),
  m(
    "online_answer_rate",
    "percent",
    "volume",
    "在线解答率",
    "Direct answer rate",
    "在线解答件数占诉求总量的比例。",
    "Share of requests answered directly, without a work order.",
    ["在线解答率", "直接答复率", "online answer rate", "direct answer rate"],
  ),
  m(
    "calls_total",
    "count",
    "connection",
    "来电总量",
    "Calls received",
    "热线收到的来电通数（呼入话务量），不论是否接通、是否形成工单；与诉求件数不同。",
    "Incoming calls to the hotline, answered or not, whether or not they became a request; not the same as requests.",
    ["来电总量", "来电量", "呼入话务量", "话务总量", "呼入量", "calls received", "incoming calls"],
  ),
  m(
    "calls_answered",
    "count",
    "connection",
    "人工接听话务量",
    "Calls answered",
    "话务人员人工接听的来电通数。",
    "Incoming calls answered by a person.",
    ["人工接听话务量", "接听话务量", "接听", "话务量", "calls answered"],
  ),
  m(
    "connection_rate",
    "percent",
    "connection",
    "接通率",
    "Connection rate",
    "来电被人工接通的比例。“30秒人工接通率”只计 30 秒内接通的来电，比普通“接通率”更严格，两者不可直接比较。",
    "Share of calls answered by a person. The “30-second” rate counts only calls answered within 30 seconds and is stricter than a plain connection rate; the two are not comparable.",
    ["30秒人工接通率", "人工接通率", "接通率", "connection rate", "answer rate"],
  ),
  m(
    "avg_wait_seconds",
    "seconds",
    "connection",
    "平均等待时长",
    "Average wait",
    "来电从排队到人工接听的平均等待秒数。",
    "Average seconds a caller waits before a person answers.",
    ["平均等待时长", "平均等待时长秒", "average wait", "avg wait"],
  ),
  m(
    "avg_talk_seconds",
    "seconds",
    "connection",
    "平均通话时长",
    "Average talk time",
    "人工接听来电的平均通话秒数。",
    "Average length of an answered call, in seconds.",
    ["平均通话时长", "平均通话时长秒", "average talk time", "avg talk"],
  ),
  m(
    "satisfaction_overall",
    "percent",
    "satisfaction",
    "综合满意率",
    "Overall satisfaction",
    "报告自称的“综合满意率/综合满意度”，计算口径未公布。",
    "What the report calls its overall satisfaction rate; how it is computed is not published.",
    ["综合满意率", "综合满意度", "overall satisfaction"],
  ),
  m(
    "satisfaction_rated",
    "percent",
    "satisfaction",
    "群众有效参评满意率",
    "Satisfaction among raters",
    "回访中作出有效评价的群众里表示满意的比例；只计参评者，不含未评价者。",
    "Share satisfied among the people who gave a valid rating in follow-up calls; non-raters are excluded.",
    ["群众有效参评满意率", "公众有效参评满意率", "有效参评满意率", "satisfaction among raters"],
  ),
  m(
    "satisfaction_agent",
    "percent",
    "satisfaction",
    "话务代表服务满意率",
    "Satisfaction with call agents",
    "对接听电话的话务代表（民声接听员）本身服务的满意比例，不衡量诉求是否解决。",
    "Satisfaction with the call agent's own service, not with whether the request was resolved.",
    ["话务代表服务满意率", "话务代表服务满意度", "民声接听员服务满意率", "agent satisfaction"],
  ),
  m(
    "satisfaction_spot_check",
    "percent",
    "satisfaction",
    "抽查满意率",
    "Spot-check satisfaction",
    "对部分已办结诉求抽样回访得到的满意比例。",
    "Share satisfied in a sample of follow-up calls on closed requests.",
    ["抽查满意率", "spot-check satisfaction"],
  ),
  m(
    "satisfaction_enterprise",
    "percent",
    "satisfaction",
    "企业综合满意率",
    "Enterprise satisfaction",
    "企业诉求（“一企来”）的综合满意比例，只计企业。",
    "Overall satisfaction of enterprises with their requests (“Yiqilai” line); enterprises only.",
    ["企业综合满意率", "企业综合满意度", "enterprise satisfaction"],
  ),
  m(
    "satisfaction_statistical",
    "percent",
    "satisfaction",
    "统计满意率",
    "Statistical satisfaction",
    "报告所列“统计满意率”，口径未公布，与群众满意率并列给出。",
    "What the report calls its statistical satisfaction rate; its definition is not published.",
    ["统计满意率", "statistical satisfaction"],
  ),
  m(
    "satisfaction_callback",
    "percent",
    "satisfaction",
    "回访满意率",
    "Satisfaction in follow-up calls",
    "报告所称“回访满意率”：对办结诉求回访时表示满意的比例；基数（全部回访或有效回访）常未说明。",
    "What the report calls its follow-up satisfaction rate: the share satisfied when requests were followed up; its base is often not stated.",
    ["回访满意率", "回访满意度", "follow-up satisfaction"],
  ),
  m(
    "satisfaction_service",
    "percent",
    "satisfaction",
    "服务满意率",
    "Service satisfaction",
    "报告所称“服务满意率/服务满意度”，计算口径未公布。",
    "What the report calls its service satisfaction rate; how it is computed is not published.",
    ["服务满意率", "服务满意度", "service satisfaction"],
  ),
  m(
    "satisfaction_unspecified",
    "percent",
    "satisfaction",
    "满意率（未说明口径）",
    "Satisfaction (kind not stated)",
    "报告只写“满意率/满意度”，未说明是哪一种满意率；不与其他口径合并或比较。",
    "The report says only “satisfaction rate” without saying which kind; never merged or ranked with the named kinds.",
    ["满意率", "满意度", "群众满意率", "群众满意度", "satisfaction"],
  ),
  m(
    "on_time_rate",
    "percent",
    "efficiency",
    "按时办结率",
    "Closed on time",
    "在规定时限内办结的诉求比例。",
    "Share of requests closed within the time limit.",
    ["按时办结率", "及时处办率", "on-time rate", "closed on time"],
  ),
  m(
    "completion_rate",
    "percent",
    "efficiency",
    "办结率",
    "Completion rate",
    "已办结诉求的比例（累计）。",
    "Share of requests closed (cumulative).",
    ["办结率", "累计办结率", "completion rate"],
  ),
  m(
    "avg_handling_workdays",
    "workdays",
    "efficiency",
    "平均办理时长",
    "Average handling time",
    "派单诉求由部门办理的平均工作日数，按咨询类/非咨询类分列。",
    "Average working days departments take to handle a work order, by consultation / non-consultation.",
    ["平均办理时长", "平均办理时长工作日", "average handling time"],
  ),
  m(
    "seats_total",
    "count",
    "seats",
    "话务平台总人数",
    "Call-centre staff",
    "全市（含县区平台）话务平台总人数（座席代表总数）。",
    "Total staff on the hotline platform (all seats, city-wide including county platforms).",
    [
      "话务平台总人数",
      "座席代表总数",
      "话务人员总数",
      "座席总数",
      "seats",
      "total seats",
      "服务代表总人数",
    ],
  ),
  m(
    "agents",
    "count",
    "seats",
    "接听人员",
    "Call agents",
    "其中直接接听来电的人员数。",
    "Of the staff, those who answer calls.",
    ["接听人员", "接诉人员", "接诉人员数量", "民声接听员", "agents"],
  ),
  m(
    "seats_per_100k",
    "per_100k",
    "seats",
    "每十万人座席数",
    "Seats per 100k residents",
    "话务平台座席数除以常住人口（以十万人计）。",
    "Hotline seats per 100,000 residents.",
    ["每十万人座席数", "每十万人座席占有量", "seats per 100k"],
  ),
  m(
    "top_category",
    "count",
    "categories",
    "诉求量TOP5",
    "Top categories",
    "诉求量最多的类型、业务类别或承办部门及其件数。",
    "The request types, business categories or departments with the most requests.",
    [],
  ),
];

const BY_ID = new Map(METRICS.map((x) => [x.id, x]));

export function metricInfo(id: string): MetricInfo | undefined {
  return BY_ID.get(id);
}

/** The metrics of one family in catalogue order, optionally of one unit only. */
export function metricsOf(group: MetricGroup, unit?: Unit): string[] {
  return METRICS.filter((x) => x.group === group && (!unit || x.unit === unit)).map((x) => x.id);
}

/** Ranked things a top_category row can be about. */
export const DIMENSIONS = ["business_type", "request_type", "department"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a figure is counted over; empty for figures that are not split. */
export const SCOPES = ["all", "consultation", "non_consultation"] as const;
export type Scope = (typeof SCOPES)[number];

export const DIMENSION_LABELS: Record<Dimension, { zh: string; en: string }> = {
  business_type: { zh: "业务类型", en: "Business type" },
  request_type: { zh: "诉求类型", en: "Request type" },
  department: { zh: "承办部门", en: "Department" },
};

export const SCOPE_LABELS: Record<Scope, { zh: string; en: string }> = {
  all: { zh: "全部诉求", en: "All requests" },
  consultation: { zh: "咨询类", en: "Consultations" },
  non_consultation: { zh: "非咨询类", en: "Non-consultations" },
};
