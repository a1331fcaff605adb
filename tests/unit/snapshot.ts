/**
 * Snapshots (after Observable Plot's tests): SVG normalised (numbers rounded
 * to 3 decimals, Svelte's hydration comments and scoped-style class hashes
 * removed), specs as JSON. On a mismatch a `-changed` copy is written beside
 * the expected file to diff; on a match a stale `-changed` copy is removed.
 * With `CI` set nothing is written: a missing snapshot is a failure, never a
 * new baseline.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** A value as stable, readable JSON: numbers rounded to 3 decimals. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_k, v: unknown) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v),
      2,
    ) + "\n"
  );
}

/**
 * Compare with the stored snapshot `name` (with its extension, "x.svg").
 * Missing: written as the baseline, except with `CI` set.
 */
export function matchSnapshot(
  name: string,
  actual: string,
  dir = SNAPSHOTS,
  ci = !!process.env.CI,
): { ok: boolean; expected: string } {
  const file = join(dir, name.includes(".") ? name : `${name}.svg`);
  const changed = file.replace(/(\.[a-z]+)$/, "-changed$1");
  if (!existsSync(file)) {
    if (ci) return { ok: false, expected: `(no snapshot ${name}; CI never writes one)` };
    writeFileSync(file, actual);
    return { ok: true, expected: actual };
  }
  const expected = readFileSync(file, "utf8");
  const ok = expected === actual;
  if (ok) rmSync(changed, { force: true });
  else if (!ci) writeFileSync(changed, actual);
  return { ok, expected };
}
