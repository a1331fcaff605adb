import { describe, expect, it } from "vitest";
import { cpuMultiplier } from "../../scripts/bench/calibrate.ts";

describe("cpuMultiplier(benchmarkIndex): Lighthouse's CPU calibration", () => {
  it.each([
    [2000, 6],
    [1533, 4],
    [1300, 3],
    [1050, 2.5],
    [800, 2],
    [475, 1.5],
    [150, 1],
  ])("index %d → %d× slower", (index, x) => expect(cpuMultiplier(index)).toBeCloseTo(x, 2));
  it("never speeds a machine up, whatever it measures", () => {
    for (const index of [100, 0, -5, NaN, Infinity * -1]) expect(cpuMultiplier(index)).toBe(1);
  });
  it("grows with the machine's speed, without jumps between the guide's ranges", () => {
    let last = 0;
    for (let i = 100; i <= 3000; i += 10) {
      const m = cpuMultiplier(i);
      expect(m).toBeGreaterThanOrEqual(last);
      expect(m - last).toBeLessThan(0.05 + (last === 0 ? 1 : 0));
      last = m;
    }
  });
});
