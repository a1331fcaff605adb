/**
 * The worker's answers: a comparison of thousands of places arrives as the
 * bars drawn, ranked exactly as the chart would rank the whole file, with
 * counts of what was left out.
 */
import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/lib/preview/parse.ts";
import {
  compareAnswer,
  contextAnswer,
  filePlace,
  markFact,
  SHOW_ALL_MAX,
} from "../../src/lib/preview/answers.ts";
import { comparison, COMPARE_TOP, withContext } from "../../src/lib/charts/series.ts";
import type { Place } from "../../src/lib/data/fact.ts";
import { dataset } from "./dataset.ts";

const places: Place[] = dataset().places;

/** `n` places of the user's own, two years each; every seventh publishes no total. */
function file(n: number): string {
  const rows = ["地区,年份,诉求总量,综合满意率,每十万人座席数"];
  for (let i = 0; i < n; i++)
    for (const year of [2022, 2023])
      rows.push(
        `测试${i}县,${year},${i % 7 ? (i * 7919) % 100003 : ""},${(80 + (i % 20)).toFixed(1)},${((i * 31) % 97) / 10}`,
      );
  return rows.join("\n");
}

function everything(n: number) {
  const r = ingestText(file(n), { places, fileName: "t.csv" });
  const ing = r.ingest;
  const all = ing.placeIds().map((id) => filePlace(ing.summaryOf(id)!));
  const facts = [...ing.allFacts()].map(markFact);
  return { ing, all, facts };
}

describe("compare answers", () => {
  it("send a large file's top bars only, ranked as the whole file ranks them", () => {
    const n = SHOW_ALL_MAX + 500;
    const { ing, all, facts } = everything(n);
    const a = compareAnswer(ing, "demand_total", null, "zh");
    const whole = comparison(facts, all, "demand_total", "zh");
    const part = comparison(a.facts, a.places, "demand_total", "zh");
    expect(a.facts).toHaveLength(COMPARE_TOP);
    expect(part.groups[0]!.data.map((d) => d.key)).toEqual(
      whole.groups[0]!.data.slice(0, COMPARE_TOP).map((d) => d.key),
    );
    expect(a.omitted.bars + a.facts.length).toBe(whole.groups[0]!.data.length);
    expect(a.omitted.notPublished + part.notPublished.length).toBe(whole.notPublished.length);
    // The page gets the places it names, not the file's thousands.
    expect(a.places.length).toBeLessThanOrEqual(COMPARE_TOP + 30);
    expect(a.places.every((p) => p.id.startsWith("file:") && p.zh.endsWith("（你的文件）"))).toBe(
      true,
    );
  });

  it("rank ties at the cut by name, as the whole file would", () => {
    const rows = ["地区,年份,诉求总量"];
    for (let i = 0; i < SHOW_ALL_MAX + 100; i++) rows.push(`并列${i}区,2023,${i < 40 ? 5000 : i}`);
    const r = ingestText(rows.join("\n"), { places, fileName: "t.csv" });
    const all = r.ingest.placeIds().map((id) => filePlace(r.ingest.summaryOf(id)!));
    const whole = comparison([...r.ingest.allFacts()].map(markFact), all, "demand_total", "zh");
    const a = compareAnswer(r.ingest, "demand_total", null, "zh");
    const part = comparison(a.facts, a.places, "demand_total", "zh");
    expect(part.groups[0]!.data.map((d) => d.key)).toEqual(
      whole.groups[0]!.data.slice(0, COMPARE_TOP).map((d) => d.key),
    );
  });

  it("send everything when it can all be drawn", () => {
    const { ing } = everything(40);
    const a = compareAnswer(ing, "satisfaction", null, "en");
    expect(a.facts).toHaveLength(40);
    expect(a.omitted).toEqual({ bars: 0, notPublished: 0 });
  });
});

describe("context answers", () => {
  it("send a place's own years and the seats drawn beside it", () => {
    const { ing, all, facts } = everything(300);
    const id = ing.placeIds()[150]!;
    const a = contextAnswer(ing, id, "zh");
    const me = `file:${id}`;
    expect(new Set(a.facts.filter((f) => f.place_id === me).map((f) => f.year))).toEqual(
      new Set([2022, 2023]),
    );
    const drawn = (fs: typeof facts, ps: typeof all) =>
      withContext(
        comparison(fs, ps, "seats_per_100k", "zh", { highlight: me }).groups.flatMap((g) => g.data),
      ).map((d) => d.key);
    expect(drawn(a.facts, a.places)).toEqual(drawn(facts, all));
    expect(a.places.length).toBeLessThanOrEqual(13);
  });
});
