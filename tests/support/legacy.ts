/**
 * Encoders for tests, built from the platform's own decoders: every one- and
 * two-byte sequence of a legacy encoding is decoded once and the table
 * reversed. Tests use them to write files as Excel saves them in Taiwan
 * (Big5), Japan (Shift-JIS), Korea (EUC-KR) or Western Europe (Windows-1252).
 */
const tables = new Map<string, Map<string, number[]>>();

function build(encoding: string): Map<string, number[]> {
  const dec = new TextDecoder(encoding);
  const map = new Map<string, number[]>();
  for (let a = 0x80; a <= 0xff; a++) {
    const ch = dec.decode(new Uint8Array([a]));
    if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [a]);
  }
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [a, b]);
    }
  return map;
}

export function encodeLegacy(text: string, encoding: string): Uint8Array {
  let table = tables.get(encoding);
  if (!table) tables.set(encoding, (table = build(encoding)));
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no ${encoding} code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
