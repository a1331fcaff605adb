/**
 * `npm run extract` end to end, on an invented report (extract-fixtures/
 * invented-report.txt): the draft validates with the source reader, the
 * review list is written, and `--csv` prints rows of the published table.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readReport } from "../../scripts/build/source.ts";
import { datasetPlaces } from "../../scripts/build/read.ts";
import { FACT_COLUMNS } from "../../src/lib/data/fact.ts";

const root = resolve(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const fixture = join(import.meta.dirname, "extract-fixtures", "invented-report.txt");
const tmp = mkdtempSync(join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [tsx, "scripts/extract.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const places = datasetPlaces();

describe("npm run extract -- report.txt --out DIR --csv", () => {
  const input = join(tmp, "invented-report.txt");
  copyFileSync(fixture, input);
  const out = join(tmp, "out");
  const r = run(input, "--out", out, "--csv");

  it("exits 0 and summarises on stderr", () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/invented-report\.txt: suzhou 2024 — \d+ figures drafted/);
  });

  it("writes a draft that validates as a report of scripts/facts/reports", () => {
    const text = readFileSync(join(out, "invented-report.draft.yaml"), "utf8");
    expect(text.startsWith("# DRAFT")).toBe(true);
    const problems: string[] = [];
    const report = readReport(
      parse(text),
      "invented-report.draft.yaml",
      new Set(places.map((p) => p.id)),
      problems,
    );
    // Only what the text cannot say is left for review: the page's address and kind, and the
    // Chinese of the extractor's (English) notes, which a reviewer writes.
    const chinese = /: “note” has no Chinese \(add “note_zh”\)$|but no “notes_zh”/;
    expect(problems.filter((p) => !chinese.test(p))).toHaveLength(2);
    expect(problems.every((p) => chinese.test(p) || /source: (url|kind) must be/.test(p))).toBe(
      true,
    );
    expect(report).toMatchObject({
      file: "invented-report.txt",
      place: "suzhou",
      year: 2024,
      title_place_zh: "苏州",
    });
    const byMetric = Object.fromEntries(
      report!.facts.filter((f) => !f.category).map((f) => [`${f.metric}|${f.scope}`, f.value]),
    );
    expect(byMetric).toEqual({
      "demand_total|": "2345678",
      "demand_phone|": "2040000",
      "demand_internet|": "305678",
      "demand_public|": "2300000",
      "demand_enterprise|": "45678",
      "demand_consultation|": "1200000",
      "demand_non_consultation|": "1145678",
      "answered_online|": "1530000",
      "dispatched|": "815678",
      "calls_answered|": "2100000",
      "connection_rate|": "95.5",
      "avg_wait_seconds|": "12.5",
      "avg_talk_seconds|": "150",
      "satisfaction_overall|": "98.76",
      "satisfaction_agent|": "99.3",
      "on_time_rate|": "99.12",
      "avg_handling_workdays|consultation": "0.5",
      "avg_handling_workdays|non_consultation": "2.5",
      "seats_total|": "321",
      "seats_per_100k|": "2.5",
    });
    expect(report!.facts.filter((f) => f.metric === "top_category")).toHaveLength(5);
    const total = report!.facts.find((f) => f.metric === "demand_total")!;
    expect(total.also.map((a) => a.value)).toEqual(["2345678"]);
  });

  it("writes the review list with the line of every figure and what was not recorded", () => {
    const md = readFileSync(join(out, "invented-report.review.md"), "utf8");
    expect(md).toMatch(/^# Review: invented-report\.txt/);
    expect(md).toMatch(/\| demand_total \| 2345678 \|/);
    expect(md).toMatch(/line 10: demand_total 321 — about “尚贤”人才服务/);
  });

  it("prints the figures as rows of the published long table with --csv", () => {
    expect(r.stdout.startsWith("\ufeff")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FACT_COLUMNS]);
    const total = parsed.data.find((row) => row.metric === "demand_total")!;
    expect(total).toMatchObject({
      place_id: "suzhou",
      year: "2024",
      value: "2345678",
      unit: "count",
      derivation: "reported",
    });
    expect(total.source).toMatch(/^invented-report\.txt § 二、数据公开/);
  });
});

describe("npm run extract on a place the dataset does not know", () => {
  it("drafts a place entry to review and still writes the draft", () => {
    const input = join(tmp, "new-place.txt");
    writeFileSync(
      input,
      readFileSync(fixture, "utf8")
        .replace("“苏州 12345”", "“示例县 12345”")
        .replaceAll("全市", "全县"),
    );
    const r = run(input, "--out", tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/示例县 \(new place\)/);
    const md = readFileSync(join(tmp, "new-place.review.md"), "utf8");
    expect(md).toMatch(/zh: 示例县\n {2}en: TODO\n {2}level: county/);
    expect(parse(readFileSync(join(tmp, "new-place.draft.yaml"), "utf8")).place).toBe("TODO");
  });

  it("explains its usage when no report is given", () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run extract/);
  });
});
