import { describe, expect, it } from "vitest";
import { parsePeriod, periodLabel, sameSpan } from "../../src/lib/data/period.ts";

describe("parsePeriod(text)", () => {
  it.each([
    ["2023", "year", "2023-01-01", "2023-12-31"],
    ["2023-H1", "half", "2023-01-01", "2023-06-30"],
    ["2024-H2", "half", "2024-07-01", "2024-12-31"],
    ["2023-Q1", "quarter", "2023-01-01", "2023-03-31"],
    ["2024-Q4", "quarter", "2024-10-01", "2024-12-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-01..09", "window", "2023-01-01", "2023-09-30"],
    ["2018-12-01..2018-12-08", "window", "2018-12-01", "2018-12-08"],
    ["2011-04-17..2011-05-16", "window", "2011-04-17", "2011-05-16"],
  ])("%s is a %s from %s to %s", (text, kind, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ text, kind, start, end });
  });

  it.each([
    "",
    "23",
    "2023-13",
    "2023-Q5",
    "2023-H3",
    "2023-09..01",
    "2023-02-30..2023-03-01",
    "2023年",
    "2023-1",
  ])("“%s” is not a period", (text) => expect(parsePeriod(text)).toBeNull());
});

describe("periodLabel(period, lang)", () => {
  it.each([
    ["2023", "2023年", "2023"],
    ["2023-H1", "2023年上半年", "H1 2023"],
    ["2023-Q3", "2023年第三季度", "Q3 2023"],
    ["2023-07", "2023年7月", "Jul 2023"],
    ["2023-01..09", "2023年1—9月", "Jan–Sep 2023"],
    ["2018-12-01..2018-12-08", "2018年12月1日—12月8日", "1 Dec–8 Dec 2018"],
  ])("%s reads %s / %s", (text, zh, en) => {
    const p = parsePeriod(text)!;
    expect(periodLabel(p, "zh")).toBe(zh);
    expect(periodLabel(p, "en")).toBe(en);
  });
});

describe("sameSpan(a, b)", () => {
  const p = (t: string) => parsePeriod(t)!;
  it("compares like with like only", () => {
    expect(sameSpan(p("2022"), p("2023"))).toBe(true);
    expect(sameSpan(p("2022-Q1"), p("2023-Q1"))).toBe(true);
    expect(sameSpan(p("2022-Q1"), p("2023-Q2"))).toBe(false);
    expect(sameSpan(p("2023-03"), p("2023-Q1"))).toBe(false);
    expect(sameSpan(p("2023-01..09"), p("2024-01..09"))).toBe(true);
    expect(sameSpan(p("2023-01..09"), p("2023-01..10"))).toBe(false);
  });
});
