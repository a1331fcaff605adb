/**
 * Top-five lists (top_category rows), in prose and in tables:
 *
 * - prose rankings: “…排名前五的业务类型为：城乡建设（5000件，占比25.00%）、…”;
 * - prose breakdowns: “按诉求类型统计，咨询类60.5万件、求助类12.1万件…”, a
 *   complete list of types, ranked here by count (and said so in a note);
 * - list tables: a name column and a count column under a TOP5 heading;
 * - grid tables: a row of names (with its scope label) over a row of
 *   “count（share%）” cells, per scope.
 *
 * A grid row whose names cannot be matched one-to-one with its values (a name
 * lost or shifted by the PDF) is returned unaligned: its readings only confirm
 * another list or go to review.
 */
import type { Dimension, Scope } from "../data/metrics.ts";
import { readCell, type Reading } from "./cell.ts";
import { linesOf, type ProseBlock, type TableBlock, type TableRow } from "./document.ts";
import { figureOf } from "./figure.ts";
import { segments } from "./prose.ts";
import { isValueRow } from "./table.ts";
import { AREA, categoryKind, cleanLabel, contextOf, normTerm, scopeOfWords } from "./terms.ts";
import type { Figure } from "./types.ts";

export interface Ranking {
  dimension: Dimension;
  scope: Exclude<Scope, "">;
  /** In rank order; `category` is "" where the name could not be read. */
  figures: Figure[];
  /** Names and values pair up one-to-one. */
  aligned: boolean;
  origin: "prose" | "table";
  /** The report lists a complete breakdown; the ranks are ours, by count. */
  rankedByUs: boolean;
  note: string;
}

const RANKING_WORDS = /TOP\s*\d|前\s*[五十5]|排名|排行/i;
const PROSE_ITEM =
  /([^\s,;:、()。]+?)\s*\(\s*(\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?)\s*件\s*(?:,\s*占比\s*(\d+(?:\.\d+)?)\s*%)?\s*\)/g;
const BREAKDOWN = /按[^,;:。按]{0,8}类型统计/;
const BREAKDOWN_ITEM = /([^\s,;:、()。\d]+?类)\s*(\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?)\s*件/g;

interface Item {
  name: string;
  reading: Reading;
  share: string;
  from: number;
  to: number;
}

/** Dimension of a list from its names, falling back on its wording. */
export function dimensionOf(names: readonly string[], words: string): Dimension {
  const counts = new Map<Dimension, number>();
  for (const n of names.filter(Boolean))
    counts.set(categoryKind(n), (counts.get(categoryKind(n)) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length && (sorted.length === 1 || sorted[0]![1] > sorted[1]![1])) return sorted[0]![0];
  const w = normTerm(words);
  if (/部门|单位/.test(w)) return "department";
  if (/诉求类型|诉求类别/.test(w)) return "request_type";
  return "business_type";
}

/** Rankings and breakdowns stated in a prose block. */
export function proseRankings(block: ProseBlock): Ranking[] {
  const out: Ranking[] = [];
  for (const seg of segments(block.text)) {
    if (contextOf(seg.text).kind === "special") continue;
    const intro = RANKING_WORDS.exec(seg.text);
    if (intro) {
      const items = itemsOf(seg.text, PROSE_ITEM, intro.index);
      if (
        items.length >= 2 &&
        !items.every((i) => AREA.test(i.name) && !/局|委|办$/.test(i.name))
      ) {
        const lead = seg.text.slice(0, items[0]!.from);
        const term = cleanLabel(lead.replace(/^.*?,(?=[^,]*$)/, "").replace(/[为是:]+$/, ""));
        const list = proseList(block, seg.start, items, term || "排名", false);
        const subset = list.dimension === "department" && SUBSET_UNITS.test(lead);
        out.push(
          subset
            ? {
                ...list,
                aligned: false,
                note: "The list ranks only some units (市直/县直…), not all handling units: record it?",
              }
            : list,
        );
      }
    }
    const bd = BREAKDOWN.exec(seg.text);
    if (bd) {
      const next = seg.text.slice(bd.index + bd[0].length).search(/按[^,;:。]{1,8}统计/);
      const end = next < 0 ? seg.text.length : bd.index + bd[0].length + next;
      const items = itemsOf(seg.text.slice(0, end), BREAKDOWN_ITEM, bd.index);
      if (items.length >= 3) out.push(proseList(block, seg.start, byCount(items), bd[0], true));
    }
  }
  return out;
}

function itemsOf(text: string, re: RegExp, from: number): Item[] {
  const items: Item[] = [];
  for (const m of text.slice(from).matchAll(re)) {
    const reading = readCell(`${m[2]}件`);
    if (reading.kind !== "number") continue;
    items.push({
      name: m[1]!.replace(LEAD_WORDS, "").replace(LEAD_WORDS, ""),
      reading,
      share: m[3] ?? "",
      from: from + m.index,
      to: from + m.index + m[0].length,
    });
  }
  return items;
}

function byCount(items: Item[]): Item[] {
  return [...items].sort((a, b) => b.reading.value - a.reading.value);
}

function proseList(
  block: ProseBlock,
  start: number,
  items: Item[],
  term: string,
  rankedByUs: boolean,
): Ranking {
  const names = items.map((i) => i.name);
  const dimension = dimensionOf(names, term);
  const scope = rankedByUs ? "all" : scopeOfWords(term);
  // Equal counts leave our own ranking undetermined; a printed ranking has its order.
  const ties = rankedByUs && new Set(items.map((i) => i.reading.exact)).size < items.length;
  const figures = items.map((it, k) =>
    figureOf(it.reading, {
      metric: "top_category",
      dimension,
      scope,
      rank: k + 1,
      category: it.name,
      share: it.share,
      term_zh: term,
      section: block.section,
      lines: linesOf(block, start + it.from, start + it.to),
      text: block.text.slice(start + it.from, start + it.to),
      origin: "prose",
      note: rankedByUs
        ? `The report lists all ${items.length} types without ranking them; ranked here by count.`
        : "",
    }),
  );
  return {
    dimension,
    scope,
    figures,
    aligned: !ties,
    origin: "prose",
    rankedByUs,
    note: ties ? "Two types have the same count: their ranks are not determined." : "",
  };
}

/** Is this table a ranking (its heading or header says TOP5 / 前五 / 排名)? */
export function isRankingTable(block: TableBlock): boolean {
  const title = block.headings[block.headings.length - 1]?.title ?? "";
  const header = block.rows.find((r) => !isValueRow(r.cells))?.cells.join(" ") ?? "";
  return RANKING_WORDS.test(title) || RANKING_WORDS.test(header);
}

/** The rankings of a TOP5 table: a name/count list, or a grid of name rows over value rows. */
export function tableRankings(block: TableBlock): Ranking[] {
  const title =
    block.headings[block.headings.length - 1]?.title.replace(
      /^\d+\s*[.、]\s*(\d{4}\s*年度?\s*)?/,
      "",
    ) ?? "";
  const values = block.rows.filter((r) => isValueRow(r.cells));
  const isList = values.length > 0 && values.every((r) => r.cells[0] && numbersOf(r).length === 1);
  if (isList) return [listRanking(block, values, title)];
  const wide = wideList(block, values, title);
  return wide ? [wide] : gridRankings(block, title);
}

/**
 * A ranked list with more columns than the count (单位名称 | 受理案件数 | 按时办结率 | …):
 * one header row, then a named row per item; the count is the first column of counts.
 */
function wideList(block: TableBlock, values: TableRow[], title: string): Ranking | null {
  const headers = block.rows.filter((r) => !isValueRow(r.cells));
  if (headers.length !== 1 || block.rows[0] !== headers[0] || values.length < 2) return null;
  if (!values.every((r) => r.cells[0] && readCell(r.cells[0]).kind !== "number")) return null;
  const width = Math.max(...values.map((r) => r.cells.length));
  let col = -1;
  for (let c = 1; c < width && col < 0; c++) {
    const cells = values.map((r) => readCell(r.cells[c] ?? ""));
    if (cells.every((x) => x.kind === "number" && !x.percent)) col = c;
  }
  if (col < 0) return null;
  const header = headers[0]!.cells;
  const ranking = listRanking(
    {
      ...block,
      rows: [{ ...headers[0]!, cells: [header[0] ?? "", header[col] ?? ""] }, ...values],
    },
    values.map((r) => ({ ...r, cells: [r.cells[0]!, r.cells[col]!] })),
    title,
  );
  // A ranking of some units only (县直机关, 市直单位): not all handling units; to review.
  if (ranking.dimension === "department" && SUBSET_UNITS.test(`${block.section} ${title}`))
    return {
      ...ranking,
      aligned: false,
      note: "The list ranks only some units (市直/县直…), not all handling units: record it?",
    };
  return ranking;
}

function numbersOf(row: TableRow): { col: number; reading: Reading }[] {
  return row.cells
    .map((c, col) => ({ col, reading: readCell(c) }))
    .filter((x) => x.col > 0 && x.reading.kind === "number");
}

function listRanking(block: TableBlock, values: TableRow[], title: string): Ranking {
  const headerText = block.rows
    .filter((r) => !isValueRow(r.cells))
    .map((r) => r.cells.join(" "))
    .join(" ");
  const names = values.map((r) => cleanLabel(r.cells[0]!));
  const dimension = dimensionOf(names, headerText);
  const scope = scopeOfWords(`${title} ${headerText}`);
  const term = `${cleanLabel(title)}（${cleanLabel(block.rows[0]?.cells[0] ?? "")}）`;
  const figures = values.map((r, k) => {
    const { reading } = numbersOf(r)[0]!;
    return figureOf(reading, {
      metric: "top_category",
      dimension,
      scope,
      rank: k + 1,
      category: names[k]!,
      share: reading.share,
      term_zh: term,
      section: block.section,
      lines: [r.line],
      text: r.cells.filter(Boolean).join(" | "),
      origin: "table",
    });
  });
  return { dimension, scope, figures, aligned: true, origin: "table", rankedByUs: false, note: "" };
}

const SCOPE_LABEL = /^(非?咨询类?|总计|合计|全部|总体)$/;

function gridRankings(block: TableBlock, title: string): Ranking[] {
  const out: Ranking[] = [];
  block.rows.forEach((row, i) => {
    const next = block.rows[i + 1];
    if (isValueRow(row.cells) || !next || !isValueRow(next.cells)) return;
    const filled = row.cells.map(cleanLabel);
    let label = filled[0] ?? "";
    const names = filled.slice(1).filter(Boolean);
    let shifted = false;
    if (!label && names.length && SCOPE_LABEL.test(normTerm(names[0]!))) {
      label = names.shift()!;
      shifted = true;
    }
    const readings = next.cells.map(readCell).filter((r) => r.kind === "number");
    if (names.length < 2 || readings.length < 2) return;
    const aligned = names.length === readings.length;
    const dimension = dimensionOf(names, title);
    const scope = scopeOfWords(label);
    const figures = readings.map((reading, k) =>
      figureOf(reading, {
        metric: "top_category",
        dimension,
        scope,
        rank: k + 1,
        category: aligned || k < names.length ? names[k]! : "",
        share: reading.share,
        term_zh: `${cleanLabel(title)}（${label || "总计"}）`,
        section: block.section,
        lines: [row.line, next.line],
        text: `${filled.filter(Boolean).join(" | ")} ⏎ ${next.cells.filter(Boolean).join(" | ")}`,
        origin: "table",
      }),
    );
    const note = aligned
      ? ""
      : `The table row “${label}” has ${names.length} names for ${readings.length} values${shifted ? " (its label slid into the names)" : ""}; names cannot be paired with values with confidence.`;
    out.push({ dimension, scope, figures, aligned, origin: "table", rankedByUs: false, note });
  });
  return out;
}

/** One item of a list in prose: “投诉类2594件,占比47.28%”, “城管执法局(247件)”. */
const LIST_ITEM =
  /([\u4e00-\u9fff][\u4e00-\u9fff()、与和]{0,19}?)\s*[(]?\s*(\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?)\s*(?:件|宗)\s*[)]?(?:\s*,?\s*占(?:比率?)?(?:达)?(?:总量的)?\s*(\d+(?:\.\d+)?)\s*%)?/g;
const LIST_INTRO = /前\s*([五十\d]+)\s*(?:位|名)?|排名|分别|主要集中在|依次/;
const LEAD_WORDS =
  /^.*?(?:的是|分别是|分别为|依次为|依次是|主要集中在|集中在|其中|为|是|:)|^(?:和|及|以及|还有)/;
const MAX_GAP = 60;
const SUBSET_UNITS = /[市县区]直|市级部门|县级部门|机关单位/;
/** Words of a count's phrase, never of a category's name. */
const NOT_A_CATEGORY =
  /受理|办结|在办|^共|共计|转派|转办|交办|派单|承办|诉求|工单|事项|热线|平台|渠道|来源|电话|网站|微信|微博|上报|来电|月份|季度|年|同比|环比|增加|减少|增长|下降|增幅|降幅|回复|逾期|按期|超期/;
const ZH_COUNT: Record<string, number> = { 五: 5, 十: 10 };

/**
 * Lists of categories with counts in prose, across sentences: request types
 * (投诉类2594件、咨询类1819件…), departments (市监局521件,河洲街道257件…),
 * topics ending in 类 (城乡建设类883件,占12.39%…). Ranked by count (ties in the
 * text's order); a list of areas (counties, towns) is per area and skipped; a
 * department list without a stated length keeps its first five by count.
 */
export function proseLists(block: ProseBlock): Ranking[] {
  const text = block.text;
  const items: (Item & { intro: string })[] = [];
  for (const m of text.matchAll(LIST_ITEM)) {
    const name = m[1]!
      .replace(LEAD_WORDS, "")
      .replace(LEAD_WORDS, "")
      .replace(/(有|为|达|共计|共)$/, "")
      .replace(/(类)(工单|问题|诉求|事项)$/, "$1");
    const reading = readCell(`${m[2]}件`);
    if (reading.kind !== "number" || name.length < 2 || NOT_A_CATEGORY.test(name)) continue;
    const from = m.index + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
    items.push({ name, reading, share: m[3] ?? "", from, to: m.index + m[0].length, intro: m[1]! });
  }
  // Runs of items close together and of one kind (types, departments, topics).
  const kindOf = (name: string) => {
    const k = categoryKind(name);
    return k === "business_type" && !/类$/.test(name) ? "other" : k;
  };
  const groups: (typeof items)[] = [];
  for (const it of items) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    const gap = prev ? text.slice(prev.to, it.from) : "";
    const sameKind = prev && (kindOf(prev.name) === kindOf(it.name) || kindOf(it.name) === "other");
    if (g && prev && sameKind && gap.length <= MAX_GAP && !/\d\s*(件|宗|个)/.test(gap)) g.push(it);
    else groups.push([it]);
  }
  const out: Ranking[] = [];
  for (const g of groups) {
    const kinds = new Set(g.map((i) => categoryKind(i.name)));
    const before = text.slice(Math.max(0, g[0]!.from - 40), g[0]!.from);
    const intro = LIST_INTRO.exec(before + g[0]!.intro);
    if (g.length < (intro ? 2 : 3)) continue;
    if (g.every((i) => AREA.test(i.name) && !/局|委|办$/.test(i.name))) continue;
    // A list of a subset (overdue, unsatisfied, repeated requests) ranks nothing of the whole.
    if (/超期|逾期|不满意|重复|督办|急办|未办结|退回|发回/.test(before.replace(/^.*[。;]/, "")))
      continue;
    let dimension: Dimension;
    if (kinds.size === 1 && kinds.has("request_type")) dimension = "request_type";
    else if (
      !kinds.has("request_type") &&
      g.filter((i) => categoryKind(i.name) === "department").length >= 0.8 * g.length
    )
      dimension = "department";
    else if (
      !kinds.has("request_type") &&
      !kinds.has("department") &&
      g.filter((i) => /类$/.test(i.name)).length >= 0.8 * g.length
    )
      dimension = "business_type";
    else continue;
    const stated = intro?.[1] ? Number(intro[1]) || ZH_COUNT[intro[1]] || 0 : 0;
    const ranked = byCountStable(g);
    const kept =
      dimension === "department"
        ? ranked.slice(0, stated || 5)
        : stated
          ? ranked.slice(0, stated)
          : ranked;
    const term = cleanLabel(before.replace(/^.*[。;]/, "")) || "分类";
    const ranking = proseList(block, 0, kept, term, !intro);
    const figures = ranking.figures.map((f) => ({ ...f, dimension, scope: "all" as const }));
    // A ranking of some units only (市直单位, 县直机关): not all handling units; to review.
    const subset = dimension === "department" && SUBSET_UNITS.test(before);
    // Equal counts keep the text's order (the reviewed format's rule for ties).
    out.push({
      ...ranking,
      figures,
      dimension,
      scope: "all",
      aligned: !subset,
      note: subset
        ? "The list ranks only some units (市直/县直…), not all handling units: record it?"
        : "",
    });
  }
  return out;
}

function byCountStable<T extends Item>(items: T[]): T[] {
  return items
    .map((it, k) => ({ it, k }))
    .sort((a, b) => b.it.reading.value - a.it.reading.value || a.k - b.k)
    .map((x) => x.it);
}
