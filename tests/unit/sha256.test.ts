import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sha256 } from "../../src/lib/data/sha256.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("sha256(bytes)", () => {
  // FIPS 180-4 / NIST CAVP example vectors.
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
  ])("of %j is the published digest", (text, digest) => {
    expect(sha256(enc(text))).toBe(digest);
  });

  it("of a million 'a' is the published digest (multi-block, length over 2^16 bits)", () => {
    expect(sha256(new Uint8Array(1_000_000).fill(0x61))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("agrees with Node's crypto at every length around the block padding edges", () => {
    for (let n = 0; n < 200; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256(b), `length ${n}`).toBe(createHash("sha256").update(b).digest("hex"));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (b) => {
        expect(sha256(b)).toBe(createHash("sha256").update(b).digest("hex"));
      }),
      { numRuns: 100 },
    );
  });
});
