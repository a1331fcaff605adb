/**
 * A chart's width as laid out, for `use:observeWidth={(w) => (width = w)}`.
 * A chart draws its SVG only once its width is known, so the drawing is built
 * and laid out once (SVG text is the costliest part of laying out a chart),
 * never first at a guessed width and then again. The width is read in the
 * next frame before its layout (so the page is laid out once, in the frame,
 * not once more in the middle of the script that made the chart), and the
 * drawing joins that frame before it is painted; a ResizeObserver follows
 * later changes of width (a window resized, a phone turned).
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  let report = set;
  // Read before the next frame's layout: the frame lays the page out once, here, and the
  // drawing then joins it before the paint (a read now would lay the page out twice).
  const frame = requestAnimationFrame(() => {
    const w = Math.round(node.getBoundingClientRect().width);
    if (w > 0) report(w);
  });
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
      cancelAnimationFrame(frame);
      observer.disconnect();
    },
  };
}

/**
 * A drawing's width before its first layout: none in a page (the drawing waits
 * for its laid-out width), 600 where there is no layout at all (a server
 * render, as the snapshot tests make).
 */
export function initialWidth(): number {
  return typeof document === "undefined" ? 600 : 0;
}
