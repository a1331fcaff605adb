import { describe, expect, it } from "vitest";
import { parseYoy, previousFromYoy, previousUncertainty } from "../../src/lib/data/yoy.ts";

describe("parseYoy(text)", () => {
  it.each([
    ["↑ 8.81%", 1, 8.81, "percent"],
    ["(↓25.26%)", -1, 25.26, "percent"],
    ["同比增长71.19%", 1, 71.19, "percent"],
    ["较2022年同比下降25.25个百分点", -1, 25.25, "points"],
    ["↑14S", 1, 14, "other"],
    ["↓2.74 工作日", -1, 2.74, "other"],
    ["与上年持平", 0, 0, "percent"],
    ["↑", 1, null, "none"],
  ])("%s → direction %d, amount %s, %s", (text, direction, amount, kind) => {
    expect(parseYoy(text)).toMatchObject({ direction, amount, kind });
  });
});

describe("previousFromYoy(value, yoy)", () => {
  it("gives the earlier count from a percent change", () => {
    expect(previousFromYoy(1562357, parseYoy("同比增长71.19%"))).toBe(912645);
    expect(previousFromYoy(14972, parseYoy("↑ 240%"))).toBe(4404);
  });
  it("refuses points, bare arrows and other units", () => {
    expect(previousFromYoy(100, parseYoy("增长2个百分点"))).toBeNull();
    expect(previousFromYoy(100, parseYoy("↑"))).toBeNull();
    expect(previousFromYoy(100, parseYoy("↑14S"))).toBeNull();
  });
  it("states the uncertainty from the report's rounding of the change", () => {
    expect(previousUncertainty(1450699, parseYoy("↓ 8.81%")!)).toBeGreaterThan(40);
    expect(previousUncertainty(1450699, parseYoy("↓ 8.81%")!)).toBeLessThan(100);
  });
});
