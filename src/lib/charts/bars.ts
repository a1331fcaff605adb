/**
 * Layout of horizontal bar charts, as plain data: where each bar, label and
 * tick goes for a given width. Used by every bar chart (comparison, breakdowns,
 * satisfaction, seats, categories). Below `narrowAt` pixels the labels move
 * above their bars so a 360 px phone keeps the full width for the bars. Labels
 * are measured and fitted to their column (barLabels.ts): the column widens to
 * the longest label where the width allows, a longer one takes two lines, and
 * no label starts left of the drawing.
 */
import { fitLabel, labelParts, widestLabel, type LabelLine, type Measure } from "./barLabels.ts";
import { scaleLinear } from "./linear.ts";

export interface BarDatum {
  key: string;
  label: string;
  /** Second line or suffix: year, level, definition… */
  sublabel?: string;
  value: number;
  /** The value as it should be printed at the bar's end. */
  display: string;
  derived?: boolean;
  highlight?: boolean;
  /** A figure of the user's own file (CSV preview), drawn in its own colour. */
  own?: boolean;
  /** A data-quality issue concerns this figure. */
  flagged?: boolean;
  /** Bars with the same group are drawn under one heading, in order. */
  group?: string;
  /** The report and section the figure comes from, for tables. */
  source?: string;
}

export interface BarRow {
  kind: "bar";
  datum: BarDatum;
  /** Top of the row. */
  y: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  labelX: number;
  /** Middle of the label: beside the bar's middle, or above the bar when narrow. */
  labelY: number;
  /** The label's lines (one or two), each at its own middle. */
  labelLines: (LabelLine & { y: number })[];
  /** The whole label where its lines had to cut it (for a <title>); null when shown whole. */
  labelTitle: string | null;
  valueX: number;
  valueY: number;
  /** Value label drawn inside the bar (end-anchored, light) when it does not fit after it. */
  valueInside: boolean;
}

export interface GroupRow {
  kind: "group";
  label: string;
  y: number;
  textY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** x of the bars' common baseline (value 0). */
  x0: number;
  x1: number;
  rows: (BarRow | GroupRow)[];
  ticks: { x: number; value: number }[];
  axisY: number;
}

export interface BarOptions {
  width: number;
  /** Fixed maximum of the scale (e.g. 100 for percentages); default: the largest value. */
  max?: number;
  barHeight?: number;
  gap?: number;
  /** Widest the label column may be (default 320 px; never over 40% of the width). */
  labelWidth?: number;
  narrowAt?: number;
  /** Approximate width of one character of value text, for fitting labels. */
  charWidth?: number;
  tickCount?: number;
  /** Width in px of label text (the page measures its font); default: `textWidth`'s estimate. */
  measure?: Measure;
}

/** Distance between the lines of a two-line label beside its bar, and above it when narrow. */
const LINE = 13;
const NARROW_LINE = 14;
/** Gap between a label's end and its bar. */
const LABEL_GAP = 8;
/** A narrow label's start: glyphs such as J reach a pixel left of their origin. */
const NARROW_INSET = 2;

/** Estimated rendered width of a label: CJK characters are about twice as wide as Latin. */
export function textWidth(s: string, charWidth = 7): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? charWidth * 1.9 : charWidth;
  return w;
}

export function layoutBars(data: readonly BarDatum[], o: BarOptions): BarLayout {
  const width = Math.max(200, Math.floor(o.width));
  const narrow = width < (o.narrowAt ?? 520);
  const barHeight = o.barHeight ?? 20;
  const gap = o.gap ?? 10;
  const charWidth = o.charWidth ?? 7;
  const measure: Measure =
    o.measure ?? ((text, bold) => textWidth(text, charWidth) * (bold ? 1.1 : 1));
  const longest = widestLabel(data, measure);
  const labelWidth = narrow
    ? 0
    : Math.min(o.labelWidth ?? 320, Math.max(60, longest + LABEL_GAP + 4), width * 0.4);
  const x0 = narrow ? 0 : labelWidth;
  // Room for a label's text: left of the bars, or the whole width above them.
  const labelRoom = narrow ? width - NARROW_INSET : labelWidth - LABEL_GAP;
  const valueRoom = Math.max(0, ...data.map((d) => textWidth(d.display, charWidth))) + 8;
  const x1 = Math.max(x0 + 40, width - Math.min(valueRoom, width * 0.3));
  const max = o.max ?? Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([x0, x1]);
  if (o.max === undefined) x.nice(o.tickCount ?? 4);

  const rows: (BarRow | GroupRow)[] = [];
  let y = 0;
  let group: string | undefined;
  for (const d of data) {
    if (d.group !== undefined && d.group !== group) {
      group = d.group;
      rows.push({ kind: "group", label: d.group, y, textY: y + 16 });
      y += 24;
    }
    const label = fitLabel(labelParts(d), labelRoom, measure, !!d.highlight);
    const n = label.lines.length;
    const labelSpace = narrow ? 18 + (n - 1) * NARROW_LINE : 0;
    const barY = y + labelSpace;
    const labelY = narrow ? y + 7 + ((n - 1) * NARROW_LINE) / 2 : barY + barHeight / 2;
    const step = narrow ? NARROW_LINE : LINE;
    const barWidth = Math.max(0, x(Math.max(0, d.value)) - x0);
    const after = x0 + barWidth + 4;
    const fits = after + textWidth(d.display, charWidth) <= width;
    rows.push({
      kind: "bar",
      datum: d,
      y,
      barY,
      barHeight,
      barWidth,
      labelX: narrow ? NARROW_INSET : x0 - LABEL_GAP,
      labelY,
      labelLines: label.lines.map((l, i) => ({ ...l, y: labelY + (i - (n - 1) / 2) * step })),
      labelTitle: label.cut ? label.full : null,
      valueX: fits ? after : x0 + barWidth - 4,
      valueY: barY + barHeight / 2,
      valueInside: !fits,
    });
    y = barY + barHeight + gap;
  }
  const axisY = y;
  const ticks = x.ticks(o.tickCount ?? (narrow ? 3 : 5)).map((v) => ({ x: x(v), value: v }));
  return { width, height: axisY + 18, narrow, x0, x1, rows, ticks, axisY };
}
