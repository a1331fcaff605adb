/**
 * What a number in a sentence counts, from the whole noun phrase around it,
 * before the synonyms' “ends with” match (terms.ts) is tried:
 *
 * - the verb and the noun of the phrase: 受理/接收/接到/办理/形成 … 诉求/工单/
 *   办件/事项/来电来信 → requests; 接到/接收 …来电 in 个/次/通 → calls
 *   received, 接听 …来电 → calls answered; 派发/转派/交办/承办 …工单 → sent to
 *   departments; 直接办结/即时办结/自行处理/直接答复 → answered on the spot;
 * - the noun may come after the number (受理1103.94万件群众来电);
 * - qualifiers that narrow the figure keep it out of the whole-hotline metric:
 *   日均 (a daily average), 预计 (a projection), 左右/大约 (approximate), 呼入呼出
 *   (both directions), another platform named in the subject (信箱, 政民互动,
 *   网格), a subset (专席, 疫情, 重复, 急办, 督办), a span of months (两个多月),
 *   a transfer in from above (省…转办): these are skipped or sent to review.
 *
 * Calls (来电, 话务, 接听, 人次/个/通) and requests (诉求, 工单, 件) stay apart.
 */

/** What the whole text says about its figures' platform. */
export interface DocFlags {
  /** Other hotlines' numbers are counted too (12315, 12328 …): the platform total is not the 12345 line's. */
  mergedHotlines: boolean;
  /** Inspectors' reports are counted beside the hotline (数字城管, 监督员上报). */
  inspectors: boolean;
  /** A whole-place figure exists (全市12345平台…): a city platform's own figures are a part. */
  wholePlace: boolean;
}

export const NO_FLAGS: DocFlags = { mergedHotlines: false, inspectors: false, wholePlace: false };

/** A sentence about the city's own platform (市本级, 泰州市12345平台) rather than the whole place. */
const OWN_PLATFORM = /市本级|本级平台|[\u4e00-\u9fff](?<!全)(市|县)12345(平台|热线)/;

/** Read the text's flags. */
export function docFlags(text: string): DocFlags {
  return {
    mergedHotlines: /123(?!45)\d\d[\u4e00-\u9fff]{0,12}热线[^。]{0,20}\d/.test(text),
    inspectors: /监督员上报|数字城管|网格员上报/.test(text),
    wholePlace: /全[市县区省][^。,，]{0,10}12345/.test(text),
  };
}

/** Another platform named as the subject of a sentence (before its first verb). */
const OTHER_PLATFORM =
  /信箱|政民互动|网格|政协云|人民网|留言板|123(?!45)\d\d[\u4e00-\u9fff]{0,12}热线/;
const FIRST_VERB = /受理|解决|办理|接收|接到|收到|共|累计|形成/;

export type PhraseReading =
  | { kind: "metric"; metric: string; term: string }
  | { kind: "skip"; reason: string }
  | { kind: "review"; metric: string; reason: string };

const CALL_UNITS = /^(个|次|通|人次)$/;
/** A period before the words (第二季度语音受理, 9月份电话诉求): not part of the noun phrase. */
const LEADING_PERIOD =
  /^((\d{4}年度?)?(第?[一二三四1-4]季度|[上下]半年|\d{1,2}(-|—|至)?\d{0,2}月份?|全年|本月|当月|本期|本季度|今年以来)[,，]?)+/;
const COUNT_UNITS = /^(件|个|宗|条|件次|)$/;

const SKIP: readonly [RegExp, string][] = [
  [/日均|平均每[天日月]|每天|每日|天均/, "a daily average, not the period's total"],
  [/预计|预期|将达/, "a projection"],
  [/左右|大约|大概/, "an approximate figure"],
  [/呼入[、和及]?呼出|呼出/, "calls in both directions"],
  [/[两三四五六七八九十\d]+个多?月/, "a span of months other than the report's"],
  [
    /一次性|提前|快速|首次|二次|重办|回退/,
    "another measure than the metric's (first-time, early, repeated)",
  ],
  [
    /同比|环比|较上[月年期季]|比上[月年期季]|较去年|比去年|增加了?$|减少了?$|增长了?$|下降了?$|增幅|降幅/,
    "a change, not a figure",
  ],
  [/信箱|政民互动|网格|政协|人民网|留言板/, "another platform than the hotline"],
  [
    /人大|(?<!服务|话务|座席)代表(?!总数|总人数)|委员|流转|疫情|涉疫|新冠|重复|急办|督办|重点|考核|回访工单|不满意|逾期|超期|未办结|按期回复|办结回复|重派|延期|此类|该类|这类/,
    "a subset of the requests",
  ],
];

const SCOPE_WORDS = /咨询|投诉|求助|举报|建议|企业|群众诉求|部门|单位/;
/** Requests left over from the last period (上月未办结…): a stock, not the period's intake. */
const CARRIED_OVER = /上[月期季年][^,;:。]{0,6}(未办结|结转|遗留)|结转/;
/** 受理物业管理类问题: one named kind (not 各类, the request types keep their own metrics). */
const CATEGORY_COUNT =
  /(受理|办理|接收|收到|接到)[^,;:。]*[\u4e00-\u9fff]{2}(?<![各两多几等全])类(问题|工单|诉求|事项)?$/;
const REQUEST_TYPE_WORD =
  /(咨询|求助|求决|投诉|举报|建议|表扬|感谢|其他|其它)类(问题|工单|诉求|事项)?$/;
/** 占诉求总量的59.87%: the share of the total a count right before it makes. */
const SHARE_OF_TOTAL = /^占[^,;:。]{0,8}(总量|总数|总件数)的?(比例|比重)?$/;
const ONLINE_COUNT_BEFORE =
  /(直接办结|即时办结|在线办结|当场办结|直接答复|直接解答|在线解答|在线答复|自行处理)\s*\d[\d.,]*\s*[万]?\s*件\s*,?\s*占[^,;:。]*$/;

/** Requests: a verb of receiving, qualifiers, a noun of requests. */
const DEMAND =
  /(受理|接收|接到|收到|汇集|办理|形成|受理解答|共有|接件)[^,;:。]{0,16}?(诉求件|诉求|工单|办件|事项|来电来信|来信来电|来电来件|来电诉求|服务需求|需求|问题|来电)$/;
const DEMAND_AMOUNT = /(受理|办件)(总量|总数|数量|量)$|热线受理解答$/;
const DEMAND_NOUN_AFTER = /^(诉求|工单|办件|事项|群众来电|市民来电|来电|群众诉求|市民诉求)/;
const CALLS_TOTAL =
  /(来电总量|话务总量|话务总数|来电总数|呼入量|呼入话务量|来电量)$|(接到|接收|收到)[^,;:。]{0,8}来电$/;
const CALLS_ANSWERED = /接听[^,;:。]{0,8}来电$/;
const PHONE = /(接听|受理)[^,;:。]{0,8}来电$/;
const PHONE_WORDS = /^(电话诉求|电话受理|语音受理|热线电话|电话渠道|电话来电)$/;
const INTERNET =
  /(全媒体|互联网渠道|网络渠道|网上)[^,;:。]{0,6}(诉求|受理)?$|^(互联网|网络|微信、?微博、?网站等全媒体诉求)$/;
const DISPATCH =
  /(派发|转派|交办|派单|派往|分派|转交)[^,;:。]{0,16}?(工单|单位|部门|办理|事项|诉求事项)?(总数为|共计|共)?$|承办工单(共计|共)?$|部门(工单)?办理(工单)?(共计|共)?$|^(网络|网上|系统|线上)?转办(工单)?(共计|共)?$|(部门|单位)(处理|办理|承办)的(电子)?工单$/;
/** Sent to one group of handling units only (the districts, the city's departments): a part. */
const SOME_RECIPIENTS =
  /(派发|转派|交办|派单|派往|分派|转交|转办)(至|到|给)?(各?区县|各?县区|各?开发区|市级部门|市直|县直|区直|各?乡镇|各?街道)/;
/** Received and handled here after another office handed it over (办理…交办的): incoming. */
const HANDED_IN = /(办理|承办|受理|接收|收到|接到)[^,;:。]{1,12}(交办|转办|转派)/;
const INCOMING =
  /领导交办|省[^,;:。]{0,12}(转办|交办|流转|转派)|上级[^,;:。]{0,8}(转办|交办)|(转办|交办)件$|平台(转办|交办|流转|转派)/;
const ONLINE =
  /(直接办结|即时办结|在线办结|当场办结|直接答复|直接解答|在线解答|在线答复|自行处理|线上直接答复|前台直接办结|前台即时办结)$/;
const ONLINE_RATE = /(即时办结率|直接办结率|在线解答率|直接答复率|即办率)$/;
const CALLBACK_SAT = /回访[^,;:。]{0,8}满意(率|度)$/;

/**
 * Read a number's phrase. `before`: the words before the number in its clause
 * (connectors removed); `after`: the words right after the number and its unit;
 * `unit`: the unit word (件, 个, %, …). Null: no rule applies (fall back on the synonyms).
 */
export function readPhrase(
  before: string,
  after: string,
  unit: string,
  sentence = "",
  doc: DocFlags = NO_FLAGS,
): PhraseReading | null {
  const b = before.replace(/\s+/g, "").replace(/["“”]/g, "").replace(LEADING_PERIOD, "");
  const verb = FIRST_VERB.exec(sentence);
  if (verb && OTHER_PLATFORM.test(sentence.slice(0, verb.index)))
    return { kind: "skip", reason: "about another platform than the hotline" };
  const noun = DEMAND_NOUN_AFTER.exec(after.replace(/^\s+/, ""))?.[0] ?? "";
  const phrase = noun ? `${b}${noun}` : b;
  const percent = unit.startsWith("%");
  for (const [re, reason] of SKIP) if (re.test(b)) return { kind: "skip", reason };
  if (percent && /^其中/.test(b) && SCOPE_WORDS.test(b))
    return { kind: "skip", reason: "a rate for one kind of requests only (其中…)" };
  if (/共有|合计|总计|共计/.test(b) && CARRIED_OVER.test(sentence))
    return { kind: "skip", reason: "includes requests carried over from before" };
  if (!percent && CATEGORY_COUNT.test(b) && !REQUEST_TYPE_WORD.test(b))
    return { kind: "skip", reason: "the count of one kind of requests, not all" };
  if (percent && SHARE_OF_TOTAL.test(b) && ONLINE_COUNT_BEFORE.test(sentence))
    return { kind: "metric", metric: "online_answer_rate", term: b };
  const own = OWN_PLATFORM.exec(sentence);
  if (doc.wholePlace && own && !/全[市县区省]/.test(sentence.slice(Math.max(0, own.index - 10))))
    return {
      kind: "skip",
      reason: "about the city's own platform, beside a figure for the whole place",
    };
  if (percent) {
    const plainSatisfaction =
      /^[^,;:。]{0,6}满意(率|度)$/.test(b) && !/综合|服务|有效|参评/.test(b);
    if (CALLBACK_SAT.test(b) && !/综合/.test(b))
      return { kind: "metric", metric: "satisfaction_callback", term: b };
    if (plainSatisfaction && /回访/.test(sentence))
      return { kind: "metric", metric: "satisfaction_callback", term: b };
    if (ONLINE_RATE.test(b)) return { kind: "metric", metric: "online_answer_rate", term: b };
    return null;
  }
  if (!COUNT_UNITS.test(unit) && !CALL_UNITS.test(unit)) return null;
  if (INCOMING.test(b) || HANDED_IN.test(b))
    return {
      kind: "review",
      metric: "demand_transfer",
      reason:
        "requests transferred in from a higher platform: a subset, or the place's whole intake?",
    };
  if (CALLS_TOTAL.test(phrase) && (CALL_UNITS.test(unit) || /总量|总数/.test(phrase)))
    return { kind: "metric", metric: "calls_total", term: phrase };
  if (CALLS_ANSWERED.test(phrase) && CALL_UNITS.test(unit))
    return { kind: "metric", metric: "calls_answered", term: phrase };
  if (unit === "人次") return { kind: "skip", reason: "counted in 人次 (callers), not requests" };
  if (ONLINE.test(b)) return { kind: "metric", metric: "answered_online", term: b };
  if (PHONE_WORDS.test(phrase) && !CALL_UNITS.test(unit))
    return { kind: "metric", metric: "demand_phone", term: phrase };
  if (PHONE.test(phrase) && !CALL_UNITS.test(unit))
    return /^受理/.test(phrase.replace(/^.*?(受理|接听)/, "$1")) && !/电话/.test(phrase)
      ? { kind: "metric", metric: "demand_total", term: phrase }
      : { kind: "metric", metric: "demand_phone", term: phrase };
  if (INTERNET.test(b)) return { kind: "metric", metric: "demand_internet", term: b };
  if (SOME_RECIPIENTS.test(b))
    return { kind: "skip", reason: "sent to one group of handling units only, a part of all sent" };
  if (
    DISPATCH.test(b) &&
    !/受理/.test(b.replace(/^.*(派发|转派|交办|派单|派往|分派|承办|转交)/, ""))
  )
    return { kind: "metric", metric: "dispatched", term: b };
  if (DEMAND.test(phrase) || DEMAND_AMOUNT.test(b)) {
    if (doc.mergedHotlines || doc.inspectors)
      return {
        kind: "review",
        metric: "demand_total",
        reason: doc.inspectors
          ? "the platform also counts inspectors' reports (数字城管): is this the hotline's total?"
          : "the text counts other hotlines (123xx) too: is this the 12345 line's total?",
      };
    return { kind: "metric", metric: "demand_total", term: phrase };
  }
  return null;
}
