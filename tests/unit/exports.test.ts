import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/lib/charts/bars.ts";
import { layoutExport, wrapText } from "../../src/lib/charts/exportLayout.ts";
import { legendOf } from "../../src/lib/charts/legend.ts";
import type { ChartRecord } from "../../src/lib/charts/records.ts";
import type { Drawing } from "../../src/lib/charts/spec.ts";
import { derivationHow, derivationText, noteFor } from "../../src/lib/format/derivation.ts";

describe("wrapText(text, width, size)", () => {
  it("breaks Latin text at spaces and keeps every word", () => {
    const text =
      "Source: huaian-2023 § Annex 1 (1) total requests and handling, in the year's report";
    const lines = wrapText(text, 160, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(textWidth(l, 11 * 0.56)).toBeLessThanOrEqual(160);
  });

  it("breaks Chinese text between characters and drops nothing", () => {
    const text =
      "来源：淮安市12345政务服务便民热线2023年度工作情况报告 § 附件1（一）诉求总量与办理";
    const lines = wrapText(text, 120, 11);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(text);
  });

  it("cuts a token longer than a line (an address) between characters", () => {
    const url = "https://example.gov.cn/12345/dashboard/?place=huaian&year=2023&lang=zh";
    const lines = wrapText(url, 100, 11);
    expect(lines.join("")).toBe(url);
    expect(lines.length).toBeGreaterThan(2);
  });
});

describe("layoutExport(width, height, text)", () => {
  const text = {
    title: "淮安市 · 2023 · 诉求量及构成",
    definition: "全年受理的各类诉求件数（电话、网络等全部渠道）。",
    legend: [{ key: "derived" as const, label: "空心、虚线：推算值，不是报告公布的数字" }],
    source: `来源：${"huaian-2023 § 附件1 (一) 1. 诉求总量与办理；".repeat(6)}`,
    address: "来源网站: https://example.gov.cn/12345/?place=huaian&year=2023",
  };

  it("puts the title and definition above the drawing, legend, source and address below", () => {
    const f = layoutExport(340, 200, text);
    const above = f.lines.filter((l) => l.y < f.chartY);
    const below = f.lines.filter((l) => l.y > f.chartY + 200);
    expect(above.map((l) => l.text).join("")).toContain("淮安市 · 2023");
    expect(above.map((l) => l.text).join("")).toContain("全年受理");
    const sub = layoutExport(340, 200, { ...text, subtitle: "业务类型 · 全部诉求" });
    expect(sub.lines.filter((l) => l.y < sub.chartY).map((l) => l.text)).toContain(
      "业务类型 · 全部诉求",
    );
    expect(below[0]!.swatch).toBe("derived");
    expect(below.map((l) => l.text).join("")).toContain("推算值");
    expect(below.at(-1)!.text).toMatch(/year=2023$/);
    expect(f.height).toBeGreaterThan(below.at(-1)!.y);
  });

  it("wraps a long source to the width instead of cutting it", () => {
    const f = layoutExport(340, 200, text);
    const src = f.lines.filter((l) => l.size === 11 && l.tone === "muted");
    expect(src.length).toBeGreaterThan(3);
    const squash = (x: string) => x.replace(/\s+/g, "");
    expect(squash(src.map((l) => l.text).join(""))).toContain(squash(text.source));
    for (const l of f.lines)
      expect(l.x + textWidth(l.text, l.size * 0.56)).toBeLessThanOrEqual(f.width);
  });
});

describe("legendOf(spec, lang)", () => {
  const rec = (over: Partial<ChartRecord> = {}) =>
    ({ place_id: "huaian", derivation: "reported", ...over }) as ChartRecord;
  const bars = (data: { derived?: boolean; flagged?: boolean }[]): Drawing => ({
    kind: "bars",
    data: data.map((d, i) => ({ key: String(i), label: "x", value: 1, display: "1", ...d })),
  });

  it("lists nothing for plain reported figures", () => {
    expect(legendOf({ drawing: bars([{}]), records: [rec()] }, "zh")).toEqual([]);
  });

  it("explains hollow dashed marks, ⚠ and the user's own figures where the chart has them", () => {
    const items = legendOf(
      {
        drawing: bars([{ derived: true }, { flagged: true }]),
        records: [rec(), rec({ place_id: "file:wuxi" })],
      },
      "en",
    );
    expect(items.map((i) => i.key)).toEqual(["derived", "flagged", "mine"]);
    expect(items[0]!.label).toMatch(/derived/i);
  });

  it("says a trend's derived years are derived", () => {
    const drawing: Drawing = {
      kind: "trend",
      slots: [],
      lines: [
        {
          key: "x",
          placeId: "x",
          label: "x",
          color: "#000",
          points: [{ slot: "2022", value: 1, display: "1", derived: true }],
        },
      ],
      unit: "count",
    };
    expect(legendOf({ drawing, records: [] }, "zh")[0]!.label).toMatch(/推算/);
  });
});

describe("derivationText(derivation, lang) and noteFor(fact, lang)", () => {
  const ratio = "derived: 1,450,699 ÷ (1 − 8.81%) from the 2023 report's year-on-year change";

  it("writes the build's derivations in Chinese on the Chinese page", () => {
    expect(derivationText(ratio, "zh")).toEqual({
      text: "推算：1,450,699 ÷ (1 − 8.81%)，根据 2023 报告的同比变化推算",
      lang: "zh",
    });
    expect(derivationText(ratio, "en").text).toBe(
      "Derived: 1,450,699 ÷ (1 − 8.81%) from the 2023 report's year-on-year change",
    );
    expect(derivationText("reported", "zh").text).toBe("报告数字");
    expect(derivationHow("derived: sum of 甲 1 (↑ 2%) + 乙 2", "zh")).toEqual({
      text: "甲 1 (↑ 2%) + 乙 2 之和",
      lang: "zh",
    });
  });

  it("keeps a derivation in no known form as written, marked English", () => {
    expect(derivationHow("derived: by hand", "zh")).toEqual({ text: "by hand", lang: "en" });
  });

  it("gives a note in the page's language, from note and note_zh", () => {
    const f = { note: "Counted in work orders.", note_zh: "按工单计。" };
    expect(noteFor(f, "zh")).toEqual({ text: "按工单计。", lang: "zh" });
    expect(noteFor(f, "en")).toEqual({ text: "Counted in work orders.", lang: "en" });
    expect(noteFor({ note: "", note_zh: "" }, "zh").text).toBe("");
  });

  it("shows a file's note without note_zh as written, in the language of its script", () => {
    expect(noteFor({ note: "lower bound as written", note_zh: "" }, "zh")).toEqual({
      text: "lower bound as written",
      lang: "en",
    });
    expect(noteFor({ note: "下限：原文写作“万余”", note_zh: "" }, "en")).toEqual({
      text: "下限：原文写作“万余”",
      lang: "zh",
    });
  });
});
