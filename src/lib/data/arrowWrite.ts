/**
 * Facts to Arrow IPC (file format), for the data build. Strings are
 * dictionary-encoded, so a column like `source` that repeats one value per
 * report costs one copy.
 */
import {
  Dictionary,
  Float64,
  Int16,
  Int32,
  Table,
  Utf8,
  type Vector,
  tableToIPC,
  vectorFromArray,
} from "apache-arrow";
import { FACT_COLUMNS, type Fact } from "./fact.ts";

const NUMERIC = new Set<string>(["year", "rank", "value", "share"]);

export function factsToArrow(facts: readonly Fact[]): Uint8Array {
  const columns: Record<string, Vector> = {};
  FACT_COLUMNS.forEach((c, i) => {
    const values = facts.map((f) => f[c]);
    if (c === "year") columns[c] = vectorFromArray(values as number[], new Int16());
    else if (c === "rank") columns[c] = vectorFromArray(values as (number | null)[], new Int32());
    else if (NUMERIC.has(c))
      columns[c] = vectorFromArray(values as (number | null)[], new Float64());
    // An explicit dictionary id: arrow's default is a global counter, which
    // would make two builds in one process differ byte for byte.
    else
      columns[c] = vectorFromArray(values as string[], new Dictionary(new Utf8(), new Int32(), i));
  });
  return tableToIPC(new Table(columns), "file");
}
