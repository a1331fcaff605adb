/**
 * A row of a wide table (one row per place and year, one column per metric):
 * its values go straight into the compact store. Most cells take the fast
 * path (scanPlain, no allocation); the rest, and every cell with a problem,
 * go through the full reader and its messages. The same place and year on a
 * second row adds only what is new, as facts beside the record.
 */
import type { Unit } from "../data/metrics.ts";
import { isAbsentMark } from "../data/parseValue.ts";
import type { RowContext } from "./rowContext.ts";
import { writtenCode } from "./store.ts";
import { roundingCode, roundingCodeOf, scanPlain, type Scanned } from "./values.ts";

const scanned: Scanned = { value: 0, percent: false, scale: 0, decimals: 0 };

/** A value the fast path read that needs no message: right kind for the column's unit. */
function fits(unit: Unit, v: Scanned): boolean {
  if (unit === "percent") return v.value >= 0 && v.value <= 100;
  if (v.percent || v.value < 0) return false;
  return unit !== "count" || Number.isInteger(v.value);
}

export function readWide(ctx: RowContext, r: readonly string[], row: number): void {
  const p = ctx.placeYear(r, row);
  if (p < 0) return;
  const fig = ctx.figures;
  const st = fig.store;
  const rec = st.record(p, ctx.rowYear);
  const fresh = st.wideRow[rec] === 0;
  if (fresh) st.wideRow[rec] = row;
  const { values, written } = st;
  const base = rec * st.width;
  const sc = scanned;
  const columns = fig.wide;
  let added = 0;
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k]!;
    const raw = r[c.index];
    if (raw === undefined || raw.length === 0) continue;
    let value: number;
    let lower = false;
    let rounding: number;
    if (scanPlain(raw, sc) && fits(c.unit, sc)) {
      value = sc.value;
      rounding = roundingCode(sc);
    } else {
      if (isAbsentMark(raw)) continue;
      const v = ctx.value(raw.trim(), c.header, row, c.metric);
      if (!v) continue;
      value = v.value;
      lower = v.lowerBound;
      rounding = roundingCodeOf(v.scale, v.tolerance);
    }
    if (fresh) {
      values[base + k] = value;
      written[base + k] = writtenCode(lower, rounding);
      added++;
      continue;
    }
    // The same place and year on another row: what is new is kept as a fact.
    const place = st.places[st.place[rec]!]!;
    const f = fig.wideFact(place, st.year[rec]!, c, { value, lowerBound: lower }, row);
    fig.keep(rec, f, row, c.header, raw.trim());
  }
  fig.count += added;
  if (fresh) fig.checkWide(rec);
}
