import { describe, expect, it } from "vitest";
import { CURVES, logNormalScore, performanceScore } from "../../scripts/bench/score.ts";

describe("logNormalScore(curve, value)", () => {
  it.each(Object.entries(CURVES.desktop))("%s: p10 scores 0.9, the median 0.5", (_, curve) => {
    expect(logNormalScore(curve, curve.p10)).toBeCloseTo(0.9, 4);
    expect(logNormalScore(curve, curve.median)).toBeCloseTo(0.5, 4);
    expect(logNormalScore(curve, 0)).toBe(1);
    expect(logNormalScore(curve, curve.median * 10)).toBeLessThan(0.05);
  });
});

describe("performanceScore(vitals, form)", () => {
  it("a fast, stable page scores 100; layout shift alone costs its weight", () => {
    const fast = { fcp: 300, lcp: 400, tbt: 0, cls: 0 };
    expect(performanceScore(fast, "desktop")).toBe(100);
    // CLS at 0.25 (its median) halves a quarter of the weight (Speed Index excluded).
    expect(performanceScore({ ...fast, cls: 0.25 }, "desktop")).toBe(
      Math.round(100 - (0.25 * 0.5 * 100) / 0.9),
    );
  });
  it("the same times score lower on desktop than on mobile curves", () => {
    const v = { fcp: 1500, lcp: 2000, tbt: 250, cls: 0.02 };
    expect(performanceScore(v, "desktop")).toBeLessThan(performanceScore(v, "mobile"));
  });
});
