/**
 * The width of a bar label as the page draws it: the page's own font at the
 * charts' 12 px, measured once per text on a canvas (no layout, no reflow).
 * Where no canvas is at hand (Node, tests) it falls back on the estimate.
 */
import { textWidth } from "./bars.ts";
import type { Measure } from "./barLabels.ts";

let context: CanvasRenderingContext2D | null | undefined;
/** The page's font, read once: reading it while the DOM changes would force a style pass. */
let family = "sans-serif";
const cache = new Map<string, number>();
let current = "";

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (context) family = getComputedStyle(document.documentElement).fontFamily || family;
  }
  return context;
}

/** Width in px of `text` at the charts' size, bold or regular. */
export const measureLabel: Measure = (text, bold) => {
  const ctx = canvas();
  if (!ctx) return textWidth(text) * (bold ? 1.1 : 1);
  const key = `${bold ? "b" : "r"}${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const font = `${bold ? 700 : 400} 12px ${family}`;
    if (font !== current) ctx.font = current = font;
    // A pixel of slack per side for hinting differences between canvas and SVG text.
    w = ctx.measureText(text).width + 2;
    cache.set(key, w);
  }
  return w;
};
