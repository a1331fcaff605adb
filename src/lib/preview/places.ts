/**
 * Matching the place names users write to the places we know: 苏州 or
 * 苏州市, Suzhou or suzhou, or the adcode 320500. A name we do not know
 * becomes the user's own place, with an id that can never clash with ours.
 */
import type { Place } from "../data/fact.ts";

export interface PlaceIndex {
  match(text: string): Place | null;
}

const SUFFIX = /(特别行政区|自治州|自治县|地区|市|区|县|州|盟|旗)$/u;

function keys(text: string): string[] {
  const t = text.trim().toLowerCase().replace(/\s+/g, "");
  const bare = t.replace(SUFFIX, "");
  return bare && bare !== t ? [t, bare] : [t];
}

export function placeIndex(places: readonly Place[]): PlaceIndex {
  const byKey = new Map<string, Place | null>();
  const add = (k: string, p: Place) => {
    if (!k) return;
    const had = byKey.get(k);
    // A name two places share (e.g. a bare name) matches neither.
    byKey.set(k, had === undefined || had?.id === p.id ? p : null);
  };
  for (const p of places) {
    add(p.id, p);
    add(p.adcode, p);
    add(p.en.toLowerCase().replace(/[\s'’-]/g, ""), p);
    for (const k of keys(p.zh)) add(k, p);
  }
  return {
    match(text) {
      const t = text.trim();
      if (!t) return null;
      for (const k of [...keys(t), t.toLowerCase().replace(/[\s'’-]/g, "")]) {
        const p = byKey.get(k);
        if (p) return p;
      }
      return null;
    },
  };
}

/**
 * A place of the user's own, from the name they wrote. Its id is that name
 * (spaces collapsed), so two names are never one place; the "user-" prefix
 * keeps it apart from every published place's id.
 */
export function userPlace(name: string): Place {
  const clean = name.trim().replace(/\s+/g, " ");
  // The full name: pages shorten it on screen, downloads carry it whole.
  return {
    id: `user-${clean}`,
    zh: clean,
    en: clean,
    level: /区$/.test(clean) ? "district" : /县$/.test(clean) ? "county" : "prefecture",
    parent: "",
    adcode: "",
  };
}

export const isUserPlace = (id: string) => id.startsWith("user-");
