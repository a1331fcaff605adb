/**
 * The page's main-thread tasks from a Chromium trace (TRACE_CATEGORIES), with the wall time each took and the thread's CPU
 * time in it. On a machine shared by many jobs a task's wall time includes
 * the time the thread waited for a core; its CPU time is the page's own work.
 * Traced at a load of 17 on 2 cores, tasks of under 40 ms of CPU took up to
 * 260 ms of wall time.
 */

/** One trace event, as Chromium writes it (times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface MainTask {
  /** Start, ms, on the trace's clock. */
  start: number;
  /** Wall time, ms. */
  wall: number;
  /** The main thread's CPU time in the task, ms. */
  cpu: number;
}

const TASK = "ThreadControllerImpl::RunTask";

/** What a trace needs for mainThreadTasks: the tasks ("toplevel") and the threads' names. */
export const TRACE_CATEGORIES = ["toplevel", "devtools.timeline"];

/**
 * Top-level tasks of every renderer main thread ("CrRendererMain") in the
 * trace, in order; a task nested in another (a nested run loop) is not
 * counted twice.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): MainTask[] {
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.name !== TASK || !main.has(key) || e.dur === undefined) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const out: MainTask[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let end = -Infinity;
    for (const e of list) {
      if (e.ts < end) continue;
      end = e.ts + e.dur!;
      out.push({ start: e.ts / 1000, wall: e.dur! / 1000, cpu: (e.tdur ?? e.dur!) / 1000 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The longest task by CPU time (0 when none), and by wall time. */
export function longestTasks(tasks: readonly MainTask[]): { cpu: number; wall: number } {
  let cpu = 0;
  let wall = 0;
  for (const t of tasks) {
    cpu = Math.max(cpu, t.cpu);
    wall = Math.max(wall, t.wall);
  }
  return { cpu, wall };
}
