/**
 * A delimited text read in slices that end on record boundaries, each
 * tokenised by papaparse, so a worker can stop between two slices (cancel,
 * progress) and rows are handed on one by one: no table of the whole file is
 * ever built, and the rows of a slice die young.
 *
 * Where a slice may end is found from the quotes alone, by papaparse's own
 * rules: a quote opens a quoted field only at the start of a field; inside
 * one, `""` is a literal quote, and a quote closes the field only when what
 * follows it (after any spaces) is the delimiter, a line feed or the end;
 * any other quote is part of the text. A line feed outside a quoted field
 * ends a record. A quoted field still open at the end of the text is
 * reported (where its record starts) instead of being read as one giant cell.
 *
 * Line ends: a text whose every LF follows a CR is read with CRLF; any
 * other with LF, the CR of a CRLF then taken off the row's last cell (texts
 * with lone CRs are normalised before, in parse.ts).
 */
import Papa from "papaparse";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = /\s/;
/** Unclosed quotes recovered from before the rest of the text is given up (each costs a scan to the end). */
const MAX_RECOVERIES = 100;

/** Follows the quotes of `text` up to any position, remembering the state. */
export class QuoteState {
  private next: number;
  /** Inside a quoted field. */
  open = false;
  /** Where the quoted field that is open began. */
  openedAt = -1;

  /** `from`: where to start following (a line start after a recovered unclosed quote). */
  constructor(
    private readonly text: string,
    private readonly delimiter: number,
    from = 0,
  ) {
    this.next = text.indexOf('"', from);
  }

  /** Whether the quote at `q` closes the open field. */
  private closes(q: number): boolean {
    const t = this.text;
    let j = q + 1;
    for (; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === this.delimiter || c === LF) return true;
      if (!SPACE.test(t[j]!)) return false;
    }
    return true;
  }

  /** Account for every quote before `limit` (positions only move forward). */
  advance(limit: number): void {
    const t = this.text;
    let q = this.next;
    while (q >= 0 && q < limit) {
      if (this.open) {
        if (t.charCodeAt(q + 1) === QUOTE) {
          q = t.indexOf('"', q + 2);
          continue;
        }
        if (this.closes(q)) this.open = false;
      } else {
        const p = q === 0 || t.charCodeAt(q - 1) === LF ? LF : t.charCodeAt(q - 1);
        if (p === this.delimiter || p === LF) {
          this.open = true;
          this.openedAt = q;
        }
      }
      q = t.indexOf('"', q + 1);
    }
    this.next = q;
  }
}

export class RecordReader {
  private at = 0;
  private quotes: QuoteState;
  private readonly newline: "\n" | "\r\n";
  private recoveries = 0;
  /** Character offset of the first record whose quoted field never closes, if any. */
  unclosedAt: number | null = null;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {
    this.quotes = new QuoteState(text, delimiter.charCodeAt(0));
    this.newline = text.indexOf("\r\n") >= 0 && !/(^|[^\r])\n/.test(text) ? "\r\n" : "\n";
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** Characters read so far. */
  get position(): number {
    return this.at;
  }

  /** Share of the text read (0–1). */
  get progress(): number {
    return this.text.length ? this.at / this.text.length : 1;
  }

  /** The end of the first record that ends at or after `want`. */
  private cut(want: number): number {
    const t = this.text;
    let nl = t.indexOf("\n", Math.max(want, this.at));
    while (nl >= 0) {
      this.quotes.advance(nl);
      if (!this.quotes.open) return nl + 1;
      nl = t.indexOf("\n", nl + 1);
    }
    this.quotes.advance(t.length);
    return t.length;
  }

  /**
   * Tokenise about `chars` more characters, handing each row to `onRow`. A
   * quote still open at the end of the text is not read as one giant cell:
   * the line where it opened is skipped (`onSkip` gets its count of lines and
   * whether reading goes on), and reading resumes on the next line.
   */
  read(
    chars: number,
    onRow: (row: string[]) => void,
    onSkip?: (lines: number, resumed: boolean) => void,
  ): void {
    if (this.done) return;
    const from = this.at;
    let end = this.cut(from + chars);
    let stop = end;
    let skipped = 0;
    if (end === this.text.length && this.quotes.open) {
      const t = this.text;
      stop = Math.max(from, t.lastIndexOf("\n", this.quotes.openedAt) + 1);
      this.unclosedAt ??= stop;
      // Resume at the line after the one where the quote opened: finding it
      // open took a scan to the end, so after MAX_RECOVERIES the rest is skipped.
      const nl = ++this.recoveries > MAX_RECOVERIES ? -1 : t.indexOf("\n", this.quotes.openedAt);
      end = nl < 0 ? t.length : nl + 1;
      skipped = 1;
      for (let i = t.indexOf("\n", stop); i >= 0 && i < end - 1; i = t.indexOf("\n", i + 1))
        skipped++;
      this.quotes = new QuoteState(t, this.delimiter.charCodeAt(0), end);
    }
    this.at = end;
    if (stop === from) {
      if (skipped) onSkip?.(skipped, !this.done);
      return;
    }
    // papaparse's tokeniser (Papa.Parser, which Papa.parse wraps): on slices
    // like these it takes half the time of Papa.parse, the difference being
    // mostly garbage collection (measured: README, Performance).
    const parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline,
      quoteChar: '"',
    });
    const rows = (parser.parse(this.text.slice(from, stop), 0, false) as Papa.ParseResult<string[]>)
      .data;
    const crlf = this.newline === "\r\n";
    // A slice that ends with its line feed gets one empty row after it.
    const n = this.text.charCodeAt(stop - 1) === LF ? rows.length - 1 : rows.length;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      if (!crlf) {
        const last = r[r.length - 1]!;
        if (last.charCodeAt(last.length - 1) === CR) r[r.length - 1] = last.slice(0, -1);
      }
      onRow(r);
    }
    if (skipped) onSkip?.(skipped, !this.done);
  }
}
