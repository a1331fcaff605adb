import { describe, expect, it } from "vitest";
import { bytesBySource, chunkName, decodeVlq, groupOf } from "../../scripts/bench/attribute.ts";

describe("decodeVlq(segment)", () => {
  it.each([
    ["AAAA", [0, 0, 0, 0]],
    ["AACA", [0, 0, 1, 0]],
    ["D", [-1]],
    ["gB", [16]],
    ["SAAQ", [9, 0, 0, 8]],
  ])("%s → %j", (seg, want) => {
    expect(decodeVlq(seg)).toEqual(want);
  });
});

describe("bytesBySource(code, map)", () => {
  it("gives each segment the text up to the next segment, per source", () => {
    // line 1: "abc" from source 0 at col 0, "def" from source 1 at col 3
    // line 2: "gh" from source 1
    const code = "abcdef\ngh";
    const map = { sources: ["a.js", "b.js"], mappings: "AAAA,GCAA;AAAA" };
    const owned = bytesBySource(code, map);
    expect(owned.get(0)?.join("")).toBe("abc");
    expect(owned.get(1)?.join("")).toBe("def\ngh");
  });
  it("text before a line's first segment, and lines without mappings, are unmapped (-1)", () => {
    const owned = bytesBySource("xxabc\nzz", { sources: ["a.js"], mappings: "EAAA" });
    expect(owned.get(-1)?.join("")).toBe("xxzz");
    expect(owned.get(0)?.join("")).toBe("abc\n");
  });
});

describe("groupOf(source) and chunkName(path)", () => {
  it.each([
    ["../../node_modules/apache-arrow/ipc/reader.mjs", "apache-arrow"],
    ["../node_modules/@scope/pkg/index.js", "@scope/pkg"],
    ["../../node_modules/svelte/src/internal/client/render.js", "svelte"],
    ["../../src/lib/charts/bars.ts", "src/lib/charts"],
    ["../../src/App.svelte", "src/App.svelte"],
    [null, "(unmapped)"],
  ])("groupOf(%j) = %s", (src, want) => {
    expect(groupOf(src)).toBe(want);
  });
  it("drops the content hash", () => {
    expect(chunkName("assets/app-B7wjJ3PR.js")).toBe("app");
    expect(chunkName("assets/PlaceChart-wCHi9NkU.css")).toBe("PlaceChart");
  });
});
