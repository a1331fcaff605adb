/**
 * Work after the next paint, in a task of its own: what follows does its DOM
 * work apart from the browser's layout and paint of what came before, so
 * neither makes a long task of both (a phone's total blocking time counts
 * every task's time over 50 ms), and what was drawn before has its size.
 */

/** Run `fn` after the next paint; returns a function that cancels it. */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Resolves after the next paint (see afterNextPaint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve));
}
