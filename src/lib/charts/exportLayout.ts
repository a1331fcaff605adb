/**
 * The text around a chart in its PNG/SVG download, laid out as plain data:
 * the title and definition above the drawing; the legend, the source (wrapped
 * to the width, never cut) and the site's address below it. An image taken
 * into an article keeps what the page says around the chart. Pure: the DOM
 * part (export.ts) only turns these lines into <text> elements.
 */
import { textWidth } from "./bars.ts";
import type { LegendItem, LegendKey } from "./legend.ts";
import { wrapBy } from "./wrap.ts";

export interface ExportText {
  title: string;
  /** Which view of the data the drawing shows (a ranking), where the chart says. */
  subtitle?: string;
  definition: string;
  legend: readonly LegendItem[];
  /** "来源：…" / "Source: …", the whole line. */
  source: string;
  /** The page's address, where the figures can be checked. */
  address: string;
}

export interface ExportLine {
  text: string;
  /** Start and baseline. */
  x: number;
  y: number;
  size: number;
  weight: "600" | "400";
  tone: "ink" | "muted";
  /** A legend entry's swatch, drawn at the line's start (its text moves right). */
  swatch?: LegendKey;
}

export interface ExportFrame {
  width: number;
  height: number;
  /** Where the chart's own drawing goes. */
  chartX: number;
  chartY: number;
  lines: ExportLine[];
}

const PAD = 12;
export const SWATCH = 22;

/**
 * Break text into lines no wider than `width` px at `size` px type: Latin
 * text at spaces, CJK between any two characters, a token longer than a line
 * (a URL) between characters. Nothing is dropped or shortened.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const charWidth = size * 0.56;
  return wrapBy(text, (s) => textWidth(s, charWidth) <= width);
}

/** The frame of a chart `chartWidth` × `chartHeight` px with its text. */
export function layoutExport(chartWidth: number, chartHeight: number, t: ExportText): ExportFrame {
  const width = Math.max(chartWidth, 280) + 2 * PAD;
  const inner = width - 2 * PAD;
  const lines: ExportLine[] = [];
  let y = PAD;
  const add = (
    text: string,
    size: number,
    lead: number,
    weight: ExportLine["weight"],
    tone: ExportLine["tone"],
    swatch?: LegendKey,
  ) => {
    const room = swatch ? inner - SWATCH : inner;
    for (const [i, s] of wrapText(text, room, size).entries()) {
      y += lead;
      const x = swatch ? PAD + SWATCH : PAD;
      lines.push({ text: s, x, y, size, weight, tone, ...(swatch && i === 0 ? { swatch } : {}) });
    }
  };
  add(t.title, 15, 20, "600", "ink");
  if (t.subtitle) add(t.subtitle, 12, 16, "600", "ink");
  if (t.definition) add(t.definition, 12, 16, "400", "muted");
  const chartY = y + 10;
  y = chartY + chartHeight + 4;
  for (const item of t.legend) add(item.label, 11, 16, "400", "ink", item.key);
  if (t.source) add(t.source, 11, 15, "400", "muted");
  if (t.address) add(t.address, 11, 15, "400", "muted");
  return { width, height: y + PAD, chartX: PAD, chartY, lines };
}
