/**
 * Which period the comparison of places shows, so that it compares like with
 * like: one year (or one month, quarter, half-year, or one window of the same
 * span) for every place, of one kind, in one tier or all. Pure: the overview
 * and the compare embed read the options and the default from here.
 *
 * The default period is the latest one that at least half as many places
 * publish as the best-covered period (and at least two, where any period has
 * two): a fresh year that only a few places have reported yet does not leave
 * the overview with two bars, and an old year with a few more places does
 * not win over a recent one nearly as complete.
 */
import type { Fact } from "../data/fact.ts";
import { PERIOD_KINDS, parsePeriod, type PeriodKind } from "../data/period.ts";
import { compareMetricIds, tierOf, TIERS, type Tier } from "./series.ts";

/** What the comparison shows, as the URL gives it. */
export interface CompareChoice {
  /** The kind of period compared; "year" by default. */
  kind: PeriodKind;
  /**
   * One period of that kind ("2023", "2023-07", "2023-01..09"); "latest": each
   * place's latest year (years only, each bar naming its year); "": the default.
   */
  period: string;
  /** Only one tier of places; "": every tier, each ranked apart. */
  tier: Tier | "";
}

export const DEFAULT_CHOICE: CompareChoice = { kind: "year", period: "", tier: "" };

/** A period the picker offers, with how many places publish the compared metric in it. */
export interface PeriodOption {
  period: string;
  places: number;
}

/** Figures the comparison of `metric` can draw: the place's own whole figure, not a scope or a category. */
function compared(facts: readonly Fact[], metric: string): Fact[] {
  const ids = compareMetricIds(metric);
  return facts.filter((f) => !f.scope && !f.category && ids.includes(f.metric));
}

/** The kinds of period with at least one figure of the metric, in PERIOD_KINDS order. */
export function kindsWithData(facts: readonly Fact[], metric: string): PeriodKind[] {
  const kinds = new Set(compared(facts, metric).map((f) => f.period_kind));
  return PERIOD_KINDS.filter((k) => kinds.has(k));
}

/**
 * Every period of `kind` with a figure of the metric, latest first, with the
 * number of places (of `tier`, or all) that publish it.
 */
export function periodOptions(
  facts: readonly Fact[],
  metric: string,
  kind: PeriodKind,
  tier: Tier | "" = "",
): PeriodOption[] {
  const byPeriod = new Map<string, Set<string>>();
  for (const f of compared(facts, metric)) {
    if (f.period_kind !== kind || (tier && tierOf(f.level) !== tier)) continue;
    let s = byPeriod.get(f.period);
    if (!s) byPeriod.set(f.period, (s = new Set()));
    s.add(f.place_id);
  }
  return [...byPeriod]
    .map(([period, s]) => ({ period, places: s.size }))
    .sort((a, b) => periodOrder(b.period, a.period));
}

/** Periods in time order: by start, then the shorter (earlier end) first. */
function periodOrder(a: string, b: string): number {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  if (!p || !q) return a < b ? -1 : a > b ? 1 : 0;
  return p.start < q.start
    ? -1
    : p.start > q.start
      ? 1
      : p.end < q.end
        ? -1
        : p.end > q.end
          ? 1
          : 0;
}

/**
 * The period shown when none is chosen (options latest first): the latest with
 * at least half the places of the best-covered one, and at least two places
 * where any period has two. Null when there is no option.
 */
export function defaultPeriod(options: readonly PeriodOption[]): string | null {
  if (!options.length) return null;
  const most = Math.max(...options.map((o) => o.places));
  const enough = Math.max(Math.min(2, most), Math.ceil(most / 2));
  return options.find((o) => o.places >= enough)!.period;
}

/** The tiers with figures of the metric in the options' kind (for the level filter). */
export function tiersWithData(facts: readonly Fact[], metric: string): Tier[] {
  const tiers = new Set(compared(facts, metric).map((f) => tierOf(f.level)));
  return TIERS.filter((t) => tiers.has(t));
}

/**
 * The period the comparison draws: the chosen one, "latest" (years only), or
 * the default; `missing` when the chosen period has no figure of the metric
 * (the page says so and shows the default instead).
 */
export function resolvePeriod(
  choice: CompareChoice,
  options: readonly PeriodOption[],
): { period: string | null; missing: string | null } {
  if (choice.period === "latest" && choice.kind === "year")
    return { period: "latest", missing: null };
  if (choice.period && choice.period !== "latest") {
    if (options.some((o) => o.period === choice.period))
      return { period: choice.period, missing: null };
    return { period: defaultPeriod(options), missing: choice.period };
  }
  return { period: defaultPeriod(options), missing: null };
}
