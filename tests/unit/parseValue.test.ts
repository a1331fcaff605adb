import { describe, expect, it } from "vitest";
import { parseValue, shiftDecimal } from "../../src/lib/data/parseValue.ts";

describe("parseValue(text)", () => {
  it.each([
    ["1562357", 1562357, 0.5],
    ["1,562,357", 1562357, 0.5],
    ["１５６２３５７", 1562357, 0.5],
    [" 1 562 357 ", 1562357, 0.5],
    ["96.12%", 96.12, 0.005],
    ["99.80%%", 99.8, 0.005],
    ["９６．１２％", 96.12, 0.005],
    ["1703.24万", 17032400, 50],
    ["157.5万", 1575000, 500],
    ["4.37亿", 437000000, 500000],
    ["0.1234万", 1234, 0.5],
    ["-3.5", -3.5, 0.05],
    ["−12", -12, 0.5],
    ["40秒", 40, 0.5],
    ["1133名", 1133, 0.5],
  ])("%s → %d (±%d)", (text, value, tolerance) => {
    const p = parseValue(text);
    expect(p.kind).toBe("number");
    if (p.kind !== "number") return;
    expect(p.value).toBe(value);
    expect(p.tolerance).toBeCloseTo(tolerance, 10);
    expect(p.lowerBound).toBe(false);
  });

  it("converts 万 and 亿 exactly, without float drift", () => {
    const p = parseValue("1703.24万");
    expect(p.kind === "number" && p.exact).toBe("17032400");
    const q = parseValue("0.07万");
    expect(q.kind === "number" && q.exact).toBe("700");
    expect(shiftDecimal("1.005", 2)).toBe("100.5");
    expect(shiftDecimal("12", 4)).toBe("120000");
  });

  it.each(["19万余", "超3.4万", "3万多", "40以上"])("%s is a lower bound", (text) => {
    const p = parseValue(text);
    expect(p.kind === "number" && p.lowerBound).toBe(true);
  });

  it.each(["", " ", "—", "——", "-", "/", "无", "－", "N/A"])("%j is absent", (text) => {
    expect(parseValue(text).kind).toBe("absent");
  });

  it.each(["abc", "12a", "1.2.3", "%", "万"])(
    "%j is invalid, with the text in the reason",
    (text) => {
      const p = parseValue(text);
      expect(p.kind).toBe("invalid");
      if (p.kind === "invalid") expect(p.reason).toContain(text);
    },
  );
});
