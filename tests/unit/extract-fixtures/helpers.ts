/** Helpers for the extractor tests: invented reports built from lines and tab-separated rows. */
import type { Place } from "../../../src/lib/data/fact.ts";
import { extractReport, type Extraction } from "../../../src/lib/extract/extract.ts";
import { figureKey } from "../../../src/lib/extract/types.ts";

/** A small invented set of places (ids are the dataset's kind of slugs). */
export const PLACES: Place[] = [
  { id: "jiangsu", zh: "江苏省", en: "Jiangsu", level: "province", parent: "", adcode: "320000" },
  {
    id: "suzhou",
    zh: "苏州市",
    en: "Suzhou",
    level: "prefecture",
    parent: "jiangsu",
    adcode: "320500",
  },
  {
    id: "nantong",
    zh: "南通市",
    en: "Nantong",
    level: "prefecture",
    parent: "jiangsu",
    adcode: "320600",
  },
  {
    id: "haimen",
    zh: "海门区",
    en: "Haimen",
    level: "district",
    parent: "nantong",
    adcode: "320614",
  },
];

/** Lines of a report; an array is a table row (its cells joined by tabs). */
export function report(...lines: (string | string[])[]): string {
  return lines.map((l) => (Array.isArray(l) ? l.join("\t") : l)).join("\n");
}

/** A report about 苏州 2024 with the given body. */
export function suzhouReport(...body: (string | string[])[]): string {
  return report("苏州市12345热线2024年度工作情况发布", "", ...body);
}

export function extract(text: string): Extraction {
  return extractReport(text, { file: "invented.txt", places: PLACES });
}

/** The drafted figures as “key → value as written” (key: metric|dimension|scope|category). */
export function drafted(x: Extraction): Record<string, string> {
  return Object.fromEntries(x.facts.map((d) => [figureKey(d.primary), d.primary.written]));
}

/** The keys sent to review (other than place and year). */
export function flagged(x: Extraction): string[] {
  return [...new Set(x.review.flatMap((r) => r.keys))].sort();
}
