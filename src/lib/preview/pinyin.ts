/**
 * A name's pinyin, for the ids of a user's own places (苏州工业园区 →
 * suzhougongyeyuanqu). Its own module so that pinyin-pro is a chunk of its
 * own, loaded by the preview's worker only with the gazetteer (placeLookup.ts).
 */
import { pinyin } from "pinyin-pro";

export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: false }).join("");
}
