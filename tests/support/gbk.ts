/**
 * A GBK encoder for tests, built from the platform's own gb18030 decoder:
 * every two-byte GBK sequence is decoded once and the table reversed. Tests
 * use it to write files as Excel on Chinese Windows saves them.
 */
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const dec = new TextDecoder("gb18030");
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [a, b]);
    }
  return map;
}

export function encodeGbk(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
