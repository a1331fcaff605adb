/**
 * Reading numbers the way Chinese reports and spreadsheets write them:
 * "1,562,357", "１５６２３５７", "96.12%", "99.80%%", "1703.24万", "4.37亿",
 * "19万余", "−3.5", and "—" / "-" / "/" / "无" / blank for "not published".
 *
 * 万 and 亿 are applied by moving the decimal point in the digit string, so
 * "1703.24万" becomes exactly 17032400 with no floating-point drift.
 */

export type ParsedValue =
  | {
      kind: "number";
      value: number;
      /** The value as an exact decimal string after applying 万/亿. */
      exact: string;
      /**
       * Half a unit of the last digit written, in the value's own unit:
       * "157.5万" → 500 (it stands for anything from 1,574,500 to 1,575,500).
       */
      tolerance: number;
      /** "19万余" / "超3.4万" / "3万多": a lower bound, not an exact figure. */
      lowerBound: boolean;
      /** The text carried a percent sign. */
      percent: boolean;
      /** 万 (4) or 亿 (8) was applied. */
      scale: 0 | 4 | 8;
    }
  | { kind: "absent" }
  | { kind: "invalid"; reason: string };

const ABSENT = new Set([
  "",
  "—",
  "——",
  "–",
  "-",
  "--",
  "/",
  "无",
  "－",
  "n/a",
  "na",
  "null",
  "none",
]);

/** A cell written exactly as one of the "not published" marks (a quick test; parseValue also normalises). */
export function isAbsentMark(text: string): boolean {
  return ABSENT.has(text);
}

/** Full-width ASCII (ＡＢＣ１２３．，％) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Shift the decimal point of an unsigned decimal string `digits` right by `places`. */
export function shiftDecimal(digits: string, places: number): string {
  const [intPart = "0", fracPart = ""] = digits.split(".");
  const frac = fracPart.padEnd(places, "0");
  const joined = (intPart + frac.slice(0, places)).replace(/^0+(?=\d)/, "");
  const rest = frac.slice(places).replace(/0+$/, "");
  return rest ? `${joined}.${rest}` : joined;
}

const NUMBER = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)$/;

/**
 * Parse one cell or one number from report text. Never throws: unreadable text
 * comes back as `{kind: "invalid", reason}` so callers can say which cell.
 */
export function parseValue(raw: string): ParsedValue {
  let s = toHalfWidth(raw)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[−–﹣]/g, "-");
  if (ABSENT.has(s.toLowerCase())) return { kind: "absent" };

  let lowerBound = false;
  const bound = /^(超过?|逾|超出)/.exec(s);
  if (bound) {
    lowerBound = true;
    s = s.slice(bound[0].length);
  }
  if (/(余|多|以上|\+)$/.test(s) && !/^\+/.test(s)) {
    lowerBound = true;
    s = s.replace(/(余|多|以上|\+)$/, "");
  }
  let percent = false;
  if (/%+$/.test(s)) {
    percent = true;
    s = s.replace(/%+$/, "");
  }
  // Units written after the number in cells such as "40秒", "1133名", "3.48天".
  s = s.replace(/(件次|件|个|名|人|通|次|条|秒|s|天|工作日|小时)$/i, "");
  let scale: 0 | 4 | 8 = 0;
  if (s.endsWith("万")) {
    scale = 4;
    s = s.slice(0, -1);
  } else if (s.endsWith("亿")) {
    scale = 8;
    s = s.slice(0, -1);
  }
  const m = NUMBER.exec(s);
  if (!m) return { kind: "invalid", reason: `not a number: “${raw.trim()}”` };
  const sign = m[1] === "-" ? "-" : "";
  const digits = m[2]!.replace(/,/g, "");
  const decimals = digits.includes(".") ? digits.split(".")[1]!.length : 0;
  const exact = shiftDecimal(digits, scale);
  const value = Number(sign + exact);
  if (!Number.isFinite(value)) return { kind: "invalid", reason: `out of range: “${raw.trim()}”` };
  const tolerance = Number(shiftDecimal(`0.${"0".repeat(decimals)}5`, scale));
  return {
    kind: "number",
    value: value === 0 ? 0 : value,
    exact: sign && exact !== "0" ? `-${exact}` : exact,
    tolerance,
    lowerBound,
    percent,
    scale,
  };
}
