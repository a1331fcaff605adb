/**
 * The figures read from a user's file, whatever its shape: wide values in the
 * compact store, anything else as facts beside their record; the build's
 * consistency checks, one place-year at a time; and the questions a chart
 * asks (the facts of a place and year, a place's years, places by name).
 */
import type { Fact, Place } from "../data/fact.ts";
import { factKey, placeColumns } from "../data/fact.ts";
import { metricInfo, type Unit } from "../data/metrics.ts";
import { DEFINITION_TERMS, definitionOf, type ConnectionDefinition } from "../data/definitions.ts";
import {
  checkFacts,
  checkPlain,
  CHECKED_METRICS,
  roundingTolerance,
  type PlainFigures,
  type QualityIssue,
} from "../data/quality.ts";
import { MAX_MESSAGES, SAY, type MessageLog } from "./messages.ts";
import { isLowerBound, PlaceYearStore, roundingOf } from "./store.ts";
import { toleranceOfCode } from "./values.ts";

/** A metric column of a wide table (the first column naming its metric). */
export interface WideColumn {
  index: number;
  header: string;
  metric: string;
  /** Of a metric with several definitions (definitions.ts), which one; else "". */
  definition: string;
  /** The wording its figures carry (`term_zh`): the header, or the chosen definition's own. */
  term: string;
  unit: Unit;
}

/** A figure's metric and definition, the key of a wide column. */
const metricKey = (f: Pick<Fact, "metric" | "term_zh">) =>
  `${f.metric}|${definitionOf(f.metric, f.term_zh)}`;

export interface PlaceSummary {
  place: Place;
  /** Not one of the published places: the user's own. */
  own: boolean;
  years: number[];
}

/** Places listed with the summary (and per search): each brings a button per year. */
export const MAX_PLACES = 20;

const sourceOf = (file: string, row: number) => `${file} · 第 ${row} 行 / row ${row}`;

export class FileFigures {
  readonly store: PlaceYearStore;
  /** Of a wide table: the position of each metric and definition (metricKey) among its metric columns. */
  readonly wideK = new Map<string, number>();
  /** Figures held. */
  count = 0;
  /**
   * Consistency issues: the first MAX_MESSAGES, and how many in all. A wide
   * row is checked as soon as it is read (its values are in cache); a record
   * that later gets figures from another row is checked again at the end.
   */
  private readonly quality: QualityIssue[] = [];
  private qualityCount = 0;
  private readonly figures: WideFigures;
  private readonly recheck = new Set<number>();
  private rowSource = { row: 0, text: "" };
  private known = new Set<string>();

  constructor(
    /** Of a wide table: its metric columns (empty for other shapes). */
    readonly wide: readonly WideColumn[],
    private readonly fileName: string,
    private readonly log: MessageLog,
  ) {
    wide.forEach((c, k) => this.wideK.set(`${c.metric}|${c.definition}`, k));
    this.store = new PlaceYearStore(wide.length);
    this.figures = new WideFigures(wide, this.store);
  }

  /** The row of the figure already held for this key in a record, if any. */
  private repeatOf(
    rec: number,
    f: Pick<Fact, "metric" | "term_zh" | "scope" | "dimension" | "category">,
  ): number | null {
    const st = this.store;
    if (st.wideRow[rec] && !f.scope && !f.dimension && !f.category) {
      const k = this.wideK.get(metricKey(f));
      if (k !== undefined && !Number.isNaN(st.values[rec * st.width + k]!)) return st.wideRow[rec]!;
    }
    const extra = st.extras.get(rec);
    if (!extra) return null;
    for (let i = 0; i < extra.facts.length; i++) {
      const g = extra.facts[i]!;
      if (
        g.metric === f.metric &&
        metricKey(g) === metricKey(f) &&
        g.scope === f.scope &&
        g.dimension === f.dimension &&
        g.category === f.category
      )
        return extra.rows[i]!;
    }
    return null;
  }

  /** Keep a figure as a fact beside its record, unless the record holds it already. */
  keep(rec: number, f: Fact, row: number, column: string, text: string) {
    const first = this.repeatOf(rec, f);
    if (first !== null) {
      this.log.say("error", row, column, text, SAY.repeated(row, first));
      return;
    }
    if (this.store.wideRow[rec] && !this.recheck.has(rec)) this.uncheck(rec);
    const extra = this.store.extra(rec);
    extra.facts.push(f);
    extra.rows.push(row);
    this.count++;
  }

  /**
   * Figures of months, quarters and other periods than years (from our long
   * format): kept for the normalised CSV, not charted (the preview's charts
   * show years), and checked for repeats by their own key.
   */
  readonly otherPeriods: Fact[] = [];
  private readonly otherRows = new Map<string, number>();
  /** The same figures by place index and year, to write them beside that year's. */
  private readonly otherAt = new Map<string, Fact[]>();

  /** Keep a fact under its own place (long and category tables). */
  add(f: Fact, row: number, column: string) {
    if (f.period_kind !== "year") {
      const key = factKey(f);
      const first = this.otherRows.get(key);
      if (first !== undefined) {
        this.log.say("error", row, column, String(f.value), SAY.repeated(row, first));
        return;
      }
      this.otherRows.set(key, row);
      this.otherPeriods.push(f);
      const p = this.store.placeIndex({
        id: f.place_id,
        zh: f.place_zh,
        en: f.place_en,
        level: f.level,
        parent: f.parent_id,
        adcode: f.adcode,
      });
      const at = `${p}|${f.year}`;
      const list = this.otherAt.get(at);
      if (list) list.push(f);
      else this.otherAt.set(at, [f]);
      this.count++;
      return;
    }
    const place = this.store.placeIndex({
      id: f.place_id,
      zh: f.place_zh,
      en: f.place_en,
      level: f.level,
      parent: f.parent_id,
      adcode: f.adcode,
    });
    this.keep(this.store.record(place, f.year), f, row, column, String(f.value));
  }

  /** Take back a wide record's issues: it has more figures now, and is checked with them at the end. */
  private uncheck(rec: number) {
    this.qualityCount -= this.checkWide(rec, []);
    const id = this.store.places[this.store.place[rec]!]!.id;
    const year = this.store.year[rec]!;
    const kept = this.quality.filter((q) => q.place_id !== id || q.year !== year);
    this.quality.length = 0;
    this.quality.push(...kept);
    this.recheck.add(rec);
  }

  /** Check a record's wide values; returns the issues found (listing them while there is room). */
  checkWide(rec: number, list = this.quality): number {
    const st = this.store;
    this.figures.record = rec;
    const found = checkPlain(
      {
        place_id: st.places[st.place[rec]!]!.id,
        year: st.year[rec]!,
        period: String(st.year[rec]!),
      },
      this.figures,
      list,
      MAX_MESSAGES,
    );
    if (list === this.quality) this.qualityCount += found;
    return found;
  }

  /** One source string per row, shared by the row's figures. */
  private sourceFor(row: number): string {
    if (this.rowSource.row !== row) this.rowSource = { row, text: sourceOf(this.fileName, row) };
    return this.rowSource.text;
  }

  /** A fact of the file, its source naming the file and row. */
  fact(
    place: Place,
    year: number,
    metric: string,
    v: { value: number; lowerBound: boolean },
    term: string,
    row: number,
    extra: Partial<Fact> = {},
  ): Fact {
    return {
      ...placeColumns(place),
      year,
      period: String(year),
      period_kind: "year",
      metric,
      category: "",
      rank: null,
      dimension: "",
      scope: "",
      value: v.value,
      share: null,
      unit: metricInfo(metric)?.unit ?? "count",
      term_zh: term,
      derivation: "reported",
      yoy_text: "",
      source: this.sourceFor(row),
      note: v.lowerBound ? `Lower bound as written (“${term}”, e.g. 万余)` : "",
      note_zh: v.lowerBound ? `下限：原文“${term}”写作下限（如“万余”）` : "",
      ...extra,
    };
  }

  /** A fact of a wide column: its wording is the column's (and says so where the user chose its definition). */
  wideFact(
    place: Place,
    year: number,
    c: WideColumn,
    v: { value: number; lowerBound: boolean },
    row: number,
  ): Fact {
    const f = this.fact(place, year, c.metric, v, c.term, row);
    if (c.term !== c.header) {
      const en = `Column “${c.header}” read as ${DEFINITION_TERMS[c.definition as ConnectionDefinition]?.en ?? c.term} (your choice)`;
      const zh = `列“${c.header}”按所选口径读作“${c.term}”`;
      f.note = f.note ? `${f.note}; ${en}` : en;
      f.note_zh = f.note_zh ? `${f.note_zh}；${zh}` : zh;
    }
    return f;
  }

  /** The facts of one record. */
  private factsOf(rec: number, metrics?: readonly string[]): Fact[] {
    const st = this.store;
    const place = st.places[st.place[rec]!]!;
    const year = st.year[rec]!;
    const out: Fact[] = [];
    if (st.wideRow[rec])
      for (let k = 0; k < this.wide.length; k++) {
        const v = st.values[rec * st.width + k]!;
        if (Number.isNaN(v)) continue;
        const c = this.wide[k]!;
        if (metrics && !metrics.includes(c.metric)) continue;
        out.push(
          this.wideFact(
            place,
            year,
            c,
            { value: v, lowerBound: isLowerBound(st.written[rec * st.width + k]!) },
            st.wideRow[rec]!,
          ),
        );
      }
    const extra = st.extras.get(rec);
    if (!extra) return out;
    return out.concat(
      metrics ? extra.facts.filter((f) => metrics.includes(f.metric)) : extra.facts,
    );
  }

  /** The facts of one place and year (only those of `metrics`, when given). */
  factsAt(placeId: string, year: number, metrics?: readonly string[]): Fact[] {
    const p = this.store.findPlace(placeId);
    const rec = p === undefined ? -1 : this.store.find(p, year);
    return rec < 0 ? [] : this.factsOf(rec, metrics);
  }

  /** The years of a place, in order. */
  years(placeId: string): number[] {
    const p = this.store.findPlace(placeId);
    return p === undefined ? [] : this.store.years(p);
  }

  /** Place ids in the order they first appear. */
  placeIds(): string[] {
    return this.store.places.map((p) => p.id);
  }

  /** Every fact, one place-year at a time. */
  *allFacts(): Generator<Fact> {
    const st = this.store;
    // Years of other periods, per place, in order.
    const otherYears = new Map<number, number[]>();
    for (const at of this.otherAt.keys()) {
      const [p, y] = at.split("|").map(Number) as [number, number];
      otherYears.set(p, [...(otherYears.get(p) ?? []), y]);
    }
    for (let p = 0; p < st.places.length; p++) {
      // Each year's figures, then those of its months and quarters; a year with other
      // periods only comes before the next later year (as facts.csv orders them).
      const years = (otherYears.get(p) ?? []).sort((a, b) => a - b);
      let k = 0;
      const flushBefore = function* (this: FileFigures, year: number) {
        while (k < years.length && years[k]! < year)
          yield* this.otherAt.get(`${p}|${years[k++]!}`)!;
      };
      for (const rec of st.recordsOf[p]!) {
        const year = st.year[rec]!;
        yield* flushBefore.call(this, year);
        yield* this.factsOf(rec);
        if (years[k] === year) yield* this.otherAt.get(`${p}|${years[k++]!}`)!;
      }
      yield* flushBefore.call(this, Infinity);
    }
  }

  /**
   * Run the checks left for the end (records with facts beside them); then
   * places are summarised against `published` (the ids of published places).
   */
  close(published: ReadonlySet<string>): { quality: QualityIssue[]; qualityCount: number } {
    const quality = this.quality;
    const st = this.store;
    for (let p = 0; p < st.places.length; p++)
      for (const rec of st.recordsOf[p]!) {
        if (!st.extras.has(rec) || (st.wideRow[rec] && !this.recheck.has(rec))) continue;
        for (const q of checkFacts(this.factsOf(rec), this.tolerancesOf(rec))) {
          this.qualityCount++;
          if (quality.length < MAX_MESSAGES) quality.push(q);
        }
      }
    this.recheck.clear();
    if (this.otherPeriods.length)
      this.log.say("warning", null, "period", "", SAY.otherPeriods(this.otherPeriods.length));
    this.known = new Set(published);
    return { quality: [...quality], qualityCount: this.qualityCount };
  }

  /** A place of the file and its years, by id. */
  summaryOf(id: string): PlaceSummary | null {
    const p = this.store.findPlace(id);
    return p === undefined ? null : this.placeSummary(p);
  }

  /** The place at an index of the store, with its years. */
  placeSummary(p: number): PlaceSummary {
    const place = this.store.places[p]!;
    return { place, own: !this.known.has(place.id), years: this.store.years(p) };
  }

  /**
   * Places whose name (zh or en, any case) or id contains `query`, in the
   * order the file names them; at most `limit`.
   */
  findPlaces(query: string, limit = MAX_PLACES): PlaceSummary[] {
    const q = query.trim().toLowerCase();
    const out: PlaceSummary[] = [];
    const places = this.store.places;
    for (let p = 0; p < places.length && out.length < limit; p++) {
      const { zh, en, id } = places[p]!;
      if (!q || zh.includes(q) || en.toLowerCase().includes(q) || id.includes(q))
        out.push(this.placeSummary(p));
    }
    return out;
  }

  /** The 万/亿 roundings of a record's wide values, by fact key (for checkFacts). */
  private tolerancesOf(rec: number): Map<string, number> {
    const st = this.store;
    const out = new Map<string, number>();
    const place_id = st.places[st.place[rec]!]!.id;
    for (let k = 0; k < this.wide.length; k++) {
      const code = roundingOf(st.written[rec * st.width + k]!);
      if (!code) continue;
      const key = {
        place_id,
        period: String(st.year[rec]!),
        dimension: "" as const,
        scope: "" as const,
      };
      out.set(
        factKey({ ...key, category: "", metric: this.wide[k]!.metric }),
        toleranceOfCode(code),
      );
    }
    return out;
  }
}

/** The checks' view of one record's wide values (set `record`, then check). */
class WideFigures implements PlainFigures {
  record = 0;
  /** By position in CHECKED_METRICS: the metric's wide column, or -1. */
  private readonly k: Int32Array;
  constructor(
    private readonly columns: readonly WideColumn[],
    private readonly store: PlaceYearStore,
  ) {
    this.k = Int32Array.from(CHECKED_METRICS, (m) => columns.findIndex((c) => c.metric === m));
  }
  value(i: number): number {
    const k = this.k[i]!;
    return k < 0 ? NaN : this.store.values[this.record * this.store.width + k]!;
  }
  tolerance(i: number): number {
    const k = this.k[i]!;
    if (k < 0) return 0;
    const cell = this.record * this.store.width + k;
    const code = roundingOf(this.store.written[cell]!);
    if (code) return toleranceOfCode(code);
    return this.columns[k]!.unit === "count" ? 0 : roundingTolerance(this.store.values[cell]!);
  }
  term(metric: string): string {
    return this.columns.find((c) => c.metric === metric)?.term ?? "";
  }
  *counts(): Generator<{ metric: string; value: number }> {
    const base = this.record * this.store.width;
    for (const [k, c] of this.columns.entries()) {
      const value = this.store.values[base + k]!;
      if (c.unit === "count" && !Number.isNaN(value)) yield { metric: c.metric, value };
    }
  }
}
