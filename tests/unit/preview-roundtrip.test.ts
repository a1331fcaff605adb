import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factsToCsv } from "../../src/lib/data/csv.ts";
import { ingestBytes } from "../../src/lib/preview/parse.ts";
import { dataset } from "./dataset.ts";

describe("ingestBytes(facts.csv): our own file back, byte for byte", () => {
  it("every figure of every period, in facts.csv's order, with one warning about periods", () => {
    const bytes = readFileSync(
      join(import.meta.dirname, "..", "..", "public", "data", "facts.csv"),
    );
    const r = ingestBytes(new Uint8Array(bytes), {
      places: dataset().places,
      fileName: "facts.csv",
    });
    expect(r.summary.errors).toBe(0);
    const periods = dataset().facts.filter((f) => f.period_kind !== "year").length;
    expect(periods).toBeGreaterThan(0);
    expect(r.summary.messages.map((m) => m.en)).toEqual([
      `${periods} figures cover months, quarters or other periods than a year: they are kept in the normalised CSV, but the preview's charts show yearly figures only.`,
    ]);
    expect(new TextEncoder().encode(factsToCsv([...r.ingest.allFacts()]))).toEqual(
      new Uint8Array(bytes),
    );
  });
});
