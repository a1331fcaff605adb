import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The turn queue of chart drawings (src/lib/ui/afterPaint.ts) with a fake
 * frame clock: `paint()` runs the frame's callbacks, then the tasks they
 * queued, as a browser does around a paint.
 */
let frames: (() => void)[] = [];
let printListeners: (() => void)[] = [];
const paint = () => {
  const due = frames;
  frames = [];
  for (const f of due) f();
  vi.runOnlyPendingTimers();
};

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  frames = [];
  printListeners = [];
  vi.stubGlobal("requestAnimationFrame", (f: () => void) => frames.push(f));
  vi.stubGlobal("cancelAnimationFrame", () => {});
  vi.stubGlobal("addEventListener", (type: string, f: () => void) => {
    if (type === "beforeprint") printListeners.push(f);
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("drawInTurn", () => {
  it("makes one drawing per task, each after the paint of the one before, in the order asked", async () => {
    const { drawInTurn } = await import("../../src/lib/ui/afterPaint.ts");
    const drawn: string[] = [];
    for (const id of ["a", "b", "c"]) drawInTurn(() => drawn.push(id));
    expect(drawn).toEqual([]); // never in the task that asked
    paint();
    expect(drawn).toEqual(["a"]);
    paint();
    expect(drawn).toEqual(["a", "b"]);
    paint();
    expect(drawn).toEqual(["a", "b", "c"]);
    paint();
    expect(drawn).toEqual(["a", "b", "c"]);
  });

  it("a withdrawn drawing is never made, and the others keep their order", async () => {
    const { drawInTurn } = await import("../../src/lib/ui/afterPaint.ts");
    const drawn: string[] = [];
    drawInTurn(() => drawn.push("a"));
    const withdraw = drawInTurn(() => drawn.push("b"));
    drawInTurn(() => drawn.push("c"));
    withdraw();
    for (let i = 0; i < 4; i++) paint();
    expect(drawn).toEqual(["a", "c"]);
  });

  it("drawingsDone resolves once the last drawing is made and painted, at once when none waits", async () => {
    const { drawInTurn, drawingsDone } = await import("../../src/lib/ui/afterPaint.ts");
    let idle = false;
    await drawingsDone(); // nothing waiting
    drawInTurn(() => {});
    drawInTurn(() => {});
    void drawingsDone().then(() => (idle = true));
    paint();
    paint();
    await Promise.resolve();
    expect(idle).toBe(false); // the second drawing is made, not yet painted
    paint();
    await Promise.resolve();
    expect(idle).toBe(true);
  });

  it("every waiting drawing is made at once before printing", async () => {
    const { drawInTurn } = await import("../../src/lib/ui/afterPaint.ts");
    const drawn: string[] = [];
    for (const id of ["a", "b", "c"]) drawInTurn(() => drawn.push(id));
    for (const f of printListeners) f();
    expect(drawn).toEqual(["a", "b", "c"]);
    for (let i = 0; i < 4; i++) paint();
    expect(drawn).toEqual(["a", "b", "c"]); // none twice
  });
});
