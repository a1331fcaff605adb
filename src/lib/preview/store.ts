/**
 * The figures of a user's file, kept compactly: one record per place and
 * year, in typed arrays. A wide table's numbers sit in one Float64Array
 * (record × metric column, NaN where absent); anything else (long and
 * category tables, a place-year repeated on another row) is kept as facts
 * beside its record. A file of a million rows stays a few tens of megabytes,
 * and facts are made only for what a chart asks for.
 */
import type { Fact, Place } from "../data/fact.ts";

export interface Extra {
  facts: Fact[];
  /** The spreadsheet row of each fact. */
  rows: number[];
}

/** In `written`: the value was written as a lower bound ("19万余"). */
const LOWER_BOUND = 0x80;

/** How a value was written, in one byte of `written`: a lower bound or not, and its 万/亿 rounding code. */
export const writtenCode = (lowerBound: boolean, rounding: number): number =>
  (lowerBound ? LOWER_BOUND : 0) | rounding;
/** Whether a `written` byte marks a lower bound. */
export const isLowerBound = (code: number): boolean => (code & LOWER_BOUND) !== 0;
/** The 万/亿 rounding code of a `written` byte (0: a plain value). */
export const roundingOf = (code: number): number => code & ~LOWER_BOUND;

export class PlaceYearStore {
  /** Places in the order they first appear. */
  readonly places: Place[] = [];
  /** By place index: its records, in the order they first appear. */
  readonly recordsOf: number[][] = [];
  private readonly indexOf = new Map<string, number>();
  /** Records held. */
  size = 0;
  /** By record: its place's index, its year, and the row its wide values came from (0: none). */
  place = new Int32Array(1024);
  year = new Int16Array(1024);
  wideRow = new Int32Array(1024);
  /** By record × column: the wide values, NaN where absent. */
  values: Float64Array;
  /** By record: figures kept as facts. */
  readonly extras = new Map<number, Extra>();
  /**
   * By record × column: how the value was written (writtenCode): as a lower
   * bound or not, and 0 or the rounding code of a value written with 万/亿
   * (see values.ts roundingCode).
   */
  written: Uint8Array;

  /** `width`: the wide metric columns (0 for long and category tables). */
  constructor(readonly width: number) {
    this.values = new Float64Array(1024 * width).fill(NaN);
    this.written = new Uint8Array(1024 * width);
  }

  /** The years of a place, in order. */
  years(placeIndex: number): number[] {
    return this.recordsOf[placeIndex]!.map((r) => this.year[r]!).sort((a, b) => a - b);
  }

  /** The index of a place, added when new. */
  placeIndex(place: Place): number {
    let i = this.indexOf.get(place.id);
    if (i === undefined) {
      i = this.places.length;
      this.indexOf.set(place.id, i);
      this.places.push(place);
      this.recordsOf.push([]);
    }
    return i;
  }

  /** The index of a place by id, or undefined. */
  findPlace(id: string): number | undefined {
    return this.indexOf.get(id);
  }

  /** The record of a place and year, or -1 (a place has a few dozen years at most). */
  find(placeIndex: number, year: number): number {
    const records = this.recordsOf[placeIndex];
    if (records) for (const r of records) if (this.year[r] === year) return r;
    return -1;
  }

  /** The record of a place and year, added when new. */
  record(placeIndex: number, year: number): number {
    let r = this.find(placeIndex, year);
    if (r >= 0) return r;
    r = this.size++;
    if (r === this.place.length) this.grow();
    this.place[r] = placeIndex;
    this.year[r] = year;
    this.recordsOf[placeIndex]!.push(r);
    return r;
  }

  private grow() {
    const n = this.place.length * 2;
    const grown = <T extends Int32Array | Int16Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.place = grown(this.place, (k) => new Int32Array(k));
    this.year = grown(this.year, (k) => new Int16Array(k));
    this.wideRow = grown(this.wideRow, (k) => new Int32Array(k));
    const values = new Float64Array(n * this.width).fill(NaN);
    values.set(this.values);
    this.values = values;
    this.written = grown(this.written, (k) => new Uint8Array(k * this.width));
  }

  /** Facts kept beside a record (created on first use). */
  extra(record: number): Extra {
    let e = this.extras.get(record);
    if (!e) this.extras.set(record, (e = { facts: [], rows: [] }));
    return e;
  }
}
