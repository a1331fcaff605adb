/**
 * The top-five categories a report publishes (by business type, request type
 * or department, over all requests or one scope), one ranking at a time, with
 * counts and shares (the report's, or computed and marked).
 */
import { plainFact, type Fact } from "../../data/fact.ts";
import { DIMENSION_LABELS, SCOPE_LABELS, metricsOf } from "../../data/metrics.ts";
import { formatCompact, formatCount, type Lang } from "../../format/number.ts";
import { t } from "../../format/strings.ts";
import type { BarDatum } from "../bars.ts";
import { datum, flaggedSet } from "../series.ts";
import { sourcesOf } from "../sources.ts";
import type { PlaceChartDef } from "../spec.ts";
import { factRecords } from "../records.ts";
import { barSummary, emptyText, issuesOf, placeYearIssues, titled } from "./common.ts";

export interface Ranking {
  /** "dimension:scope", the URL's `ranking` value. */
  id: string;
  label: string;
  data: BarDatum[];
  /** The ranked figures, in rank order. */
  facts: Fact[];
  /** Each figure's share in percent: the report's, or computed from the scope's total (`*`). */
  shares: (number | null)[];
  /** Shares come from the report (true) or are computed here from the scope's total (false). */
  sharesReported: boolean;
}

const TOTALS: Record<string, string> = {
  all: "demand_total",
  consultation: "demand_consultation",
  non_consultation: "demand_non_consultation",
};
const DIM_ORDER = ["business_type", "request_type", "department"];
const SCOPE_ORDER = ["all", "consultation", "non_consultation"];

/** Top-category rankings the report publishes, each as bars with counts and shares. */
export function rankings(
  facts: readonly Fact[],
  lang: Lang,
  flagged: ReadonlySet<string> = new Set(),
): Ranking[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.metric !== "top_category" || !f.dimension || !f.scope) continue;
    const id = `${f.dimension}:${f.scope}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(f);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => {
      const [da, sa] = a.split(":") as [string, string];
      const [db, sb] = b.split(":") as [string, string];
      return (
        DIM_ORDER.indexOf(da) - DIM_ORDER.indexOf(db) ||
        SCOPE_ORDER.indexOf(sa) - SCOPE_ORDER.indexOf(sb)
      );
    })
    .map(([id, list]) => {
      const first = list[0]!;
      const dim = first.dimension as keyof typeof DIMENSION_LABELS;
      const scope = first.scope as keyof typeof SCOPE_LABELS;
      const total = plainFact(facts, TOTALS[scope] ?? "demand_total");
      const sharesReported = list.every((f) => f.share !== null);
      const ranked = [...list].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
      const shares = ranked.map(
        (f) => f.share ?? (total ? Math.round((f.value / total.value) * 10000) / 100 : null),
      );
      const data = ranked.map((f, i) => {
        const share = shares[i] ?? null;
        const shareText = share === null ? "" : ` · ${share}%${f.share === null ? "*" : ""}`;
        return datum(f, lang, flagged, {
          label: f.category,
          sublabel: `#${f.rank}`,
          display: `${formatCompact(f.value, lang)}${shareText}`,
        });
      });
      return {
        id,
        label: `${DIMENSION_LABELS[dim][lang]} · ${SCOPE_LABELS[scope][lang]}`,
        data,
        facts: ranked,
        shares,
        sharesReported,
      };
    });
}

const METRICS = metricsOf("categories");

export const categories: PlaceChartDef = {
  id: "categories",
  metrics: METRICS,
  needs: { otherYears: false, metrics: [] },
  embedHeight: 560,
  spec(input, lang) {
    const all = rankings(input.facts, lang, flaggedSet(placeYearIssues(input)));
    const active = all.find((r) => r.id === input.ranking) ?? all[0];
    const title = t(lang, "categoriesTitle");
    const data = active?.data ?? [];
    const label = active ? `${title} · ${active.label}` : title;
    return {
      id: "categories",
      title: titled(input, title),
      definition: t(lang, "categoriesDef"),
      subtitle: active?.label ?? "",
      sources: sourcesOf(input.facts.filter((f) => METRICS.includes(f.metric))),
      issues: issuesOf(input, METRICS),
      empty: active
        ? null
        : emptyText(input.facts, title, lang, ["demand_consultation", "demand_non_consultation"]),
      label: titled(input, label),
      summary: barSummary(label, data, lang),
      columns: [t(lang, "rank"), t(lang, "category"), t(lang, "count"), t(lang, "share")],
      // Exact counts (455,426, not 45.5万); a computed share keeps its "*".
      rows: (active?.facts ?? []).map((f, i) => {
        const share = active!.shares[i] ?? null;
        return [
          `#${f.rank ?? ""}`,
          f.category,
          formatCount(f.value) +
            (f.derivation !== "reported" ? ` (${t(lang, "derivedShort")})` : ""),
          share === null ? "" : `${share}%${f.share === null ? "*" : ""}`,
        ];
      }),
      records: factRecords(active?.facts ?? [], lang),
      fileName: `${input.place.id}-${input.year}-categories`,
      drawing: { kind: "bars", data },
      footer: {
        stats: [],
        definitions: [],
        notes: active && !active.sharesReported ? [t(lang, "shareDerived")] : [],
      },
      options:
        all.length > 1
          ? {
              label: t(lang, "ranking"),
              items: all.map((r) => ({ id: r.id, label: r.label })),
              chosen: active!.id,
            }
          : null,
    };
  },
};
