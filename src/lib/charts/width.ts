import { beforePrint } from "../ui/afterPaint.ts";

/**
 * A chart's width as laid out, for `use:observeWidth={(w) => (width = w)}`.
 * A chart draws its SVG only once its width is known, so the drawing is built
 * and laid out once (SVG text is the costliest part of laying out a chart),
 * never first at a guessed width and then again. The width is read in the
 * next frame before its layout, every chart's in one go (so the page is laid
 * out once, in the frame, not once more in the middle of the script that made
 * the chart); the drawing's empty frame, sized from it, joins that frame and
 * its marks follow in their turn (`ChartDrawing`). A ResizeObserver follows
 * later changes of width (a window resized, a phone turned).
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  let report = set;
  const read = { node, report: (w: number) => report(w) };
  toRead.add(read);
  if (!frame) frame = requestAnimationFrame(readWidths);
  const observer = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box && box.width > 0) report(Math.round(box.width));
  });
  observer.observe(node);
  return {
    update(next: (width: number) => void) {
      report = next;
    },
    destroy() {
      toRead.delete(read);
      observer.disconnect();
    },
  };
}

/** Drawings whose width is read in the next frame. */
const toRead = new Set<{ node: HTMLElement; report: (width: number) => void }>();
let frame = 0;

// Before printing, now: the page prints as laid out when the listeners return.
beforePrint(() => {
  const waiting = toRead.size > 0;
  readWidths();
  return waiting;
});

/**
 * Every waiting drawing's width, read in one go (one layout of the page), then
 * reported: a width read after another drawing was built would lay the page
 * out again.
 */
function readWidths() {
  frame = 0;
  const reads = [...toRead];
  toRead.clear();
  const widths = reads.map((r) => Math.round(r.node.getBoundingClientRect().width));
  reads.forEach((r, i) => {
    if (widths[i]! > 0) r.report(widths[i]!);
  });
}

/**
 * A drawing's width before its first layout: none in a page (the drawing waits
 * for its laid-out width), 600 where there is no layout at all (a server
 * render, as the snapshot tests make).
 */
export function initialWidth(): number {
  return typeof document === "undefined" ? 600 : 0;
}
