/**
 * One number as a report prints it, in a table cell or a sentence:
 * “123456 (↓ 1.23%)”, “98.70%(↑)”, “45678（12.34%）”, “2.5 (↑0.75 工作日)”,
 * “6小时”, “123.4万”, “参评数 4321”, “—”. The number itself is read by
 * `parseValue` (exact 万/亿 conversion); this module separates what stands
 * around it: the year-on-year remark, a share, the unit word, a text prefix.
 */
import { parseValue, toHalfWidth } from "../data/parseValue.ts";
import type { Unit } from "../data/metrics.ts";

export interface Reading {
  kind: "number" | "absent" | "text" | "empty";
  /** The number as written, with 万/亿 but without % or unit: “123.4万”, “98.70”. */
  written: string;
  /** Exact decimal string after 万/亿. */
  exact: string;
  value: number;
  /** Half a unit of the last written digit, in the value's unit. */
  tolerance: number;
  /** “19万余”, “超3.4万”: only a lower bound. */
  lowerBound: boolean;
  percent: boolean;
  /** The unit word after the number: 件, 名, 秒, 小时, 工作日, … (empty if none). */
  unitWord: string;
  /** The year-on-year remark in brackets after the number, as written: “↓ 1.23%”, “↑”. */
  yoy: string;
  /** A share in brackets after a count: “12.34” from “（12.34%）”. */
  share: string;
  /** Words before the number inside the cell (“参评数”). */
  prefix: string;
}

const EMPTY: Reading = {
  kind: "empty",
  written: "",
  exact: "",
  value: NaN,
  tolerance: 0,
  lowerBound: false,
  percent: false,
  unitWord: "",
  yoy: "",
  share: "",
  prefix: "",
};

const TRAILING_BRACKET = /[(（]([^()（）]*)[)）]\s*$/;
const YOY_WORDS = /[↑↓]|同比|增长|下降|提升|上升|减少|降低|持平|提高/;
const SHARE = /^\d+(?:\.\d+)?\s*%$/;
const UNIT_WORD = /(个工作日|工作日|件次|小时|人次|件|宗|名|个|人|位|通|次|秒|s|天|条|对|家)$/i;
const NUMBER_AT_END =
  /^(.*?)([+-]?(?:(?:超过?|逾)\s*)?\d[\d,]*(?:\.\d+)?\s*[万亿]?\s*(?:余|多)?\s*%*)$/;

/** Read one table cell (or a number with its unit taken from prose). Never throws. */
export function readCell(raw: string): Reading {
  let t = toHalfWidth(raw).replace(/\s+/g, " ").trim();
  if (!t) return EMPTY;
  let yoy = "";
  let share = "";
  for (let m = TRAILING_BRACKET.exec(t); m; m = TRAILING_BRACKET.exec(t)) {
    const inner = m[1]!.trim();
    if (YOY_WORDS.test(inner)) yoy = yoy || inner;
    else if (SHARE.test(inner)) share = share || inner.replace(/\s*%$/, "");
    t = t.slice(0, m.index).trim();
  }
  const parsedWhole = parseValue(t);
  if (parsedWhole.kind === "absent") return { ...EMPTY, kind: "absent", written: t, yoy };
  const unit = UNIT_WORD.exec(t);
  const unitWord = unit ? unit[1]! : "";
  let body = unit ? t.slice(0, unit.index).trim() : t;
  let prefix = "";
  const split = NUMBER_AT_END.exec(body);
  if (split && split[1]!.trim() && !/[\d.]$/.test(split[1]!.trim())) {
    prefix = split[1]!.trim();
    body = split[2]!.trim();
  }
  const p = parseValue(body);
  if (p.kind !== "number") return { ...EMPTY, kind: "text", written: t, yoy, share, prefix };
  return {
    kind: "number",
    written: body
      .replace(/%+$/, "")
      .replace(/^(超过?|逾)\s*/, "")
      .replace(/(余|多)$/, "")
      .replace(/\s+/g, "")
      .replace(/,/g, ""),
    exact: p.exact,
    value: p.value,
    tolerance: p.scale ? p.tolerance : 0,
    lowerBound: p.lowerBound,
    percent: p.percent,
    unitWord,
    yoy,
    share,
    prefix,
  };
}

/**
 * Why a reading cannot be a figure in `unit`, or null when it can: a count
 * must be a whole number without %, a rate needs % (or a bare number ≤ 100),
 * seconds and working days must not be hours.
 */
export function unitMismatch(
  unit: Unit,
  r: Reading,
  headerUnit: Unit | "hours" | "",
): string | null {
  if (r.kind !== "number") return "not a number";
  const word = r.unitWord.toLowerCase();
  if (headerUnit === "hours" || word === "小时") return "given in hours";
  if (unit === "percent") {
    if (word) return `given in ${r.unitWord}`;
    if (
      !r.percent &&
      !(headerUnit === "percent" || (r.value >= 0 && r.value <= 100 && !Number.isInteger(r.value)))
    )
      return "not a percentage";
    return r.value < 0 || r.value > 100 ? "percentage outside 0–100" : null;
  }
  if (r.percent) return "a percentage, not a " + unit;
  if (headerUnit && headerUnit !== unit && !(headerUnit === "count" && unit === "per_100k"))
    return `the header gives ${headerUnit}`;
  if (unit === "count") {
    if (!Number.isInteger(r.value) && !r.tolerance) return "not a whole number";
    return /^(|件|件次|宗|名|个|人|人次|位|通|次|家)$/.test(word) ? null : `given in ${r.unitWord}`;
  }
  if (unit === "seconds") return /^(|秒|s)$/.test(word) ? null : `given in ${r.unitWord}`;
  if (unit === "workdays")
    return /^(|工作日|个工作日|天)$/.test(word) ? null : `given in ${r.unitWord}`;
  return /^(|个|名)$/.test(word) ? null : `given in ${r.unitWord}`;
}
