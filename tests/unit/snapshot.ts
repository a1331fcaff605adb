/**
 * Normalised SVG snapshots (after Observable Plot's tests): numbers rounded to
 * 3 decimals, Svelte's hydration comments and scoped-style class hashes
 * removed before comparing. On a
 * mismatch a `-changed` copy is written beside the expected file to diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SNAPSHOTS = join(import.meta.dirname, "..", "fixtures", "snapshots");

export function normaliseSvg(html: string): string {
  const svg = html.slice(html.indexOf("<svg"), html.lastIndexOf("</svg>") + 6);
  return svg
    .replace(/<!--[^>]*-->/g, "")
    .replace(/ ?svelte-[a-z0-9]+/g, "")
    .replace(/ class=""/g, "")
    .replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/>\s*</g, ">\n<")
    .trim()
    .concat("\n");
}

/** Compare with the stored snapshot; create it when missing (first run). */
export function matchSnapshot(name: string, actual: string): { ok: boolean; expected: string } {
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (!existsSync(file)) {
    // On CI a missing snapshot is a failure, not a new baseline.
    if (process.env.CI) return { ok: false, expected: `(no snapshot ${name}.svg)` };
    writeFileSync(file, actual);
    return { ok: true, expected: actual };
  }
  const expected = readFileSync(file, "utf8");
  if (expected !== actual) writeFileSync(join(SNAPSHOTS, `${name}-changed.svg`), actual);
  return { ok: expected === actual, expected };
}
