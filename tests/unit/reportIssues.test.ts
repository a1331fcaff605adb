import { describe, expect, it } from "vitest";
import type { ManifestPlace, ManifestReport } from "../../src/lib/data/manifest.ts";
import type { QualityCheck, QualityIssue } from "../../src/lib/data/quality.ts";
import { countChecks, filterReports, issuesByReport } from "../../src/lib/data/reportIssues.ts";

const report = (place_id: string, year: number): ManifestReport => ({
  file: `${place_id}-${year}.txt`,
  place_id,
  year,
  title_place_zh: "",
  place_evidence: "",
  place_evidence_zh: "",
  reported: 1,
  derived: 0,
});
const issue = (place_id: string, year: number, check: QualityCheck): QualityIssue => ({
  place_id,
  year,
  check,
  metrics: [],
  message_zh: `${place_id} ${year} ${check}`,
  message_en: `${place_id} ${year} ${check}`,
});
const place = (id: string, zh: string, en: string): ManifestPlace => ({
  id,
  zh,
  en,
  level: "prefecture",
  parent: "",
  adcode: "320000",
  years: [],
  derived_years: [],
});

const reports = [report("suzhou", 2022), report("suzhou", 2023), report("huaian", 2023)];
const issues = [
  issue("huaian", 2023, "share"),
  issue("suzhou", 2022, "parts_sum"),
  issue("huaian", 2023, "title"),
  issue("huaian", 2023, "share"),
];
const places = [place("suzhou", "苏州市", "Suzhou"), place("huaian", "淮安市", "Huai'an")];

describe("issuesByReport(reports, issues)", () => {
  it("gives each report the issues of its place and year, in the reports' order", () => {
    const rows = issuesByReport(reports, issues);
    expect(rows.map((r) => [r.report.file, r.issues.map((i) => i.check)])).toEqual([
      ["suzhou-2022.txt", ["parts_sum"]],
      ["suzhou-2023.txt", []],
      ["huaian-2023.txt", ["share", "title", "share"]],
    ]);
  });

  it("matches each issue to its own report among 30,000 (3,000 places × 10 years)", () => {
    const many = Array.from({ length: 30_000 }, (_, i) =>
      report(`p${Math.floor(i / 10)}`, 2015 + (i % 10)),
    );
    const some = many.filter((_, i) => i % 7 === 0).map((r) => issue(r.place_id, r.year, "rate"));
    const rows = issuesByReport(many, some);
    const flagged = rows.filter((r) => r.issues.length);
    expect(flagged.length).toBe(some.length);
    for (const r of flagged)
      expect(r.issues).toEqual([issue(r.report.place_id, r.report.year, "rate")]);
  });
});

describe("countChecks(issues)", () => {
  it("counts per check, most first", () => {
    expect(countChecks(issues)).toEqual([
      ["share", 2],
      ["parts_sum", 1],
      ["title", 1],
    ]);
  });
});

describe("filterReports(rows, places, filter)", () => {
  const rows = issuesByReport(reports, issues);
  const files = (f: Parameters<typeof filterReports>[2]) =>
    filterReports(rows, places, f).map((r) => [r.report.file, r.issues.length]);

  it("with no filter keeps every report, with or without issues", () => {
    expect(files({ query: "", onlyIssues: false, check: "" })).toEqual([
      ["suzhou-2022.txt", 1],
      ["suzhou-2023.txt", 0],
      ["huaian-2023.txt", 3],
    ]);
  });

  it("only reports with issues", () => {
    expect(files({ query: "", onlyIssues: true, check: "" })).toEqual([
      ["suzhou-2022.txt", 1],
      ["huaian-2023.txt", 3],
    ]);
  });

  it("one check: its issues only, and only the reports that have it", () => {
    for (const onlyIssues of [true, false])
      expect(files({ query: "", onlyIssues, check: "share" })).toEqual([["huaian-2023.txt", 2]]);
  });

  it("searches Chinese and English names, ids and file names, ignoring case", () => {
    for (const q of ["淮安", "HUAI", "huaian", "huaian-2023.txt", " 淮安 "])
      expect(files({ query: q, onlyIssues: false, check: "" }), q).toEqual([
        ["huaian-2023.txt", 3],
      ]);
    expect(files({ query: "2023", onlyIssues: false, check: "" }).length).toBe(2);
    expect(files({ query: "atlantis", onlyIssues: false, check: "" })).toEqual([]);
  });
});
