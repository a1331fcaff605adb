/**
 * `npm run gazetteer`: compile the divisions of China into
 * src/lib/places/divisions.json (see scripts/gazetteer/compile.ts). Written to
 * a temporary file and renamed into place; same input, same bytes.
 */
import { gzipSync } from "node:zlib";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileGazetteer, GazetteerError, serialiseGazetteer } from "./gazetteer/compile.ts";
import { readInput } from "./gazetteer/read.ts";

export const GAZETTEER_FILE = join(
  import.meta.dirname,
  "..",
  "src",
  "lib",
  "places",
  "divisions.json",
);

/** Compiles and writes the gazetteer; returns a one-line summary. */
export function writeGazetteer(target = GAZETTEER_FILE): string {
  const file = compileGazetteer(readInput());
  const bytes = Buffer.from(serialiseGazetteer(file), "utf8");
  const tmp = `${target}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, target);
  const count: Record<string, number> = {};
  for (const d of file.divisions) count[d[3]] = (count[d[3]] ?? 0) + 1;
  const levels = Object.entries(count)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  return (
    `src/lib/places/divisions.json: ${file.divisions.length} places (${levels}), ` +
    `${file.former.length} former names; ${(bytes.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(writeGazetteer());
  } catch (e) {
    if (e instanceof GazetteerError) {
      console.error(`gazetteer: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
