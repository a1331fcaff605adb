/**
 * Every division name in a text, for the extractor: the caller weighs the
 * hits (a report's title and first lines say more than its body).
 */
import type { Candidate, Gazetteer } from "./gazetteer.ts";

/** One place name found in a text. */
export interface TextHit {
  /** The name as written (苏州市, 通州, 海门市). */
  form: string;
  /** UTF-16 offsets in the text: text.slice(start, end) === form. */
  start: number;
  end: number;
  /** Every division it may mean, best first (see Gazetteer.match). */
  candidates: Candidate[];
  /**
   * true when the hit has two characters and names counties or districts
   * only: short names (东方, 和平, 公安, 新城) and full ones alike (城区 in
   * 主城区, 和县 in 市和县级, 郊区) are mostly ordinary words there, so the hit
   * is weak evidence. Longer names, and the short names of provinces and
   * prefectures (江苏, 海口, 西安), are not weak; a few of those are words too
   * (白银, 大同), which the caller weighs by where the hit stands.
   */
  weak: boolean;
}

/**
 * Finds every division name in `text`, scanning left to right and taking
 * the longest name at each position (江苏省 over 江苏, 南通市 over 南通), so
 * full names win over short ones and hits never overlap. Former names count
 * (海门市, with the rename record in the candidates), their two-character
 * short forms not. Names of one character are never sought. Hits in text order.
 */
export function findInText(gazetteer: Gazetteer, text: string): TextHit[] {
  const hits: TextHit[] = [];
  const longest = gazetteer.longestName;
  let i = 0;
  while (i < text.length) {
    let found: TextHit | undefined;
    if (!gazetteer.beginsName(text.charAt(i))) {
      i++;
      continue;
    }
    for (let len = Math.min(longest, text.length - i); len >= 2; len--) {
      const form = text.slice(i, i + len);
      // A former short name of two characters (中市 of 中市区, gone since 2004)
      // is a word far more often than a place: full former names only.
      const candidates = (gazetteer.candidatesOf(form) ?? []).filter(
        (c) => !(c.kind === "former-short" && len <= 2),
      );
      if (candidates.length === 0) continue;
      const weak =
        len <= 2 &&
        candidates.every((c) => c.division.level === "county" || c.division.level === "district");
      found = { form, start: i, end: i + len, candidates, weak };
      break;
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  return hits;
}
