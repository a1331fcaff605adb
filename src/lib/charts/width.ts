/**
 * A chart's width as laid out, for `use:observeWidth={(w) => (width = w)}`.
 * A chart draws its SVG only once its width is known, so the drawing is built
 * and laid out once (SVG text is the costliest part of laying out a chart),
 * never first at a guessed width and then again. The width is read once when
 * the chart's box is made, before its drawing exists (laying out an empty box
 * is cheap), so the drawing comes in the same task and is painted with the rest;
 * a ResizeObserver follows later changes of width (a window resized, a
 * phone turned).
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  let report = set;
  const first = Math.round(node.getBoundingClientRect().width);
  if (first > 0) report(first);
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
