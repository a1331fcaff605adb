/**
 * Reading facts from Arrow IPC files (written by `arrowWrite.ts`). Only the
 * reader is in the browser bundle, and only where a page needs a file of many
 * places (the overview); see `factsJson.ts` for the small per-place files.
 */
import { tableFromIPC } from "apache-arrow";
import type { Dimension, Scope, Unit } from "./metrics.ts";
import { FACT_COLUMNS, type Fact, type Level } from "./fact.ts";
import type { PeriodKind } from "./period.ts";

export class ArrowFormatError extends Error {
  override name = "ArrowFormatError";
}

const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

/**
 * Check the framing of an Arrow IPC file before handing it to the decoder: a
 * corrupt buffer can make `tableFromIPC` loop for a very long time, so cheap
 * structural checks come first (magic at both ends, a footer that fits).
 */
export function checkArrowFile(bytes: Uint8Array): void {
  if (bytes.length < 8 + 6 + 4) throw new ArrowFormatError(`too short (${bytes.length} bytes)`);
  for (let i = 0; i < 6; i++) {
    if (bytes[i] !== MAGIC[i]) throw new ArrowFormatError("does not start with the Arrow magic");
    if (bytes[bytes.length - 6 + i] !== MAGIC[i])
      throw new ArrowFormatError("does not end with the Arrow magic (truncated?)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const footer = view.getInt32(bytes.length - 10, true);
  if (footer <= 0 || footer > bytes.length - 18)
    throw new ArrowFormatError(`footer length ${footer} does not fit in ${bytes.length} bytes`);
}

/** Decode an Arrow file written by `factsToArrow` into typed rows. */
export function arrowToFacts(bytes: Uint8Array): Fact[] {
  checkArrowFile(bytes);
  const table = tableFromIPC(bytes);
  const missing = FACT_COLUMNS.filter((c) => !table.getChild(c));
  if (missing.length) throw new ArrowFormatError(`missing columns: ${missing.join(", ")}`);
  const cols = Object.fromEntries(
    FACT_COLUMNS.map((c) => [c, table.getChild(c)!.toArray() as ArrayLike<unknown>]),
  ) as Record<(typeof FACT_COLUMNS)[number], ArrayLike<unknown>>;
  // Dictionary and nullable columns come back as JS arrays from toArray();
  // read them through get() where toArray() would lose nulls.
  const rank = table.getChild("rank")!;
  const share = table.getChild("share")!;
  const str = (c: (typeof FACT_COLUMNS)[number], i: number) => (cols[c][i] as string | null) ?? "";
  const out: Fact[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    out[i] = {
      place_id: str("place_id", i),
      place_zh: str("place_zh", i),
      place_en: str("place_en", i),
      level: str("level", i) as Level,
      parent_id: str("parent_id", i),
      adcode: str("adcode", i),
      year: Number(cols.year[i]),
      period: str("period", i),
      period_kind: str("period_kind", i) as PeriodKind,
      metric: str("metric", i),
      category: str("category", i),
      rank: (rank.get(i) as number | null) ?? null,
      dimension: str("dimension", i) as Dimension | "",
      scope: str("scope", i) as Scope | "",
      value: Number(cols.value[i]),
      share: (share.get(i) as number | null) ?? null,
      unit: str("unit", i) as Unit,
      term_zh: str("term_zh", i),
      derivation: str("derivation", i),
      yoy_text: str("yoy_text", i),
      source: str("source", i),
      note: str("note", i),
      note_zh: str("note_zh", i),
    };
  }
  return out;
}
