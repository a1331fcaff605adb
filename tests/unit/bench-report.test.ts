import { describe, expect, it } from "vitest";
import { budgetTable, ingestTable, longTaskLine } from "../../scripts/bench/report.ts";
import { checkBudgets } from "../../scripts/bench/budgets.ts";
import type { IngestReport, ParserReport } from "../../scripts/bench/ingest.ts";

const parser = (p: Partial<ParserReport> & Pick<ParserReport, "parser">): ParserReport => ({
  available: true,
  ms: 1000,
  mbPerS: 100,
  vsPapaparse: 1,
  rows: 1_000_000,
  facts: null,
  peakRss: 5e8,
  heapRetained: 4e8,
  runs: [],
  ...p,
});

describe("the printed tables", () => {
  it("an ingest that does not exist yet is a row saying so, not a crash", () => {
    const r: IngestReport = {
      file: { bytes: 99_000_000, rows: 1_000_000 },
      parsers: [
        parser({ parser: "papaparse" }),
        parser({ parser: "ingest", available: false, reason: "not available yet", ms: null }),
      ],
    };
    const lines = ingestTable(r).split("\n");
    expect(lines[2]).toMatch(/^papaparse\s+100\.0 MB\/s\s+1\.00×/);
    expect(lines[3]).toMatch(/^ingest\s+not available yet/);
  });
  it("a budget that cannot be measured shows why and n/a", () => {
    const results = checkBudgets(
      [{ id: "ingest.longest_task", label: "Longest task", max: 50, unit: "ms" }],
      { "ingest.longest_task": { value: null, note: "not available yet (no #csv-file)" } },
    );
    expect(budgetTable(results)).toMatch(
      /Longest task\s+≤ 50 ms\s+not available yet \(no #csv-file\)\s+n\/a/,
    );
  });
  it("the long-task line names the reason when there is no value", () => {
    expect(longTaskLine({ longest: null, reason: "not available yet" })).toBe(
      "Longest main-thread task during ingest: not available yet",
    );
  });
});
