/**
 * A year cell: four digits (full-width too, "2023年" too). Years outside the
 * life of 12345 hotlines (the first opened in 1998; a report can be about
 * next year's plans at most) are read, so the message can name the year, but
 * flagged as out of range.
 */
import { toHalfWidth } from "../data/parseValue.ts";

export const FIRST_YEAR = 1998;

/** The last year a file may hold: next year, by the clock of the machine reading it. */
export const lastYear = (now = new Date()): number => now.getUTCFullYear() + 1;

/** A year in range; "range" for four digits out of it; null for anything else. */
export type YearCell = number | "range" | null;

/** Read a year cell; `last` is the last year accepted (see lastYear). */
export function readYear(text: string, last: number): YearCell {
  let y = 0;
  if (text.length === 4) {
    for (let i = 0; i < 4; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return readYearSlow(text, last);
      y = y * 10 + d;
    }
  } else return readYearSlow(text, last);
  return y >= FIRST_YEAR && y <= last ? y : "range";
}

function readYearSlow(text: string, last: number): YearCell {
  const t = toHalfWidth(text).trim().replace(/年$/, "");
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= FIRST_YEAR && y <= last ? y : "range";
}
