import type { ManifestPlace } from "../data/manifest.ts";

const norm = (s: string) => s.toLowerCase().replace(/[\s'’·-]/g, "");
const SUFFIX = /(省|市|区|县)$/;

/**
 * Places matching a query typed in Chinese (with or without 市/区/县), pinyin
 * (the place id, "huaian" or "huai'an"), English, or adcode. Prefix matches
 * come before substring matches; an empty query returns every place.
 */
export function searchPlaces(places: readonly ManifestPlace[], query: string): ManifestPlace[] {
  const q = norm(query.trim()).replace(SUFFIX, "");
  if (!q) return [...places];
  const scored: { p: ManifestPlace; score: number }[] = [];
  for (const p of places) {
    const keys = [p.zh.replace(SUFFIX, ""), p.zh, p.id, norm(p.en), p.adcode].map(norm);
    let score = Infinity;
    for (const k of keys) {
      if (k === q) score = Math.min(score, 0);
      else if (k.startsWith(q)) score = Math.min(score, 1);
      else if (k.includes(q)) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ p, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.p);
}
