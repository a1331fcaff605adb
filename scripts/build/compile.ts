/**
 * Reviewed source → the long table: one Fact per figure, the earlier-year counts
 * implied by year-on-year remarks (marked derived), and the data-quality report.
 */
import { factKey, placeColumns, type Fact, type Place } from "../../src/lib/data/fact.ts";
import { METRICS, metricInfo } from "../../src/lib/data/metrics.ts";
import { parseValue } from "../../src/lib/data/parseValue.ts";
import { checkFacts, type QualityIssue } from "../../src/lib/data/quality.ts";
import { parseYoy, previousFromYoy, previousUncertainty } from "../../src/lib/data/yoy.ts";
import { parsePeriod, shiftYears, type Period } from "../../src/lib/data/period.ts";
import { shortName } from "../../src/lib/places/names.ts";
import {
  SOURCE_KINDS,
  SourceError,
  type SourceFact,
  type SourceRecord,
  type SourceReport,
} from "./source.ts";

export interface ReportSummary {
  /** The source record's id, which facts name in their `source` column before “ § section”. */
  id: string;
  file: string;
  place_id: string;
  year: number;
  period: string;
  period_kind: Period["kind"];
  /** Title, issuer, date, URL and kind of the publication; null where not yet recorded. */
  source: SourceRecord | null;
  place_as_written: string;
  period_evidence: string;
  period_evidence_zh: string;
  title_place_zh: string;
  place_evidence: string;
  /** "" when the source gives it in English only. */
  place_evidence_zh: string;
  reported: number;
  derived: number;
}

export interface Compiled {
  places: Place[];
  facts: Fact[];
  quality: QualityIssue[];
  reports: ReportSummary[];
}

/**
 * A figure's note in both languages, built sentence by sentence: English
 * sentences joined by a space, Chinese ones run on (they end in “。”).
 */
class Notes {
  en: string;
  zh: string;
  constructor(from: { note: string; note_zh: string } = { note: "", note_zh: "" }) {
    this.en = from.note;
    this.zh = from.note_zh;
  }
  add(en: string, zh: string): void {
    if (!en && !zh) return;
    this.en = [this.en, en].filter(Boolean).join(" ");
    this.zh = [this.zh, zh].filter(Boolean).join(/[。）)”]$/.test(this.zh) ? "" : " ");
  }
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 4 });
const num = (s: string) => {
  const p = parseValue(s);
  if (p.kind !== "number") throw new Error(`not a number: ${s}`);
  return p;
};

/** Stable order: place, year, metric catalogue order, then dimension, scope, rank. */
function compareFacts(a: Fact, b: Fact): number {
  const order = (m: string) => (metricInfo(m) ? METRIC_ORDER.get(m)! : 999);
  return (
    a.place_id.localeCompare(b.place_id) ||
    a.year - b.year ||
    a.period.localeCompare(b.period) ||
    order(a.metric) - order(b.metric) ||
    a.dimension.localeCompare(b.dimension) ||
    a.scope.localeCompare(b.scope) ||
    (a.rank ?? 0) - (b.rank ?? 0) ||
    a.category.localeCompare(b.category)
  );
}
const METRIC_ORDER = new Map(METRICS.map((m, i) => [m.id, i]));

export function compile(places: Place[], reports: SourceReport[]): Compiled {
  const byId = new Map(places.map((p) => [p.id, p]));
  const facts: Fact[] = [];
  const quality: QualityIssue[] = [];
  const tolerances = new Map<string, number>();
  const seen = new Map<string, { report: string; at: string; fact: Fact }>();
  const problems: string[] = [];
  const summaries: ReportSummary[] = [];

  // Official publications first, so a figure two sources print is cited from the office's own.
  const authority = (r: SourceReport) => SOURCE_KINDS.indexOf(r.source?.kind ?? "official");
  const sorted = [...reports].sort(
    (a, b) => authority(a) - authority(b) || a.id.localeCompare(b.id),
  );
  const ids = new Map<string, string>();
  for (const r of sorted) {
    if (ids.has(r.id)) problems.push(`${r.path}: source id “${r.id}” is also ${ids.get(r.id)}`);
    ids.set(r.id, r.path);
  }
  for (const r of sorted) {
    const place = byId.get(r.place)!;
    const base = placeColumns(place);
    const period = parsePeriod(r.period)!;
    const at = { place_id: place.id, year: r.year, period: r.period, report: r.id };
    let reported = 0;

    // The title may name the place with its parent (连云港东海) or in short (南通): only a
    // title that does not hold the place's short name at all is a finding.
    if (r.title_place_zh && !r.title_place_zh.includes(shortName(place.zh))) {
      quality.push({
        ...at,
        check: "title",
        metrics: [],
        message_zh: `报告标题写作“${r.title_place_zh}”，正文所述为${place.zh}；按正文记录。`,
        message_en: `The report's title names ${r.title_place_zh}, but its body is about ${place.zh} (${place.en}); recorded as ${place.en}.`,
      });
    }
    r.notes.forEach((n, i) => {
      // The source check pairs every note with its Chinese; one without (a draft) stays as written.
      const zh = r.notes_zh[i] ?? n;
      quality.push({ ...at, check: "note", metrics: [], message_zh: zh, message_en: n });
    });

    r.facts.forEach((sf, i) => {
      const info = metricInfo(sf.metric)!;
      const parts = sf.sum_of.map((p) => num(p.value));
      const parsed = sf.sum_of.length ? null : num(sf.value);
      const value = parsed ? parsed.value : parts.reduce((s, p) => s + p.value, 0);
      const notes = new Notes();
      if (parsed && parsed.scale)
        notes.add(
          `Reported as ${sf.value}, i.e. rounded to ${fmt(parsed.tolerance * 2)}.`,
          `报告写作 ${sf.value}，即精确到 ${fmt(parsed.tolerance * 2)}。`,
        );
      notes.add(sf.note, sf.note_zh || sf.note);
      const own = sf.period ? parsePeriod(sf.period)! : period;
      const fact: Fact = {
        ...base,
        year: own.year,
        period: own.text,
        period_kind: own.kind,
        metric: sf.metric,
        category: sf.category,
        rank: sf.rank,
        dimension: sf.dimension,
        scope: sf.scope,
        value,
        share: sf.share ? num(sf.share).value : null,
        unit: info.unit,
        term_zh: sf.term_zh,
        derivation: sf.sum_of.length
          ? `derived: sum of ${sf.sum_of.map((p) => `${p.term_zh} ${fmt(num(p.value).value)}${p.yoy_text ? ` (${p.yoy_text})` : ""}`).join(" + ")}`
          : "reported",
        yoy_text: sf.yoy_text,
        source: `${r.id} § ${sf.section}`,
        note: notes.en,
        note_zh: notes.zh,
      };
      const key = factKey(fact);
      const prior = seen.get(key);
      if (prior && prior.report === r.id) {
        problems.push(
          `${r.path}: facts[${i}] (${sf.metric}): duplicate figure, same as ${prior.at}`,
        );
        return;
      }
      if (prior) {
        // The same figure published again by another source: the more
        // authoritative source keeps it (reports are read official first), the
        // other is named in its note, and a different value is a finding.
        const slack = (tolerances.get(key) ?? 0) + (parsed?.tolerance ?? 0) + 1e-9;
        if (Math.abs(prior.fact.value - value) <= slack) {
          const also = new Notes(prior.fact);
          also.add(`Also published in ${r.id} (${sf.section}).`, `另见 ${r.id}（${sf.section}）。`);
          prior.fact.note = also.en;
          prior.fact.note_zh = also.zh;
        } else
          quality.push({
            ...at,
            year: fact.year,
            check: "mention",
            metrics: [fact.metric],
            message_zh: `${r.id}（${sf.section}）所载“${sf.term_zh}”为 ${sf.value}，而 ${prior.fact.source} 为 ${fmt(prior.fact.value)}；采用后者。`,
            message_en: `${r.id} (${sf.section}) gives “${sf.term_zh}” as ${sf.value}, but ${prior.fact.source} gives ${fmt(prior.fact.value)}; the latter is used.`,
          });
        return;
      }
      seen.set(key, { report: r.id, at: `${r.path}: facts[${i}]`, fact });
      if (parsed && parsed.scale) tolerances.set(key, parsed.tolerance);
      if (sf.share) tolerances.set(`${key}|share`, num(sf.share).tolerance);
      facts.push(fact);
      reported++;
      quality.push(...checkMentions(sf, fact, value, parsed?.tolerance ?? 0));
    });

    summaries.push({
      id: r.id,
      file: r.file,
      place_id: place.id,
      year: r.year,
      period: period.text,
      period_kind: period.kind,
      source: r.source,
      place_as_written: r.place_as_written,
      period_evidence: r.period_evidence.replace(/\s+/g, " "),
      period_evidence_zh: r.period_evidence_zh.replace(/\s+/g, " "),
      title_place_zh: r.title_place_zh,
      place_evidence: r.place_evidence.replace(/\s+/g, " "),
      place_evidence_zh: r.place_evidence_zh.replace(/\s+/g, " "),
      reported,
      derived: 0,
    });
  }
  if (problems.length) throw new SourceError(problems);

  const derived = deriveEarlierYears(facts, reports);
  for (const d of derived) {
    const later = shiftYears(parsePeriod(d.period)!, 1).text;
    const s = summaries.find((x) => x.place_id === d.place_id && x.period === later);
    if (s) s.derived++;
  }
  const all = [...facts, ...derived].sort(compareFacts);
  quality.push(...checkFacts(all, tolerances));
  quality.sort((a, b) => a.place_id.localeCompare(b.place_id) || a.year - b.year);
  summaries.sort(
    (a, b) =>
      a.place_id.localeCompare(b.place_id) || a.year - b.year || a.period.localeCompare(b.period),
  );
  return { places, facts: all, quality, reports: summaries };
}

/** A figure's other mentions in the same report must agree with it. */
function checkMentions(sf: SourceFact, fact: Fact, value: number, tol: number): QualityIssue[] {
  const out: QualityIssue[] = [];
  const at = {
    place_id: fact.place_id,
    year: fact.year,
    check: "mention" as const,
    metrics: [fact.metric],
  };
  for (const m of sf.also) {
    const p = num(m.value);
    const slack = tol + p.tolerance + 1e-9;
    const ok = p.lowerBound ? value + slack >= p.value : Math.abs(p.value - value) <= slack;
    if (!ok) {
      out.push({
        ...at,
        message_zh: `“${m.term_zh}”（${m.section}）为 ${m.value}，而“${fact.term_zh}”为 ${fmt(value)}。`,
        message_en: `“${m.term_zh}” (${m.section}) is given as ${m.value}, but “${fact.term_zh}” as ${fmt(value)}.`,
      });
    }
    const y1 = parseYoy(fact.yoy_text);
    const y2 = parseYoy(m.yoy_text);
    if (
      y1?.amount != null &&
      y2?.amount != null &&
      (y1.amount !== y2.amount || y1.direction !== y2.direction)
    ) {
      out.push({
        ...at,
        message_zh: `同比变化不一致：表中为“${fact.yoy_text}”，“${m.section}”为“${m.yoy_text}”。`,
        message_en: `The year-on-year change differs: “${fact.yoy_text}” in the table, “${m.yoy_text}” in ${m.section}.`,
      });
    }
  }
  return out;
}

/**
 * Where a count carries its percent change on the year before, the implied
 * earlier count is added as a derived row. Rates are never derived: "↑0.32%"
 * on a rate may mean points or percent.
 */
const NOT_YEAR_ON_YEAR = /环比|上月|上期|上周|上季度|较上/;

function deriveEarlierYears(facts: Fact[], reports: SourceReport[]): Fact[] {
  const reportedKeys = new Set(facts.map(factKey));
  const noDerive = new Set<string>();
  for (const r of reports)
    for (const f of r.facts)
      if (f.no_derive) noDerive.add(`${r.place}|${f.period || r.period}|${f.metric}|${f.scope}`);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.unit !== "count" || f.metric === "top_category" || f.derivation !== "reported") continue;
    if (noDerive.has(`${f.place_id}|${f.period}|${f.metric}|${f.scope}`)) continue;
    // Only a change on the same period a year before implies an earlier figure:
    // 环比 and “上月” compare with the month before.
    if (NOT_YEAR_ON_YEAR.test(f.yoy_text)) continue;
    const yoy = parseYoy(f.yoy_text);
    const prev = previousFromYoy(f.value, yoy);
    if (prev === null || !yoy) continue;
    const earlier = shiftYears(parsePeriod(f.period)!, -1);
    const d: Fact = {
      ...f,
      year: earlier.year,
      period: earlier.text,
      value: prev,
      yoy_text: "",
      derivation: `derived: ${fmt(f.value)} ÷ (1 ${yoy.direction === -1 ? "−" : "+"} ${yoy.amount}%) from the ${f.period} report's year-on-year change`,
      note: `Implied by the ${f.period} figure (${fmt(f.value)}) and its change “${f.yoy_text}”; rounded to a whole number, accurate to about ±${fmt(previousUncertainty(f.value, yoy))} because the report rounds the change.`,
      note_zh: `由 ${f.period} 的数字（${fmt(f.value)}）及其变化“${f.yoy_text}”推算，取整；因报告的变化率经过四舍五入，误差约 ±${fmt(previousUncertainty(f.value, yoy))}。`,
    };
    if (reportedKeys.has(factKey(d))) continue;
    out.push(d);
  }
  return out;
}
