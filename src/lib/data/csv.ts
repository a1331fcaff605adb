/**
 * Writing CSV that Excel on Chinese Windows opens correctly (UTF-8 with BOM,
 * CRLF) and that cannot run formulas when opened (OWASP CSV injection).
 */
import { FACT_COLUMNS, type Fact } from "./fact.ts";

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Cells that read as escaped on the way back: quotes before a dangerous start. */
const ESCAPED_START = /^'*[=+\-@\t\r\n]/;

/**
 * Neutralise a cell that a spreadsheet would read as a formula, by prefixing a
 * single quote (OWASP). Plain numbers such as "-3.5" are left alone: they are
 * data, not formulas.
 */
export function neutraliseCell(cell: string): string {
  // A cell that already starts with quotes before such a character gets one
  // more, so `restoreCell` can always tell our quote from the data's own.
  if (ESCAPED_START.test(cell) && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

/** Undo `neutraliseCell`, so a file we wrote reads back unchanged. */
export function restoreCell(cell: string): string {
  const rest = cell.slice(1);
  return cell[0] === "'" && ESCAPED_START.test(rest) && !PLAIN_NUMBER.test(rest) ? rest : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to CSV text: neutralised, quoted where needed, CRLF, with a BOM by default. */
export function toCsv(rows: readonly (readonly string[])[], bom = true): string {
  const body = rows.map((r) => r.map((c) => quote(neutraliseCell(c))).join(",")).join("\r\n");
  return (bom ? "\ufeff" : "") + body + "\r\n";
}

/** Format a number for CSV without exponent notation or float noise. */
export function numberCell(n: number | null): string {
  if (n === null) return "";
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function factCells(f: Fact): string[] {
  return FACT_COLUMNS.map((c) => {
    const v = f[c];
    return typeof v === "number" ? numberCell(v) : v === null ? "" : v;
  });
}

/** The published long table as CSV (the format of facts.csv). */
export function factsToCsv(facts: readonly Fact[]): string {
  return toCsv([[...FACT_COLUMNS], ...facts.map(factCells)]);
}

/**
 * The same text as factsToCsv, in parts of `batch` rows, for a Blob: the
 * figures of a million-row file make more text than one string can hold.
 */
export function* factsCsvParts(facts: Iterable<Fact>, batch = 20_000): Generator<string> {
  yield toCsv([[...FACT_COLUMNS]]);
  let rows: string[][] = [];
  for (const f of facts) {
    rows.push(factCells(f));
    if (rows.length === batch) {
      yield toCsv(rows, false);
      rows = [];
    }
  }
  if (rows.length) yield toCsv(rows, false);
}
