/**
 * Citations a person can read and cite, made from a fact's `source` column
 * ("<source id> § <section>") and the source records of reports.json. Never a
 * file name: the title, the issuing office or outlet, the date, the section,
 * what kind of copy it is, and the link.
 */
import type { Lang } from "../format/number.ts";

export const SOURCE_KINDS = ["official", "news", "mirror"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where a report was published (the build's source record; see scripts/build/source.ts). */
export interface SourceRecord {
  title: string;
  issuer: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown. */
  published: string;
  url: string;
  kind: SourceKind;
  /** For a news repost or a mirror: what it copies, where known. */
  copies: string;
}

/** A fact's `source` column split into the source record's id and the section. */
export function splitSource(source: string): { id: string; section: string } {
  const at = source.indexOf(" § ");
  return at < 0
    ? { id: source, section: "" }
    : { id: source.slice(0, at), section: source.slice(at + 3) };
}

/** A publication date as the page's language writes it: 2023年3月3日 / 3 Mar 2023. */
export function formatPublished(published: string, lang: Lang): string {
  const [y, m, d] = published.split("-").map(Number);
  if (!y) return "";
  if (lang === "zh") return `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
  const month = m
    ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    : "";
  return [d, month, y].filter(Boolean).join(" ");
}

const KIND_NOTE: Record<SourceKind, { zh: string; en: string }> = {
  official: { zh: "", en: "" },
  news: { zh: "新闻报道", en: "news report" },
  mirror: { zh: "转载页面", en: "copy on another site" },
};

/**
 * A title set inside English double quotes: its own double quotes become
 * single ones (“‘苏州12345’2023年度工作情况发布”), never ““…”…”.
 */
function innerQuotes(title: string): string {
  return title.replace(/“/g, "‘").replace(/”/g, "’");
}

/**
 * One citation: 《淮安市12345热线2023年度工作情况发布》，淮安市12345热线，附件1 (一)
 * / “…”, issuer, date, section. A news report or a copy says so, and what it
 * copies where known. The URL is not part of the text (pages link it).
 */
export function citation(
  rec: SourceRecord,
  section: string,
  lang: Lang,
  opts: { url?: boolean } = {},
): string {
  const date = formatPublished(rec.published, lang);
  const kind = KIND_NOTE[rec.kind]?.[lang] ?? "";
  const copies = rec.copies
    ? lang === "zh"
      ? `，转载自${rec.copies}`
      : `, copying ${rec.copies}`
    : "";
  const url = opts.url && rec.url ? rec.url : "";
  if (lang === "zh") {
    const head = [`《${rec.title}》`, rec.issuer, date, section].filter(Boolean).join("，");
    const tail = kind || copies ? `（${kind || "转载"}${copies}）` : "";
    return `${head}${tail}${url ? `，${url}` : ""}`;
  }
  const head = [`“${innerQuotes(rec.title)}”`, rec.issuer, date, section]
    .filter(Boolean)
    .join(", ");
  const tail = kind || copies ? ` (${kind || "copy"}${copies})` : "";
  return `${head}${tail}${url ? `, ${url}` : ""}`;
}

/**
 * A fact's citation from its `source` column, or the column itself when the
 * record is unknown (a file of the user's own, an older build).
 */
export function citeSource(
  source: string,
  records: ReadonlyMap<string, SourceRecord>,
  lang: Lang,
): string {
  const { id, section } = splitSource(source);
  const rec = records.get(id);
  return rec ? citation(rec, section, lang) : source;
}

/**
 * A fact's citation and the report's link ("" when it has none), for pages
 * that show the citation as a link. Unknown ids keep the column as it is.
 */
export function citeLink(
  source: string,
  records: ReadonlyMap<string, SourceRecord>,
  lang: Lang,
): { text: string; url: string } {
  const { id, section } = splitSource(source);
  const rec = records.get(id);
  return rec ? { text: citation(rec, section, lang), url: rec.url } : { text: source, url: "" };
}

/** The dataset as a whole, for "how to cite": name, build, address, licence. */
export function datasetCitation(
  d: { name: string; build: string; url: string },
  lang: Lang,
): string {
  return lang === "zh"
    ? `${d.name}（数据版本 ${d.build}），${d.url}，知识共享署名 4.0 协议（CC BY 4.0）`
    : `${d.name} (data build ${d.build}), ${d.url}, licensed CC BY 4.0`;
}

/**
 * How to cite one chart: its title, the dataset with its build and the
 * chart's own address, then the reports it draws on (already cited).
 */
export function chartCitation(
  c: { title: string; name: string; build: string; url: string; sources: readonly string[] },
  lang: Lang,
): string {
  const from = c.sources.length
    ? lang === "zh"
      ? `；数据出处：${c.sources.join("；")}`
      : `; figures from ${c.sources.join("; ")}`
    : "";
  return lang === "zh"
    ? `“${c.title}”，${c.name}（数据版本 ${c.build}），${c.url}${from}`
    : `“${c.title}”, ${c.name} (data build ${c.build}), ${c.url}${from}`;
}
