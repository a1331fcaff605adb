/**
 * What each column of a user's file holds, from its header: a place, a year,
 * a metric (through the synonym table in the metric catalogue), or one of the
 * columns of a category table or of our long format. Headers are compared
 * after normalising case, width, spaces, brackets and units, so
 * "诉求总量（件）", "诉求总量 (件)" and "Total requests" all find their metric.
 */
import { toHalfWidth } from "../data/parseValue.ts";
import { FACT_COLUMNS } from "../data/fact.ts";
import { METRICS, metricInfo } from "../data/metrics.ts";
import { definitionOf } from "../data/definitions.ts";

export type Role =
  | { kind: "place" }
  | { kind: "year" }
  /** `definition`: for a metric published under several (definitions.ts), which one; else "". */
  | { kind: "metric"; metric: string; definition: string }
  | { kind: "category" }
  | { kind: "count" }
  | { kind: "share" }
  | { kind: "scope" }
  | { kind: "dimension" }
  | { kind: "rank" }
  | { kind: "ignore" }
  | { kind: "unknown" };

/** Lower-case, half-width, no spaces, no bracketed units or unit suffixes. */
export function normaliseHeader(h: string): string {
  return toHalfWidth(h)
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, "")
    .replace(/[\s_\-·•:："'“”]/g, "")
    .replace(/(\(%\)|%|（%）|件|个|人|秒|次)$/u, "");
}

const ROLE_WORDS: [Role["kind"], string[]][] = [
  [
    "place",
    [
      "place",
      "placeid",
      "placezh",
      "placeen",
      "地区",
      "城市",
      "地市",
      "市县",
      "区县",
      "行政区",
      "行政区划",
      "地区名称",
      "单位",
      "热线",
      "city",
      "region",
      "area",
      "name",
    ],
  ],
  ["year", ["year", "年份", "年度", "年", "报告年度", "统计年度"]],
  [
    "category",
    [
      "category",
      "类别",
      "类型",
      "分类",
      "诉求类型",
      "业务类型",
      "事项",
      "事项类型",
      "部门",
      "承办部门",
      "名称",
    ],
  ],
  ["count", ["count", "value", "件数", "数量", "诉求量", "诉求件数", "受理量", "数值"]],
  ["share", ["share", "占比", "比例", "百分比", "比重"]],
  ["scope", ["scope", "范围", "口径"]],
  ["dimension", ["dimension", "维度", "排名对象"]],
  ["rank", ["rank", "排名", "名次", "序号"]],
];

const ROLE_INDEX = new Map<string, Role["kind"]>();
for (const [kind, words] of ROLE_WORDS)
  for (const w of words) ROLE_INDEX.set(normaliseHeader(w), kind);

/**
 * Spreadsheet headers for a definition of a metric that reports do not write
 * this way (the catalogue's synonyms serve the extractor too).
 */
const HEADER_SYNONYMS: Record<string, readonly string[]> = {
  connection_rate: [
    "30s人工接通率",
    "30秒接通率",
    "30s接通率",
    "30-second connection rate",
    "answered within 30 s",
  ],
};

const METRIC_INDEX = new Map<string, string>();
for (const m of METRICS) {
  if (m.id === "top_category") continue;
  for (const w of [m.id, m.zh, m.en, ...m.synonyms, ...(HEADER_SYNONYMS[m.id] ?? [])]) {
    const k = normaliseHeader(w);
    if (k && !METRIC_INDEX.has(k)) METRIC_INDEX.set(k, m.id);
  }
}

/** The metric a header names, if any. */
export function metricOfHeader(h: string): string | null {
  return METRIC_INDEX.get(normaliseHeader(h)) ?? null;
}

/**
 * A header's role in a wide table. Metric names win over generic words only
 * where the generic reading is impossible: "诉求量" alone is a metric in a wide
 * table but the count column of a category table (see `categoryRole`).
 */
export function wideRole(h: string): Role {
  const k = normaliseHeader(h);
  const r = ROLE_INDEX.get(k);
  if (r === "place" || r === "year") return { kind: r };
  const metric = METRIC_INDEX.get(k);
  // The definition from the header as written: "接通率（30秒）" loses its brackets in `k`.
  if (metric) return { kind: "metric", metric, definition: definitionOf(metric, h) };
  return { kind: "unknown" };
}

/** A header's role in a category table. */
export function categoryRole(h: string): Role {
  const k = normaliseHeader(h);
  const r = ROLE_INDEX.get(k);
  return r ? ({ kind: r } as Role) : { kind: "unknown" };
}

export type Shape = "long" | "category" | "wide";

/** Which of the three accepted tables a header row describes. */
export function detectShape(headers: readonly string[]): Shape {
  const set = new Set(headers.map((h) => h.trim()));
  if (["place_id", "year", "metric", "value"].every((c) => set.has(c))) return "long";
  const roles = headers.map(categoryRole).map((r) => r.kind);
  const metrics = headers.filter((h) => wideRole(h).kind === "metric").length;
  if (roles.includes("category") && roles.includes("count") && metrics <= 1) return "category";
  return "wide";
}

/** Headers made unique and non-blank: "列3" for a blank third header, "电话 (2)" for a repeat. */
export function uniqueHeaders(raw: readonly string[]): {
  names: string[];
  changed: { index: number; from: string; to: string }[];
} {
  const seen = new Map<string, number>();
  const names: string[] = [];
  const changed: { index: number; from: string; to: string }[] = [];
  raw.forEach((h, i) => {
    let name = h.trim() || `列${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name} (${n})`;
    while (seen.has(name) && n > 1 && names.includes(name)) name = `${name}′`;
    names.push(name);
    if (name !== h) changed.push({ index: i, from: h, to: name });
  });
  return { names, changed };
}

export const LONG_COLUMNS = FACT_COLUMNS;

export function metricLabel(id: string, lang: "zh" | "en"): string {
  return metricInfo(id)?.[lang] ?? id;
}
