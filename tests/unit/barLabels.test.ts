import { describe, expect, it } from "vitest";
import { fitLabel, labelParts, type Measure } from "../../src/lib/charts/barLabels.ts";
import { layoutBars, textWidth, type BarDatum } from "../../src/lib/charts/bars.ts";
import { ellipsis, firstLine, wrapBy } from "../../src/lib/charts/wrap.ts";

/** The layout's own estimate: 7 px a Latin character, 13.3 px a CJK one. */
const estimate: Measure = (s, bold) => textWidth(s) * (bold ? 1.1 : 1);
const fitsIn = (room: number) => (s: string) => textWidth(s) <= room;
const text = (l: { lines: { main: string; sub: string }[] }) => l.lines.map((x) => x.main + x.sub);

describe("firstLine(text, fits) / wrapBy(text, fits) / ellipsis(text, fits)", () => {
  it.each([
    ["Ruyuan Yao Autonomous County", 100, ["Ruyuan Yao", "Autonomous", "County"]],
    ["乳源瑶族自治县", 45, ["乳源瑶", "族自治", "县"]],
    ["https://example.gov.cn/x", 60, ["https://", "example.", "gov.cn/x"]],
  ])("wrapBy(%j) at %d px keeps every character", (s, room, lines) => {
    const out = wrapBy(s, fitsIn(room));
    expect(out).toEqual(lines);
    for (const l of out) expect(textWidth(l)).toBeLessThanOrEqual(room);
  });

  it("firstLine returns the rest without its leading space, and takes one character when none fits", () => {
    expect(firstLine("Otog Banner", fitsIn(40))).toEqual(["Otog", "Banner"]);
    expect(firstLine("鄂托克旗", fitsIn(1))).toEqual(["鄂", "托克旗"]);
  });

  it("ellipsis cuts with … only when the text does not fit", () => {
    expect(ellipsis("Otog Banner", fitsIn(200))).toBe("Otog Banner");
    const cut = ellipsis("Nanchang Economic and Technological Development Zone", fitsIn(100));
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(100);
    expect(
      "Nanchang Economic and Technological Development Zone".startsWith(cut.slice(0, -1)),
    ).toBe(true);
  });
});

describe("fitLabel(parts, room, measure)", () => {
  it("a label that fits stays on one line, the sublabel in its own part", () => {
    const l = fitLabel(labelParts({ label: "苏州市", sublabel: "2023" }), 200, estimate);
    expect(l.lines).toEqual([{ main: "苏州市", sub: " · 2023" }]);
    expect(l.cut).toBe(false);
  });

  it("a long name takes two lines: the name, then its sublabel", () => {
    const l = fitLabel(
      labelParts({ label: "Ruyuan Yao Autonomous County", sublabel: "county · 2023" }),
      200,
      estimate,
    );
    expect(text(l)).toEqual(["Ruyuan Yao Autonomous County", "county · 2023"]);
    expect(l.cut).toBe(false);
  });

  it("a name longer than a line breaks at a space (Latin) or between characters (CJK)", () => {
    const en = fitLabel(labelParts({ label: "Ruyuan Yao Autonomous County" }), 120, estimate);
    expect(text(en)).toEqual(["Ruyuan Yao", "Autonomous County"]);
    const zh = fitLabel(labelParts({ label: "乳源瑶族自治县", sublabel: "县级" }), 90, estimate);
    expect(text(zh)).toEqual(["乳源瑶族自治", "县 · 县级"]);
    const zhWider = fitLabel(
      labelParts({ label: "乳源瑶族自治县", sublabel: "县级" }),
      100,
      estimate,
    );
    expect(text(zhWider)).toEqual(["乳源瑶族自治县", "县级"]);
    for (const line of [...text(en), ...text(zh)]) expect(textWidth(line)).toBeLessThanOrEqual(120);
  });

  it("past two lines the second is cut with …, and the whole label is kept for the title", () => {
    const label = "Nanchang Economic and Technological Development Zone";
    const l = fitLabel(labelParts({ label, sublabel: "district", flagged: true }), 90, estimate);
    expect(l.lines).toHaveLength(2);
    expect(l.cut).toBe(true);
    expect(l.full).toBe(`⚠ ${label} · district`);
    expect(text(l)[1]!.endsWith("…")).toBe(true);
    for (const line of text(l)) expect(textWidth(line)).toBeLessThanOrEqual(90);
  });

  it("a bold (highlighted) label is measured bold", () => {
    const parts = labelParts({ label: "abcdefghij" });
    expect(fitLabel(parts, 72, estimate, false).lines).toHaveLength(1);
    expect(fitLabel(parts, 72, estimate, true).lines).toHaveLength(2);
  });
});

describe("layoutBars(data, options): labels never start left of the drawing", () => {
  const data: BarDatum[] = [
    { key: "a", label: "乳源瑶族自治县", sublabel: "县级", value: 10, display: "10" },
    {
      key: "b",
      label: "Nanchang Economic and Technological Development Zone",
      sublabel: "district · 2023",
      value: 8,
      display: "8",
      highlight: true,
      flagged: true,
    },
    { key: "c", label: "Otog Banner", value: 5, display: "5" },
  ];

  it.each([1280, 600, 360])("at %d px every line fits between 0 and its bar", (width) => {
    const l = layoutBars(data, { width });
    for (const r of l.rows) {
      if (r.kind !== "bar") continue;
      for (const line of r.labelLines) {
        const w = estimate(line.main + line.sub, !!r.datum.highlight);
        const start = l.narrow ? r.labelX : r.labelX - w;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(l.narrow ? r.labelX + w : r.labelX).toBeLessThanOrEqual(l.narrow ? width : l.x0);
      }
    }
  });

  it("the column widens to the longest label where the width allows", () => {
    const short = layoutBars([{ key: "a", label: "Otog Banner", value: 1, display: "1" }], {
      width: 1280,
    });
    expect(short.x0).toBeCloseTo(textWidth("Otog Banner") + 12, 6);
    const long = layoutBars(data, { width: 1280 });
    expect(long.x0).toBe(320);
  });

  it("narrow: a two-line label pushes its bar down by a line", () => {
    const l = layoutBars(data, { width: 360 });
    const rows = l.rows.filter((r) => r.kind === "bar");
    const long = rows[1]!;
    expect(long.labelLines).toHaveLength(2);
    expect(long.barY - long.y).toBe(32);
    expect(rows[2]!.labelLines).toHaveLength(1);
    expect(rows[2]!.barY - rows[2]!.y).toBe(18);
    expect(long.labelLines[1]!.y + 7).toBeLessThanOrEqual(long.barY);
  });

  it("a label measured by the page's font (a wider one) is fitted by that measure", () => {
    const wide: Measure = (s) => s.length * 12;
    const l = layoutBars([{ key: "a", label: "Otog Banner", value: 1, display: "1" }], {
      width: 1280,
      measure: wide,
    });
    expect(l.x0).toBe(11 * 12 + 12);
  });
});
