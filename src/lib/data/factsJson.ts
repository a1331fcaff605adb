/**
 * The small per-place, per-year files (`<place>/<year>.json`): the same rows as
 * the Arrow files, as `{version, columns, rows}` with one array per fact in
 * FACT_COLUMNS order. A place-year holds a few dozen figures, where JSON is
 * smaller than Arrow's framing and needs no decoder in the bundle — which keeps
 * an embedded chart light. Reading checks every cell's type, so a damaged file
 * is refused with the row and column, never half-read.
 */
import { FACT_COLUMNS, LEVELS, type Fact } from "./fact.ts";
import { DIMENSIONS, SCOPES, UNITS } from "./metrics.ts";
import { PERIOD_KINDS } from "./period.ts";

export class FactsJsonError extends Error {
  override name = "FactsJsonError";
}

type Column = (typeof FACT_COLUMNS)[number];
const INTEGER = new Set<Column>(["year"]);
const NUMBER = new Set<Column>(["value"]);
const NULLABLE_NUMBER = new Set<Column>(["rank", "share"]);
const ENUMS: Partial<Record<Column, readonly string[]>> = {
  level: LEVELS,
  period_kind: PERIOD_KINDS,
  unit: UNITS,
  dimension: ["", ...DIMENSIONS],
  scope: ["", ...SCOPES],
};

/** `build`: the id of the data build the file belongs to (the manifest's). */
export function factsToJson(facts: readonly Fact[], build = ""): string {
  const rows = facts.map((f) => FACT_COLUMNS.map((c) => f[c]));
  return `{"version":1,"build":${JSON.stringify(build)},"columns":${JSON.stringify(FACT_COLUMNS)},"rows":[\n${rows
    .map((r) => JSON.stringify(r))
    .join(",\n")}\n]}\n`;
}

function cell(c: Column, v: unknown, row: number): unknown {
  const bad = (want: string) =>
    new FactsJsonError(`row ${row}, column ${c}: expected ${want}, found ${JSON.stringify(v)}`);
  if (INTEGER.has(c)) {
    if (!Number.isInteger(v)) throw bad("an integer");
  } else if (NUMBER.has(c)) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw bad("a number");
  } else if (NULLABLE_NUMBER.has(c)) {
    if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) throw bad("a number or null");
  } else {
    if (typeof v !== "string") throw bad("a string");
    const allowed = ENUMS[c];
    if (allowed && !allowed.includes(v)) throw bad(`one of ${allowed.join(", ")}`);
  }
  return v;
}

/** The build id a file written by `factsToJson` names ("" when none or unreadable). */
export function jsonBuild(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  return /^\{"version":1,"build":"([^"]*)"/.exec(head)?.[1] ?? "";
}

/** Decode a file written by `factsToJson`. */
export function jsonToFacts(bytes: Uint8Array): Fact[] {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new FactsJsonError("not valid JSON");
  }
  const d = doc as { version?: unknown; columns?: unknown; rows?: unknown };
  if (d?.version !== 1) throw new FactsJsonError("not a version 1 facts file");
  if (!Array.isArray(d.columns) || d.columns.join() !== FACT_COLUMNS.join())
    throw new FactsJsonError(`columns must be ${FACT_COLUMNS.join(", ")}`);
  if (!Array.isArray(d.rows)) throw new FactsJsonError("rows must be an array");
  return d.rows.map((r: unknown, i) => {
    if (!Array.isArray(r) || r.length !== FACT_COLUMNS.length)
      throw new FactsJsonError(`row ${i + 1}: expected ${FACT_COLUMNS.length} cells`);
    const f: Record<string, unknown> = {};
    FACT_COLUMNS.forEach((c, j) => (f[c] = cell(c, r[j], i + 1)));
    return f as unknown as Fact;
  });
}
