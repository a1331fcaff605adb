/**
 * A file's header → what each column holds: the table's shape, each column's
 * role (from its header, or the user's choice), and, for a wide table, its
 * metric columns (the first column naming each metric), with a message for
 * every renamed, repeated, missing or unrecognised column.
 */
import { metricInfo } from "../data/metrics.ts";
import {
  DEFINITION_TERMS,
  definitionOf,
  definitionsOf,
  type ConnectionDefinition,
} from "../data/definitions.ts";
import type { WideColumn } from "./figures.ts";
import {
  categoryRole,
  detectShape,
  uniqueHeaders,
  wideRole,
  type Role,
  type Shape,
} from "./headers.ts";
import { SAY, type MessageLog } from "./messages.ts";
import type { ColumnMapping } from "./rowContext.ts";

/**
 * A user's choice for one column: a role, or a metric id, with its definition
 * where the metric has several (`metric:connection_rate:30s`).
 */
export type Override = "ignore" | "place" | "year" | `metric:${string}`;

/** The choice that reads a column as `metric` (of `definition`, where it has several). */
export const metricOverride = (metric: string, definition = ""): Override =>
  `metric:${metric}${definition ? `:${definition}` : ""}`;

/**
 * Columns read of a header: a table of 12345 figures has a place, a year and
 * a few dozen metrics. A header wider than this is not a table we can chart
 * (often a file whose line breaks were lost); the rest is not read, so the
 * worker and the page stay small whatever the file.
 */
export const MAX_COLUMNS = 1000;

/** Unrecognised columns named one by one; more are summed up in one message. */
const MAX_UNKNOWN_LISTED = 50;

export interface Columns {
  /** Fields in the header, all of them (names has at most MAX_COLUMNS). */
  width: number;
  names: string[];
  shape: Shape;
  columns: ColumnMapping[];
  wide: WideColumn[];
  /** Columns of a metric and definition an earlier column holds: not read (their figures are counted and named). */
  repeats: RepeatedColumn[];
}

export interface RepeatedColumn {
  index: number;
  header: string;
  /** The header of the column that is read. */
  first: string;
}

function overrideRole(o: Override, header: string): Role {
  if (o.startsWith("metric:")) {
    const [metric = "", chosen] = o.slice(7).split(":");
    const known = definitionsOf(metric) as readonly string[];
    // A metric chosen without its definition takes the one its header names.
    const definition =
      chosen && known.includes(chosen) ? chosen : known.length ? definitionOf(metric, header) : "";
    return { kind: "metric", metric, definition };
  }
  return { kind: o as "ignore" | "place" | "year" };
}

/** The wording a column's figures are published under: its header, unless that names another definition. */
function termOf(header: string, metric: string, definition: string): string {
  if (!definition || definitionOf(metric, header) === definition) return header;
  return DEFINITION_TERMS[definition as ConnectionDefinition].zh;
}

export function mapColumns(
  raw: readonly string[],
  overrides: Readonly<Record<number, Override>> | undefined,
  log: MessageLog,
): Columns {
  const width = raw.length;
  if (raw.length > MAX_COLUMNS) {
    log.say("error", 1, "", "", SAY.absurdHeader(raw.length, MAX_COLUMNS));
    raw = raw.slice(0, MAX_COLUMNS);
  }
  const { names, changed } = uniqueHeaders(raw);
  for (const c of changed)
    log.say("warning", 1, c.to, c.from, SAY.headerRepeats(c.index, c.from, c.to));
  const shape = detectShape(names);
  const columns = names.map((header, index): ColumnMapping => {
    const o = overrides?.[index];
    if (o) return { index, header, role: overrideRole(o, header), auto: false };
    const role =
      shape === "category"
        ? categoryRole(header)
        : shape === "wide"
          ? wideRole(header)
          : { kind: "ignore" as const };
    return { index, header, role, auto: true };
  });
  // One column per metric and definition: 30秒人工接通率 and 接通率 are two.
  const firstOf = new Map<string, number>();
  const repeats: RepeatedColumn[] = [];
  for (const c of columns) {
    if (c.role.kind !== "metric") continue;
    const key = `${c.role.metric}|${c.role.definition}`;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, c.index);
    else if (shape === "wide")
      repeats.push({ index: c.index, header: c.header, first: columns[first]!.header });
  }
  const wide: WideColumn[] = [];
  if (shape === "wide")
    for (const c of columns)
      if (
        c.role.kind === "metric" &&
        firstOf.get(`${c.role.metric}|${c.role.definition}`) === c.index
      )
        wide.push({
          index: c.index,
          header: c.header,
          metric: c.role.metric,
          definition: c.role.definition,
          term: termOf(c.header, c.role.metric, c.role.definition),
          unit: metricInfo(c.role.metric)?.unit ?? "count",
        });
  if (shape !== "long") {
    const has = (k: Role["kind"]) => columns.some((c) => c.role.kind === k);
    if (!has("place")) log.say("error", 1, "", "", SAY.noPlaceColumn);
    if (!has("year")) log.say("error", 1, "", "", SAY.noYearColumn);
    const unknown = columns.filter((c) => c.role.kind === "unknown");
    // One message per column while they can be read; one for all beyond that.
    if (unknown.length > MAX_UNKNOWN_LISTED)
      log.say(
        "warning",
        1,
        "",
        unknown
          .slice(0, 5)
          .map((c) => c.header)
          .join(" | "),
        SAY.unknownColumns(unknown.length),
      );
    else
      for (const c of unknown)
        log.say("warning", 1, c.header, c.header, SAY.unknownColumn(c.header));
  }
  return { width, names, shape, columns, wide, repeats };
}
