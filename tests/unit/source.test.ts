import { describe, expect, it } from "vitest";
import { SourceError, readPlaces, readReport } from "../../scripts/build/source.ts";
import { compile } from "../../scripts/build/compile.ts";

const ids = new Set(["suzhou"]);
const good = { metric: "demand_total", value: 100, term_zh: "诉求总量", section: "一、总体情况" };
const report = (facts: unknown[]) => ({
  file: "x.txt",
  place: "suzhou",
  year: 2022,
  place_evidence: "test",
  facts,
});
function problemsOf(facts: unknown[]): string[] {
  const problems: string[] = [];
  readReport(report(facts), "reports/x.yaml", ids, problems);
  return problems;
}

describe("readReport(raw) rejects each kind of bad entry, naming file and entry", () => {
  it.each([
    [
      { ...good, metric: "demand_totl" },
      "reports/x.yaml: facts[0] (demand_totl): unknown metric id “demand_totl”",
    ],
    [
      { ...good, metric: "connection_rate", value: 100.5 },
      "reports/x.yaml: facts[0] (connection_rate): percentage 100.5 is outside 0–100",
    ],
    [
      { ...good, section: undefined },
      "reports/x.yaml: facts[0] (demand_total): missing source section (“section”)",
    ],
    [
      { ...good, term_zh: "" },
      "reports/x.yaml: facts[0] (demand_total): missing the report's wording (“term_zh”)",
    ],
    [
      { ...good, value: 12.5 },
      "reports/x.yaml: facts[0] (demand_total): count 12.5 must be a whole number ≥ 0",
    ],
    [
      { ...good, value: "abc" },
      "reports/x.yaml: facts[0] (demand_total): value “abc” is not a number",
    ],
    [
      { ...good, value: "19万余" },
      "reports/x.yaml: facts[0] (demand_total): value “19万余” is only a lower bound; record it as a mention (“also”)",
    ],
    [{ ...good, value: undefined }, "reports/x.yaml: facts[0] (demand_total): missing value"],
    [{ ...good, colour: "red" }, "reports/x.yaml: facts[0] (demand_total): unknown key “colour”"],
    [
      { ...good, scope: "some" },
      "reports/x.yaml: facts[0] (demand_total): scope must be one of all, consultation, non_consultation",
    ],
    [
      { ...good, category: "x" },
      "reports/x.yaml: facts[0] (demand_total x): category, dimension, rank and share belong to top_category rows only",
    ],
    [
      {
        ...good,
        metric: "top_category",
        category: "交通",
        dimension: "kind",
        scope: "all",
        rank: 1,
      },
      "reports/x.yaml: facts[0] (top_category 交通): dimension must be one of business_type, request_type, department",
    ],
    [
      {
        ...good,
        metric: "top_category",
        category: "交通",
        dimension: "department",
        scope: "all",
        rank: 0,
      },
      "reports/x.yaml: facts[0] (top_category 交通): rank must be a whole number ≥ 1",
    ],
  ])("%o → %s", (fact, message) => {
    expect(problemsOf([fact])).toContain(message);
  });

  it("a good entry passes", () => {
    expect(problemsOf([good])).toEqual([]);
  });

  it("report-level problems: unknown place, bad year, no evidence", () => {
    const problems: string[] = [];
    readReport(
      { file: "x.txt", place: "atlantis", year: 20222, facts: [good] },
      "reports/x.yaml",
      ids,
      problems,
    );
    expect(problems).toEqual([
      "reports/x.yaml: unknown place “atlantis”",
      "reports/x.yaml: year must be a whole number between 1990 and 2100",
      "reports/x.yaml: missing “place_evidence” (how the place was identified)",
    ]);
  });

  it("a duplicate figure fails the build, naming both entries", () => {
    const problems: string[] = [];
    const r = readReport(report([good, { ...good, value: 101 }]), "reports/x.yaml", ids, problems)!;
    const places = readPlaces(
      [
        {
          id: "suzhou",
          zh: "苏州市",
          en: "Suzhou",
          level: "prefecture",
          parent: "",
          adcode: "320500",
        },
      ],
      "places.yaml",
    );
    expect(() => compile(places, [r])).toThrow(SourceError);
    expect(() => compile(places, [r])).toThrow(
      "reports/x.yaml: facts[1] (demand_total): duplicate figure, same as reports/x.yaml: facts[0]",
    );
  });

  it("readPlaces keeps the per-metric folder's name from places", () => {
    expect(() =>
      readPlaces(
        [{ id: "metric", zh: "甲", en: "A", level: "county", parent: "", adcode: "123456" }],
        "places.yaml",
      ),
    ).toThrow(/places\[0\]: id “metric” is reserved for the per-metric files/);
  });

  it("readPlaces rejects a bad adcode and an unknown parent", () => {
    expect(() =>
      readPlaces(
        [{ id: "a", zh: "甲", en: "A", level: "district", parent: "b", adcode: "12" }],
        "places.yaml",
      ),
    ).toThrow(/places\[0\] \(a\): adcode must be 6 digits[\s\S]*unknown parent “b”/);
  });
});
