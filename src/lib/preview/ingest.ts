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
import { FACT_COLUMNS, factKey, LEVELS } from "../data/fact.ts";
import { restoreCell } from "../data/csv.ts";
import { DIMENSIONS, metricInfo, SCOPES, type Dimension, type Scope } from "../data/metrics.ts";
import { checkFacts, type QualityIssue } from "../data/quality.ts";
import { toHalfWidth, type ParsedValue } from "../data/parseValue.ts";
import {
  categoryRole,
  detectShape,
  uniqueHeaders,
  wideRole,
  type Role,
  type Shape,
} from "./headers.ts";
import { placeIndex, userPlace, type PlaceIndex } from "./places.ts";
import { readCell } from "./values.ts";

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
  places: PlaceSummary[];
  quality: QualityIssue[];
}

export const MAX_MESSAGES = 1000;

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

interface Slot {
  /** Figures held as facts (long and category tables, repeats of a place-year). */
  facts: Fact[];
  rows: number[];
  /** A wide row's values by column index, NaN where absent. */
  wide: Float64Array | null;
  wideRow: number;
  /** Columns whose value was written as a lower bound ("19万余"). */
  lower: Set<number> | null;
  /** Rounding of values written with 万/亿 ("156.2万" is ±500), for the consistency checks. */
  tolerance: Map<string, number> | null;
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
  private readonly ownPlaces = new Map<string, Place>();
  /** place id → year → the figures of that place and year. */
  private readonly store = new Map<string, Map<number, Slot>>();
  private readonly placeOf = new Map<string, Place>();
  /** The column each metric is read from (the first that names it). */
  private readonly wideColumnOf = new Map<string, number>();
  private readonly pendingCategories: { fact: Fact; row: number }[] = [];
  private count = 0;

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
    for (const r of rows) {
      if (!this.headers) {
        this.setHeader(r);
        continue;
      }
      this.row++;
      if (r.every((c) => c.trim() === "")) {
        this.blankRun.push(this.row);
        continue;
      }
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
      this.rowsRead++;
      this.readRow(r);
    }
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

  private placeAndYear(r: readonly string[], row: number): { place: Place; year: number } | null {
    const p = this.cell(r, "place");
    const y = this.cell(r, "year");
    if (!p || !y) return null;
    if (!p.text) {
      this.say(
        "error",
        row,
        p.header,
        "",
        `第 ${row} 行“${p.header}”为空：不知道这一行是哪个地区。`,
        `Row ${row}, “${p.header}” is blank: the row has no place.`,
      );
      return null;
    }
    const year = readYear(y.text);
    if (year === null) {
      this.say(
        "error",
        row,
        y.header,
        y.text,
        `第 ${row} 行“${y.header}”应为四位年份，实为“${y.text}”。`,
        `Row ${row}, “${y.header}”: expected a four-digit year, found “${y.text}”.`,
      );
      return null;
    }
    return { place: this.resolvePlace(p.text), year };
  }

  private resolvePlace(text: string): Place {
    const known = this.index.match(text);
    if (known) return known;
    const key = text.trim();
    let own = this.ownPlaces.get(key);
    if (!own) this.ownPlaces.set(key, (own = userPlace(key)));
    return own;
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

  private slot(place: Place, year: number): Slot {
    let years = this.store.get(place.id);
    if (!years) {
      this.store.set(place.id, (years = new Map()));
      this.placeOf.set(place.id, place);
    }
    let slot = years.get(year);
    if (!slot)
      years.set(
        year,
        (slot = { facts: [], rows: [], wide: null, wideRow: 0, lower: null, tolerance: null }),
      );
    return slot;
  }

  /** The row of the figure already held for this key, if any. */
  private repeatOf(
    slot: Slot,
    f: Pick<Fact, "metric" | "scope" | "dimension" | "category">,
  ): number | null {
    if (slot.wide && !f.scope && !f.dimension && !f.category) {
      const j = this.wideColumnOf.get(f.metric);
      if (j !== undefined && !Number.isNaN(slot.wide[j]!)) return slot.wideRow;
    }
    for (let i = 0; i < slot.facts.length; i++) {
      const g = slot.facts[i]!;
      if (
        g.metric === f.metric &&
        g.scope === f.scope &&
        g.dimension === f.dimension &&
        g.category === f.category
      )
        return slot.rows[i]!;
    }
    return null;
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

  private add(f: Fact, row: number, column: string) {
    const place: Place = {
      id: f.place_id,
      zh: f.place_zh,
      en: f.place_en,
      level: f.level,
      parent: f.parent_id,
      adcode: f.adcode,
    };
    const slot = this.store.get(f.place_id)?.get(f.year) ?? this.slot(place, f.year);
    const first = this.repeatOf(slot, f);
    if (first !== null) return this.repeated(row, first, column, String(f.value));
    slot.facts.push(f);
    slot.rows.push(row);
    this.count++;
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
      place_id: place.id,
      place_zh: place.zh,
      place_en: place.en,
      level: place.level,
      parent_id: place.parent,
      adcode: place.adcode,
      year,
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
   * facts only when asked for: a file of a million rows stays small.
   */
  private readWide(r: readonly string[], row: number) {
    const at = this.placeAndYear(r, row);
    if (!at) return;
    const slot = this.slot(at.place, at.year);
    const fresh = slot.wide === null;
    if (fresh) {
      slot.wide = new Float64Array(this.columns.length).fill(NaN);
      slot.wideRow = row;
    }
    for (const c of this.columns) {
      if (c.role.kind !== "metric" || this.wideColumnOf.get(c.role.metric) !== c.index) continue;
      const text = (r[c.index] ?? "").trim();
      const v = this.value(text, c.header, row, c.role.metric);
      if (!v) continue;
      if (fresh) {
        slot.wide![c.index] = v.value;
        if (v.lowerBound) (slot.lower ??= new Set()).add(c.index);
        if (v.scale > 0)
          (slot.tolerance ??= new Map()).set(
            factKey({
              place_id: at.place.id,
              year: at.year,
              metric: c.role.metric,
              dimension: "",
              scope: "",
              category: "",
            }),
            v.tolerance,
          );
        this.count++;
        continue;
      }
      // The same place and year on another row: what is new is kept as a fact.
      const f = this.fact(at.place, at.year, c.role.metric, v, c.header, row);
      const first = this.repeatOf(slot, f);
      if (first !== null) this.repeated(row, first, c.header, text);
      else {
        slot.facts.push(f);
        slot.rows.push(row);
        this.count++;
      }
    }
  }

  /** The facts of one place and year. */
  factsAt(placeId: string, year: number): Fact[] {
    const slot = this.store.get(placeId)?.get(year);
    const place = this.placeOf.get(placeId);
    if (!slot || !place) return [];
    const out: Fact[] = [];
    if (slot.wide)
      for (const c of this.columns) {
        if (c.role.kind !== "metric") continue;
        const v = slot.wide[c.index]!;
        if (Number.isNaN(v)) continue;
        out.push(
          this.fact(
            place,
            year,
            c.role.metric,
            { value: v, lowerBound: slot.lower?.has(c.index) ?? false },
            c.header,
            slot.wideRow,
          ),
        );
      }
    return out.concat(slot.facts);
  }

  /** Place ids in the order they first appear, and the years of each. */
  years(placeId: string): number[] {
    return [...(this.store.get(placeId)?.keys() ?? [])].sort((a, b) => a - b);
  }
  placeIds(): string[] {
    return [...this.store.keys()];
  }

  /** Every fact, one place-year at a time. */
  *allFacts(): Generator<Fact> {
    for (const [id, years] of this.store) for (const y of years.keys()) yield* this.factsAt(id, y);
  }

  private readCategory(r: readonly string[], row: number) {
    const at = this.placeAndYear(r, row);
    if (!at) return;
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
    this.rankCategories();
    // The build's checks, one place-year at a time (they never look across).
    const quality: QualityIssue[] = [];
    let qualityCount = 0;
    for (const [id, years] of this.store)
      for (const y of years.keys())
        for (const q of checkFacts(this.factsAt(id, y), years.get(y)!.tolerance ?? undefined))
          if (qualityCount++ < MAX_MESSAGES) quality.push(q);
    const known = new Set(this.opts.places.map((p) => p.id));
    const places: PlaceSummary[] = [...this.store.keys()].map((id) => ({
      place: this.placeOf.get(id)!,
      own: !known.has(id),
      years: this.years(id),
    }));
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
      places,
      quality,
      qualityCount,
    };
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

function readYear(text: string): number | null {
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
