/**
 * What the data page offers for download: every file the manifest lists with
 * its size and SHA-256 (the whole dataset, its description, the source
 * records, the quality notes, one file per metric), described in both
 * languages. Pure: the page renders these rows, the tests check them against
 * the files served.
 */
import type { Lang } from "../format/number.ts";
import { metricInfo } from "./metrics.ts";
import { METRIC_DIR, type Manifest } from "./manifest.ts";

export interface DownloadRow {
  /** Relative to the data folder: "facts.csv", "metric/demand_total.arrow". */
  path: string;
  /** What the file holds, in the page's language. */
  what: string;
  bytes: number;
  sha256: string;
  /** The whole dataset's files come first; a metric's file is one part of it. */
  group: "dataset" | "metric";
}

const WHAT: Record<string, { zh: string; en: string }> = {
  "facts.csv": {
    zh: "全部数字，一行一个数字（CSV，UTF-8 带 BOM，Excel 可直接打开）",
    en: "Every figure, one row each (CSV, UTF-8 with BOM, opens in Excel)",
  },
  "facts.arrow": {
    zh: "全部数字，列同 facts.csv（Apache Arrow，供 pandas、R、DuckDB 读取）",
    en: "Every figure, the columns of facts.csv (Apache Arrow, for pandas, R, DuckDB)",
  },
  "datapackage.json": {
    zh: "数据说明（Frictionless Data Package）：各列的类型与含义、指标标识、许可协议",
    en: "Description (Frictionless Data Package): the columns' types and meanings, metric ids, licence",
  },
  "sources.json": {
    zh: "来源记录：每份报告的标题、发布机构、日期、链接与类型（source 列的标识）",
    en: "Source records: each report's title, issuer, date, link and kind (the ids of the source column)",
  },
  "reports.json": {
    zh: "报告清单：来源记录，以及地区和时段的判定依据、覆盖情况",
    en: "Reports: the source records, how each place and period was identified, and coverage",
  },
  "quality.json": {
    zh: "数据质量：构建时发现的不一致与审核说明",
    en: "Data quality: inconsistencies the build found and the reviewers' notes",
  },
};

/** The manifest's files as download rows: the dataset's files, then one per metric. */
export function downloadRows(manifest: Manifest, lang: Lang): DownloadRow[] {
  const order = Object.keys(WHAT);
  const rows: DownloadRow[] = [];
  for (const f of manifest.files) {
    const known = WHAT[f.path];
    if (known) {
      rows.push({ ...f, what: known[lang], group: "dataset" });
      continue;
    }
    if (!f.path.startsWith(`${METRIC_DIR}/`)) continue;
    // metric/<id>.json (yearly figures) or metric/periods/<id>.json (months, quarters …).
    const m = /^(periods\/)?([^/]+)\.(json|arrow)$/.exec(f.path.slice(METRIC_DIR.length + 1));
    if (!m) continue;
    const [, periods, id = ""] = m;
    const name = metricInfo(id)?.[lang] ?? id;
    const what = periods
      ? lang === "zh"
        ? `${name}（${id}）：各地区全年以外时段（月、季度、半年等）的数字`
        : `${name} (${id}): every place's figures of other periods (months, quarters, half-years …)`
      : lang === "zh"
        ? `${name}（${id}）：各地区各年份的年度数字`
        : `${name} (${id}): every place's yearly figures`;
    rows.push({ ...f, what, group: "metric" });
  }
  const rank = (r: DownloadRow) => (r.group === "dataset" ? order.indexOf(r.path) : order.length);
  return rows.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}

/** A file size: 186.2 KB, 8.7 KB, 512 B (the same in both languages). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
