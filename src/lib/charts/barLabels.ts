/**
 * How a bar's label fits its room: on one line when it can, else on two (the
 * name, then its year or level; or a long name broken at a space, or between
 * CJK characters), and only past two lines cut with "…" — the full text is
 * kept for the label's <title>, the hover line and the chart's table. Labels
 * are measured, never clipped by the edge of the drawing (a long name such as
 * 乳源瑶族自治县 or "Nanchang Economic and Technological Development Zone"
 * stays whole on a 360 px phone). Pure: the caller gives the measure.
 */
import { ellipsis, firstLine } from "./wrap.ts";

/** Width in px of a label's text at the chart's size; `bold` for the highlighted place. */
export type Measure = (text: string, bold: boolean) => number;

/** Lines a label may take before it is cut. */
export const MAX_LABEL_LINES = 2;

/** One line of a label: the name's part (ink) and the sublabel's part (muted). */
export interface LabelLine {
  main: string;
  sub: string;
}

export interface FittedLabel {
  lines: LabelLine[];
  /** The whole label as one line, for a <title> when some of it was cut. */
  full: string;
  cut: boolean;
}

/** The label's parts: the ⚠ of a flagged figure and the name, then " · " and the sublabel. */
export function labelParts(d: {
  label: string;
  sublabel?: string | undefined;
  flagged?: boolean | undefined;
}): { main: string; sub: string } {
  return { main: `${d.flagged ? "⚠ " : ""}${d.label}`, sub: d.sublabel ? ` · ${d.sublabel}` : "" };
}

/** The label fitted into `room` px: one line, two, or two with the second cut. */
export function fitLabel(
  parts: { main: string; sub: string },
  room: number,
  measure: Measure,
  bold = false,
): FittedLabel {
  const full = parts.main + parts.sub;
  const fits = (s: string) => measure(s, bold) <= room;
  if (fits(full)) return { lines: [{ main: parts.main, sub: parts.sub }], full, cut: false };
  // The name on the first line, as much of it as fits; the rest and the sublabel on the second.
  const [head, tail] = firstLine(parts.main, fits);
  const sub = tail ? parts.sub : parts.sub.replace(/^ · /, "");
  const second = tail + sub;
  const cut = !fits(second);
  const last = cut ? ellipsis(second, fits) : second;
  // Which part of the second line is the name's and which the sublabel's, after any cut.
  const mainPart = last.slice(0, Math.min(tail.length, last.length));
  const lines: LabelLine[] = [{ main: head, sub: "" }];
  if (last) lines.push({ main: mainPart, sub: last.slice(mainPart.length) });
  return { lines, full, cut };
}

/** The widest a label set needs on one line, so a column can fit it when there is room. */
export function widestLabel(
  data: readonly { label: string; sublabel?: string; flagged?: boolean; highlight?: boolean }[],
  measure: Measure,
): number {
  let w = 0;
  for (const d of data) {
    const p = labelParts(d);
    w = Math.max(w, measure(p.main + p.sub, !!d.highlight));
  }
  return w;
}
