import type { Place } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";

const norm = (s: string) => s.toLowerCase().replace(/[\s'’·-]/g, "");
const SUFFIX = /(省|市|区|县)$/;

/** How well a place's names match a normalised query: 0 exact, 1 prefix, 2 substring, Infinity none. */
function score(p: Place, q: string): number {
  const keys = [p.zh.replace(SUFFIX, ""), p.zh, p.id, norm(p.en), p.adcode].map(norm);
  let best = Infinity;
  for (const k of keys) {
    if (k === q) best = Math.min(best, 0);
    else if (k.startsWith(q)) best = Math.min(best, 1);
    else if (k.includes(q)) best = Math.min(best, 2);
  }
  return best;
}

const normQuery = (query: string) => norm(query.trim()).replace(SUFFIX, "");

/**
 * Places matching a query typed in Chinese (with or without 市/区/县), pinyin
 * (the place id, "huaian" or "huai'an"), English, or adcode. Prefix matches
 * come before substring matches; an empty query returns every place.
 */
export function searchPlaces<P extends Place>(places: readonly P[], query: string): P[] {
  const q = normQuery(query);
  if (!q) return [...places];
  const scored: { p: P; score: number }[] = [];
  for (const p of places) {
    const s = score(p, q);
    if (s < Infinity) scored.push({ p, score: s });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.p);
}

/** Whether the dataset has figures of a place: yearly ones, or months, quarters … */
export const hasFigures = (p: ManifestPlace): boolean => p.years.length > 0 || !!p.periods;

/** One answer of the search over the whole gazetteer. */
export type SearchHit =
  /** A place with figures in the dataset: it can be opened. */
  | { kind: "place"; place: ManifestPlace }
  /**
   * A place without a report in the dataset, and the places related to it that
   * have one: those within it, or the nearest place above it.
   */
  | {
      kind: "none";
      place: Place;
      relation: "within" | "parent";
      related: ManifestPlace[];
      /** Related places with reports beyond those listed. */
      more: number;
    };

/** Related places listed under a place without a report, before "and N more". */
export const RELATED_MAX = 3;

/**
 * Search the dataset's places and, once loaded, every division of the
 * gazetteer: a division without figures is an answer too ("no report in the
 * dataset yet"), with the places within it that have figures, or the nearest
 * one above it. Better matches first, and among equal ones places with
 * figures; at most `limit` answers.
 */
export function searchEverywhere(
  dataset: readonly ManifestPlace[],
  divisions: readonly Place[] | null,
  query: string,
  limit = 30,
): SearchHit[] {
  const q = normQuery(query);
  const withFigures = dataset.filter(hasFigures);
  if (!q) return withFigures.slice(0, limit).map((place) => ({ kind: "place", place }));
  const byId = new Map(dataset.map((p) => [p.id, p]));
  const divisionById = new Map((divisions ?? []).map((d) => [d.id, d]));
  /** The places with figures within `id` (walking up each one's parents in the dataset). */
  const within = (id: string) =>
    withFigures.filter((p) => {
      for (let up = byId.get(p.parent); up; up = byId.get(up.parent)) if (up.id === id) return true;
      return false;
    });
  /** The nearest place above a division that has figures. */
  const above = (d: Place): ManifestPlace | undefined => {
    for (let id = d.parent; id;) {
      const p = byId.get(id);
      if (p && hasFigures(p)) return p;
      id = p?.parent ?? divisionById.get(id)?.parent ?? "";
    }
    return undefined;
  };
  const none = (place: Place): SearchHit => {
    const inside = within(place.id);
    if (inside.length)
      return {
        kind: "none",
        place,
        relation: "within",
        related: inside.slice(0, RELATED_MAX),
        more: Math.max(0, inside.length - RELATED_MAX),
      };
    const up = above(place);
    return { kind: "none", place, relation: "parent", related: up ? [up] : [], more: 0 };
  };
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const p of dataset) {
    const s = score(p, q);
    if (s < Infinity)
      scored.push({ hit: hasFigures(p) ? { kind: "place", place: p } : none(p), score: s });
  }
  for (const d of divisions ?? []) {
    if (byId.has(d.id)) continue;
    const s = score(d, q);
    if (s < Infinity) scored.push({ hit: none(d), score: s });
  }
  const rank = (h: SearchHit) => (h.kind === "place" ? 0 : 1);
  return scored
    .sort((a, b) => a.score - b.score || rank(a.hit) - rank(b.hit))
    .slice(0, limit)
    .map((s) => s.hit);
}
