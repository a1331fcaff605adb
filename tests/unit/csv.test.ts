import { describe, expect, it } from "vitest";
import {
  factsCsvParts,
  factsToCsv,
  neutraliseCell,
  restoreCell,
  toCsv,
} from "../../src/lib/data/csv.ts";
import { dataset } from "./dataset.ts";

describe("neutraliseCell(cell) per OWASP CSV injection guidance", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1+cmd", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\nx", "'\nx"],
    ["-3.5", "-3.5"],
    ["苏州市", "苏州市"],
    ["↑34.74%", "↑34.74%"],
    ["'@x", "''@x"],
    ["''=1", "'''=1"],
    ["'plain", "'plain"],
  ])("%j → %j", (cell, out) => {
    expect(neutraliseCell(cell)).toBe(out);
    expect(restoreCell(neutraliseCell(cell))).toBe(cell);
  });
});

describe("toCsv(rows)", () => {
  it("writes a BOM, CRLF, quotes where needed and neutralises", () => {
    expect(
      toCsv([
        ["a", "b,c"],
        ['say "hi"', "=1+1"],
      ]),
    ).toBe('\ufeffa,"b,c"\r\n"say ""hi""",\'=1+1\r\n');
  });
});

describe("CSV in parts", () => {
  it("is factsToCsv's text, whatever the batch", () => {
    const facts = dataset().facts;
    for (const batch of [1, 7, 143, 1000])
      expect([...factsCsvParts(facts, batch)].join("")).toBe(factsToCsv(facts));
    expect([...factsCsvParts([])].join("")).toBe(factsToCsv([]));
  });
});
