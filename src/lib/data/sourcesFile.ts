/**
 * `sources.json`: every source record (the report's title, issuer, date, link,
 * kind and what it copies) by the id facts cite, and nothing else — what a
 * page needs to turn a fact's `source` column into a citation. Kept apart from
 * reports.json (which adds how each place and period was identified, several
 * times larger) so that citations cost one small request, made after the charts
 * are drawn. Reading checks every record, so a damaged file is refused with the
 * record and field, never half-read.
 */
import { SOURCE_KINDS, type SourceKind, type SourceRecord } from "./citation.ts";

/** The fields of a record, in the order each record's array holds them. */
export const SOURCE_FIELDS = ["title", "issuer", "published", "url", "kind", "copies"] as const;

export class SourcesFileError extends Error {
  override name = "SourcesFileError";
}

/**
 * Write the file: `{version, build, fields, sources: {id: [title, …]}}`, ids
 * sorted, one record per line. Reports without a source record are left out
 * (their facts show the id and section).
 */
export function sourcesToJson(
  records: Iterable<{ id: string; source: SourceRecord | null }>,
  build = "",
): string {
  const rows = [...records]
    .filter((r): r is { id: string; source: SourceRecord } => !!r.source)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => `${JSON.stringify(r.id)}:${JSON.stringify(SOURCE_FIELDS.map((f) => r.source[f]))}`);
  return `{"version":1,"build":${JSON.stringify(build)},"fields":${JSON.stringify(SOURCE_FIELDS)},"sources":{\n${rows.join(",\n")}\n}}\n`;
}

/** Read the file written by `sourcesToJson`: id → record. */
export function parseSourcesJson(text: string): Map<string, SourceRecord> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new SourcesFileError("not valid JSON");
  }
  const d = doc as { version?: unknown; fields?: unknown; sources?: unknown };
  if (
    d?.version !== 1 ||
    JSON.stringify(d.fields) !== JSON.stringify(SOURCE_FIELDS) ||
    typeof d.sources !== "object" ||
    d.sources === null
  )
    throw new SourcesFileError("not a sources file of version 1");
  const out = new Map<string, SourceRecord>();
  for (const [id, row] of Object.entries(d.sources as Record<string, unknown>)) {
    if (!Array.isArray(row) || row.length !== SOURCE_FIELDS.length)
      throw new SourcesFileError(`source “${id}”: expected ${SOURCE_FIELDS.length} fields`);
    SOURCE_FIELDS.forEach((f, i) => {
      if (typeof row[i] !== "string")
        throw new SourcesFileError(`source “${id}”, field ${f}: expected a string`);
    });
    const [title, issuer, published, url, kind, copies] = row as string[];
    if (!(SOURCE_KINDS as readonly string[]).includes(kind!))
      throw new SourcesFileError(
        `source “${id}”, field kind: expected one of ${SOURCE_KINDS.join(", ")}, found “${kind}”`,
      );
    if (url && !/^https?:\/\//i.test(url))
      throw new SourcesFileError(`source “${id}”, field url: expected an http(s) address`);
    out.set(id, {
      title: title!,
      issuer: issuer!,
      published: published!,
      url: url!,
      kind: kind as SourceKind,
      copies: copies!,
    });
  }
  return out;
}
