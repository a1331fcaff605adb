/**
 * A page's text as it comes (traditional characters, pinyin glosses a mirror
 * inserted, leftover HTML entities) → the text the extractor reads. Line
 * breaks are kept, so line numbers still point into the original, which is
 * kept for provenance.
 *
 * Traditional characters are converted by OpenCC (opencc-js, Taiwan/Hong Kong
 * forms → mainland simplified). The converter is about 100 KB, so it is
 * loaded only when a text needs it (`loadConverter`, a dynamic import): the
 * browser's preview worker pays for it only on a traditional-character page.
 */

export type Convert = (text: string) => string;

/**
 * Characters that exist only in traditional script and are frequent in hotline
 * reports. Several of them in a text mean it is written in traditional script.
 */
const TRADITIONAL_ONLY = new Set(
  "們這說會個過來時為對從發現實動點當熱線訴務處辦應電網話關區縣號臺灣學國見長門問間開車東歲萬億與於後幾總數類較報將級單質經濟隻專業鄉鎮聯機構項辦結滿證衛農環競價擔資訊權戶買賣讓認識護導覽達條據際顯負責傳統營運請諮詢視".split(
    "",
  ),
);

/** How many traditional-only characters the text has. */
export function traditionalCount(text: string): number {
  let n = 0;
  for (const ch of text) if (TRADITIONAL_ONLY.has(ch)) n++;
  return n;
}

/** Does the text read as traditional script (and so need converting)? */
export function needsConversion(text: string): boolean {
  const n = traditionalCount(text);
  return n >= 5 || (n >= 2 && n * 200 >= text.length);
}

let converter: Promise<Convert> | null = null;

/** The OpenCC traditional → simplified converter, loaded once, on first use. */
export function loadConverter(): Promise<Convert> {
  converter ??= import("opencc-js/t2cn").then((m) => m.Converter({ from: "tw", to: "cn" }));
  return converter;
}

/** A reading in pinyin that a mirror put after a character: 擔(dān)當(dāng) → 擔當. */
const PINYIN_GLOSS = /[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\s*[)）]/g;
/** HTML entities left in the text, with or without their ampersand. */
const ENTITIES: readonly [RegExp, string][] = [
  [/&?ldquo;/g, "“"],
  [/&?rdquo;/g, "”"],
  [/&?lsquo;/g, "‘"],
  [/&?rsquo;/g, "’"],
  [/&?mdash;/g, "—"],
  [/&?hellip;/g, "…"],
  [/&nbsp;?/g, " "],
  [/&amp;/g, "&"],
];

export interface Normalized {
  /** The text the extractor reads. */
  text: string;
  /** What was changed, for the review list (empty when nothing was). */
  changes: string[];
}

/**
 * Clean a page's text: pinyin glosses and HTML entities out; traditional
 * characters converted with `convert` when given. Without a converter a
 * traditional text is returned as it is, with a note.
 */
export function normalizeText(text: string, convert?: Convert): Normalized {
  const changes: string[] = [];
  let t = text.replace(/^\ufeff/, "");
  const glosses = t.match(PINYIN_GLOSS)?.length ?? 0;
  if (glosses) {
    t = t.replace(PINYIN_GLOSS, "");
    changes.push(`${glosses} pinyin glosses such as “(dān)” removed from inside words.`);
  }
  let entities = 0;
  for (const [re, by] of ENTITIES)
    t = t.replace(re, () => {
      entities++;
      return by;
    });
  if (entities) changes.push(`${entities} HTML entities (&ldquo; …) replaced by their characters.`);
  if (needsConversion(t)) {
    if (convert) {
      const n = traditionalCount(t);
      t = t.split("\n").map(convert).join("\n");
      changes.push(
        `Written in traditional characters (${n} traditional-only characters): converted to simplified with OpenCC before reading; the original is the source.`,
      );
    } else
      changes.push(
        "Written in traditional characters, but no converter was given: read as it is, many figures will be missed.",
      );
  }
  return { text: t, changes };
}
