/**
 * A user's table → facts, row by row, so a worker can feed it chunks as they
 * are parsed. Accepts our long format (facts.csv), a wide table (one row per
 * place and year, one column per metric) and a category table (place, year,
 * category, count, and optionally share, scope, dimension, rank).
 *
 * Every input row is used or named in a message; every unreadable cell is an
 * error naming the row as Excel numbers it (header = row 1), the column and
 * the text found. Absent markers ("", "—", "无" …) give no fact, never 0.
 */
import type { Fact, Place } from "../data/fact.ts";
import { FACT_COLUMNS, factKey, LEVELS, placeColumns } from "../data/fact.ts";
import { restoreCell } from "../data/csv.ts";
import {
  DIMENSIONS,
  metricInfo,
  SCOPES,
  type Dimension,
  type Scope,
  type Unit,
} from "../data/metrics.ts";
import {
  checkFacts,
  checkPlain,
  CHECKED_METRICS,
  roundingTolerance,
  type PlainFigures,
  type QualityIssue,
} from "../data/quality.ts";
import { isAbsentMark, toHalfWidth, type ParsedValue } from "../data/parseValue.ts";
import {
  categoryRole,
  detectShape,
  uniqueHeaders,
  wideRole,
  type Role,
  type Shape,
} from "./headers.ts";
import { placeIndex, userPlace, type PlaceIndex } from "./places.ts";
import { PlaceYearStore } from "./store.ts";
import {
  readCell,
  roundingCode,
  roundingCodeOf,
  scanPlain,
  toleranceOfCode,
  type Scanned,
} from "./values.ts";

export interface CellMessage {
  level: "error" | "warning";
  /** Row number as a spreadsheet shows it (header = 1); null for the whole file. */
  row: number | null;
  column: string;
  text: string;
  zh: string;
  en: string;
}

/** A user's choice for one column: a role, or a metric id. */
export type Override = "ignore" | "place" | "year" | `metric:${string}`;

export interface IngestOptions {
  places: readonly Place[];
  fileName: string;
  /** By column index. */
  overrides?: Readonly<Record<number, Override>>;
}

export interface ColumnMapping {
  index: number;
  header: string;
  role: Role;
  /** false when the user chose the role. */
  auto: boolean;
}

export interface PlaceSummary {
  place: Place;
  /** Not one of the published places: the user's own. */
  own: boolean;
  years: number[];
}

export interface IngestSummary {
  shape: Shape;
  columns: ColumnMapping[];
  /** Data rows read (header and trailing blank lines not counted). */
  rowsRead: number;
  /** Data rows that gave at least one figure. */
  rowsUsed: number;
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
}

export const MAX_MESSAGES = 1000;
/** Places listed with the summary (and per search): each brings a button per year. */
export const MAX_PLACES = 20;

const NOT_A_NUMBER = ["无法读作数字", "not a number"] as const;
const PERCENT_RANGE = [
  "百分比应在 0 到 100 之间",
  "a percentage must be between 0 and 100",
] as const;
const NOT_PERCENT = [
  "这一列是件数或数值，不应是百分比",
  "this column holds counts or values, not percentages",
] as const;
const NOT_WHOLE = ["件数应为整数", "a count must be a whole number"] as const;
const NEGATIVE = ["不应为负数", "must not be negative"] as const;

/** In PlaceYearStore.written: the value was written as a lower bound. */
const LOWER_BOUND = 0x80;

/** A metric column of a wide table (the first column naming its metric). */
interface WideColumn {
  index: number;
  header: string;
  metric: string;
  unit: Unit;
}

const sourceOf = (file: string, row: number) => `${file} · 第 ${row} 行 / row ${row}`;

export class Ingest {
  private readonly index: PlaceIndex;
  private headers: string[] | null = null;
  private columns: ColumnMapping[] = [];
  private shape: Shape = "wide";
  private row = 1;
  private blankRun: number[] = [];
  private rowsRead = 0;
  private rowsUsed = 0;
  private errors = 0;
  private warnings = 0;
  private readonly messages: CellMessage[] = [];
  private rowSource = { row: 0, text: "" };
  /** The column each metric is read from (the first that names it). */
  private readonly wideColumnOf = new Map<string, number>();
  /** Of a wide table: its metric columns, and the position of each metric among them. */
  private wide: WideColumn[] = [];
  private readonly wideK = new Map<string, number>();
  private placeColumn = -1;
  private yearColumn = -1;
  private store = new PlaceYearStore(0);
  /** Place cells already resolved, as written → place index. */
  private readonly placeCache = new Map<string, number>();
  private rowYear = 0;
  private readonly scanned: Scanned = { value: 0, percent: false, scale: 0, decimals: 0 };
  private readonly pendingCategories: { fact: Fact; row: number }[] = [];
  private count = 0;
  /**
   * Consistency issues: the first MAX_MESSAGES, and how many in all. A wide
   * row is checked as soon as it is read (its values are in cache); a record
   * that later gets figures from another row is checked again at the end.
   */
  private readonly quality: QualityIssue[] = [];
  private qualityCount = 0;
  private figures: WideFigures | null = null;
  private readonly recheck = new Set<number>();

  constructor(private readonly opts: IngestOptions) {
    this.index = placeIndex(opts.places);
  }

  private say(
    level: CellMessage["level"],
    row: number | null,
    column: string,
    text: string,
    zh: string,
    en: string,
  ) {
    if (level === "error") this.errors++;
    else this.warnings++;
    if (this.messages.length < MAX_MESSAGES)
      this.messages.push({ level, row, column, text, zh, en });
  }

  /** Feed parsed rows; the first row ever pushed is the header. */
  push(rows: readonly (readonly string[])[]): void {
    for (const r of rows) this.pushRow(r);
  }

  /** The spreadsheet row the next row pushed will be. */
  get nextRow(): number {
    return this.headers ? this.row + 1 : 1;
  }

  /** Feed one parsed row (the first ever pushed is the header). */
  pushRow(r: readonly string[]): void {
    if (!this.headers) {
      this.setHeader(r);
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
        this.say(
          "warning",
          b,
          "",
          "",
          `第 ${b} 行是空行，已跳过。`,
          `Row ${b} is blank and was skipped.`,
        );
      }
      this.blankRun = [];
    }
    this.rowsRead++;
    this.readRow(r);
  }

  private setHeader(raw: readonly string[]) {
    const { names, changed } = uniqueHeaders(raw);
    this.headers = names;
    for (const c of changed)
      this.say(
        "warning",
        1,
        c.to,
        c.from,
        c.from.trim()
          ? `表头“${c.from}”重复，第 ${c.index + 1} 列改名为“${c.to}”。`
          : `第 ${c.index + 1} 列没有表头，命名为“${c.to}”。`,
        c.from.trim()
          ? `The header “${c.from}” repeats; column ${c.index + 1} is called “${c.to}”.`
          : `Column ${c.index + 1} has no header; it is called “${c.to}”.`,
      );
    this.shape = detectShape(names);
    this.columns = names.map((header, index) => {
      const o = this.opts.overrides?.[index];
      if (o) return { index, header, role: overrideRole(o), auto: false };
      const role =
        this.shape === "category"
          ? categoryRole(header)
          : this.shape === "wide"
            ? wideRole(header)
            : { kind: "ignore" as const };
      return { index, header, role, auto: true };
    });
    for (const c of this.columns) {
      if (c.role.kind !== "metric") continue;
      const first = this.wideColumnOf.get(c.role.metric);
      if (first === undefined) this.wideColumnOf.set(c.role.metric, c.index);
      else
        this.say(
          "warning",
          1,
          c.header,
          c.header,
          `“${c.header}”与“${this.columns[first]!.header}”是同一个指标，只使用前一列。`,
          `“${c.header}” is the same metric as “${this.columns[first]!.header}”; only the first is used.`,
        );
    }
    this.placeColumn = this.columns.find((c) => c.role.kind === "place")?.index ?? -1;
    this.yearColumn = this.columns.find((c) => c.role.kind === "year")?.index ?? -1;
    if (this.shape === "wide")
      for (const c of this.columns)
        if (c.role.kind === "metric" && this.wideColumnOf.get(c.role.metric) === c.index) {
          this.wideK.set(c.role.metric, this.wide.length);
          this.wide.push({
            index: c.index,
            header: c.header,
            metric: c.role.metric,
            unit: metricInfo(c.role.metric)?.unit ?? "count",
          });
        }
    this.store = new PlaceYearStore(this.wide.length);
    this.figures = new WideFigures(this.wide, this.store);
    if (this.shape === "long") return;
    const has = (k: Role["kind"]) => this.columns.some((c) => c.role.kind === k);
    if (!has("place"))
      this.say(
        "error",
        1,
        "",
        "",
        "找不到地区列：请把表头写成“地区”或“place”，或在下方指定哪一列是地区。",
        "No place column: call it “地区” or “place”, or choose it below.",
      );
    if (!has("year"))
      this.say(
        "error",
        1,
        "",
        "",
        "找不到年份列：请把表头写成“年份”或“year”，或在下方指定。",
        "No year column: call it “年份” or “year”, or choose it below.",
      );
    for (const c of this.columns)
      if (c.role.kind === "unknown")
        this.say(
          "warning",
          1,
          c.header,
          c.header,
          `无法识别“${c.header}”列，已忽略；可在下方指定它对应的指标。`,
          `Column “${c.header}” was not recognised and is ignored; you can map it below.`,
        );
  }

  private readRow(r: readonly string[]) {
    const width = this.headers!.length;
    const row = this.row;
    if (r.length > width) {
      this.say(
        "error",
        row,
        "",
        r.slice(width).join(" | "),
        `第 ${row} 行有 ${r.length} 个字段，比表头多 ${r.length - width} 个，整行未使用。`,
        `Row ${row} has ${r.length} fields, ${r.length - width} more than the header; the row was not used.`,
      );
      return;
    }
    if (r.length < width)
      this.say(
        "warning",
        row,
        "",
        "",
        `第 ${row} 行只有 ${r.length} 个字段（表头有 ${width} 个），缺少的单元格按空白处理。`,
        `Row ${row} has ${r.length} fields (the header has ${width}); the missing cells count as blank.`,
      );
    const before = this.count;
    if (this.shape === "long") this.readLong(r, row);
    else if (this.shape === "category") this.readCategory(r, row);
    else this.readWide(r, row);
    if (this.count > before) this.rowsUsed++;
  }

  private cell(r: readonly string[], kind: Role["kind"]): { text: string; header: string } | null {
    const c = this.columns.find((c) => c.role.kind === kind);
    return c ? { text: (r[c.index] ?? "").trim(), header: c.header } : null;
  }

  /**
   * The index of the row's place (-1, with a message, when the place or the
   * year is missing or unreadable); its year is left in `rowYear`.
   */
  private placeYear(r: readonly string[], row: number): number {
    if (this.placeColumn < 0 || this.yearColumn < 0) return -1;
    const placeText = r[this.placeColumn] ?? "";
    let place = this.placeCache.get(placeText);
    if (place === undefined && !placeText.trim()) {
      const header = this.columns[this.placeColumn]!.header;
      this.say(
        "error",
        row,
        header,
        "",
        `第 ${row} 行“${header}”为空：不知道这一行是哪个地区。`,
        `Row ${row}, “${header}” is blank: the row has no place.`,
      );
      return -1;
    }
    const yearText = r[this.yearColumn] ?? "";
    const year = readYear(yearText);
    if (year === null) {
      const header = this.columns[this.yearColumn]!.header;
      const text = yearText.trim();
      this.say(
        "error",
        row,
        header,
        text,
        `第 ${row} 行“${header}”应为四位年份，实为“${text}”。`,
        `Row ${row}, “${header}”: expected a four-digit year, found “${text}”.`,
      );
      return -1;
    }
    if (place === undefined) {
      place = this.store.placeIndex(this.resolvePlace(placeText.trim()));
      this.placeCache.set(placeText, place);
    }
    this.rowYear = year;
    return place;
  }

  /** A known place, or the user's own (the store keeps one per id). */
  private resolvePlace(text: string): Place {
    return this.index.match(text) ?? userPlace(text.trim());
  }

  private value(
    text: string,
    header: string,
    row: number,
    metric: string,
  ): (ParsedValue & { kind: "number" }) | null {
    const v = readCell(text);
    if (v.kind === "absent") return null;
    const unit = metricInfo(metric)?.unit ?? "count";
    const problem: readonly [string, string] | null =
      v.kind === "invalid"
        ? NOT_A_NUMBER
        : unit === "percent" && (v.value < 0 || v.value > 100)
          ? PERCENT_RANGE
          : unit !== "percent" && v.percent
            ? NOT_PERCENT
            : unit === "count" && !Number.isInteger(v.value)
              ? NOT_WHOLE
              : unit !== "percent" && v.value < 0
                ? NEGATIVE
                : null;
    if (problem === null && v.kind === "number") return v;
    const [zh, en] = problem ?? NOT_A_NUMBER;
    this.say(
      "error",
      row,
      header,
      text,
      `第 ${row} 行“${header}”：${zh}，实为“${text}”。`,
      `Row ${row}, “${header}”: ${en}, found “${text}”.`,
    );
    return null;
  }

  /** The row of the figure already held for this key in a record, if any. */
  private repeatOf(
    rec: number,
    f: Pick<Fact, "metric" | "scope" | "dimension" | "category">,
  ): number | null {
    const st = this.store;
    if (st.wideRow[rec] && !f.scope && !f.dimension && !f.category) {
      const k = this.wideK.get(f.metric);
      if (k !== undefined && !Number.isNaN(st.values[rec * st.width + k]!)) return st.wideRow[rec]!;
    }
    const extra = st.extras.get(rec);
    if (!extra) return null;
    for (let i = 0; i < extra.facts.length; i++) {
      const g = extra.facts[i]!;
      if (
        g.metric === f.metric &&
        g.scope === f.scope &&
        g.dimension === f.dimension &&
        g.category === f.category
      )
        return extra.rows[i]!;
    }
    return null;
  }

  /** Keep a figure as a fact beside its record, unless the record holds it already. */
  private keep(rec: number, f: Fact, row: number, column: string, text: string) {
    const first = this.repeatOf(rec, f);
    if (first !== null) return this.repeated(row, first, column, text);
    if (this.store.wideRow[rec] && !this.recheck.has(rec)) this.uncheck(rec);
    const extra = this.store.extra(rec);
    extra.facts.push(f);
    extra.rows.push(row);
    this.count++;
  }

  private repeated(row: number, first: number, column: string, text: string) {
    this.say(
      "error",
      row,
      column,
      text,
      `第 ${row} 行与第 ${first} 行是同一个数字（同一地区、年份和指标），未使用第 ${row} 行的值。`,
      `Row ${row} repeats the figure of row ${first} (same place, year and metric); row ${row}'s value was not used.`,
    );
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

  private add(f: Fact, row: number, column: string) {
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

  /** One source string per row, shared by the row's figures. */
  private sourceFor(row: number): string {
    if (this.rowSource.row !== row)
      this.rowSource = { row, text: sourceOf(this.opts.fileName, row) };
    return this.rowSource.text;
  }

  private fact(
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
      note: v.lowerBound ? `下限：原文“${term}”写作下限（如“万余”）/ lower bound as written` : "",
      ...extra,
    };
  }

  /**
   * Wide rows are stored compactly, one number per metric column, and become
   * facts only when asked for: a file of a million rows stays small. Most
   * cells take the fast path (scanPlain, no allocation); the rest, and every
   * cell with a problem, go through the full reader and its messages.
   */
  private readWide(r: readonly string[], row: number) {
    const p = this.placeYear(r, row);
    if (p < 0) return;
    const st = this.store;
    const rec = st.record(p, this.rowYear);
    const fresh = st.wideRow[rec] === 0;
    if (fresh) st.wideRow[rec] = row;
    const { values, written } = st;
    const base = rec * st.width;
    const sc = this.scanned;
    const columns = this.wide;
    let added = 0;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      const raw = r[c.index];
      if (raw === undefined || raw.length === 0) continue;
      let value: number;
      let lower = false;
      let rounding: number;
      if (scanPlain(raw, sc) && fits(c.unit, sc)) {
        value = sc.value;
        rounding = roundingCode(sc);
      } else {
        if (isAbsentMark(raw)) continue;
        const v = this.value(raw.trim(), c.header, row, c.metric);
        if (!v) continue;
        value = v.value;
        lower = v.lowerBound;
        rounding = roundingCodeOf(v.scale, v.tolerance);
      }
      if (fresh) {
        values[base + k] = value;
        written[base + k] = (lower ? LOWER_BOUND : 0) | rounding;
        added++;
        continue;
      }
      // The same place and year on another row: what is new is kept as a fact.
      const place = st.places[st.place[rec]!]!;
      const f = this.fact(
        place,
        st.year[rec]!,
        c.metric,
        { value, lowerBound: lower },
        c.header,
        row,
      );
      this.keep(rec, f, row, c.header, raw.trim());
    }
    this.count += added;
    if (fresh) this.checkWide(rec);
  }

  /** Check a record's wide values; returns the issues found (listing them while there is room). */
  private checkWide(rec: number, list = this.quality): number {
    const st = this.store;
    const figures = this.figures!;
    figures.record = rec;
    const found = checkPlain(
      { place_id: st.places[st.place[rec]!]!.id, year: st.year[rec]! },
      figures,
      list,
      MAX_MESSAGES,
    );
    if (list === this.quality) this.qualityCount += found;
    return found;
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
          this.fact(
            place,
            year,
            c.metric,
            { value: v, lowerBound: (st.written[rec * st.width + k]! & LOWER_BOUND) !== 0 },
            c.header,
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
    for (let p = 0; p < st.places.length; p++)
      for (const rec of st.recordsOf[p]!) yield* this.factsOf(rec);
  }

  private readCategory(r: readonly string[], row: number) {
    const p = this.placeYear(r, row);
    if (p < 0) return;
    const at = { place: this.store.places[p]!, year: this.rowYear };
    const cat = this.cell(r, "category");
    const count = this.cell(r, "count");
    if (!cat || !count) return;
    if (!cat.text) {
      this.say(
        "error",
        row,
        cat.header,
        "",
        `第 ${row} 行“${cat.header}”为空。`,
        `Row ${row}, “${cat.header}” is blank.`,
      );
      return;
    }
    const v = this.value(count.text, count.header, row, "top_category");
    if (!v) {
      if (readCell(count.text).kind === "absent")
        this.say(
          "warning",
          row,
          count.header,
          count.text,
          `第 ${row} 行“${cat.text}”没有件数，未使用。`,
          `Row ${row}: “${cat.text}” has no count and was not used.`,
        );
      return;
    }
    const shareCell = this.cell(r, "share");
    let share: number | null = null;
    if (shareCell?.text) {
      const s = readCell(shareCell.text);
      if (s.kind === "number" && s.value >= 0 && s.value <= 100) share = s.value;
      else if (s.kind !== "absent") {
        this.say(
          "error",
          row,
          shareCell.header,
          shareCell.text,
          `第 ${row} 行“${shareCell.header}”应为 0–100 的百分比，实为“${shareCell.text}”。`,
          `Row ${row}, “${shareCell.header}”: expected a percentage 0–100, found “${shareCell.text}”.`,
        );
        return;
      }
    }
    const scope = pick(this.cell(r, "scope")?.text, SCOPES, SCOPE_WORDS) ?? "all";
    const dimension =
      pick(this.cell(r, "dimension")?.text, DIMENSIONS, DIMENSION_WORDS) ?? "request_type";
    const rankText = this.cell(r, "rank")?.text;
    const rank = rankText && /^\d{1,3}$/.test(rankText) ? Number(rankText) : null;
    const f = this.fact(at.place, at.year, "top_category", v, cat.text, row, {
      category: cat.text,
      share,
      scope,
      dimension,
      rank,
    });
    this.add(f, row, cat.header);
    if (rank === null) this.pendingCategories.push({ fact: f, row });
  }

  private readLong(r: readonly string[], row: number) {
    const get = (c: (typeof FACT_COLUMNS)[number]) =>
      restoreCell(r[FACT_COLUMN_INDEX.get(c)!] ?? "");
    const metric = get("metric").trim();
    const info = metricInfo(metric);
    const err = (col: string, text: string, zh: string, en: string) =>
      this.say(
        "error",
        row,
        col,
        text,
        `第 ${row} 行“${col}”：${zh}，实为“${text}”。`,
        `Row ${row}, “${col}”: ${en}, found “${text}”.`,
      );
    if (!info) return err("metric", metric, "不是已知的指标", "not a known metric id");
    const year = readYear(get("year"));
    if (year === null)
      return err("year", get("year"), "应为四位年份", "expected a four-digit year");
    const level = get("level");
    if (!(LEVELS as readonly string[]).includes(level))
      return err(
        "level",
        level,
        `应为 ${LEVELS.join("/")}`,
        `expected one of ${LEVELS.join(", ")}`,
      );
    const unit = get("unit");
    if (unit !== info.unit)
      return err(
        "unit",
        unit,
        `指标 ${metric} 的单位应为 ${info.unit}`,
        `the unit of ${metric} is ${info.unit}`,
      );
    const v = this.value(get("value"), "value", row, metric);
    if (!v) return;
    const num = (c: "rank" | "share") => {
      const t = get(c).trim();
      return t === "" ? null : Number(t);
    };
    const dim = get("dimension");
    const scope = get("scope");
    if (dim && !(DIMENSIONS as readonly string[]).includes(dim))
      return err("dimension", dim, "不是已知的排名对象", "not a known dimension");
    if (scope && !(SCOPES as readonly string[]).includes(scope))
      return err("scope", scope, "不是已知的范围", "not a known scope");
    const f: Fact = {
      place_id: get("place_id"),
      place_zh: get("place_zh"),
      place_en: get("place_en"),
      level: level as Fact["level"],
      parent_id: get("parent_id"),
      adcode: get("adcode"),
      year,
      period: get("period") || String(year),
      period_kind: (get("period_kind") || "year") as Fact["period_kind"],
      metric,
      category: get("category"),
      rank: num("rank"),
      dimension: dim as Dimension | "",
      scope: scope as Scope | "",
      value: v.value,
      share: num("share"),
      unit: info.unit,
      term_zh: get("term_zh"),
      derivation: get("derivation") || "reported",
      yoy_text: get("yoy_text"),
      source: get("source"),
      note: get("note"),
    };
    if (!f.place_id) return err("place_id", "", "不能为空", "must not be blank");
    this.add(f, row, "value");
  }

  /** Close the file: rank unranked categories, run the consistency checks, summarise. */
  finish(): IngestSummary {
    return (this.summary ??= this.summarise());
  }

  private summary: IngestSummary | null = null;

  private summarise(): IngestSummary {
    this.rankCategories();
    // The build's checks, one place-year at a time (they never look across):
    // records with facts now (wide ones were checked as they were read).
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
    this.known = new Set(this.opts.places.map((p) => p.id));
    this.messages.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      shape: this.shape,
      columns: this.columns,
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      facts: this.count,
      messages: this.messages,
      errors: this.errors,
      warnings: this.warnings,
      places: st.places.slice(0, MAX_PLACES).map((_, p) => this.placeSummary(p)),
      placeCount: st.places.length,
      quality: [...quality],
      qualityCount: this.qualityCount,
    };
  }

  private known = new Set<string>();

  /** A place of the file and its years, by id. */
  summaryOf(id: string): PlaceSummary | null {
    const p = this.store.findPlace(id);
    return p === undefined ? null : this.placeSummary(p);
  }

  private placeSummary(p: number): PlaceSummary {
    const place = this.store.places[p]!;
    return {
      place,
      own: !this.known.has(place.id),
      years: this.store.years(p),
    };
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
      const code = st.written[rec * st.width + k]! & ~LOWER_BOUND;
      if (!code) continue;
      const t = toleranceOfCode(code);
      const key = {
        place_id,
        period: String(st.year[rec]!),
        dimension: "" as const,
        scope: "" as const,
      };
      out.set(factKey({ ...key, category: "", metric: this.wide[k]!.metric }), t);
    }
    return out;
  }

  /** Report an unclosed quote: the parser swallowed the rest of the file into one cell. */
  unclosedQuote(row: number) {
    this.say(
      "error",
      row,
      "",
      "",
      `第 ${row} 行附近有未闭合的引号（"），其后的内容无法读取；之前的行已预览。`,
      `An unclosed quote (") near row ${row}: what follows cannot be read; the rows before it are shown.`,
    );
  }

  private rankCategories() {
    const groups = new Map<string, Fact[]>();
    for (const { fact } of this.pendingCategories) {
      const k = `${fact.place_id}|${fact.year}|${fact.dimension}|${fact.scope}`;
      const g = groups.get(k);
      if (g) g.push(fact);
      else groups.set(k, [fact]);
    }
    for (const g of groups.values()) {
      g.sort((a, b) => b.value - a.value);
      g.forEach((f, i) => (f.rank = i + 1));
    }
  }
}

const FACT_COLUMN_INDEX = new Map<string, number>(FACT_COLUMNS.map((c, i) => [c, i]));

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
    const code = this.store.written[cell]! & ~LOWER_BOUND;
    if (code) return toleranceOfCode(code);
    return this.columns[k]!.unit === "count" ? 0 : roundingTolerance(this.store.values[cell]!);
  }
  term(metric: string): string {
    return this.columns.find((c) => c.metric === metric)?.header ?? "";
  }
  *counts(): Generator<{ metric: string; value: number }> {
    const base = this.record * this.store.width;
    for (const [k, c] of this.columns.entries()) {
      const value = this.store.values[base + k]!;
      if (c.unit === "count" && !Number.isNaN(value)) yield { metric: c.metric, value };
    }
  }
}

/** A value the fast path read that needs no message: right kind for the column's unit. */
function fits(unit: Unit, v: Scanned): boolean {
  if (unit === "percent") return v.value >= 0 && v.value <= 100;
  if (v.percent || v.value < 0) return false;
  return unit !== "count" || Number.isInteger(v.value);
}

/** A row with nothing but blanks. */
function isBlank(r: readonly string[]): boolean {
  const first = r[0]!;
  if (first.length && first.charCodeAt(0) > 32 && first.charCodeAt(0) !== 0x3000) return false;
  for (const c of r) if (c.length && c.trim()) return false;
  return true;
}

function readYear(text: string): number | null {
  if (text.length === 4) {
    let y = 0;
    for (let i = 0; i < 4; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return readYearSlow(text);
      y = y * 10 + d;
    }
    return y >= 1990 && y <= 2100 ? y : null;
  }
  return readYearSlow(text);
}

function readYearSlow(text: string): number | null {
  const t = toHalfWidth(text).trim().replace(/年$/, "");
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : null;
}

function overrideRole(o: Override): Role {
  if (o.startsWith("metric:")) return { kind: "metric", metric: o.slice(7) };
  return { kind: o as "ignore" | "place" | "year" };
}

const SCOPE_WORDS: Record<string, Scope> = {
  全部: "all",
  全部诉求: "all",
  咨询: "consultation",
  咨询类: "consultation",
  非咨询: "non_consultation",
  非咨询类: "non_consultation",
};
const DIMENSION_WORDS: Record<string, Dimension> = {
  业务类型: "business_type",
  诉求类型: "request_type",
  部门: "department",
  承办部门: "department",
};

function pick<T extends string>(
  text: string | undefined,
  ids: readonly T[],
  words: Record<string, T>,
): T | null {
  const t = text?.trim() ?? "";
  if (!t) return null;
  return (ids as readonly string[]).includes(t) ? (t as T) : (words[t] ?? null);
}
