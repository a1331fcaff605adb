/**
 * The source records a page turns into citations, loaded once (sources.json)
 * and shared through a Svelte context: charts, headline cards and tables read
 * `link(source, lang)`. Until the records arrive, and where a figure's source
 * has no record (the visitor's own file), the `source` column itself is shown
 * (the record's id and the section) — never nothing. A failed load leaves that
 * fallback in place and breaks nothing else. The citation code comes with the
 * records, so neither is in a page's first load.
 */
import { getContext, setContext } from "svelte";
import type { Lang } from "../format/number.ts";
import type { SourceRecord } from "./citation.ts";

type Format = typeof import("./citation.ts");

export class Citations {
  /** id → source record; empty until loaded. */
  // Replaced whole when loaded, never mutated: a plain map in $state.raw.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  records = $state.raw<ReadonlyMap<string, SourceRecord>>(new Map());
  /** The data build the records belong to ("" until the data is opened). */
  build = $state("");
  /** Why the records could not be loaded, if they could not. */
  failure = $state.raw<unknown>(null);
  /**
   * Whether the records have arrived or failed. Pages wait for it before their
   * first draw, so a caption's source does not grow into its citation (and move
   * everything below it) once the page is on screen.
   */
  settled = $state(false);
  #format = $state.raw<Format | null>(null);
  #loading: Promise<void> | null = null;

  /** Load the records and the citation code (once); `load` is the data source's `sources`. */
  start(build: string, load: () => Promise<Map<string, SourceRecord>>): Promise<void> {
    this.build = build;
    this.#loading ??= Promise.all([load(), import("./citation.ts")]).then(
      ([records, format]) => {
        this.records = records;
        this.#format = format;
        this.failure = null;
        this.settled = true;
      },
      (e: unknown) => {
        this.failure = e;
        this.settled = true;
        this.#loading = null;
      },
    );
    return this.#loading;
  }

  /** A fact's citation and the report's link ("" when none). */
  link(source: string, lang: Lang): { text: string; url: string } {
    return this.#format
      ? this.#format.citeLink(source, this.records, lang)
      : { text: source, url: "" };
  }

  /** How to cite a chart ("" until the citation code is loaded). */
  chart(c: Parameters<Format["chartCitation"]>[0], lang: Lang): string {
    return this.#format ? this.#format.chartCitation(c, lang) : "";
  }
}

const KEY = Symbol("citations");

/** Make `c` the citations of every component below. */
export function provideCitations(c: Citations): Citations {
  return setContext(KEY, c);
}

/** The page's citations, or none (a component used alone shows the source column as it is). */
export function useCitations(): Citations | undefined {
  return getContext<Citations | undefined>(KEY);
}

/** `link` of the page's citations, or the source column itself where there are none. */
export function linkOf(
  c: Citations | undefined,
  source: string,
  lang: Lang,
): { text: string; url: string } {
  return c ? c.link(source, lang) : { text: source, url: "" };
}
