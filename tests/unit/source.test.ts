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

  it("every note has its Chinese: a figure's note_zh, a report's notes_zh one for one", () => {
    expect(problemsOf([{ ...good, note: "Counted in work orders." }])).toEqual([
      "reports/x.yaml: facts[0] (demand_total): “note” has no Chinese (add “note_zh”)",
    ]);
    expect(problemsOf([{ ...good, note_zh: "按工单计。" }])).toEqual([
      "reports/x.yaml: facts[0] (demand_total): “note_zh” has no English (add “note”)",
    ]);
    expect(
      problemsOf([{ ...good, note: "Counted in work orders.", note_zh: "按工单计。" }]),
    ).toEqual([]);
    const notes = (extra: object) => {
      const problems: string[] = [];
      readReport({ ...report([good]), ...extra }, "reports/x.yaml", ids, problems);
      return problems;
    };
    expect(notes({ notes: ["One.", "Two."] })).toEqual([
      "reports/x.yaml: notes has 2 item(s) but no “notes_zh” (the same notes in Chinese, same order)",
    ]);
    expect(notes({ notes: ["One.", "Two."], notes_zh: ["一。"] })).toEqual([
      "reports/x.yaml: notes has 2 item(s) but notes_zh has 1 (one Chinese note per English note, same order)",
    ]);
    expect(notes({ notes: ["One."], notes_zh: [""] })).toContain(
      "reports/x.yaml: notes_zh[0] must be text (quote it if it holds “: ”)",
    );
    expect(notes({ notes: ["One.", "Two."], notes_zh: ["一。", "二。"] })).toEqual([]);
  });

  it("the build carries both languages: note_zh beside note, quality notes' message_zh", () => {
    const problems: string[] = [];
    const r = readReport(
      {
        ...report([
          { ...good, value: "1.5万", note: "Counted in work orders.", note_zh: "按工单计。" },
          {
            ...good,
            metric: "demand_phone",
            value: 9000,
            yoy_text: "同比增长20%",
            note: "By phone.",
            note_zh: "电话渠道。",
          },
        ]),
        notes: ["Title and body disagree."],
        notes_zh: ["标题与正文不一致。"],
      },
      "reports/x.yaml",
      ids,
      problems,
    )!;
    expect(problems).toEqual([]);
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
    const c = compile(places, [r]);
    const total = c.facts.find((f) => f.metric === "demand_total")!;
    expect(total.note).toBe("Reported as 1.5万, i.e. rounded to 1,000. Counted in work orders.");
    expect(total.note_zh).toBe("报告写作 1.5万，即精确到 1,000。按工单计。");
    const earlier = c.facts.find((f) => f.metric === "demand_phone" && f.year === 2021)!;
    expect(earlier.note).toMatch(/^Implied by the 2022 figure \(9,000\)/);
    expect(earlier.note_zh).toMatch(/^由 2022 的数字（9,000）及其变化“同比增长20%”推算/);
    const note = c.quality.find((q) => q.check === "note")!;
    expect([note.message_zh, note.message_en]).toEqual([
      "标题与正文不一致。",
      "Title and body disagree.",
    ]);
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
