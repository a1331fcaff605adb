import { flushSync } from "svelte";

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

/** Drawings waiting for their turn, in the order they asked. */
const turns: (() => void)[] = [];
/** Whether a turn is under way (a drawing was made, or is due, after the next paint). */
let turning = false;
/** Waiting for every drawing to be made and painted. */
const settled: (() => void)[] = [];

function nextTurn() {
  const draw = turns.shift();
  if (!draw) {
    turning = false;
    for (const done of settled.splice(0)) done();
    return;
  }
  draw();
  afterNextPaint(nextTurn);
}

/**
 * Run `draw` after the next paint, one drawing per task, each after the paint
 * of the one before: a page's charts are built one at a time, so building one
 * and laying it out is never one long task with the layout of the text around
 * it or with another chart (a phone's total blocking time counts each task's
 * time over 50 ms). Every waiting drawing is made at once before printing.
 * Returns a function that withdraws it.
 */
export function drawInTurn(draw: () => void): () => void {
  let due = true;
  const turn = () => {
    if (due) draw();
    due = false;
  };
  turns.push(turn);
  if (!turning) {
    turning = true;
    afterNextPaint(nextTurn);
  }
  return () => {
    due = false;
    const i = turns.indexOf(turn);
    if (i >= 0) turns.splice(i, 1);
  };
}

/**
 * Resolves once what was just put on the page is drawn: after the next paint
 * (drawings read their width in that frame), then once every drawing waiting
 * for its turn is made and painted. The "drawn" marks the benchmark reads.
 */
export function afterDrawn(): Promise<void> {
  return afterPaint().then(drawingsDone);
}

/** Resolves once every drawing waiting for its turn is made and painted. */
export function drawingsDone(): Promise<void> {
  return turning ? new Promise((resolve) => settled.push(resolve)) : Promise.resolve();
}

/**
 * Steps that make a page whole for printing, each returning whether it did
 * anything (drew a waiting chart, read a width).
 */
const printSteps = new Set<() => boolean>();

/**
 * Register a step to run, synchronously, before the page is printed: a
 * browser prints what is laid out when its `beforeprint` listeners return, so
 * a drawing that waits for a frame, a paint or the reader's scrolling would
 * print as its empty box. The steps run in rounds, Svelte's updates flushed
 * after each, until none does anything (a drawn part mounts charts, whose
 * widths are then read, whose marks are then drawn). Returns a function that
 * removes the step.
 */
export function beforePrint(step: () => boolean): () => void {
  printSteps.add(step);
  return () => printSteps.delete(step);
}

/** Every waiting drawing, made now (see beforePrint). */
beforePrint(() => {
  const due = turns.splice(0);
  for (const draw of due) draw();
  return due.length > 0;
});

if (typeof addEventListener === "function")
  addEventListener("beforeprint", () => {
    for (let round = 0; round < 50; round++) {
      let did = false;
      for (const step of [...printSteps]) did = step() || did;
      flushSync();
      if (!did) break;
    }
  });
