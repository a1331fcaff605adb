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
   * true when the hit is only a short name of two characters and no province
   * (东方, 和平, 新城, 朝阳, 中山): such names are also ordinary words, so the
   * hit is weak evidence. 江苏, 北京 and every full name are not weak.
   */
  weak: boolean;
}

/**
 * Finds every division name in `text`, scanning left to right and taking
 * the longest name at each position (江苏省 over 江苏, 南通市 over 南通), so
 * full names win over short ones and hits never overlap. Former names count
 * (海门市, with the rename record in the candidates). Hits in text order.
 */
export function findInText(gazetteer: Gazetteer, text: string): TextHit[] {
  const hits: TextHit[] = [];
  const longest = gazetteer.longestName;
  let i = 0;
  while (i < text.length) {
    let found: TextHit | undefined;
    for (let len = Math.min(longest, text.length - i); len >= 2; len--) {
      const form = text.slice(i, i + len);
      const list = gazetteer.candidatesOf(form);
      if (!list) continue;
      const candidates = [...list];
      const weak =
        len <= 2 &&
        candidates.every((c) => c.kind === "short" || c.kind === "former-short") &&
        !candidates.some((c) => c.division.level === "province");
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
