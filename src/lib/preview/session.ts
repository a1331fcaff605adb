/**
 * The page's side of the preview worker: start a file or pasted text, cancel
 * at once (the worker stops between two chunks of about half a megabyte), and
 * ask for the figures a chart needs.
 */
import type { Answer } from "./answers.ts";
import type { FromWorker, Query, ToWorker } from "./protocol.ts";

const spawn = () =>
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "csv-preview" });

export class PreviewSession {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (m: FromWorker) => void>();

  constructor(private readonly onEvent: (m: FromWorker) => void) {
    // The worker loads now, before any file is chosen: from then on the page
    // makes no request at all.
    this.worker = this.wire(spawn());
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

  /** Stop reading and parsing now; the figures read so far are discarded. */
  cancel() {
    this.worker.postMessage({ type: "cancel" } satisfies ToWorker);
  }

  query(query: Query): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) =>
        resolve(
          m.type === "answer"
            ? m.answer
            : { facts: [], places: [], omitted: { bars: 0, notPublished: 0 } },
        ),
      );
      this.worker.postMessage({ type: "query", id, query } satisfies ToWorker);
    });
  }

  exportCsv(): Promise<Blob> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => resolve(m.type === "csv" ? m.csv : new Blob([])));
      this.worker.postMessage({ type: "export", id } satisfies ToWorker);
    });
  }

  dispose() {
    this.worker.terminate();
  }
}
