/**
 * Reading one cell of a user's file as a number: a fast path for the plain
 * numbers most cells hold ("1562357", "1,562,357", "96.12", "96.12%"), and
 * the full reader (`parseValue`: full-width digits, 万/亿, "19万余", "—") for
 * the rest. Both give the same value; the fast path only saves time (its
 * `exact` is the digits as written, not normalised).
 */
import { parseValue, type ParsedValue } from "../data/parseValue.ts";

const PLAIN = /^-?\d+(\.\d+)?%?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?%?$/;
/** Half a unit of the last decimal written, as parseValue computes it. */
const TOLERANCE = Array.from({ length: 16 }, (_, d) => Number(`0.${"0".repeat(d)}5`) * 10);

export function readCell(raw: string): ParsedValue {
  if (raw.length === 0 || raw.length > 24) return parseValue(raw);
  let s = raw;
  if (!PLAIN.test(s)) {
    if (!GROUPED.test(s)) return parseValue(raw);
    s = s.replace(/,/g, "");
  }
  const percent = s.charCodeAt(s.length - 1) === 37;
  if (percent) s = s.slice(0, -1);
  const dot = s.indexOf(".");
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  if (decimals >= TOLERANCE.length) return parseValue(raw);
  const value = Number(s);
  return {
    kind: "number",
    value: value === 0 ? 0 : value,
    exact: s,
    tolerance: TOLERANCE[decimals]! / 10,
    lowerBound: false,
    percent,
    scale: 0,
  };
}
