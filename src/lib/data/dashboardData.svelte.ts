/**
 * Loading the published data for the dashboard and the embed, as one state
 * class: the manifest, the quality notes, and each file (or group of files) a
 * view asks for, each with its own state. A failed file breaks only what needs
 * it: views read `part(request)` and show the error there, with a retry. The
 * quality notes are optional: without them charts show, unmarked. Answers to
 * requests the view no longer wants are dropped (stale), and so are their
 * errors, so switching views clears failures that do not concern the new one.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the parts map is immutable, replaced
   whole in $state.raw; the requests and wanted keys are bookkeeping no view reads. */
import { untrack } from "svelte";
import type { Fact } from "./fact.ts";
import type { DataSource } from "./load.ts";
import { metricPath, metricPeriodsPath, placeYearPath, type ManifestReport } from "./manifest.ts";
import type { QualityIssue } from "./quality.ts";

export type Part<T> =
  { state: "loading" } | { state: "ready"; value: T } | { state: "error"; error: unknown };

/** One thing a view needs, by a key naming it. */
export interface Request<T> {
  key: string;
  load: (d: DataSource) => Promise<T>;
}

/** The requests views make. Keys name the files, so equal requests share one load. */
export const requests = {
  /** One place-year file. */
  placeYear: (placeId: string, year: number): Request<Fact[]> => ({
    key: placeYearPath(placeId, year),
    load: (d) => d.facts(placeYearPath(placeId, year)),
  }),
  /** Every year of one place. */
  placeYears: (placeId: string): Request<Fact[]> => ({
    key: `years:${placeId}`,
    load: (d) => d.placeFacts(placeId),
  }),
  /**
   * What a trend needs beyond its place's years: the place's figures of other
   * periods than years, and every year and period of the places compared with
   * it; one request, so the chart waits for all of them together.
   */
  trendExtra: (placeId: string, compare: readonly string[]): Request<Fact[]> => ({
    key: `trend:${[placeId, ...compare].join(",")}`,
    load: async (d) =>
      (
        await Promise.all([
          d.periodFacts(placeId),
          ...compare.flatMap((id) => [d.placeFacts(id), d.periodFacts(id)]),
        ])
      ).flat(),
  }),
  /** Every place's figures of these metrics (their metric files). */
  metrics: (metrics: readonly string[]): Request<Fact[]> => ({
    key: metrics.map(metricPath).join("+"),
    load: (d) => d.metricFacts(metrics),
  }),
  /** Every place's figures of these metrics in periods other than a year (their periods files). */
  metricPeriods: (metrics: readonly string[]): Request<Fact[]> => ({
    key: metrics.map(metricPeriodsPath).join("+"),
    load: async (d) => {
      const listed = metrics
        .map(metricPeriodsPath)
        .filter((p) => d.manifest.files.some((f) => f.path === p));
      return (await Promise.all(listed.map((p) => d.facts(p)))).flat();
    },
  }),
  reports: (): Request<ManifestReport[]> => ({ key: "reports.json", load: (d) => d.reports() }),
};

const LOADING = { state: "loading" } as const;

export class DashboardData {
  /** The opened data (its manifest), once loaded. */
  source = $state.raw<DataSource | null>(null);
  /** The manifest could not be loaded: nothing needing published data can show. */
  failure = $state.raw<unknown>(null);
  /** Quality notes; empty until loaded, and when they cannot be (they are optional). */
  issues = $state.raw<QualityIssue[]>([]);
  /** Whether the quality notes have arrived (or failed); views wait for them briefly. */
  qualitySettled = $state(false);
  /** Why the quality notes could not be loaded, if they could not. */
  qualityFailure = $state.raw<unknown>(null);

  #parts = $state.raw(new Map<string, Part<unknown>>());
  #requests = new Map<string, Request<unknown>>();
  #wanted = new Set<string>();
  #open: () => Promise<DataSource>;
  #opening: Promise<void> | null = null;

  constructor(open: () => Promise<DataSource>) {
    this.#open = open;
  }

  /** Open the data: the manifest, then the quality notes in the background. */
  start(): Promise<void> {
    this.#opening ??= this.#open().then(
      (d) => {
        this.source = d;
        this.failure = null;
        void d.quality().then(
          (q) => {
            this.issues = q;
            this.qualitySettled = true;
          },
          (e: unknown) => {
            this.qualityFailure = e;
            this.qualitySettled = true;
          },
        );
        for (const key of this.#wanted) this.#load(key);
      },
      (e: unknown) => {
        this.failure = e;
        this.#opening = null;
      },
    );
    return this.#opening;
  }

  /** Try opening the data again after `failure`. */
  retryOpen(): Promise<void> {
    this.failure = null;
    return this.start();
  }

  /**
   * Declare everything the view on screen needs. What is not loaded starts
   * loading; what is no longer needed is forgotten (its answer, when it comes,
   * is dropped, and its error is cleared). Loaded files stay cached by the source.
   */
  want(list: readonly Request<unknown>[]): void {
    // Called from effects: what it reads here must not become their dependencies.
    untrack(() => this.#want(list));
  }

  #want(list: readonly Request<unknown>[]): void {
    this.#wanted = new Set(list.map((r) => r.key));
    const parts = new Map<string, Part<unknown>>();
    for (const r of list) {
      this.#requests.set(r.key, r);
      const p = this.#parts.get(r.key);
      if (p) parts.set(r.key, p);
    }
    const fresh = list.filter((r) => !parts.has(r.key));
    this.#parts = parts;
    for (const r of fresh) this.#load(r.key);
  }

  /** The state of one request; "loading" until it is wanted and answered. */
  part<T>(r: Request<T>): Part<T> {
    return (this.#parts.get(r.key) as Part<T> | undefined) ?? LOADING;
  }

  /** Load a failed request again. */
  retry(r: Request<unknown>): void {
    if (this.#wanted.has(r.key)) this.#load(r.key);
  }

  #set(key: string, part: Part<unknown>): void {
    if (!this.#wanted.has(key)) return;
    this.#parts = new Map(this.#parts).set(key, part);
  }

  #load(key: string): void {
    const d = this.source;
    const r = this.#requests.get(key);
    if (!d || !r) return;
    this.#set(key, LOADING);
    r.load(d).then(
      (value) => this.#set(key, { state: "ready", value }),
      (error: unknown) => this.#set(key, { state: "error", error }),
    );
  }
}
