import { describe, expect, it } from "vitest";
import { longestTasks, mainThreadTasks, type TraceEvent } from "../../scripts/bench/trace.ts";

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: "thread_name",
  ph: "M",
  ts: 0,
  pid,
  tid,
  args: { name },
});
const task = (tid: number, ts: number, dur: number, tdur?: number): TraceEvent => ({
  name: "ThreadControllerImpl::RunTask",
  ph: "X",
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
  pid: 1,
  tid,
});

describe("mainThreadTasks(trace)", () => {
  const events: TraceEvent[] = [
    meta(1, 10, "CrRendererMain"),
    meta(1, 20, "DedicatedWorker thread"),
    task(10, 1_000, 260_000, 38_000),
    // Nested in the task above (a nested run loop): not counted again.
    task(10, 2_000, 100_000, 30_000),
    task(10, 300_000, 20_000, 19_000),
    // The worker's tasks are not the page's.
    task(20, 0, 900_000, 900_000),
    { name: "Layout", ph: "X", ts: 1_500, dur: 50_000, tdur: 10_000, pid: 1, tid: 10 },
  ];

  it("lists the main thread's top-level tasks in ms, wall and CPU", () => {
    expect(mainThreadTasks(events)).toEqual([
      { start: 1, wall: 260, cpu: 38 },
      { start: 300, wall: 20, cpu: 19 },
    ]);
  });

  it("takes the wall time as CPU time when the trace has none", () => {
    expect(mainThreadTasks([meta(1, 10, "CrRendererMain"), task(10, 0, 5_000)])).toEqual([
      { start: 0, wall: 5, cpu: 5 },
    ]);
  });

  it("finds the longest by each measure", () => {
    expect(longestTasks(mainThreadTasks(events))).toEqual({ cpu: 38, wall: 260 });
    expect(longestTasks([])).toEqual({ cpu: 0, wall: 0 });
  });
});
