/**
 * The width of a bar label as the page draws it: the page's own font at the
 * charts' 12 px, measured once per text on a canvas (no layout, no reflow).
 * Where no canvas is at hand (Node, tests) it falls back on the estimate.
 */
import { textWidth } from "./bars.ts";
import type { Measure } from "./barLabels.ts";

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined)
    context =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  return context;
}

/** Width in px of `text` at the charts' size, bold or regular. */
export const measureLabel: Measure = (text, bold) => {
  const ctx = canvas();
  if (!ctx) return textWidth(text) * (bold ? 1.1 : 1);
  const key = `${bold ? "b" : "r"}${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const family = getComputedStyle(document.documentElement).fontFamily || "sans-serif";
    ctx.font = `${bold ? 700 : 400} 12px ${family}`;
    // A pixel of slack per side for hinting differences between canvas and SVG text.
    w = ctx.measureText(text).width + 2;
    cache.set(key, w);
  }
  return w;
};
