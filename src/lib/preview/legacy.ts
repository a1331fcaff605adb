/**
 * Which legacy encoding a file that is not UTF-8 is in. Excel on Chinese
 * Windows writes GBK (read as GB18030), but a file from Taiwan or Hong Kong
 * is Big5, from Japan Shift-JIS, from Korea EUC-KR, and from a Western
 * Windows Windows-1252; decoded as GBK they give rare or impossible
 * characters. Each candidate is scored on a sample of the bytes by the share
 * of its characters that fall in the range everyday text of its language
 * uses; the best fit wins, GBK on a tie.
 */

export type LegacyEncoding = "gb18030" | "big5" | "shift_jis" | "euc-kr" | "windows-1252";

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  "gb18030",
  "big5",
  "shift_jis",
  "euc-kr",
  "windows-1252",
];

/** Bytes looked at: enough for the header and the first rows. */
const SAMPLE = 1 << 16;
/** Below this share of everyday characters, a GBK reading is doubted. */
export const PLAUSIBLE = 0.9;

const inRange = (b: number, lo: number, hi: number) => b >= lo && b <= hi;

/**
 * Share of a double-byte encoding's characters that are everyday ones
 * (`common(lead, trail)`), walking the bytes by that encoding's rules
 * (`isLead`: a byte that starts a two-byte character); an invalid pair counts
 * as not everyday.
 */
function doubleByteFit(
  b: Uint8Array,
  isLead: (x: number) => boolean,
  common: (lead: number, trail: number) => boolean,
  single: (x: number) => boolean = () => false,
): { fit: number; chars: number } {
  let chars = 0;
  let good = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (x < 0x80) continue;
    chars++;
    if (single(x)) continue;
    if (!isLead(x) || i + 1 >= b.length) continue;
    const y = b[++i]!;
    if (common(x, y)) good++;
  }
  return { fit: chars ? good / chars : 1, chars };
}

/** How well the bytes read in each legacy encoding (0–1, 1 for text with no byte above 127). */
export function legacyFit(bytes: Uint8Array): Record<LegacyEncoding, number> {
  const b = bytes.subarray(0, SAMPLE);
  // GB2312's hanzi and symbols: both bytes 0xA1–0xFE (GBK's extensions are rare in everyday text).
  const gb = doubleByteFit(
    b,
    (x) => inRange(x, 0x81, 0xfe),
    (l, t) => inRange(l, 0xa1, 0xf7) && inRange(t, 0xa1, 0xfe),
  );
  // Big5's frequent hanzi: lead 0xA4–0xC6 (symbols 0xA1–0xA3), trail 0x40–0x7E or 0xA1–0xFE.
  const big5 = doubleByteFit(
    b,
    (x) => inRange(x, 0x81, 0xfe),
    (l, t) => inRange(l, 0xa1, 0xc6) && (inRange(t, 0x40, 0x7e) || inRange(t, 0xa1, 0xfe)),
  );
  // Shift-JIS: JIS X 0208 (lead 0x81–0x9F, 0xE0–0xEA; trail 0x40–0xFC but 0x7F), half-width kana single.
  const sjis = doubleByteFit(
    b,
    (x) => inRange(x, 0x81, 0x9f) || inRange(x, 0xe0, 0xef),
    (l, t) =>
      (inRange(l, 0x81, 0x9f) || inRange(l, 0xe0, 0xea)) && inRange(t, 0x40, 0xfc) && t !== 0x7f,
    (x) => inRange(x, 0xa1, 0xdf),
  );
  // EUC-KR's Hangul syllables: lead 0xB0–0xC8, trail 0xA1–0xFE.
  const kr = doubleByteFit(
    b,
    (x) => inRange(x, 0xa1, 0xfe),
    (l, t) => inRange(l, 0xb0, 0xc8) && inRange(t, 0xa1, 0xfe),
  );
  // Windows-1252: letters with accents stand alone between ASCII bytes.
  let high = 0;
  let alone = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i]! < 0x80) continue;
    high++;
    if ((i === 0 || b[i - 1]! < 0x80) && (i + 1 >= b.length || b[i + 1]! < 0x80)) alone++;
  }
  const fit: Record<LegacyEncoding, number> = {
    gb18030: gb.fit,
    big5: big5.fit,
    shift_jis: sjis.fit,
    "euc-kr": kr.fit,
    "windows-1252": high ? alone / high : 1,
  };
  // Hangul fills only the first part of GB2312's hanzi (by pinyin, a to q)
  // and of Big5's frequent ones, with trail bytes above 0xA0 only: Chinese
  // text of any length reaches beyond them, Korean text never does.
  if (kr.chars >= 10 && kr.fit >= 0.98) {
    fit.gb18030 = Math.min(fit.gb18030, kr.fit - 0.01);
    fit.big5 = Math.min(fit.big5, kr.fit - 0.01);
  }
  return fit;
}

/** The best-fitting legacy encoding (GBK on a tie) and how well GBK itself fits. */
export function guessLegacy(bytes: Uint8Array): { encoding: LegacyEncoding; gbFit: number } {
  const fit = legacyFit(bytes);
  let best: LegacyEncoding = "gb18030";
  for (const e of LEGACY_ENCODINGS) if (fit[e] > fit[best]) best = e;
  return { encoding: best, gbFit: fit.gb18030 };
}
