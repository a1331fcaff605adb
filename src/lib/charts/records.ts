/**
 * What a chart's CSV download holds: one record per figure the chart shows,
 * one typed field per column, values exactly as published (numbers, never
 * display text like "45.5万"). Every spec returns its records beside its
 * display rows; one writer turns them into CSV (UTF-8 with BOM, so Excel on
 * Chinese Windows reads the names; injection-safe).
 */
import { numberCell, toCsv } from "../data/csv.ts";
import { placeName, type Fact, type Level } from "../data/fact.ts";
import { DIMENSION_LABELS, SCOPE_LABELS, type Scope, type Unit } from "../data/metrics.ts";
import type { PeriodKind } from "../data/period.ts";
import { derivationHow, isReported } from "../format/derivation.ts";
import type { Lang } from "../format/number.ts";
import { definitionLabel } from "./series.ts";

export interface ChartRecord {
  place_id: string;
  /** The place's name in the page's language. */
  place: string;
  level: Level;
  period: string;
  period_kind: PeriodKind;
  /** The metric id (metrics.ts). */
  metric: string;
  /** Which definition the value uses, in the page's language (30秒人工接通率, 话务代表服务满意率（咨询类）…). */
  definition: string;
  /** The report's own wording of the figure. */
  term_zh: string;
  scope: Scope | "";
  /** A ranked category's name and rank (top_category), else "" and null. */
  category: string;
  rank: number | null;
  /** Exactly as published (or as derived, see `derivation`). */
  value: number;
  unit: Unit;
  /** The report's own share of a ranked category, in percent; null when it gives none. */
  share: number | null;
  derivation: "reported" | "derived";
  /** How a derived value was computed, in the page's language; "" when reported. */
  derivation_how: string;
  source: string;
}

/** Column order of a chart's CSV: the record's fields. */
export const RECORD_COLUMNS = [
  "place_id",
  "place",
  "level",
  "period",
  "period_kind",
  "metric",
  "definition",
  "term_zh",
  "scope",
  "category",
  "rank",
  "value",
  "unit",
  "share",
  "derivation",
  "derivation_how",
  "source",
] as const satisfies readonly (keyof ChartRecord)[];

/** A figure's definition as a chart names it; a ranked category names its ranking. */
function recordDefinition(f: Fact, lang: Lang): string {
  if (f.metric === "top_category" && f.dimension)
    return `${DIMENSION_LABELS[f.dimension][lang]} · ${
      f.scope ? SCOPE_LABELS[f.scope][lang] : SCOPE_LABELS.all[lang]
    }`;
  return definitionLabel(f, lang);
}

/** One figure as a record, in the page's language. */
export function factRecord(f: Fact, lang: Lang): ChartRecord {
  return {
    place_id: f.place_id,
    place: placeName({ zh: f.place_zh, en: f.place_en }, lang),
    level: f.level,
    period: f.period,
    period_kind: f.period_kind,
    metric: f.metric,
    definition: recordDefinition(f, lang),
    term_zh: f.term_zh,
    scope: f.scope,
    category: f.category,
    rank: f.rank,
    value: f.value,
    unit: f.unit,
    share: f.share,
    derivation: isReported(f.derivation) ? "reported" : "derived",
    derivation_how: derivationHow(f.derivation, lang).text,
    source: f.source,
  };
}

/** Figures as records, each once (a figure drawn twice is one row). */
export function factRecords(facts: readonly Fact[], lang: Lang): ChartRecord[] {
  const seen = new Set<Fact>();
  const out: ChartRecord[] = [];
  for (const f of facts) {
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(factRecord(f, lang));
  }
  return out;
}

function cells(r: ChartRecord): string[] {
  return RECORD_COLUMNS.map((c) => {
    const v = r[c];
    return typeof v === "number" ? numberCell(v) : v === null ? "" : v;
  });
}

/** Records as CSV text: a header of field names, then one row per record. */
export function recordsToCsv(records: readonly ChartRecord[]): string {
  return toCsv([[...RECORD_COLUMNS], ...records.map(cells)]);
}
