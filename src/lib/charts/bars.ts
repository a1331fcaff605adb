/**
 * Layout of horizontal bar charts, as plain data: where each bar, label and
 * tick goes for a given width. Used by every bar chart (comparison, breakdowns,
 * satisfaction, seats, categories). Below `narrowAt` pixels the labels move
 * above their bars so a 360 px phone keeps the full width for the bars.
 */
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
  labelY: number;
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
  labelWidth?: number;
  narrowAt?: number;
  /** Approximate width of one character of value text, for fitting labels. */
  charWidth?: number;
  tickCount?: number;
}

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
  const longest = Math.max(
    0,
    ...data.map((d) => textWidth(d.sublabel ? `${d.label} · ${d.sublabel}` : d.label, charWidth)),
  );
  const labelWidth = narrow
    ? 0
    : Math.min(o.labelWidth ?? 200, Math.max(60, longest + 12), width * 0.4);
  const x0 = narrow ? 0 : labelWidth;
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
    const labelSpace = narrow ? 18 : 0;
    const barY = y + labelSpace;
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
      labelX: narrow ? 0 : x0 - 8,
      labelY: narrow ? y + 7 : barY + barHeight / 2,
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
