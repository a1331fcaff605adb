import { describe, expect, it } from "vitest";
import type { Level, Place } from "../../src/lib/data/fact.ts";
import type { ManifestPlace } from "../../src/lib/data/manifest.ts";
import { loadGazetteer } from "../../src/lib/places/load.ts";
import { searchEverywhere, type SearchHit } from "../../src/lib/ui/placeSearch.ts";

const place = (id: string, zh: string, level: Level, parent: string) => ({
  id,
  zh,
  en: id[0]!.toUpperCase() + id.slice(1),
  level,
  parent,
  adcode: "",
});
// A small dataset: a province above places with reports, one with briefs only.
const dataset: ManifestPlace[] = [
  { ...place("jiangsu", "江苏省", "province", ""), years: [], derived_years: [] },
  { ...place("nantong", "南通市", "prefecture", "jiangsu"), years: [2024], derived_years: [] },
  { ...place("haimen", "海门区", "district", "nantong"), years: [2020], derived_years: [] },
  {
    ...place("rudong", "如东县", "county", "nantong"),
    years: [],
    derived_years: [],
    periods: { kinds: ["window"], count: 1, first: "2025-01..09", last: "2025-01..09" },
  },
  { ...place("hunan", "湖南省", "province", ""), years: [], derived_years: [] },
  { ...place("hengdong", "衡东县", "county", "hengyang"), years: [2023], derived_years: [] },
  { ...place("hengyang", "衡阳市", "prefecture", "hunan"), years: [], derived_years: [] },
];
const divisions: Place[] = [
  ...dataset.map(({ id, zh, en, level, parent, adcode }) => ({
    id,
    zh,
    en,
    level,
    parent,
    adcode,
  })),
  place("nanjing", "南京市", "prefecture", "jiangsu"),
  place("xuanwu", "玄武区", "district", "nanjing"),
  place("qidong", "启东市", "county", "nantong"),
];
const brief = (h: SearchHit) =>
  h.kind === "place"
    ? h.place.id
    : `${h.place.id}: none, ${h.relation} ${h.related.map((p) => p.id).join(",")}${h.more ? ` +${h.more}` : ""}`;

describe("searchEverywhere(dataset, divisions, query)", () => {
  it("a place with figures, yearly or briefs only, can be opened", () => {
    expect(searchEverywhere(dataset, divisions, "南通").map(brief)).toEqual(["nantong"]);
    expect(searchEverywhere(dataset, divisions, "如东").map(brief)).toEqual(["rudong"]);
  });

  it("a province without a report of its own names the places within it that have one", () => {
    expect(searchEverywhere(dataset, divisions, "湖南").map(brief)).toEqual([
      "hunan: none, within hengdong",
    ]);
    expect(searchEverywhere(dataset, divisions, "江苏省").map(brief)).toEqual([
      "jiangsu: none, within nantong,haimen,rudong",
    ]);
  });

  it("a division only the gazetteer knows says so, with the nearest place above it that has figures", () => {
    expect(searchEverywhere(dataset, divisions, "启东").map(brief)).toEqual([
      "qidong: none, parent nantong",
    ]);
    expect(searchEverywhere(dataset, divisions, "玄武").map(brief)).toEqual([
      "xuanwu: none, parent ",
    ]);
  });

  it("before the gazetteer loads, only the dataset is searched; better matches come first", () => {
    expect(searchEverywhere(dataset, null, "启东")).toEqual([]);
    expect(searchEverywhere(dataset, divisions, "nan").map(brief)).toEqual([
      "nantong",
      "nanjing: none, parent ",
      "hunan: none, within hengdong",
    ]);
  });

  it("finds every division of the real gazetteer by Chinese name, pinyin id and adcode", async () => {
    const g = await loadGazetteer();
    const all = g.divisions.map((d) => g.placeEntry(d));
    for (const d of g.divisions.filter((_, i) => i % 97 === 0)) {
      const ids = (q: string) => searchEverywhere(dataset, all, q, 500).map((h) => h.place.id);
      expect(ids(d.zh), d.zh).toContain(d.id);
      if (d.adcode) expect(ids(d.adcode), d.adcode).toContain(d.id);
    }
    const js = searchEverywhere(dataset, all, "江苏省");
    expect(js[0]).toMatchObject({ kind: "none", relation: "within" });
  });
});
