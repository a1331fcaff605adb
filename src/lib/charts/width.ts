/**
 * A chart's width as laid out, for `use:observeWidth={(w) => (width = w)}`.
 * Unlike `bind:clientWidth`, which reads the width as soon as the chart is
 * made (forcing the browser to lay the page out there and then, once per
 * chart), this waits for the ResizeObserver, which reports after the
 * browser's own layout: the chart is drawn at its default width, then at
 * its real one in the same frame.
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  let report = set;
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
