import { describe, expect, it } from "vitest";
import { COLUMN_DOCS, dataPackage, metricRows } from "../../src/lib/data/dictionary.ts";
import { FACT_COLUMNS } from "../../src/lib/data/fact.ts";
import { METRICS } from "../../src/lib/data/metrics.ts";

describe("the data dictionary", () => {
  it("documents every column of the long table, in its order, in both languages", () => {
    expect(COLUMN_DOCS.map((c) => c.name)).toEqual([...FACT_COLUMNS]);
    for (const c of COLUMN_DOCS) {
      expect(c.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.en).toMatch(/[a-z]/);
    }
  });
  it("lists every metric with its unit and definitions", () => {
    const rows = metricRows();
    expect(rows.map((r) => r.id)).toEqual(METRICS.map((m) => m.id));
    for (const r of rows) expect(r.def_zh && r.def_en && r.unit_zh && r.unit_en).toBeTruthy();
  });
  it("is a Frictionless tabular data package of facts.csv", () => {
    const p = dataPackage("abc") as {
      version: string;
      resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    expect(p.version).toBe("abc");
    expect(p.resources[0]!.path).toBe("facts.csv");
    const fields = p.resources[0]!.schema.fields;
    expect(fields.find((f) => f.name === "value")?.type).toBe("number");
    expect(fields.find((f) => f.name === "year")?.type).toBe("integer");
  });
});
