/**
 * A row of our long format (facts.csv, one figure per row, columns by
 * position): every column checked against the catalogue, so a file we
 * published loads back byte for byte.
 */
import type { Fact } from "../data/fact.ts";
import { FACT_COLUMNS, LEVELS } from "../data/fact.ts";
import { restoreCell } from "../data/csv.ts";
import { DIMENSIONS, metricInfo, SCOPES, type Dimension, type Scope } from "../data/metrics.ts";
import { PROBLEMS, SAY, type Text2 } from "./messages.ts";
import type { RowContext } from "./rowContext.ts";
import { parsePeriod } from "../data/period.ts";

const FACT_COLUMN_INDEX = new Map<string, number>(FACT_COLUMNS.map((c, i) => [c, i]));

export function readLong(ctx: RowContext, r: readonly string[], row: number): void {
  const get = (c: (typeof FACT_COLUMNS)[number]) => restoreCell(r[FACT_COLUMN_INDEX.get(c)!] ?? "");
  const err = (col: string, text: string, problem: Text2) =>
    ctx.log.say("error", row, col, text, SAY.badValue(row, col, problem, text));
  const metric = get("metric").trim();
  const info = metricInfo(metric);
  if (!info) return err("metric", metric, PROBLEMS.unknownMetric);
  const year = ctx.year(get("year"), row, "year");
  if (year === null) return;
  const periodText = get("period").trim() || String(year);
  const period = parsePeriod(periodText);
  if (!period || period.year !== year) return err("period", periodText, PROBLEMS.badPeriod(year));
  const kind = get("period_kind").trim();
  if (kind && kind !== period.kind)
    return err("period_kind", kind, PROBLEMS.badPeriodKind(period.kind));
  const level = get("level");
  if (!(LEVELS as readonly string[]).includes(level)) return err("level", level, SAY.level(LEVELS));
  const unit = get("unit");
  if (unit !== info.unit) return err("unit", unit, SAY.unit(metric, info.unit));
  const v = ctx.value(get("value"), "value", row, metric);
  if (!v) return;
  const num = (c: "rank" | "share") => {
    const t = get(c).trim();
    return t === "" ? null : Number(t);
  };
  const dim = get("dimension");
  const scope = get("scope");
  if (dim && !(DIMENSIONS as readonly string[]).includes(dim))
    return err("dimension", dim, PROBLEMS.unknownDimension);
  if (scope && !(SCOPES as readonly string[]).includes(scope))
    return err("scope", scope, PROBLEMS.unknownScope);
  const f: Fact = {
    place_id: get("place_id"),
    place_zh: get("place_zh"),
    place_en: get("place_en"),
    level: level as Fact["level"],
    parent_id: get("parent_id"),
    adcode: get("adcode"),
    year,
    period: period.text,
    period_kind: period.kind,
    metric,
    category: get("category"),
    rank: num("rank"),
    dimension: dim as Dimension | "",
    scope: scope as Scope | "",
    value: v.value,
    share: num("share"),
    unit: info.unit,
    term_zh: get("term_zh"),
    derivation: get("derivation") || "reported",
    yoy_text: get("yoy_text"),
    source: get("source"),
    note: get("note"),
    // Absent from files written before the column was added: still valid.
    note_zh: get("note_zh"),
  };
  if (!f.place_id) return err("place_id", "", PROBLEMS.blank);
  ctx.figures.add(f, row, "value");
}
