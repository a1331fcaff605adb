import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatMs,
  median,
  range,
  textTable,
  width,
} from "../../scripts/bench/stats.ts";
import { parseArgs } from "../../scripts/bench/args.ts";

describe("median(values)", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[], null],
    [[NaN, 5, Infinity], 5],
  ])("median(%j) = %j", (values, want) => {
    expect(median(values)).toBe(want);
  });
  it("does not reorder its input", () => {
    const v = [3, 1, 2];
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe("range, formatBytes, formatMs", () => {
  it("range ignores non-finite values", () => {
    expect(range([5, NaN, 2, 9])).toEqual({ min: 2, max: 9 });
    expect(range([])).toBeNull();
  });
  it.each([
    [999, "999 B"],
    [94_300, "94.3 kB"],
    [24_163_130, "24.16 MB"],
    [null, "—"],
  ])("formatBytes(%j) = %s (1 kB = 1000 bytes)", (n, want) => {
    expect(formatBytes(n)).toBe(want);
  });
  it("formatMs rounds, and switches to seconds from 10 s", () => {
    expect(formatMs(267.4)).toBe("267 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
    expect(formatMs(null)).toBe("—");
  });
});

describe("textTable(header, rows)", () => {
  it("counts CJK characters as two columns", () => {
    expect(width("苏州市")).toBe(6);
    expect(width("abc")).toBe(3);
  });
  it("aligns the first column left and the others right", () => {
    const t = textTable(
      ["name", "ms"],
      [
        ["苏州", "5"],
        ["embed", "120"],
      ],
    ).split("\n");
    expect(t).toEqual(["name    ms", "-----  ---", "苏州     5", "embed  120"]);
  });
});

describe("parseArgs(argv)", () => {
  it("defaults: 7 page loads, 3 ingest runs on 1,000,000 rows, every section", () => {
    const a = parseArgs([]);
    expect([a.runs, a.ingestRuns, a.csvRows, a.check]).toEqual([7, 3, 1_000_000, false]);
    expect([...a.sections]).toEqual([
      "load",
      "attribute",
      "ingest",
      "longtask",
      "vitals",
      "intake",
    ]);
  });
  it("--quick lowers the defaults, explicit values win", () => {
    const a = parseArgs(["--quick", "--runs=5"]);
    expect([a.runs, a.ingestRuns, a.csvRows]).toEqual([5, 1, 100_000]);
  });
  it("--check and --only", () => {
    const a = parseArgs(["--check", "--only=ingest,load"]);
    expect(a.check).toBe(true);
    expect([...a.sections]).toEqual(["ingest", "load"]);
  });
  it("refuses unknown options, sections and bad numbers", () => {
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseArgs(["--only=speed"])).toThrow(/unknown section speed/);
    expect(() => parseArgs(["--runs=0"])).toThrow(/--runs/);
  });
});
