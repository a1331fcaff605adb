import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArrowFormatError, arrowToFacts, checkArrowFile } from "../../src/lib/data/arrow.ts";
import { factsToArrow } from "../../src/lib/data/arrowWrite.ts";

const bytes = new Uint8Array(
  readFileSync(join(import.meta.dirname, "../../public/data/facts.arrow")),
);

describe("checkArrowFile(bytes) refuses broken framing before decoding", () => {
  it.each([
    ["empty", new Uint8Array(), /too short/],
    ["truncated", bytes.slice(0, bytes.length - 50), /does not end with the Arrow magic/],
    ["no magic", new Uint8Array(bytes.length).fill(7), /does not start/],
    [
      "bad footer length",
      (() => {
        const c = bytes.slice();
        new DataView(c.buffer).setInt32(c.length - 10, 1e9, true);
        return c;
      })(),
      /footer length/,
    ],
  ])("%s", (_name, b, message) => {
    expect(() => checkArrowFile(b)).toThrow(ArrowFormatError);
    expect(() => checkArrowFile(b)).toThrow(message);
  });

  it("a good file passes and round-trips, nulls kept", () => {
    const facts = arrowToFacts(bytes);
    expect(arrowToFacts(factsToArrow(facts))).toEqual(facts);
    expect(facts.find((f) => f.metric === "demand_total")?.rank).toBeNull();
    expect(facts.find((f) => f.metric === "demand_total")?.share).toBeNull();
  });
});
