/**
 * Tables that web pages flatten in other ways than tabs, rebuilt as tab-separated rows
 * before the document is read (line numbers unchanged: a row stands on the line of its
 * first cell, the lines of its other cells become blank):
 *
 * - pipe rows: “单位名称 | 受理案件数 | 按时办结率 |”, one row per line;
 * - one cell per line: “单位 |”, “办件数量 |”, …, “市监局 |”, “322 |”, … — the header
 *   is the cells before the first number, less the first row's label; the rows are cut
 *   to the header's width and kept only if every row is a label followed by numbers.
 *
 * A run that does not fit (a header over several rows, a numbered first column) is
 * left as it is, to be read as prose or not at all, never guessed into columns.
 */
import { readCell } from "./cell.ts";

/** “a | b | c |”: cells of a pipe row (null: not one, or fewer than two filled cells). */
export function pipeCells(line: string): string[] | null {
  if (!line.includes("|") || line.includes("\t")) return null;
  const cells = line
    .trim()
    .replace(/\|\s*$/, "")
    .split("|")
    .map((c) => c.trim());
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

/** “市监局 |”: the one cell of a one-cell line (null: not one). */
function oneCell(line: string): string | null {
  const m = /^\s*([^|]+?)\s*\|\s*$/.exec(line);
  return m ? m[1]! : null;
}

const isNumber = (cell: string) => readCell(cell).kind === "number";
const isValue = (cell: string) => {
  const k = readCell(cell).kind;
  return k === "number" || k === "absent";
};

/**
 * Rebuild the tables of one run of one-cell lines: a header (the cells before the first
 * number, less the first row's label), then rows of its width as long as each is a label
 * followed by values; what follows starts the next table. Cells that fit no table stay.
 */
function rebuild(cells: { text: string; index: number }[]): Map<number, string> {
  const out = new Map<number, string>();
  let at = 0;
  while (at < cells.length) {
    const rest = cells.slice(at);
    const first = rest.findIndex((c) => isNumber(c.text));
    const width = first - 1;
    if (first < 0) break;
    if (width < 2) {
      at += first + 1;
      continue;
    }
    const header = rest.slice(0, width);
    const rows: { text: string; index: number }[][] = [];
    for (let i = width; i + width <= rest.length; i += width) {
      const row = rest.slice(i, i + width);
      if (isNumber(row[0]!.text) || !row.slice(1).every((c) => isValue(c.text))) break;
      rows.push(row);
    }
    // The table ends where the run ends or where another header starts (three or more
    // cells before a number); anything else means the widths were guessed wrong.
    const next = width * (rows.length + 1);
    const after = rest.slice(next);
    const nextNumber = after.findIndex((c) => isNumber(c.text));
    if (!rows.length || (after.length && nextNumber >= 0 && nextNumber < 3)) {
      at += first + 1;
      continue;
    }
    for (const row of [header, ...rows]) {
      out.set(row[0]!.index, row.map((c) => c.text).join("\t"));
      for (const c of row.slice(1)) out.set(c.index, "");
    }
    at += next;
  }
  return out;
}

/** The lines with flattened tables rebuilt as tab-separated rows (same number of lines). */
export function unflatten(lines: readonly string[]): string[] {
  const out = [...lines];
  let run: { text: string; index: number }[] = [];
  const close = () => {
    if (run.length >= 6) for (const [i, text] of rebuild(run)) out[i] = text;
    run = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cell = oneCell(line);
    if (cell !== null) {
      run.push({ text: cell, index: i });
      return;
    }
    close();
    const cells = pipeCells(line);
    if (cells) out[i] = cells.join("\t");
  });
  close();
  return out;
}
