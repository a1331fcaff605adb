/**
 * The trend's code (`trendKit.ts`), loaded once on demand. Views read `kit`
 * (reactive: null until it is there) and `error` (the last load failed; `load()`
 * again retries). A page that will draw a trend starts the load beside its data
 * and draws once both are there, so nothing is drawn twice or moves.
 */
import type * as Kit from "./trendKit.ts";

export type TrendKit = typeof Kit;

class TrendCode {
  kit = $state.raw<TrendKit | null>(null);
  error = $state.raw<unknown>(null);
  #pending: Promise<TrendKit> | null = null;

  load(): Promise<TrendKit> {
    if (this.#pending) return this.#pending;
    this.error = null;
    this.#pending = import("./trendKit.ts").then(
      (m) => (this.kit = m),
      (e: unknown) => {
        this.#pending = null;
        this.error = e;
        throw e;
      },
    );
    return this.#pending;
  }
}

export const trendCode = new TrendCode();
