import { toHalfWidth } from "./parseValue.ts";

/**
 * A year-on-year remark as a report writes it: "↑ 8.81%", "(↓25.26%)",
 * "同比增长71.19%", "较2022年同比下降25.25个百分点", "↑14S", "与上年持平", "↑".
 */
export interface Yoy {
  /** +1 up, -1 down, 0 unchanged, null when no direction is given. */
  direction: 1 | -1 | 0 | null;
  /** The size of the change as written, or null when only an arrow is given. */
  amount: number | null;
  /** What `amount` is in. "points" (个百分点) and "other" (seconds, workdays) cannot give a ratio. */
  kind: "percent" | "points" | "other" | "none";
  /** Decimal places printed in `amount` (the report rounds to these). */
  decimals: number;
}

const UP = /(↑|增长|提升|上升|增加|提高|\+)/;
const DOWN = /(↓|下降|减少|降低|回落|-)/;

export function parseYoy(text: string): Yoy | null {
  const s = toHalfWidth(text).replace(/\s+/g, "");
  if (!s) return null;
  if (/持平/.test(s)) return { direction: 0, amount: 0, kind: "percent", decimals: 0 };
  const up = UP.exec(s);
  const down = DOWN.exec(s);
  const direction: Yoy["direction"] = up && !down ? 1 : down && !up ? -1 : null;
  const num = /(\d+(?:\.\d+)?)(个百分点|%|[a-z\u4e00-\u9fff]*)?[)）]?$/i.exec(s);
  if (!num) return { direction, amount: null, kind: "none", decimals: 0 };
  const amount = Number(num[1]);
  const unit = num[2] ?? "";
  const kind: Yoy["kind"] = unit === "%" ? "percent" : unit === "个百分点" ? "points" : "other";
  const decimals = num[1]!.includes(".") ? num[1]!.split(".")[1]!.length : 0;
  return { direction, amount, kind, decimals };
}

/**
 * The previous year's count implied by a count and its percent change, or null
 * when the remark does not give a percent change with a direction. Rounded to a
 * whole number: counts are integers.
 */
export function previousFromYoy(value: number, yoy: Yoy | null): number | null {
  if (!yoy || yoy.kind !== "percent" || yoy.direction === null || yoy.amount === null) return null;
  const ratio = 1 + (yoy.direction * yoy.amount) / 100;
  if (ratio <= 0) return null;
  return Math.round(value / ratio);
}

/**
 * How far off `previousFromYoy` can be because the report rounds the percent
 * to the digits it prints: ± half a unit of the last printed digit.
 */
export function previousUncertainty(value: number, yoy: Yoy): number {
  const half = 0.5 * 10 ** -yoy.decimals;
  const r = (yoy.direction ?? 1) * (yoy.amount ?? 0);
  const lo = value / (1 + (r + half) / 100);
  const hi = value / (1 + (r - half) / 100);
  return Math.ceil(Math.abs(hi - lo) / 2);
}
