/**
 * The page's one store of state: a runes class whose fields mirror the URL.
 * Changing a field through `set` pushes a history entry; back and forward
 * restore it through `fromLocation`.
 */
import { DEFAULT_STATE, fromSearch, toQuery, type PageState } from "./url.ts";

export class AppState {
  current: PageState = $state({ ...DEFAULT_STATE });

  constructor(search = "") {
    this.current = fromSearch(search);
  }

  /** Re-read the state from the address bar (popstate). */
  fromLocation(search: string): void {
    this.current = fromSearch(search);
  }

  /** Change part of the state and record it in the URL and history. */
  set(patch: Partial<PageState>, replace = false): void {
    const next = { ...this.current, ...patch };
    this.current = next;
    const q = toQuery(next).toString();
    const url = `${location.pathname}${q ? `?${q}` : ""}${location.hash}`;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }

  /** An href for a state, for real links that work with middle-click and copy. */
  href(patch: Partial<PageState>): string {
    const q = toQuery({ ...this.current, ...patch }).toString();
    return q ? `?${q}` : "./";
  }
}
