/**
 * Reading one cell of a user's file as a number: a fast path for the plain
 * numbers most cells hold ("1562357", "1,562,357", "96.12", "96.12%"), and
 * the full reader (`parseValue`: full-width digits, 万/亿, "19万余", "—") for
 * the rest. Both give the same answer; the fast path only saves time.
 */
import { parseValue, shiftDecimal, type ParsedValue } from "../data/parseValue.ts";

/** `parseValue`, faster on plain ASCII numbers with optional thousands separators and %. */
export function readCell(raw: string): ParsedValue {
  const n = raw.length;
  if (n === 0 || n > 24) return parseValue(raw);
  let i = 0;
  let digits = "";
  let dot = -1;
  let sign = "";
  if (raw.charCodeAt(0) === 45) {
    sign = "-";
    i = 1;
  }
  let end = n;
  let percent = false;
  if (raw.charCodeAt(n - 1) === 37) {
    percent = true;
    end = n - 1;
  }
  let group = -1; // digits since the last comma, -1 before any comma
  for (; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits += raw[i];
      if (group >= 0) group++;
    } else if (c === 44 && dot < 0 && digits.length > 0 && (group === -1 || group === 3)) {
      if (group === -1 && digits.length > 3) return parseValue(raw);
      group = 0;
    } else if (c === 46 && dot < 0 && digits.length > 0 && (group === -1 || group === 3)) {
      dot = digits.length;
      group = -1;
    } else return parseValue(raw);
  }
  if (digits.length === 0 || (group !== -1 && group !== 3) || dot === digits.length)
    return parseValue(raw);
  const exact = shiftDecimal(dot < 0 ? digits : `${digits.slice(0, dot)}.${digits.slice(dot)}`, 0);
  const value = Number(sign + exact);
  const decimals = dot < 0 ? 0 : digits.length - dot;
  return {
    kind: "number",
    value: value === 0 ? 0 : value,
    exact: sign && value !== 0 ? `-${exact}` : exact,
    tolerance: 0.5 / 10 ** decimals,
    lowerBound: false,
    percent,
    scale: 0,
  };
}
