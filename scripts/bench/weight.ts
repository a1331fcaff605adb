/**
 * What a first load weighs: the files a page fetched, raw and compressed as a
 * static host would serve them — gzip at zlib's default level (what Vite's
 * build report shows) and brotli at its maximum (pre-compressed assets).
 * Data files get gzip only (brotli 11 on megabytes of data takes minutes).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Resource, ResourceKind } from "./browser.ts";

export interface Sizes {
  raw: number;
  gzip: number;
  /** null for data files. */
  brotli: number | null;
}

export interface SizedResource extends Resource, Sizes {}

export interface Weight {
  files: SizedResource[];
  /** Totals per kind; brotli is null for data. */
  total: Record<ResourceKind, Sizes & { files: number }>;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** Compressed sizes of files, each computed once per run. */
export class SizeCache {
  private readonly cache = new Map<string, Sizes>();
  constructor(private readonly root: string) {}

  sizes(path: string, withBrotli: boolean): Sizes {
    const key = `${withBrotli}|${path}`;
    let s = this.cache.get(key);
    if (!s) {
      const bytes = readFileSync(join(this.root, path));
      s = {
        raw: bytes.length,
        gzip: gzipSize(bytes),
        brotli: withBrotli ? brotliSize(bytes) : null,
      };
      this.cache.set(key, s);
    }
    return s;
  }
}

export const KINDS: readonly ResourceKind[] = ["html", "js", "css", "data", "other"];

/** Sizes of every file a page fetched, and totals per kind. */
export function weigh(resources: readonly Resource[], cache: SizeCache): Weight {
  const files = resources.map((r) => ({ ...r, ...cache.sizes(r.path, r.kind !== "data") }));
  return { files, total: totals(files) };
}

export function totals(files: readonly SizedResource[]): Weight["total"] {
  const total = Object.fromEntries(
    KINDS.map((k) => [k, { raw: 0, gzip: 0, brotli: k === "data" ? null : 0, files: 0 }]),
  ) as Weight["total"];
  for (const f of files) {
    const t = total[f.kind];
    t.raw += f.raw;
    t.gzip += f.gzip;
    if (t.brotli !== null) t.brotli += f.brotli ?? 0;
    t.files++;
  }
  return total;
}
