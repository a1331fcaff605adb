import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatCount,
  formatShare,
  formatValue,
} from "../../src/lib/format/number.ts";

describe("formatCount(n)", () => {
  it.each([
    [1562357, "1,562,357"],
    [40, "40"],
    [0, "0"],
  ])("%d → %s", (n, s) => expect(formatCount(n)).toBe(s));
});

describe("formatCompact(n, lang)", () => {
  it.each([
    [1562357, "zh", "156.2万"],
    [17032357, "zh", "1,703.2万"],
    [437000000, "zh", "4.37亿"],
    [100000, "zh", "10万"],
    [9999, "zh", "9,999"],
    [1562357, "en", "1.56M"],
    [25744, "en", "25.7K"],
    [437000000, "en", "437M"],
    [9999, "en", "9,999"],
  ] as const)("%d in %s → %s", (n, lang, s) => expect(formatCompact(n, lang)).toBe(s));
});

describe("formatValue(n, unit, lang)", () => {
  it.each([
    [99.07, "percent", "zh", "99.07%"],
    [13.93, "seconds", "zh", "13.93秒"],
    [13.93, "seconds", "en", "13.93 s"],
    [8.1, "per_100k", "en", "8.1 per 100k"],
    [0.91, "workdays", "zh", "0.91个工作日"],
    [1562357, "count", "en", "1,562,357"],
  ] as const)("%d %s %s → %s", (n, unit, lang, s) => expect(formatValue(n, unit, lang)).toBe(s));
});

describe("formatShare(part, total)", () => {
  it("rounds to two decimals and refuses a missing total", () => {
    expect(formatShare(302015, 696197)).toBe("43.38%");
    expect(formatShare(1, null)).toBeNull();
    expect(formatShare(1, 0)).toBeNull();
  });
});
