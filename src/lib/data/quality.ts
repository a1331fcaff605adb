/**
 * Consistency checks on a set of facts: parts against totals, shares against
 * counts, rates against the counts they come from, rankings in order. The
 * build runs them on the published reports and the CSV preview on a user's
 * file. They report; they never change a figure.
 */
import { groupDigits } from "../format/number.ts";
import { factKey, type Fact } from "./fact.ts";

export type QualityCheck =
  "parts_sum" | "share" | "rate" | "rank_order" | "category_sum" | "mention" | "title" | "note";

export interface QualityIssue {
  place_id: string;
  year: number;
  /** The period of the figures concerned ("2023", "2023-07"); absent in older files. */
  period?: string;
  /** The source record the issue is about, when it concerns one report (its notes, its title). */
  report?: string;
  check: QualityCheck;
  /** Metric ids the issue is about, for markers on the affected figures. */
  metrics: string[];
  /** For top_category issues: the categories concerned. */
  categories?: string[];
  message_zh: string;
  message_en: string;
}

/**
 * Rounding tolerance of a fact's value by fact key (and of its share by
 * `${key}|share`); default ±0.5 of the last digit stored.
 */
export type Tolerances = ReadonlyMap<string, number>;

// As Intl.NumberFormat("en-US") writes it, without loading ICU's number data (number.ts).
const fmt = (n: number) => groupDigits(n, 0, 4);

/** Half a unit of the last decimal digit of `n` as it is stored. */
export function roundingTolerance(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  const decimals = i < 0 ? 0 : s.length - i - 1;
  return 0.5 * 10 ** -decimals;
}

interface PartsRule {
  total: string;
  parts: string[];
  minParts: number;
  /**
   * With fewer parts than this, parts that fall well short of the total (by 1% or more)
   * are no finding: a report that names two of its channels does not claim they are all
   * of them. A near miss, or parts that exceed the total, is always a finding.
   */
  minPartsForShortfall?: number;
  zh: string;
  en: string;
}

const PARTS_RULES: PartsRule[] = [
  {
    total: "demand_total",
    parts: ["demand_phone", "demand_internet", "demand_transfer", "demand_other"],
    minParts: 2,
    minPartsForShortfall: 3,
    zh: "各受理渠道之和",
    en: "The channels",
  },
  {
    total: "demand_total",
    parts: ["demand_public", "demand_enterprise"],
    minParts: 2,
    zh: "群众诉求与企业诉求之和",
    en: "Public plus enterprise requests",
  },
  {
    total: "demand_total",
    parts: ["demand_consultation", "demand_non_consultation"],
    minParts: 2,
    zh: "咨询类与非咨询类之和",
    en: "Consultations plus non-consultations",
  },
  {
    total: "demand_total",
    parts: ["answered_online", "dispatched"],
    minParts: 2,
    zh: "在线解答与部门办理之和",
    en: "Answered directly plus sent to departments",
  },
];

const SCOPE_TOTAL: Record<string, string> = {
  all: "demand_total",
  consultation: "demand_consultation",
  non_consultation: "demand_non_consultation",
};

function groupByPlaceYear(facts: readonly Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    // Figures of different periods are never checked against each other.
    const k = `${f.place_id}|${f.period ?? f.year}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(f);
  }
  return groups;
}

/**
 * Every metric the plain checks read, in a fixed order: the checks ask for
 * figures by their position here, so a table of columns can answer with an
 * array read instead of a lookup by name.
 */
export const CHECKED_METRICS: readonly string[] = [
  ...new Set([
    ...PARTS_RULES.flatMap((r) => [r.total, ...r.parts]),
    "online_answer_rate",
    "answered_online",
  ]),
];
const at = (m: string) => CHECKED_METRICS.indexOf(m);
const RULES = PARTS_RULES.map((r) => ({ ...r, t: at(r.total), p: r.parts.map(at) }));
const TOTAL = at("demand_total");
const RATE = at("online_answer_rate");
const ONLINE = at("answered_online");

/**
 * The plain figures of one place and year (no scope, no category), as the
 * checks read them. The build and the CSV preview's long tables hold facts;
 * the preview's wide tables hold columns of numbers; both answer this.
 */
export interface PlainFigures {
  /** The value of CHECKED_METRICS[i], NaN when it is not there. */
  value(i: number): number;
  /** How far its true value may lie from the one written (rounding). */
  tolerance(i: number): number;
  /** The wording a figure was published under. */
  term(metric: string): string;
  /** Every count figure present (what a sum may equal instead of its total). */
  counts(): Iterable<{ metric: string; value: number }>;
}

/**
 * The checks that need only plain figures: parts against totals, and the
 * direct answer rate against its counts. Appends to `issues` while it holds
 * fewer than `max` (further issues are only counted); returns how many it found.
 */
export function checkPlain(
  place: { place_id: string; year: number; period?: string },
  plain: PlainFigures,
  issues: QualityIssue[],
  max = Infinity,
): number {
  let found = 0;
  const total = plain.value(TOTAL);
  if (!Number.isNaN(total)) {
    for (const rule of RULES) {
      let sum = 0;
      let parts = 0;
      let slack = 0;
      for (const p of rule.p) {
        const v = plain.value(p);
        if (Number.isNaN(v)) continue;
        sum += v;
        slack += plain.tolerance(p);
        parts++;
      }
      if (parts < rule.minParts) continue;
      const diff = sum - total;
      slack += plain.tolerance(rule.t);
      if (Math.abs(diff) <= slack) continue;
      if (diff < 0 && parts < (rule.minPartsForShortfall ?? 0) && -diff >= total * 0.01) continue;
      found++;
      if (issues.length >= max) continue;
      const names = rule.parts.filter((p) => !Number.isNaN(plain.value(at(p))));
      let equalTo: { metric: string; value: number } | undefined;
      for (const c of plain.counts())
        if (
          c.metric !== rule.total &&
          !names.includes(c.metric) &&
          Math.abs(c.value - sum) <= slack
        ) {
          equalTo = c;
          break;
        }
      issues.push({
        ...place,
        check: "parts_sum",
        metrics: [rule.total, ...names],
        message_zh:
          `${rule.zh}为 ${fmt(sum)}，与${plain.term(rule.total) || "诉求总量"} ${fmt(total)} 相差 ${fmt(diff)}` +
          (equalTo ? `；恰等于${plain.term(equalTo.metric)}（${fmt(equalTo.value)}）` : "") +
          "。",
        message_en:
          `${rule.en} add up to ${fmt(sum)}, ${fmt(Math.abs(diff))} ${diff < 0 ? "fewer" : "more"} than the total of ${fmt(total)}` +
          (equalTo ? `; they equal ${equalTo.metric} (${fmt(equalTo.value)}) instead` : "") +
          ".",
      });
    }
  }

  const rate = plain.value(RATE);
  const online = plain.value(ONLINE);
  if (!Number.isNaN(rate) && !Number.isNaN(online) && total > 0) {
    const expected = (online / total) * 100;
    const slack =
      plain.tolerance(RATE) +
      ((plain.tolerance(ONLINE) + plain.tolerance(TOTAL) * (online / total)) / total) * 100;
    if (Math.abs(expected - rate) > slack) {
      found++;
      if (issues.length < max)
        issues.push({
          ...place,
          check: "rate",
          metrics: ["online_answer_rate", "answered_online", "demand_total"],
          message_zh: `在线解答率报为 ${rate}%，但在线解答 ${fmt(online)} ÷ 诉求总量 ${fmt(total)} = ${expected.toFixed(2)}%。`,
          message_en: `The direct answer rate is given as ${rate}%, but ${fmt(online)} answered directly ÷ ${fmt(total)} requests = ${expected.toFixed(2)}%.`,
        });
    }
  }
  return found;
}

/** A fact's rounding tolerance: as given in `tol`, else half a unit of its last digit (counts: exact). */
function factTolerance(f: Fact, tol: Tolerances): number {
  return tol.get(factKey(f)) ?? (f.unit === "count" ? 0 : roundingTolerance(f.value));
}

/** PlainFigures over facts keyed by metric. */
function plainOfFacts(plain: ReadonlyMap<string, Fact>, tol: Tolerances): PlainFigures {
  const fact = (i: number) => plain.get(CHECKED_METRICS[i]!);
  return {
    value: (i) => fact(i)?.value ?? NaN,
    tolerance: (i) => {
      const f = fact(i);
      return f ? factTolerance(f, tol) : 0;
    },
    term: (m) => plain.get(m)?.term_zh ?? "",
    counts: () => [...plain.values()].filter((f) => f.unit === "count"),
  };
}

/**
 * Run every consistency check on `facts`. Only reported figures are checked
 * (derived ones follow from them). `tol` gives wider tolerances for figures
 * that were rounded in the report (e.g. "157.5万" → ±500).
 */
export function checkFacts(facts: readonly Fact[], tol: Tolerances = new Map()): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const group of groupByPlaceYear(
    facts.filter((f) => f.derivation === "reported" || f.derivation.startsWith("derived: sum")),
  ).values()) {
    const first = group[0]!;
    const at = {
      place_id: first.place_id,
      year: first.year,
      ...(first.period ? { period: first.period } : {}),
    };
    const plain = new Map<string, Fact>();
    for (const f of group) if (f.metric !== "top_category" && !f.scope) plain.set(f.metric, f);
    const t = (f: Fact) => factTolerance(f, tol);
    checkPlain(at, plainOfFacts(plain, tol), issues);

    const cats = group.filter((f) => f.metric === "top_category");
    const rankings = new Map<string, Fact[]>();
    for (const c of cats) {
      const k = `${c.dimension}|${c.scope}`;
      let r = rankings.get(k);
      if (!r) rankings.set(k, (r = []));
      r.push(c);
    }
    for (const [k, list] of rankings) {
      const sorted = [...list].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
      for (let i = 1; i < sorted.length; i++) {
        const a = sorted[i - 1]!;
        const b = sorted[i]!;
        if (b.value > a.value + t(a) + t(b)) {
          issues.push({
            ...at,
            check: "rank_order",
            metrics: ["top_category"],
            categories: [a.category, b.category],
            message_zh: `排名第 ${a.rank} 的“${a.category}”（${fmt(a.value)}）少于第 ${b.rank} 的“${b.category}”（${fmt(b.value)}）。`,
            message_en: `Ranked ${a.rank}, “${a.category}” (${fmt(a.value)}) has fewer than “${b.category}” ranked ${b.rank} (${fmt(b.value)}).`,
          });
        }
      }
      const scope = k.split("|")[1] ?? "all";
      const den = plain.get(SCOPE_TOTAL[scope] ?? "demand_total");
      if (!den || den.value <= 0) continue;
      for (const c of list) {
        if (c.share === null) continue;
        const expected = (c.value / den.value) * 100;
        // Reports round or truncate shares: accept anything from half a unit
        // above the exact share down to a whole unit below it.
        const half = tol.get(`${factKey(c)}|share`) ?? roundingTolerance(c.share);
        const slack = ((t(c) + t(den)) / den.value) * 100 + 1e-9;
        const diff = c.share - expected;
        if (diff > half + slack || diff < -2 * half - slack) {
          issues.push({
            ...at,
            check: "share",
            metrics: ["top_category"],
            categories: [c.category],
            message_zh: `“${c.category}”占比报为 ${c.share}%，但 ${fmt(c.value)} ÷ ${den.term_zh || den.metric} ${fmt(den.value)} = ${expected.toFixed(2)}%。`,
            message_en: `“${c.category}” is given a share of ${c.share}%, but ${fmt(c.value)} ÷ ${fmt(den.value)} (${den.metric}) = ${expected.toFixed(2)}%.`,
          });
        }
      }
    }

    // A category ranked over all requests should equal its consultation plus
    // non-consultation counts when both are published.
    const byCat = new Map<string, Map<string, Fact>>();
    for (const c of cats) {
      const k = `${c.dimension}|${c.category}`;
      let m = byCat.get(k);
      if (!m) byCat.set(k, (m = new Map()));
      m.set(c.scope, c);
    }
    for (const m of byCat.values()) {
      const all = m.get("all");
      const a = m.get("consultation");
      const b = m.get("non_consultation");
      if (!all || !a || !b) continue;
      const sum = a.value + b.value;
      if (Math.abs(sum - all.value) <= t(all) + t(a) + t(b)) continue;
      issues.push({
        ...at,
        check: "category_sum",
        metrics: ["top_category"],
        categories: [all.category],
        message_zh: `“${all.category}”总计 ${fmt(all.value)}，但咨询类 ${fmt(a.value)} 与非咨询类 ${fmt(b.value)} 之和为 ${fmt(sum)}（相差 ${fmt(sum - all.value)}）。`,
        message_en: `“${all.category}” totals ${fmt(all.value)}, but its consultations (${fmt(a.value)}) and non-consultations (${fmt(b.value)}) add up to ${fmt(sum)} (a difference of ${fmt(sum - all.value)}).`,
      });
    }
  }
  return issues;
}
