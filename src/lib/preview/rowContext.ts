/**
 * What every table reader asks of a row: the cell of a role, the row's place
 * and year (with the message when either is missing or unreadable), and a
 * value checked against its metric's unit.
 */
import type { Place } from "../data/fact.ts";
import { metricInfo } from "../data/metrics.ts";
import type { ParsedValue } from "../data/parseValue.ts";
import type { FileFigures } from "./figures.ts";
import type { Role } from "./headers.ts";
import { PROBLEMS, SAY, type MessageLog, type Text2 } from "./messages.ts";
import type { PlaceOption, PlaceResolver } from "./places.ts";
import { readCell } from "./values.ts";
import { FIRST_YEAR, readYear } from "./year.ts";

/** Characters in a place's name: the longest real ones have about 20; beyond this a cell is not a name. */
export const MAX_PLACE_NAME = 100;

/** A name in the file that several divisions share: the person chooses (or keeps it as their own). */
export interface AmbiguousName {
  /** As written (trimmed). */
  name: string;
  /** The first row that names it. */
  row: number;
  options: PlaceOption[];
}

/** Ambiguous names listed for a choice; more are counted. */
export const MAX_AMBIGUOUS = 50;

export interface ColumnMapping {
  index: number;
  header: string;
  role: Role;
  /** false when the user chose the role. */
  auto: boolean;
}

export class RowContext {
  private readonly placeColumn: number;
  private readonly yearColumn: number;
  /** Place cells already resolved, as written → place index. */
  private readonly placeCache = new Map<string, number>();
  /** The year of the row `placeYear` last read. */
  rowYear = 0;
  /** Names several divisions share: the first MAX_AMBIGUOUS, and how many in all. */
  readonly ambiguous: AmbiguousName[] = [];
  ambiguousCount = 0;

  constructor(
    readonly columns: readonly ColumnMapping[],
    readonly log: MessageLog,
    readonly figures: FileFigures,
    private readonly resolver: PlaceResolver,
    /** The last year accepted (year.ts lastYear). */
    private readonly lastYear: number,
  ) {
    this.placeColumn = columns.find((c) => c.role.kind === "place")?.index ?? -1;
    this.yearColumn = columns.find((c) => c.role.kind === "year")?.index ?? -1;
  }

  /** The trimmed cell of the first column with this role, and its header. */
  cell(r: readonly string[], kind: Role["kind"]): { text: string; header: string } | null {
    const c = this.columns.find((c) => c.role.kind === kind);
    return c ? { text: (r[c.index] ?? "").trim(), header: c.header } : null;
  }

  /** A year cell, or null with a message naming the row and column. */
  year(text: string, row: number, header: string): number | null {
    const y = readYear(text, this.lastYear);
    if (typeof y === "number") return y;
    const t = text.trim();
    this.log.say(
      "error",
      row,
      header,
      t,
      y === "range"
        ? SAY.yearOutOfRange(row, header, Number(t.replace(/\D/g, "")), FIRST_YEAR, this.lastYear)
        : SAY.notAYear(row, header, t),
    );
    return null;
  }

  /**
   * The index of the row's place (-1, with a message, when the place or the
   * year is missing or unreadable); its year is left in `rowYear`.
   */
  placeYear(r: readonly string[], row: number): number {
    if (this.placeColumn < 0 || this.yearColumn < 0) return -1;
    const placeText = r[this.placeColumn] ?? "";
    let place = this.placeCache.get(placeText);
    if (place === undefined && !placeText.trim()) {
      const header = this.columns[this.placeColumn]!.header;
      this.log.say("error", row, header, "", SAY.noPlace(row, header));
      return -1;
    }
    if (place === undefined && placeText.length > MAX_PLACE_NAME) {
      const header = this.columns[this.placeColumn]!.header;
      this.log.say(
        "error",
        row,
        header,
        placeText,
        SAY.placeTooLong(row, header, placeText.length),
      );
      return -1;
    }
    const year = this.year(r[this.yearColumn] ?? "", row, this.columns[this.yearColumn]!.header);
    if (year === null) return -1;
    if (place === undefined) {
      place = this.figures.store.placeIndex(this.resolvePlace(placeText.trim(), row));
      this.placeCache.set(placeText, place);
    }
    this.rowYear = year;
    return place;
  }

  /**
   * A known place, or the user's own (the store keeps one per id); a renamed
   * or ambiguous name is said once, at its first row.
   */
  private resolvePlace(text: string, row: number): Place {
    const r = this.resolver.resolve(text);
    const header = this.columns[this.placeColumn]!.header;
    if (r.kind === "known" && r.renamed)
      this.log.say("warning", row, header, text, SAY.renamedPlace(row, header, text, r.place.zh));
    if (r.kind === "ambiguous") {
      this.ambiguousCount++;
      if (this.ambiguous.length < MAX_AMBIGUOUS)
        this.ambiguous.push({ name: text, row, options: r.options });
      this.log.say(
        "warning",
        row,
        header,
        text,
        SAY.ambiguousPlace(
          row,
          header,
          text,
          r.options.map((o) => ({ zh: o.zh, en: o.en })),
        ),
      );
    }
    return r.place;
  }

  /** A number that fits its metric's unit, or null (with a message when the cell is not blank). */
  value(
    text: string,
    header: string,
    row: number,
    metric: string,
  ): (ParsedValue & { kind: "number" }) | null {
    const v = readCell(text);
    if (v.kind === "absent") return null;
    const unit = metricInfo(metric)?.unit ?? "count";
    const problem: Text2 | null =
      v.kind === "invalid"
        ? PROBLEMS.notANumber
        : unit === "percent" && (v.value < 0 || v.value > 100)
          ? PROBLEMS.percentRange
          : unit !== "percent" && v.percent
            ? PROBLEMS.notPercent
            : unit === "count" && !Number.isInteger(v.value)
              ? PROBLEMS.notWhole
              : unit !== "percent" && v.value < 0
                ? PROBLEMS.negative
                : null;
    if (problem === null && v.kind === "number") return v;
    this.log.say(
      "error",
      row,
      header,
      text,
      SAY.badValue(row, header, problem ?? PROBLEMS.notANumber, text),
    );
    return null;
  }
}
