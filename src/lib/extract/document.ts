/**
 * A report's plain text (as extracted from its PDF) as a sequence of blocks:
 * prose paragraphs, re-joined where a page or line break cut a sentence, and
 * tables, whose rows are the tab-separated lines. Every block knows its
 * section (the headings above it: 一、… (一)… 1.…) and the 1-based line
 * numbers it came from, so each figure can say where it stands.
 */
import { toHalfWidth } from "../data/parseValue.ts";
import { unflatten } from "./flatTable.ts";
import { readFront, type Front } from "./front.ts";

export interface Heading {
  level: 0 | 1 | 2 | 3;
  title: string;
  line: number;
}

export interface ProseBlock {
  kind: "prose";
  /** The paragraph with half-width punctuation; lines joined without separator. */
  text: string;
  /** Where each joined line starts in `text`. */
  starts: { offset: number; line: number }[];
  section: string;
  headings: Heading[];
}

export interface TableRow {
  cells: string[];
  line: number;
}

export interface TableBlock {
  kind: "table";
  rows: TableRow[];
  /** One-cell lines inside the table (“数据后括号为同比…”). */
  captions: { text: string; line: number }[];
  section: string;
  headings: Heading[];
}

export type Block = ProseBlock | TableBlock;

export interface ReportDocument {
  /** The report's title, wherever it stands among the page's first lines (null: none). */
  title: { text: string; line: number } | null;
  /** The page's furniture (navigation, metadata), its date and issuer. */
  front: Front;
  /** Later lines shaped like a title (an annex repeating it). */
  titleLike: { text: string; line: number }[];
  blocks: Block[];
}

const LEVEL1 = /^[一二三四五六七八九十]+\s*[、.．]/;
const LEVEL2 = /^[(（]\s*[一二三四五六七八九十]+\s*[)）]/;
const LEVEL3 = /^\d{1,2}\s*[.．、]\s*(?=[^\d\s]|12345|\d{4}\s*年)/;
const ANNEX = /^附\s*件\s*\d*\s*$/;
const TITLE = /12345.*\d{4}\s*年度?.*(发布|情况)\s*[:：]?\s*$/;
const DEBRIS = /^[\s\-—–第]*\d{1,3}[\s\-—–页]*$/;
const SENTENCE_END = /[。！？!?；;]["”’」』)）]*$/;

/** The heading level a line starts with, or null. */
export function headingLevel(text: string): 1 | 2 | 3 | null {
  if (LEVEL1.test(text)) return 1;
  if (LEVEL2.test(text)) return 2;
  if (LEVEL3.test(text)) return 3;
  return null;
}

/** A heading's title: the line itself, or its first sentence when the heading opens a paragraph. */
function headingTitle(text: string): { title: string; prose: boolean } {
  const t = text.trim();
  const end = t.search(/[。！？]/);
  // A short heading is only a heading, unless it states a figure (“(一)受理量:共受理2808件。”).
  // So is a numbered sentence (“6.本月不满意工单3件,群众满意率为99.68%。”).
  const figure =
    /[:：].*\d\s*(件|宗|个|次|%)/.test(t) || (/\d\s*(件|宗|个|次|%)/.test(t) && /。$/.test(t));
  if (t.length <= 40 && (end < 0 || end === t.length - 1) && !figure)
    return { title: t, prose: false };
  const first = end > 0 ? t.slice(0, end) : t.slice(0, 30);
  return { title: first.length > 40 ? `${first.slice(0, 40)}…` : first, prose: true };
}

interface LineInfo {
  no: number;
  text: string;
  kind: "blank" | "title" | "heading" | "table" | "caption" | "prose";
  cells?: string[];
  heading?: { level: 0 | 1 | 2 | 3; title: string; prose: boolean };
}

function classify(raw: string, no: number, role: string | undefined): LineInfo {
  const text = raw.replace(/\r$/, "");
  const trimmed = text.trim();
  if (!trimmed || DEBRIS.test(trimmed) || role === "nav" || role === "meta")
    return { no, text, kind: "blank" };
  if (role === "title") return { no, text: trimmed, kind: "title" };
  if (text.includes("\t")) {
    const cells = text.split("\t").map((c) => c.trim());
    const filled = cells.filter(Boolean);
    const first = cells[0] ?? "";
    const level = headingLevel(first);
    const numeric = filled.slice(1).some((c) => /^\s*[\d.,]+\s*[%万]?\s*([(（].*)?$/.test(c));
    if (level && first && !numeric)
      return {
        no,
        text,
        kind: "heading",
        heading: { level, ...headingTitle(first), prose: false },
      };
    if (filled.length === 1 && first) return { no, text: first, kind: "caption" };
    return { no, text, kind: "table", cells };
  }
  if (ANNEX.test(trimmed))
    return {
      no,
      text: trimmed,
      kind: "heading",
      heading: { level: 0, title: trimmed, prose: false },
    };
  if (TITLE.test(trimmed) && trimmed.length <= 60) return { no, text: trimmed, kind: "title" };
  const level = headingLevel(trimmed);
  if (level)
    return { no, text: trimmed, kind: "heading", heading: { level, ...headingTitle(trimmed) } };
  return { no, text: trimmed, kind: "prose" };
}

/** Split the text into titled, sectioned blocks. Pure; line numbers are 1-based. */
export function readDocument(text: string): ReportDocument {
  const raw = text.replace(/^\ufeff/, "").split("\n");
  const front = readFront(raw);
  const infos = unflatten(raw).map((line, i) => classify(line, i + 1, front.roles.get(i)));

  const doc: ReportDocument = { title: null, front, titleLike: [], blocks: [] };
  const headings: Heading[] = [];
  let prose: LineInfo[] = [];
  let table: { rows: TableRow[]; captions: { text: string; line: number }[] } | null = null;

  const snapshot = () => ({ section: sectionOf(headings), headings: [...headings] });
  const flushProse = () => {
    if (prose.length) doc.blocks.push(proseBlock(prose, snapshot()));
    prose = [];
  };
  const flushTable = () => {
    if (table && (table.rows.length || table.captions.length))
      doc.blocks.push({ kind: "table", ...table, ...snapshot() });
    table = null;
  };
  const setHeading = (level: 0 | 1 | 2 | 3, title: string, line: number) => {
    while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
    headings.push({ level, title: cleanHeading(title), line });
  };

  for (const info of infos) {
    if (info.kind === "blank") continue;
    if (info.kind === "table" || (info.kind === "caption" && table)) {
      flushProse();
      table ??= { rows: [], captions: [] };
      if (info.kind === "table") table.rows.push({ cells: info.cells!, line: info.no });
      else table.captions.push({ text: info.text, line: info.no });
      continue;
    }
    flushTable();
    if (info.kind === "title") {
      flushProse();
      if (!doc.title) doc.title = { text: info.text, line: info.no };
      else doc.titleLike.push({ text: info.text, line: info.no });
    } else if (info.kind === "heading") {
      flushProse();
      setHeading(info.heading!.level, info.heading!.title, info.no);
      if (info.heading!.prose) prose.push(info);
    } else if (info.kind === "caption") {
      flushProse();
      table = { rows: [], captions: [{ text: info.text, line: info.no }] };
    } else {
      const last = prose[prose.length - 1];
      if (last && SENTENCE_END.test(last.text)) flushProse();
      prose.push(info);
    }
  }
  flushProse();
  flushTable();
  return doc;
}

function proseBlock(lines: LineInfo[], at: { section: string; headings: Heading[] }): ProseBlock {
  let text = "";
  const starts: ProseBlock["starts"] = [];
  for (const l of lines) {
    starts.push({ offset: text.length, line: l.no });
    text += toHalfWidth(l.text.trim());
  }
  return { kind: "prose", text, starts, ...at };
}

function cleanHeading(title: string): string {
  return toHalfWidth(title)
    .replace(/\s+/g, " ")
    .replace(/\s*([()])\s*/g, "$1")
    .replace(/[:：]\s*$/, "")
    .trim();
}

/** Text before the first heading (after the title). */
export const OPENING = "（开头，首个标题前）";

function sectionOf(headings: readonly Heading[]): string {
  return headings.map((h) => h.title).join(" ") || OPENING;
}

/** The line numbers a span of a prose block covers. */
export function linesOf(block: ProseBlock, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < block.starts.length; i++) {
    const s = block.starts[i]!;
    const end = block.starts[i + 1]?.offset ?? block.text.length;
    if (s.offset < Math.max(to, from + 1) && end > from) out.push(s.line);
  }
  return out;
}
