import { describe, expect, it } from "vitest";
import { FactsJsonError, factsToJson, jsonToFacts } from "../../src/lib/data/factsJson.ts";
import { FACT_COLUMNS } from "../../src/lib/data/fact.ts";
import { dataset } from "./dataset.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const facts = dataset().facts.filter((f) => f.place_id === "huaian");

describe("per-place JSON files", () => {
  it("round-trip every column, nulls and derived rows included", () => {
    expect(jsonToFacts(enc(factsToJson(facts)))).toEqual(facts);
    expect(jsonToFacts(enc(factsToJson([])))).toEqual([]);
  });

  const good = JSON.parse(factsToJson(facts.slice(0, 2))) as { rows: unknown[][] };
  const withCell = (col: string, v: unknown) => {
    const rows = good.rows.map((r) => [...r]);
    rows[1]![FACT_COLUMNS.indexOf(col as (typeof FACT_COLUMNS)[number])] = v;
    return enc(JSON.stringify({ version: 1, columns: FACT_COLUMNS, rows }));
  };
  it.each<[string, Uint8Array, string]>([
    ["not JSON", enc("<html>"), "not valid JSON"],
    ["another version", enc('{"version":2,"columns":[],"rows":[]}'), "version 1"],
    ["other columns", enc('{"version":1,"columns":["a"],"rows":[]}'), "columns must be"],
    [
      "a short row",
      enc(`{"version":1,"columns":${JSON.stringify(FACT_COLUMNS)},"rows":[[1]]}`),
      "row 1: expected 23 cells",
    ],
    [
      "a text value",
      withCell("value", "1,450,699"),
      'row 2, column value: expected a number, found "1,450,699"',
    ],
    ["a fractional year", withCell("year", 2023.5), "row 2, column year: expected an integer"],
    ["an unknown unit", withCell("unit", "litres"), "row 2, column unit: expected one of count"],
    ["a numeric source", withCell("source", 3), "row 2, column source: expected a string"],
    ["a text share", withCell("share", "31%"), "row 2, column share: expected a number or null"],
  ])("refuses %s with the row and column", (_, bytes, message) => {
    expect(() => jsonToFacts(bytes)).toThrow(FactsJsonError);
    expect(() => jsonToFacts(bytes)).toThrow(message);
  });
});
