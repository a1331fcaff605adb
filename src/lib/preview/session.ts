/**
 * The page's side of the preview worker: start a file or pasted text, cancel
 * at once (the worker is terminated and a fresh one, created in advance, takes
 * its place), and ask for the figures a chart needs.
 */
import type { Fact } from "../data/fact.ts";
import type { FromWorker, Query, ToWorker } from "./protocol.ts";

const spawn = () =>
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "csv-preview" });

export class PreviewSession {
  private worker: Worker;
  private spare: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (m: FromWorker) => void>();

  constructor(private readonly onEvent: (m: FromWorker) => void) {
    // Both workers load now, before any file is chosen: from then on the page
    // makes no request at all.
    this.worker = this.wire(spawn());
    this.spare = spawn();
  }

  private wire(w: Worker): Worker {
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === "answer" || m.type === "csv") {
        this.waiting.get(m.id)?.(m);
        this.waiting.delete(m.id);
      } else this.onEvent(m);
    };
    w.onerror = (e) => this.onEvent({ type: "error", message: e.message || "worker failed" });
    return w;
  }

  send(m: ToWorker) {
    this.worker.postMessage(m);
  }

  /** Stop parsing now; the figures read so far are discarded. */
  cancel() {
    this.worker.terminate();
    for (const resolve of this.waiting.values()) resolve({ type: "answer", id: 0, facts: [] });
    this.waiting.clear();
    this.worker = this.wire(this.spare);
    this.spare = spawn();
  }

  query(query: Query): Promise<Fact[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => resolve(m.type === "answer" ? m.facts : []));
      this.worker.postMessage({ type: "query", id, query } satisfies ToWorker);
    });
  }

  exportCsv(): Promise<string> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => resolve(m.type === "csv" ? m.csv : ""));
      this.worker.postMessage({ type: "export", id } satisfies ToWorker);
    });
  }

  dispose() {
    this.worker.terminate();
    this.spare.terminate();
  }
}
