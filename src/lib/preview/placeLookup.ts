/**
 * Loads what the preview needs to know a file's places: the gazetteer of
 * every division of China and the pinyin of names it does not know. Both are
 * chunks of their own, loaded by the worker only for a file that names its
 * places (a wide or category table; our long format carries its ids).
 */
import { loadGazetteer } from "../places/load.ts";
import type { PlaceLookup } from "./places.ts";

let pending: Promise<PlaceLookup> | undefined;

export function loadPlaceLookup(): Promise<PlaceLookup> {
  pending ??= Promise.all([loadGazetteer(), import("./pinyin.ts")]).then(
    ([gazetteer, { pinyinOf }]) => ({ gazetteer, slug: pinyinOf }),
    (e: unknown) => {
      // Not kept: the next file tries again.
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/**
 * Whether a text's table names its places (so the lookup is needed): any
 * table but our long format, whose header has place_id, year, metric and value.
 */
export function namesPlaces(text: string): boolean {
  const nl = text.indexOf("\n");
  const head = text.slice(0, nl < 0 ? 4096 : Math.min(nl, 4096));
  return !["place_id", "year", "metric", "value"].every((c) => head.includes(c));
}
