import { describe, expect, it } from "vitest";
import { checkFacts } from "../../src/lib/data/quality.ts";
import type { Fact } from "../../src/lib/data/fact.ts";
import { dataset } from "./dataset.ts";

const issues = () => dataset().quality;
const find = (place: string, check: string, text: string) =>
  issues().filter((i) => i.place_id === place && i.check === check && i.message_en.includes(text));

describe("quality checks on the five reports find the real mismatches", () => {
  it("Zhenjiang: consultations + non-consultations fall 264,512 short of the total", () => {
    expect(find("zhenjiang", "parts_sum", "264,512")).toHaveLength(1);
  });
  it("Suzhou: channels are 17 short; the consultation split adds up to the dispatched count", () => {
    expect(find("suzhou", "parts_sum", "17 fewer")).toHaveLength(1);
    expect(find("suzhou", "parts_sum", "equal dispatched")).toHaveLength(1);
  });
  it("Haimen: the direct answer rate 41.15% does not match 80,404 / 194,766", () => {
    expect(find("haimen", "rate", "41.28%")).toHaveLength(1);
  });
  it("Huai'an: wrong title, prose/table yoy disagreement, 民生保障 parts, two shares", () => {
    expect(find("huaian", "title", "淮南")).toHaveLength(1);
    expect(find("huaian", "mention", "25.25")).toHaveLength(1);
    expect(find("huaian", "category_sum", "455,559")).toHaveLength(1);
    expect(find("huaian", "share", "住房保障")).toHaveLength(1);
    expect(find("huaian", "share", "城乡建设")).toHaveLength(1);
  });
  it("shares the report truncated instead of rounding (14.10 for 14.106) are not flagged", () => {
    expect(find("huaian", "share", "经济综合")).toHaveLength(0);
  });
  it("consistent reports raise no sum issues (Nantong's 2024 table adds up in every direction)", () => {
    expect(
      issues().filter((i) => i.place_id === "nantong" && i.period === "2024" && i.check !== "note"),
    ).toEqual([]);
  });
  it("Nantong's weekly brief of December 2020: channels are 2 short of the total", () => {
    const week = issues().filter(
      (i) =>
        i.place_id === "nantong" && i.period === "2020-12-04..2020-12-11" && i.check !== "note",
    );
    expect(week).toHaveLength(1);
    expect(week[0]?.check).toBe("parts_sum");
    expect(week[0]?.message_en).toContain("2 fewer");
  });
  it("every issue has messages in both languages", () => {
    for (const i of issues()) {
      expect(i.message_zh.length).toBeGreaterThan(5);
      expect(i.message_en.length).toBeGreaterThan(5);
    }
  });
});

describe("checkFacts(facts) on small tables", () => {
  const base: Omit<Fact, "metric" | "value"> = {
    place_id: "x",
    place_zh: "某市",
    place_en: "X",
    level: "prefecture",
    parent_id: "",
    adcode: "999999",
    year: 2024,
    period: "2024",
    period_kind: "year",
    category: "",
    rank: null,
    dimension: "",
    scope: "",
    share: null,
    unit: "count",
    term_zh: "",
    derivation: "reported",
    yoy_text: "",
    source: "test",
    note: "",
    note_zh: "",
  };
  const f = (metric: string, value: number, extra: Partial<Fact> = {}): Fact => ({
    ...base,
    metric,
    value,
    ...extra,
  });

  it.each([
    { parts: [60, 40], total: 100, flagged: false },
    { parts: [60, 39], total: 100, flagged: true },
    { parts: [60, 41], total: 100, flagged: true },
  ])("public $parts vs total $total → flagged $flagged", ({ parts, total, flagged }) => {
    const out = checkFacts([
      f("demand_total", total),
      f("demand_public", parts[0]!),
      f("demand_enterprise", parts[1]!),
    ]);
    expect(out.some((i) => i.check === "parts_sum")).toBe(flagged);
  });

  it("a single part is not compared with the total", () => {
    expect(checkFacts([f("demand_total", 100), f("demand_phone", 10)])).toEqual([]);
  });

  it("derived facts are not checked (they follow from reported ones)", () => {
    const d = { derivation: "derived: from yoy" };
    expect(
      checkFacts([
        f("demand_total", 100, d),
        f("demand_public", 1, d),
        f("demand_enterprise", 1, d),
      ]),
    ).toEqual([]);
  });

  it("ranking out of order is flagged", () => {
    const c = (rank: number, value: number) =>
      f("top_category", value, {
        rank,
        category: `c${rank}`,
        dimension: "department",
        scope: "all",
      });
    const out = checkFacts([c(1, 10), c(2, 20)]);
    expect(out.map((i) => i.check)).toEqual(["rank_order"]);
  });
});
