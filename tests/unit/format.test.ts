import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  groupDigits,
  formatCompact,
  formatCount,
  formatShare,
  formatTicks,
  formatValue,
} from "../../src/lib/format/number.ts";

describe("groupDigits(n, min, max)", () => {
  const intl = (n: number, min: number, max: number) =>
    new Intl.NumberFormat("en-US", {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    }).format(n);
  it.each([
    [1562357, 0, 2, "1,562,357"],
    [1.005, 0, 2, "1.01"],
    [0.125, 0, 2, "0.13"],
    [253355.655, 0, 2, "253,355.66"],
    [9.995, 0, 2, "10"],
    [999999.999, 1, 2, "1,000,000.0"],
    [-0.001, 0, 2, "-0"],
    [99.07, 0, 2, "99.07"],
    [1703.25, 1, 1, "1,703.3"],
    [10.5, 0, 2, "10.5"],
    [100, 2, 2, "100.00"],
    [-1234.5, 1, 3, "-1,234.5"],
    [1e22, 0, 2, "10,000,000,000,000,000,000,000"],
    [NaN, 0, 2, "NaN"],
    [-Infinity, 0, 2, "-∞"],
  ])("%d (%d–%d decimals) → %s, as Intl writes it", (n, min, max, s) => {
    expect(groupDigits(n, min, max)).toBe(s);
    expect(intl(n, min, max)).toBe(s);
  });
  it("writes what Intl.NumberFormat en-US writes, for any number and decimals", () => {
    const decimals = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
          fc.integer({ min: -1e7, max: 1e7 }).map((i) => i / 200),
        ),
        decimals,
        decimals,
        (n, a, b) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          expect(groupDigits(n, min, max)).toBe(intl(n, min, max));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

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
    [100000, "zh", "10.0万"],
    [9999, "zh", "9,999"],
    [1562357, "en", "1.56M"],
    [25744, "en", "25.7K"],
    [437000000, "en", "437M"],
    [9999, "en", "9,999"],
    [17000000, "en", "17.0M"],
    [2960000, "en", "2.96M"],
    [1000000, "en", "1.00M"],
  ] as const)("%d in %s → %s", (n, lang, s) => expect(formatCompact(n, lang)).toBe(s));

  it("keeps one precision within a chart: 17.0M beside 2.96M, 10.0万 beside 156.2万", () => {
    expect([17_032_357, 2_956_775].map((n) => formatCompact(n, "en"))).toEqual(["17.0M", "2.96M"]);
    expect([100_000, 1_562_357].map((n) => formatCompact(n, "zh"))).toEqual(["10.0万", "156.2万"]);
  });
});

describe("formatTicks(values, lang)", () => {
  it.each([
    [[0, 500_000, 1_000_000, 1_500_000], "en", ["0", "0.5M", "1.0M", "1.5M"]],
    [[0, 500_000, 1_000_000, 1_500_000], "zh", ["0", "50万", "100万", "150万"]],
    [[0, 250_000, 500_000, 750_000, 1_000_000], "en", ["0", "0.25M", "0.50M", "0.75M", "1.00M"]],
    [[0, 1e8, 2e8], "zh", ["0", "1亿", "2亿"]],
    [[0, 5_000, 10_000], "en", ["0", "5K", "10K"]],
    [[0, 2_000, 4_000, 6_000], "zh", ["0", "2,000", "4,000", "6,000"]],
    [[0, 20, 40], "en", ["0", "20", "40"]],
  ] as const)("%j in %s → %j", (values, lang, out) =>
    expect(formatTicks(values, lang)).toEqual(out),
  );

  it("writes every tick of an axis in one unit with one number of decimals", () => {
    const labels = formatTicks([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000, 10_000_000], "en");
    expect(new Set(labels.slice(1).map((l) => l.replace(/[\d]/g, "")))).toEqual(new Set(["M"]));
  });
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
