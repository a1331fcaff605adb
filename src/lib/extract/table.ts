/**
 * Figures in flattened tables. A table block is cut into tables (header rows,
 * then value rows); each value cell is read under its column's meaning and its
 * row's role:
 *
 * - a total row (总计, 合计, 全市…) or the only row gives the column's metric;
 * - 咨询类 / 非咨询类 rows give the consultation counts under a count column,
 *   and a per-scope figure under a rate or duration column (one value printed
 *   across both rows, a merged cell, is a figure for all requests);
 * - 群众诉求 / 企业诉求 rows give the public / enterprise counts;
 * - in a call table only the 接听 row carries call figures;
 * - a row named for a metric (全市每十万人座席数) gives that metric;
 * - other rows (回访, 呼出, 市本级平台 beside a city-wide row) give nothing.
 *
 * A metric printed over several columns (“在线解答” over two unnamed columns)
 * becomes a split figure whose parts go to review.
 */
import { metricInfo, type Scope } from "../data/metrics.ts";
import { readCell, unitMismatch, type Reading } from "./cell.ts";
import type { TableBlock, TableRow } from "./document.ts";
import { figureOf, joinNotes, type FigureFields } from "./figure.ts";
import { columnMeaning, headerLayouts, type Layout, type Meaning } from "./layout.ts";
import {
  SCOPEABLE,
  cleanLabel,
  contextOf,
  enterpriseMetric,
  isCallMetric,
  rowRole,
  type RowRole,
} from "./terms.ts";
import type { Figure, ReviewItem, Skipped } from "./types.ts";
import { figureKey } from "./types.ts";

export interface TableReading {
  /** What the table gives under each candidate column layout (one when the header aligns). */
  layouts: Figure[][];
  review: ReviewItem[];
  skipped: Skipped[];
}

export interface Table {
  headers: TableRow[];
  values: TableRow[];
}

/** Is this row a row of values (rather than headers)? */
export function isValueRow(cells: readonly string[]): boolean {
  const readings = cells.slice(1).map(readCell);
  if (readings.some((r) => r.kind === "number")) return true;
  if (readCell(cells[0] ?? "").kind === "number") return true;
  const filled = readings.filter((r) => r.kind !== "empty");
  return filled.length > 0 && filled.every((r) => r.kind === "absent");
}

/** Cut a block into tables: header rows, then value rows; a header after values starts a new table. */
export function splitTables(rows: readonly TableRow[]): Table[] {
  const out: Table[] = [];
  let cur: Table = { headers: [], values: [] };
  for (const row of rows) {
    if (isValueRow(row.cells)) cur.values.push(row);
    else {
      if (cur.values.length) {
        out.push(cur);
        cur = { headers: [], values: [] };
      }
      cur.headers.push(row);
    }
  }
  if (cur.values.length) out.push(cur);
  return out;
}

/**
 * Side-by-side column groups (指标 | 数值 | 指标 | 数值, a page's two half-width tables
 * printed as one): a single header row that repeats a group of cells is cut into its
 * groups, each value row into as many rows of the group's width (same line number).
 */
export function unstack(t: Table): Table {
  if (t.headers.length !== 1) return t;
  const header = t.headers[0]!.cells;
  const norm = header.map((c) => c.replace(/\s+/g, ""));
  const n = norm.length;
  for (let k = 2; k <= n / 2; k++) {
    if (n % k) continue;
    const groups = n / k;
    let same = norm.slice(0, k).every(Boolean);
    for (let g = 1; g < groups && same; g++)
      same = norm.slice(g * k, g * k + k).every((c, i) => c === norm[i]);
    if (!same) continue;
    const values: TableRow[] = [];
    for (let g = 0; g < groups; g++)
      for (const r of t.values) {
        const cells = r.cells.slice(g * k, g * k + k);
        if (cells.some((c) => c.trim())) values.push({ ...r, cells });
      }
    return { headers: [{ ...t.headers[0]!, cells: header.slice(0, k) }], values };
  }
  return t;
}

/** Read every table of a block. */
export function readTables(block: TableBlock): TableReading[] {
  const context = contextOf(block.section);
  return splitTables(block.rows)
    .map(unstack)
    .map((t) => {
      if (context.kind === "special") {
        return {
          layouts: [[]],
          review: [],
          skipped: [
            {
              metric: "",
              written: "",
              reason: `table about ${context.why}, not the hotline as a whole`,
              lines: t.values.map((r) => r.line),
              text: block.section,
            },
          ],
        };
      }
      return readTable(t, block.section, context.kind === "enterprise");
    });
}

function readTable(t: Table, section: string, enterprise: boolean): TableReading {
  const labelCol = !t.values.every((r) => readCell(r.cells[0] ?? "").kind === "number");
  const width = Math.max(...t.values.map((r) => lastFilled(r.cells) + 1));
  const headers = t.headers.map((h) => h.cells);
  const reading: TableReading = { layouts: [], review: [], skipped: [] };
  const seen = new Set<string>();
  // Layouts differ only in some columns: report each review item or skipped cell once.
  const once = (x: object) => {
    const key = JSON.stringify(x);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const layout of headerLayouts(headers, width, labelCol)) {
    const r = readGrid(grid(t, layout, labelCol, section));
    reading.layouts.push(enterprise ? r.figures.flatMap(asEnterprise) : r.figures);
    reading.review.push(...r.review.filter(once));
    reading.skipped.push(...r.skipped.filter(once));
  }
  return reading;
}

function asEnterprise(f: Figure): Figure[] {
  const metric = enterpriseMetric(f.metric);
  return metric ? [{ ...f, metric }] : [];
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]) return i;
  return 0;
}

/** One table under one column layout: what every cell's reading depends on. */
interface Grid {
  table: Table;
  layout: Layout;
  meanings: Meaning[];
  labelCol: boolean;
  section: string;
  roles: RowRole[];
  hasTotal: boolean;
  hasAnswered: boolean;
  headerLines: number[];
}

function grid(table: Table, layout: Layout, labelCol: boolean, section: string): Grid {
  const roles = table.values.map((r): RowRole =>
    labelCol ? rowRole(r.cells[0] ?? "") : { kind: "total" },
  );
  return {
    table,
    layout,
    meanings: layout.map(columnMeaning),
    labelCol,
    section,
    roles,
    hasTotal: roles.some((r) => r.kind === "total"),
    hasAnswered: roles.some((r) => r.kind === "answered"),
    headerLines: table.headers.map((h) => h.line),
  };
}

/** A row as it is read: its label, its role (after the single-row rules) and a note on that. */
interface RowReading {
  index: number;
  row: TableRow;
  label: string;
  role: RowRole;
  note: string;
  /** Why the row's figures are only candidates for review (empty when they are not). */
  doubt: string;
}

/** What one cell gives. */
type CellOutcome =
  | { kind: "figure"; figure: Figure; scopeRow: boolean }
  | { kind: "part"; metric: string; scope: Scope | ""; reading: Reading }
  | { kind: "review"; item: ReviewItem }
  | { kind: "skipped"; item: Skipped };

interface Placed {
  figure: Figure;
  row: number;
  col: number;
  scopeRow: boolean;
}

function readGrid(g: Grid): { figures: Figure[]; review: ReviewItem[]; skipped: Skipped[] } {
  const out = { figures: [] as Figure[], review: [] as ReviewItem[], skipped: [] as Skipped[] };
  const placed: Placed[] = [];
  const splits = new Map<string, Split>();
  g.table.values.forEach((row, index) => {
    const label = g.labelCol ? cleanLabel(row.cells[0] ?? "") : "";
    const single = g.table.values.length === 1;
    const r: RowReading = {
      index,
      row,
      label,
      ...effectiveRole(g.roles[index]!, label, single, g.hasTotal),
    };
    if (r.role.kind === "metric") {
      const p = metricRow(g, r, r.role.metric);
      if (p) placed.push(p);
      return;
    }
    for (let c = g.labelCol ? 1 : 0; c < g.layout.length; c++) {
      const o = readCellAt(g, r, c);
      if (!o) continue;
      if (o.kind === "figure" && r.doubt) {
        const item = { kind: "ambiguous" as const, message: `${o.figure.metric}: ${r.doubt}` };
        out.review.push({ ...item, keys: [figureKey(o.figure)], candidates: [o.figure] });
      } else if (o.kind === "figure")
        placed.push({ figure: o.figure, row: index, col: c, scopeRow: o.scopeRow });
      else if (o.kind === "review") out.review.push(o.item);
      else if (o.kind === "skipped") out.skipped.push(o.item);
      else {
        const key = `${index}|${o.metric}|${o.scope}`;
        const s = splits.get(key) ?? { metric: o.metric, scope: o.scope, row: index, parts: [] };
        s.parts.push([c, o.reading]);
        splits.set(key, s);
      }
    }
  });
  for (const s of splits.values()) out.figures.push(splitFigure(s, g));
  out.figures.push(...mergedCells(placed, g, out.review));
  return out;
}

/** Provenance shared by the figures of a cell. */
function cellBase(g: Grid, r: RowReading, c: number, reading: Reading) {
  return {
    section: r.label ? `${g.section}，${r.label}` : g.section,
    lines: [...g.headerLines, r.row.line],
    text: rowText(g.layout, c, r.row),
    origin: "table" as const,
    cells: [`${r.row.line}:${c}`],
    yoy_text: reading.yoy,
    note: r.note,
  };
}

/** A row named for its metric (全市每十万人座席数): its first number. */
function metricRow(g: Grid, r: RowReading, metric: string): Placed | null {
  const c = r.row.cells.findIndex((cell, k) => k > 0 && readCell(cell).kind === "number");
  const reading = readCell(r.row.cells[c] ?? "");
  if (c < 1 || unitMismatch(metricInfo(metric)!.unit, reading, "")) return null;
  const figure = figureOf(reading, {
    ...cellBase(g, r, c, reading),
    text: rowText(null, c, r.row),
    metric,
    term_zh: r.label,
  });
  return { figure, row: r.index, col: c, scopeRow: false };
}

function readCellAt(g: Grid, r: RowReading, c: number): CellOutcome | null {
  const reading = readCell(r.row.cells[c] ?? "");
  if (reading.kind !== "number") return null;
  const m = g.meanings[c]!;
  const base = cellBase(g, r, c, reading);
  if (g.layout[c]!.unaligned) {
    const cands = unalignedCandidates(g.layout[c]!, r.role, g.hasAnswered, reading, base);
    if (!cands.length) return null;
    const message = `Column ${c + 1} of the table at line ${r.row.line}: its header cannot be aligned with the values; ${reading.written} could be ${cands.map((f) => f.metric).join(" or ")}.`;
    return {
      kind: "review",
      item: {
        kind: "alignment",
        keys: [...new Set(cands.map(figureKey))],
        message,
        candidates: cands,
      },
    };
  }
  if (m.ambiguous.length) {
    const cands = m.ambiguous.map((metric) =>
      figureOf(reading, { ...base, metric, term_zh: m.term }),
    );
    const message = `Header “${m.term}” could be ${m.ambiguous.join(" or ")}.`;
    return {
      kind: "review",
      item: { kind: "ambiguous", keys: cands.map(figureKey), message, candidates: cands },
    };
  }
  const target = combine(r.role, m.metric ?? m.partOf, g.hasAnswered);
  if (!target) return null;
  const mismatch = unitMismatch(metricInfo(target.metric)!.unit, reading, m.unit);
  if (mismatch) return { kind: "skipped", item: skip(target.metric, reading, mismatch, base) };
  if (m.partOf) return { kind: "part", ...target, reading };
  const figure = figureOf(reading, {
    ...base,
    ...target,
    term_zh: termOf(m, r.label, target.metric, r.role),
    note: joinNotes(r.note, m.workOrders ? "Counted in work orders (工单)." : ""),
  });
  return {
    kind: "figure",
    figure,
    scopeRow: r.role.kind === "scope" && SCOPEABLE.has(target.metric),
  };
}

/** What an unaligned cell could be under each top header that might stand over it. */
function unalignedCandidates(
  col: Layout[number],
  role: RowRole,
  hasAnswered: boolean,
  r: Reading,
  b: Omit<FigureFields, "metric" | "term_zh">,
): Figure[] {
  return col.candidates.flatMap((top) => {
    const m = columnMeaning({ ...col, top, unaligned: false });
    const target = combine(role, m.metric ?? m.partOf, hasAnswered);
    return target ? [figureOf(r, { ...b, ...target, term_zh: m.term })] : [];
  });
}

function skip(
  metric: string,
  r: Reading,
  reason: string,
  b: { lines: number[]; text: string },
): Skipped {
  return {
    metric,
    written: r.written + (r.percent ? "%" : ""),
    reason,
    lines: b.lines,
    text: b.text,
  };
}

/**
 * A row's role after the table-wide rules: the only row of a table is its
 * total (noted); a city-level row (市本级) where no city-wide row exists may
 * or may not be the whole place, so its figures are only candidates (`doubt`).
 */
function effectiveRole(
  role: RowRole,
  label: string,
  single: boolean,
  hasTotal: boolean,
): { role: RowRole; note: string; doubt: string } {
  if (single && (role.kind === "segment" || role.kind === "city" || role.kind === "other") && label)
    return {
      role: { kind: "total" },
      note: `The table's only row is labelled “${label}”; read as the total.`,
      doubt: "",
    };
  if (role.kind === "city" && !hasTotal)
    return {
      role: { kind: "total" },
      note: "",
      doubt: `Only the row “${label}” gives this figure, and the table has no city-wide row: is it the whole place?`,
    };
  return { role, note: "", doubt: "" };
}

/** The metric and scope a cell gives, from its row's role and its column's metric. */
export function combine(
  role: RowRole,
  metric: string | null,
  hasAnswered: boolean,
): { metric: string; scope: Scope | "" } | null {
  if (!metric) return null;
  switch (role.kind) {
    case "total":
      return hasAnswered && isCallMetric(metric) ? null : { metric, scope: "" };
    case "answered":
      return isCallMetric(metric) ? { metric, scope: "" } : null;
    case "scope":
      if (metric === "demand_total")
        return {
          metric: role.scope === "consultation" ? "demand_consultation" : "demand_non_consultation",
          scope: "",
        };
      return SCOPEABLE.has(metric) ? { metric, scope: role.scope } : null;
    case "segment":
      return metric === "demand_total" ? { metric: role.metric, scope: "" } : null;
    default:
      return null;
  }
}

function termOf(m: Meaning, label: string, metric: string, role: RowRole): string {
  if (!label) return m.term;
  if (role.kind === "scope" && !SCOPEABLE.has(metric)) return `${label}（${m.term}）`;
  if (role.kind === "segment") return label;
  return `${m.term}（${label}）`;
}

/** The row as read, prefixed by the header of column `c` (none for a row named for its metric). */
function rowText(layout: Layout | null, c: number, row: TableRow): string {
  const cells = row.cells.filter(Boolean).join(" | ");
  if (!layout) return cells;
  const col = layout[c]!;
  const header = [col.top, col.lower].filter(Boolean).map(cleanLabel).join(" › ");
  return `[${header || `column ${c + 1}`}] ${cells}`;
}

interface Split {
  metric: string;
  scope: Scope | "";
  row: number;
  parts: [number, Reading][];
}

/** A metric printed over several columns: one figure whose value is the sum of its parts. */
function splitFigure(s: Split, g: Grid): Figure {
  const row = g.table.values[s.row]!;
  const label = cleanLabel(row.cells[0] ?? "");
  const parts = s.parts.map(([c, r]) => ({
    term: cleanLabel(g.layout[c]!.lower) || `column ${c + 1}`,
    written: r.written,
  }));
  const first = s.parts[0]!;
  const total = sumExact(s.parts.map(([, r]) => r.exact));
  return figureOf(
    { ...first[1], exact: total, written: total, tolerance: 0, yoy: "" },
    {
      metric: s.metric,
      scope: s.scope,
      term_zh: `${g.meanings[first[0]]!.term}（${parts.map((p) => p.term).join(" + ")}）`,
      section: label ? `${g.section}，${label}` : g.section,
      lines: [...g.headerLines, row.line],
      text: rowText(g.layout, first[0], row),
      origin: "table",
      cells: s.parts.map(([c]) => `${row.line}:${c}`),
      parts,
      note: `Printed over ${parts.length} columns; the value is their sum.`,
    },
  );
}

/** Sum non-negative decimal strings exactly. */
export function sumExact(values: readonly string[]): string {
  const decimals = Math.max(0, ...values.map((v) => (v.split(".")[1] ?? "").length));
  const scaled = values.reduce((sum, v) => {
    const [int = "0", frac = ""] = v.split(".");
    return sum + BigInt(int + frac.padEnd(decimals, "0"));
  }, 0n);
  if (!decimals) return scaled.toString();
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  return `${digits.slice(0, cut)}.${digits.slice(cut)}`.replace(/\.?0+$/, "");
}

/**
 * Per-scope rates and durations: a value on every 咨询类/非咨询类 row is a figure
 * per scope; a value on the first only (the rest blank) is one merged cell for
 * all requests; anything else is sent to review.
 */
function mergedCells(placed: Placed[], g: Grid, review: ReviewItem[]): Figure[] {
  const scopeRows = g.roles.flatMap((r, i) => (r.kind === "scope" ? [i] : []));
  const out = placed.filter((p) => !p.scopeRow).map((p) => p.figure);
  const groups = new Map<string, Placed[]>();
  for (const p of placed.filter((q) => q.scopeRow)) {
    const k = `${p.col}|${p.figure.metric}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  for (const group of groups.values()) {
    if (group.length === scopeRows.length) {
      out.push(...group.map((p) => p.figure));
      continue;
    }
    const only = group[0]!;
    const othersBlank = scopeRows
      .filter((i) => i !== only.row)
      .every((i) => readCell(g.table.values[i]!.cells[only.col] ?? "").kind === "empty");
    if (group.length === 1 && only.row === scopeRows[0] && othersBlank) {
      out.push({
        ...only.figure,
        scope: "",
        section: only.figure.section.replace(/，[^，]*$/, ""),
        term_zh: only.figure.term_zh.replace(/（[^（）]*）$/, ""),
        note: joinNotes(
          only.figure.note,
          "One value printed across the 咨询类 and 非咨询类 rows (a merged cell): read as the figure for all requests.",
        ),
      });
      continue;
    }
    const cands = group.map((p) => p.figure);
    review.push({
      kind: "alignment",
      keys: [...new Set(cands.map(figureKey))],
      message: `${only.figure.metric}: values on only some of the 咨询类/非咨询类 rows; cannot tell whether they are per scope.`,
      candidates: cands,
    });
  }
  return out;
}
