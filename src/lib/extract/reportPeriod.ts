/**
 * The period a report's figures cover, from the whole text: the title's
 * period expression, and the ones that open the body's sentences (“2023年3月,
 * …”, “二季度,…”, “9月份,…”). A month, quarter or 上月 without its year takes
 * it from the text or the page's date (said so, and sent to review); a title
 * and a body that disagree, several candidate periods, a year-to-date figure
 * or no period at all go to review. A cumulative window ending with the
 * month the text also reports (1—6月 beside 6月份) makes a monthly brief whose
 * cumulative figures carry their own period.
 */
import { parsePeriod, periodLabel, type Period } from "../data/period.ts";
import type { ReportDocument } from "./document.ts";
import { findPeriods, resolvePeriod, sameDays, type PageDate, type PeriodExpr } from "./periods.ts";
import { segments } from "./prose.ts";
import type { ReviewItem } from "./types.ts";

export interface PeriodReading {
  period: Period | null;
  evidence: string;
  evidence_zh: string;
}

interface Seen {
  expr: PeriodExpr;
  where: string;
  period: Period | null;
}

/** How far into a sentence a period expression still opens it. */
const OPENER = 14;

/** Period expressions that open the body's sentences (or a heading). */
function openers(doc: ReportDocument): { expr: PeriodExpr; where: string }[] {
  const out: { expr: PeriodExpr; where: string }[] = [];
  const seenHeadings = new Set<number>();
  for (const b of doc.blocks) {
    for (const h of b.headings) {
      if (seenHeadings.has(h.line)) continue;
      seenHeadings.add(h.line);
      for (const e of findPeriods(h.title))
        out.push({ expr: e, where: `heading (line ${h.line})` });
    }
    if (b.kind !== "prose") continue;
    for (const seg of segments(b.text)) {
      const lead = seg.text.replace(/^[\s,]+/, "");
      const first = findPeriods(lead).filter((e) => e.index <= OPENER)[0];
      if (!first) continue;
      // Only an expression that sets the time of the sentence: followed by a comma or a subject.
      const after = lead.slice(first.index + first.length, first.index + first.length + 2);
      if (/^[日号]/.test(after)) continue;
      out.push({
        expr: first,
        where: `“${lead.slice(0, Math.min(lead.length, first.index + first.length + 8))}”`,
      });
    }
  }
  return out;
}

function label(p: Period): string {
  return `${p.text} (${periodLabel(p, "zh")})`;
}

/** The report's period, with how it was found and what a person must check. */
export function readReportPeriod(
  doc: ReportDocument,
  date: PageDate | null,
): { period: PeriodReading; review: ReviewItem[] } {
  const review: ReviewItem[] = [];
  const notes: string[] = [];
  const notesZh: string[] = [];
  const ask = (message: string) =>
    review.push({ kind: "period", keys: [], candidates: [], message });

  const titleExprs = doc.title ? findPeriods(doc.title.text).filter((e) => !e.multiYear) : [];
  const body = openers(doc).filter((o) => !o.expr.multiYear);
  const explicitYears = [...titleExprs, ...body.map((o) => o.expr)]
    .map((e) => e.year)
    .filter((y): y is number => y !== null);
  const textYear = explicitYears[0] ?? null;
  /** A period without its year, in the page's year, or the year before if it would end after the page's date. */
  const fromPageDate = (e: PeriodExpr): Period | null => {
    if (!date) return null;
    const p = resolvePeriod(e, date.year, date);
    const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    return p && p.start > iso ? resolvePeriod(e, date.year - 1, date) : p;
  };
  let fromDate = false;
  const resolve = (e: PeriodExpr): Period | null => {
    if (e.relative) {
      const p = resolvePeriod(e, null, date);
      if (p) fromDate = true;
      return p;
    }
    if (e.year !== null || textYear !== null) return resolvePeriod(e, textYear, date);
    const p = fromPageDate(e);
    if (p) fromDate = true;
    return p;
  };
  const title: Seen[] = titleExprs.map((e) => ({ expr: e, where: "title", period: resolve(e) }));
  const opened: Seen[] = body.map((o) => ({ ...o, period: resolve(o.expr) }));
  const titleP = title.find((s) => s.period)?.period ?? null;
  const bodyPs = distinct(opened.map((s) => s.period).filter((p): p is Period => p !== null));

  let chosen: Period | null = null;
  if (titleP) {
    chosen = titleP;
    notes.push(
      `The title (line ${doc.title!.line}) says ${title[0]!.expr.written}: ${label(titleP)}.`,
    );
    notesZh.push(
      `标题（第${doc.title!.line}行）写“${title[0]!.expr.written}”，即${periodLabel(titleP, "zh")}。`,
    );
    const other = bodyPs.filter((p) => !within(p, titleP) && !cumulativeTo(p, titleP));
    const dominant = other.length && !bodyPs.some((p) => sameDays(p, titleP)) ? other[0]! : null;
    if (dominant) {
      chosen = dominant;
      ask(
        `The title says ${label(titleP)}, but the body's sentences open with ${bodyPs.map(label).join(", ")}: drafted as ${label(dominant)}. Check the period.`,
      );
      notes.push(`The body's sentences say ${label(dominant)}, which the draft follows.`);
      notesZh.push(`正文各句以${periodLabel(dominant, "zh")}开头，草稿按正文。`);
    }
  } else if (bodyPs.length) {
    const month = bodyPs.find(
      (p) => p.kind === "month" && bodyPs.every((q) => sameDays(q, p) || cumulativeTo(q, p)),
    );
    chosen = month ?? mostFrequent(opened);
    const where = opened.find((s) => s.period && sameDays(s.period, chosen!))!;
    notes.push(
      `The text has no period in a title; the body opens with ${where.expr.written} (${where.where}): ${label(chosen)}.`,
    );
    notesZh.push(`无标题期间；正文以“${where.expr.written}”开头，即${periodLabel(chosen, "zh")}。`);
    if (month && bodyPs.length > 1)
      notes.push(
        `The cumulative figures (${bodyPs
          .filter((p) => p !== month)
          .map(label)
          .join(", ")}) carry their own period.`,
      );
    else if (bodyPs.length > 1)
      ask(
        `The body's sentences name several periods (${bodyPs.map(label).join(", ")}): drafted as ${label(chosen)}. Check the report's period and each figure's.`,
      );
  }
  if (chosen && fromDate) {
    const d = date!;
    notes.push(
      `The year or month is not stated with the period; it was taken from the page's date ${d.year}-${d.month}-${d.day}.`,
    );
    notesZh.push(`期间未写明年份或月份，取自页面日期 ${d.year}-${d.month}-${d.day}。`);
    ask(
      `The period ${label(chosen)} was completed from the page's date (${d.year}-${d.month}-${d.day}): check it.`,
    );
  }
  if (
    chosen &&
    opened.some((s) => s.expr.relative === "ytd" && s.period && sameDays(s.period, chosen!))
  )
    ask(
      `“今年以来” (year to date) was read up to the month of the page's date: check the last month or day covered.`,
    );
  if (!chosen) {
    const y = textYear;
    ask(
      y === null
        ? "No period found in the title or the body: give the report's period."
        : `No period opens the report's sentences; the text names the year ${y}. Give the report's period.`,
    );
    if (y !== null) chosen = parsePeriod(String(y));
    notes.push("No period found with confidence.");
    notesZh.push("未能确定期间。");
  }
  return {
    period: { period: chosen, evidence: notes.join(" "), evidence_zh: notesZh.join("") },
    review,
  };
}

function distinct(ps: Period[]): Period[] {
  const out: Period[] = [];
  for (const p of ps) if (!out.some((q) => sameDays(p, q))) out.push(p);
  return out;
}

/** Is `a` inside `b` (a month of the reported quarter)? */
function within(a: Period, b: Period): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/** Is `a` the cumulative window from January to the end of `b` (1—6月 beside 6月)? */
function cumulativeTo(a: Period, b: Period): boolean {
  return (
    a.start.slice(5) === "01-01" && a.start.slice(0, 4) === b.start.slice(0, 4) && a.end === b.end
  );
}

function mostFrequent(seen: Seen[]): Period {
  const counts: { p: Period; n: number }[] = [];
  for (const s of seen) {
    if (!s.period) continue;
    const c = counts.find((x) => sameDays(x.p, s.period!));
    if (c) c.n++;
    else counts.push({ p: s.period, n: 1 });
  }
  // Ties: the latest period (a story looks back from its own time).
  return counts.sort((a, b) => b.n - a.n || (b.p.end > a.p.end ? 1 : -1))[0]!.p;
}
