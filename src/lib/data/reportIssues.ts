/**
 * The data quality view's list: each report with the issues the build found
 * in it, counted by check, and filtered by a search and a check. Linear in
 * reports plus issues, so 30,000 reports cost no more than reading them.
 */
import type { ManifestPlace, ManifestReport } from "./manifest.ts";
import type { QualityCheck, QualityIssue } from "./quality.ts";

export interface ReportIssues {
  report: ManifestReport;
  issues: QualityIssue[];
}

/** Every report, in the order given, with the issues of its place and year. */
export function issuesByReport(
  reports: readonly ManifestReport[],
  issues: readonly QualityIssue[],
): ReportIssues[] {
  // An issue names its report, or the place and period of its figures (older
  // files: the place and year).
  const at = new Map<string, QualityIssue[]>();
  for (const i of issues) {
    const k = i.report ? `report|${i.report}` : `${i.place_id}|${i.period ?? i.year}`;
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  }
  return reports.map((report) => ({
    report,
    issues: [
      ...(report.id ? (at.get(`report|${report.id}`) ?? []) : []),
      ...(at.get(`${report.place_id}|${report.period ?? report.year}`) ?? []),
    ],
  }));
}

/** How many issues each check found, most first (ties in a fixed order). */
export function countChecks(issues: readonly QualityIssue[]): [QualityCheck, number][] {
  const n = new Map<QualityCheck, number>();
  for (const i of issues) n.set(i.check, (n.get(i.check) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface ReportFilter {
  /** Matched, ignoring case, against the place's names and id and the report's file. */
  query: string;
  /** Keep only reports with at least one issue. */
  onlyIssues: boolean;
  /** Keep only the reports with an issue of this check, and only those issues; "" for all. */
  check: QualityCheck | "";
}

/**
 * The reports to list. With a check chosen, only the reports where it found
 * something, each with that check's issues alone.
 */
export function filterReports(
  rows: readonly ReportIssues[],
  places: readonly ManifestPlace[],
  f: ReportFilter,
): ReportIssues[] {
  const q = f.query.trim().toLowerCase();
  const byId = new Map(places.map((p) => [p.id, p]));
  const out: ReportIssues[] = [];
  for (const row of rows) {
    const issues = f.check ? row.issues.filter((i) => i.check === f.check) : row.issues;
    if ((f.onlyIssues || f.check) && !issues.length) continue;
    if (q) {
      const p = byId.get(row.report.place_id);
      const hay = [row.report.place_id, row.report.file, p?.zh ?? "", p?.en ?? ""];
      if (!hay.some((s) => s.toLowerCase().includes(q))) continue;
    }
    out.push(issues === row.issues ? row : { report: row.report, issues });
  }
  return out;
}
