/**
 * Where a line of text may break, for any way of measuring it: Latin text at
 * spaces, CJK between any two characters (closing punctuation stays with the
 * character before it), a token longer than a line (an address) between
 * characters. Used by the exports' wrapped source lines and the bar labels.
 * Pure: the caller says what fits.
 */

/** A CJK character with any closing punctuation, a run of other characters with its spaces, or spaces. */
const TOKENS =
  /[\u2e80-\u9fff\uff00-\uffef][，。、；：）」』》]?|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g;

/**
 * The longest first line of `text` that `fits`, and the rest (its leading
 * spaces dropped). A line always takes at least one character, so wrapping
 * ends even when nothing fits.
 */
export function firstLine(text: string, fits: (s: string) => boolean): [string, string] {
  const tokens = text.match(TOKENS) ?? [];
  let line = "";
  let used = 0;
  for (const tok of tokens) {
    if (fits(line + tok.trimEnd())) {
      line += tok;
      used += tok.length;
      continue;
    }
    if (line.trim() && fits(tok.trimEnd())) break;
    // A token wider than a line: fill this line with its characters.
    for (const ch of tok) {
      if (line && !fits(line + ch)) return [line.trimEnd(), text.slice(used).trimStart()];
      line += ch;
      used += ch.length;
    }
  }
  return [line.trimEnd(), text.slice(used).trimStart()];
}

/** Break text into lines that each fit; nothing is dropped or shortened. */
export function wrapBy(text: string, fits: (s: string) => boolean): string[] {
  const lines: string[] = [];
  let rest = text.trimStart();
  while (rest.trim()) {
    const [line, next] = firstLine(rest, fits);
    if (line) lines.push(line);
    rest = next;
  }
  return lines;
}

/** The text cut to fit with "…" at its end, or whole when it fits; at least one character. */
export function ellipsis(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && !fits(`${chars.slice(0, n).join("").trimEnd()}…`)) n--;
  return `${chars.slice(0, Math.max(1, n)).join("").trimEnd()}…`;
}
