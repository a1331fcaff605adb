/**
 * A user's table → facts, row by row, so a worker can feed it chunks as they
 * are parsed. Accepts our long format (facts.csv), a wide table (one row per
 * place and year, one column per metric) and a category table (place, year,
 * category, count, and optionally share, scope, dimension, rank).
 *
 * Every input row is used or named in a message; every unreadable cell is an
 * error naming the row as Excel numbers it (header = row 1), the column and
 * the text found. Absent markers ("", "—", "无" …) give no fact, never 0.
 * This file follows the rows; the header is read by columns.ts, each shape
 * by its reader (readWide, readCategory, readLong), the figures are kept by
 * figures.ts and the messages' words are in messages.ts.
 */
import type { Fact, Place } from "../data/fact.ts";
import type { QualityIssue } from "../data/quality.ts";
import { mapColumns, MAX_COLUMNS, type Override, type RepeatedColumn } from "./columns.ts";
import { isAbsentMark } from "../data/parseValue.ts";
import { FileFigures, MAX_PLACES, type PlaceSummary } from "./figures.ts";
import type { Shape } from "./headers.ts";
import { MessageLog, SAY, type CellMessage, type Text2 } from "./messages.ts";
import { PlaceResolver, type PlaceLookup } from "./places.ts";
import { CategoryReader } from "./readCategory.ts";
import { readLong } from "./readLong.ts";
import { readWide } from "./readWide.ts";
import { RowContext, type AmbiguousName, type ColumnMapping } from "./rowContext.ts";
import { lastYear } from "./year.ts";

export type { CellMessage } from "./messages.ts";
export type { AmbiguousName, ColumnMapping } from "./rowContext.ts";
export type { Override } from "./columns.ts";
export type { PlaceSummary } from "./figures.ts";
export { MAX_MESSAGES } from "./messages.ts";
export { MAX_PLACES } from "./figures.ts";
export { MAX_COLUMNS } from "./columns.ts";

export interface IngestOptions {
  places: readonly Place[];
  fileName: string;
  /** By column index. */
  overrides?: Readonly<Record<number, Override>>;
  /** The last year accepted (default: next year, year.ts). */
  lastYear?: number;
  /**
   * The gazetteer and pinyin (placeLookup.ts): without it, names are matched
   * against the published places only, and own ids are not pinyin.
   */
  lookup?: PlaceLookup | null;
  /** The person's choices for ambiguous names: name as written → division id, or "own". */
  placeChoices?: Readonly<Record<string, string>>;
  /** The lookup was needed but could not be loaded: said in a message. */
  lookupMissing?: boolean;
}

export interface IngestSummary {
  shape: Shape;
  /** The columns read (at most MAX_COLUMNS of the header). */
  columns: ColumnMapping[];
  /** Fields in the header (more than `columns.length` when it was too wide to read). */
  columnCount: number;
  /** Data rows read (header and trailing blank lines not counted). */
  rowsRead: number;
  /** Data rows that gave at least one figure. */
  rowsUsed: number;
  /** Lines that could not be read as rows (an unclosed quote), not counted in rowsRead. */
  rowsNotRead: number;
  facts: number;
  /** The first MAX_MESSAGES messages, errors and warnings in row order. */
  messages: CellMessage[];
  errors: number;
  /** Consistency issues found, of which `quality` lists the first MAX_MESSAGES. */
  qualityCount: number;
  warnings: number;
  /** The first MAX_PLACES places in the order the file names them (`findPlaces` searches all). */
  places: PlaceSummary[];
  placeCount: number;
  quality: QualityIssue[];
  /** Names several divisions share (the first MAX_AMBIGUOUS), each with its candidates. */
  ambiguous: AmbiguousName[];
  ambiguousCount: number;
}

/** What the rows are read into once the header is known. */
interface Reading {
  shape: Shape;
  columns: ColumnMapping[];
  width: number;
  figures: FileFigures;
  read: (r: readonly string[], row: number) => void;
  finish: () => void;
  ctx: RowContext;
  /** Columns not read (a metric and definition an earlier column holds), and their figures. */
  repeats: RepeatedColumn[];
  repeated: number[];
}

export class Ingest {
  private readonly log = new MessageLog();
  private reading: Reading | null = null;
  private row = 1;
  private blankRun: number[] = [];
  private rowsRead = 0;
  private rowsUsed = 0;
  private rowsNotRead = 0;
  private summary: IngestSummary | null = null;

  constructor(private readonly opts: IngestOptions) {
    if (opts.lookupMissing) this.log.say("warning", null, "", "", SAY.noGazetteer);
  }

  /** Feed parsed rows; the first row ever pushed is the header. */
  push(rows: readonly (readonly string[])[]): void {
    for (const r of rows) this.pushRow(r);
  }

  /** The spreadsheet row the next row pushed will be. */
  get nextRow(): number {
    return this.reading ? this.row + 1 : 1;
  }

  /** Feed one parsed row (the first ever pushed is the header). */
  pushRow(r: readonly string[]): void {
    if (!this.reading) {
      this.reading = this.setHeader(r);
      return;
    }
    this.row++;
    if (isBlank(r)) {
      this.blankRun.push(this.row);
      return;
    }
    if (this.blankRun.length) {
      for (const b of this.blankRun) {
        this.rowsRead++;
        this.log.say("warning", b, "", "", SAY.blankRow(b));
      }
      this.blankRun = [];
    }
    this.rowsRead++;
    this.readRow(r);
  }

  private setHeader(raw: readonly string[]): Reading {
    const { width, shape, columns, wide, repeats } = mapColumns(raw, this.opts.overrides, this.log);
    const figures = new FileFigures(wide, this.opts.fileName, this.log);
    const ctx = new RowContext(
      columns,
      this.log,
      figures,
      new PlaceResolver(this.opts.places, this.opts.lookup ?? null, this.opts.placeChoices),
      this.opts.lastYear ?? lastYear(),
    );
    const base = {
      shape,
      columns,
      width,
      figures,
      finish: () => {},
      ctx,
      repeats,
      repeated: repeats.map(() => 0),
    };
    if (shape === "long") return { ...base, read: (r, row) => readLong(ctx, r, row) };
    if (shape === "wide") return { ...base, read: (r, row) => readWide(ctx, r, row) };
    const category = new CategoryReader(ctx);
    return { ...base, read: (r, row) => category.read(r, row), finish: () => category.finish() };
  }

  private readRow(r: readonly string[]) {
    const { width, figures } = this.reading!;
    const row = this.row;
    if (r.length > width) {
      this.log.say(
        "error",
        row,
        "",
        r.slice(width).join(" | "),
        SAY.tooManyFields(row, r.length, width),
      );
      return;
    }
    if (r.length < width)
      this.log.say("warning", row, "", "", SAY.tooFewFields(row, r.length, width));
    const before = figures.count;
    const { repeats, repeated } = this.reading!;
    for (let i = 0; i < repeats.length; i++) {
      const cell = r[repeats[i]!.index];
      if (cell && cell.trim() && !isAbsentMark(cell)) repeated[i]!++;
    }
    this.reading!.read(r, row);
    if (figures.count > before) this.rowsUsed++;
  }

  private get figures(): FileFigures {
    return (this.reading ??= this.setHeader([])).figures;
  }

  /** Close the file: rank unranked categories, run the consistency checks, summarise. */
  finish(): IngestSummary {
    return (this.summary ??= this.summarise());
  }

  private summarise(): IngestSummary {
    const reading = (this.reading ??= this.setHeader([]));
    reading.finish();
    reading.repeats.forEach((c, i) => {
      const n = reading.repeated[i]!;
      this.log.say(
        n ? "error" : "warning",
        1,
        c.header,
        c.header,
        SAY.sameMetric(c.header, c.first, n),
      );
    });
    if (this.rowsRead === 0 && this.rowsNotRead === 0)
      this.log.say("warning", null, "", "", SAY.onlyHeader(reading.width > MAX_COLUMNS));
    const figures = reading.figures;
    const { quality, qualityCount } = figures.close(new Set(this.opts.places.map((p) => p.id)));
    const places = figures.store.places;
    return {
      shape: reading.shape,
      columns: reading.columns,
      columnCount: reading.width,
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsNotRead: this.rowsNotRead,
      facts: figures.count,
      messages: this.log.sorted(),
      errors: this.log.errors,
      warnings: this.log.warnings,
      places: places.slice(0, MAX_PLACES).map((_, p) => figures.placeSummary(p)),
      placeCount: places.length,
      quality,
      qualityCount,
      ambiguous: reading.ctx.ambiguous,
      ambiguousCount: reading.ctx.ambiguousCount,
    };
  }

  /**
   * Lines the reader could not read (a quote never closed): they are counted
   * as rows not read and named in an error; `resumed` when rows follow.
   */
  unclosedQuote(lines: number, resumed: boolean) {
    if (!this.reading) {
      // The header itself: nothing can be read.
      this.reading = this.setHeader([]);
      lines--;
    }
    const from = this.row + 1;
    this.row += lines;
    this.rowsNotRead += lines;
    if (lines > 0) this.log.say("error", from, "", "", SAY.unclosedQuote(from, this.row, resumed));
  }

  /** A message about the file that no row gives (parse.ts: its last line's trailing spaces). */
  note(row: number | null, text: Text2) {
    this.log.say("warning", row, "", "", text);
  }

  /** The spreadsheet row of the last row pushed. */
  get lastRow(): number {
    return this.row;
  }

  /** The facts of one place and year (only those of `metrics`, when given). */
  factsAt(placeId: string, year: number, metrics?: readonly string[]): Fact[] {
    return this.figures.factsAt(placeId, year, metrics);
  }

  /** The years of a place, in order. */
  years(placeId: string): number[] {
    return this.figures.years(placeId);
  }

  /** Place ids in the order they first appear. */
  placeIds(): string[] {
    return this.figures.placeIds();
  }

  /** Every fact, one place-year at a time. */
  allFacts(): Generator<Fact> {
    return this.figures.allFacts();
  }

  /** A place of the file and its years, by id. */
  summaryOf(id: string): PlaceSummary | null {
    return this.figures.summaryOf(id);
  }

  /** Places whose name or id contains `query`, in the order the file names them. */
  findPlaces(query: string, limit = MAX_PLACES): PlaceSummary[] {
    return this.figures.findPlaces(query, limit);
  }
}

/** A row with nothing but blanks. */
function isBlank(r: readonly string[]): boolean {
  const first = r[0]!;
  if (first.length && first.charCodeAt(0) > 32 && first.charCodeAt(0) !== 0x3000) return false;
  for (const c of r) if (c.length && c.trim()) return false;
  return true;
}
