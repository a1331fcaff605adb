import { medianRun } from "../../scripts/bench/longtask.ts";
import { describe, expect, it } from "vitest";
import {
  checkBudgets,
  checkFails,
  limitText,
  loadBudgets,
  parseBudgets,
  type Budget,
} from "../../scripts/bench/budgets.ts";

const budgets: Budget[] = [
  { id: "js", label: "JS", max: 100_000, unit: "bytes" },
  { id: "ratio", label: "ingest", min: 0.75, unit: "ratio" },
  { id: "time", label: "time", max: 1000, unit: "ms" },
];

describe("checkBudgets(budgets, measured)", () => {
  it("passes at the limit, fails beyond it, for max and min budgets", () => {
    const r = checkBudgets(budgets, {
      js: { value: 100_000 },
      ratio: { value: 0.74 },
      time: { value: 1000.5 },
    });
    expect(r.map((x) => x.status)).toEqual(["pass", "fail", "fail"]);
    expect(checkFails(r)).toBe(true);
  });
  it("a null measurement is 'not available' and fails the check", () => {
    const r = checkBudgets(budgets, {
      js: { value: 1 },
      ratio: { value: null, note: "ingest: not available yet" },
      time: { value: 1 },
    });
    expect(r[1]).toMatchObject({ status: "not available", note: "ingest: not available yet" });
    expect(checkFails(r)).toBe(true);
  });
  it("a budget with no measurement at all was skipped (--only) and does not fail", () => {
    const r = checkBudgets(budgets, { js: { value: 1 } });
    expect(r.map((x) => x.status)).toEqual(["pass", "skipped", "skipped"]);
    expect(checkFails(r)).toBe(false);
  });
  it("limitText says which way the limit goes", () => {
    expect(budgets.map(limitText)).toEqual(["≤ 100.0 kB", "≥ 0.75×", "≤ 1000 ms"]);
  });
});

describe("parseBudgets", () => {
  it("refuses a budget without exactly one of max and min, or with an unknown unit", () => {
    expect(() => parseBudgets([{ id: "a", label: "a", unit: "ms" }])).toThrow(/exactly one/);
    expect(() => parseBudgets([{ id: "a", label: "a", max: 1, min: 0, unit: "ms" }])).toThrow(
      /exactly one/,
    );
    expect(() => parseBudgets([{ id: "a", label: "a", max: 1, unit: "kB" }])).toThrow(/unit/);
    expect(() =>
      parseBudgets([
        { id: "a", label: "a", max: 1, unit: "ms" },
        { id: "a", label: "b", max: 2, unit: "ms" },
      ]),
    ).toThrow(/duplicate/);
  });
  it("scripts/bench/budgets.json holds the agreed budgets", () => {
    const b = Object.fromEntries(loadBudgets().map((x) => [x.id, x]));
    expect(b["weight.dashboard.js.gzip"]?.max).toBe(100_000);
    expect(b["weight.embed.js.gzip"]?.max).toBe(60_000);
    expect(b["weight.profile.js.gzip"]?.max).toBe(100_000);
    expect(b["ttfc.nationwide.overview.month"]?.max).toBe(2000);
    expect(b["ttfc.real.overview"]?.max).toBe(1000);
    expect(b["ttfc.nationwide.overview"]?.max).toBe(2000);
    expect(b["ingest.vs_papaparse"]?.min).toBe(0.75);
    expect(b["ingest.longest_task"]?.max).toBe(50);
  });
});

describe("the longest task over several runs", () => {
  it("reports the median run, with each run's figure", () => {
    const run = (longest: number | null) => ({
      longest,
      ...(longest === null ? { reason: "x" } : {}),
    });
    expect(medianRun([run(82), run(0), run(50)])).toEqual({ longest: 50, runs: [82, 0, 50] });
    expect(medianRun([run(10), run(60)])).toMatchObject({ longest: 10 });
    expect(medianRun([run(null), run(30)])).toMatchObject({ longest: 30, runs: [30] });
    expect(medianRun([run(null)])).toMatchObject({ longest: null, reason: "x" });
  });
});
