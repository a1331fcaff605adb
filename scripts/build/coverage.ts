/**
 * What the dataset holds, for the README's data section and the data page:
 * places by level, yearly place-years, other periods by kind, reports by the
 * kind of their source, and places followed over several years.
 */
import type { Fact, Level, Place } from "../../src/lib/data/fact.ts";
import { LEVELS } from "../../src/lib/data/fact.ts";
import { PERIOD_KINDS, type PeriodKind } from "../../src/lib/data/period.ts";
import { SOURCE_KINDS, type SourceKind } from "../../src/lib/data/citation.ts";
import type { ReportSummary } from "./compile.ts";

export interface Coverage {
  /** Places with at least one published figure, by level. */
  places: Record<Level, number>;
  placesTotal: number;
  /** Place-years with published (not derived) yearly figures. */
  placeYears: number;
  /** Places with published yearly figures for three or more years. */
  placesWithThreeYears: string[];
  /** Place-periods with published figures, by kind of period (other than years). */
  placePeriods: Record<Exclude<PeriodKind, "year">, number>;
  reports: number;
  reportsByKind: Record<SourceKind, number>;
  figures: { reported: number; derived: number };
  years: { first: number; last: number };
}

export function coverage(
  places: readonly Place[],
  facts: readonly Fact[],
  reports: readonly ReportSummary[],
): Coverage {
  const reported = facts.filter((f) => f.derivation === "reported");
  const placeIds = new Set(reported.map((f) => f.place_id));
  const level = new Map(places.map((p) => [p.id, p.level]));
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const id of placeIds) byLevel[level.get(id)!]++;
  const years = new Map<string, Set<number>>();
  const periods = new Map<string, Set<string>>();
  for (const f of reported) {
    if (f.period_kind === "year") {
      if (!years.has(f.place_id)) years.set(f.place_id, new Set());
      years.get(f.place_id)!.add(f.year);
    } else {
      if (!periods.has(f.period_kind)) periods.set(f.period_kind, new Set());
      periods.get(f.period_kind)!.add(`${f.place_id}|${f.period}`);
    }
  }
  const placePeriods = Object.fromEntries(
    PERIOD_KINDS.filter((k) => k !== "year").map((k) => [k, periods.get(k)?.size ?? 0]),
  ) as Coverage["placePeriods"];
  const reportsByKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<
    SourceKind,
    number
  >;
  for (const r of reports) reportsByKind[r.source?.kind ?? "official"]++;
  const allYears = reported.map((f) => f.year);
  return {
    places: byLevel,
    placesTotal: placeIds.size,
    placeYears: [...years.values()].reduce((s, y) => s + y.size, 0),
    placesWithThreeYears: [...years]
      .filter(([, y]) => y.size >= 3)
      .map(([id]) => id)
      .sort(),
    placePeriods,
    reports: reports.length,
    reportsByKind,
    figures: { reported: reported.length, derived: facts.length - reported.length },
    // A loop, not Math.min(...): spreading 300,000 years overflows the stack (the bench's data).
    years: {
      first: allYears.reduce((a, b) => Math.min(a, b), Infinity),
      last: allYears.reduce((a, b) => Math.max(a, b), -Infinity),
    },
  };
}
