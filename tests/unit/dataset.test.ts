import { describe, expect, it } from "vitest";
import { coverage } from "../../scripts/build/coverage.ts";
import { dataset, one, reported } from "./dataset.ts";

/** Headline figures as each report publishes them; null = the report does not publish it. */
const HEADLINES: Record<string, Record<string, number | null>> = {
  "suzhou 2022": {
    demand_total: 17032357,
    connection_rate: null,
    satisfaction_overall: null,
    satisfaction_rated: 97.58,
    satisfaction_agent: 98.84,
    satisfaction_spot_check: 97.58,
    satisfaction_enterprise: null,
    seats_per_100k: 9,
    seats_total: 1133,
  },
  "nantong 2024": {
    demand_total: 2956775,
    connection_rate: 99.02,
    satisfaction_overall: null,
    satisfaction_rated: null,
    satisfaction_agent: null,
    satisfaction_enterprise: 99.8,
    seats_per_100k: null,
    seats_total: null,
  },
  "haimen 2020": {
    demand_total: 194766,
    connection_rate: 96.12,
    satisfaction_overall: null,
    satisfaction_rated: 94.96,
    satisfaction_statistical: 95.74,
    satisfaction_agent: null,
    seats_per_100k: null,
    seats_total: 40,
  },
  "huaian 2023": {
    demand_total: 1450699,
    connection_rate: 92.3,
    satisfaction_overall: 98.94,
    satisfaction_rated: 87.97,
    satisfaction_agent: 98.82,
    seats_per_100k: 5.53,
    seats_total: 252,
  },
  "zhenjiang 2022": {
    demand_total: 1562357,
    connection_rate: null,
    satisfaction_overall: 99.07,
    satisfaction_enterprise: 99.88,
    satisfaction_rated: null,
    seats_per_100k: 8.1,
    seats_total: 259,
  },
};

describe("the dataset of the five reports", () => {
  for (const [key, metrics] of Object.entries(HEADLINES)) {
    const [place, y] = key.split(" ") as [string, string];
    for (const [metric, value] of Object.entries(metrics)) {
      it(`${key}: ${metric} is ${value === null ? "absent (not published)" : value}`, () => {
        const f = one(place, Number(y), metric);
        if (value === null) expect(f).toBeUndefined();
        else {
          expect(f?.value).toBe(value);
          expect(f?.derivation).toBe("reported");
        }
      });
    }
  }

  it("wording: connection rates keep the report's definition in term_zh", () => {
    expect(one("huaian", 2023, "connection_rate")?.term_zh).toContain("30秒");
    expect(one("nantong", 2024, "connection_rate")?.term_zh).toContain("30秒");
    expect(one("haimen", 2020, "connection_rate")?.term_zh).not.toContain("30秒");
  });

  it("Zhenjiang publishes agent satisfaction per scope, never merged", () => {
    expect(one("zhenjiang", 2022, "satisfaction_agent", "consultation")?.value).toBe(99.95);
    expect(one("zhenjiang", 2022, "satisfaction_agent", "non_consultation")?.value).toBe(95.44);
    expect(one("zhenjiang", 2022, "satisfaction_agent")).toBeUndefined();
  });

  it("Huai'an's top-five departments and business types are in rank order with the report's counts and shares", () => {
    const cats = reported("huaian", 2023).filter((f) => f.metric === "top_category");
    const ranking = (dimension: string, scope: string) =>
      cats
        .filter((f) => f.dimension === dimension && f.scope === scope)
        .sort((a, b) => a.rank! - b.rank!)
        .map((f) => [f.category, f.value, f.share]);
    expect(ranking("department", "all")).toEqual([
      ["市公安局", 26851, null],
      ["市住建局", 7789, null],
      ["市卫健委", 4747, null],
      ["金融监管总局淮安监管分局", 4105, null],
      ["市交通局", 3692, null],
    ]);
    expect(ranking("business_type", "consultation")).toEqual([
      ["民生保障", 302015, 43.38],
      ["经济综合", 132003, 18.96],
      ["住房保障", 49875, 7.16],
      ["党务政务", 31365, 4.5],
      ["交通出行", 27740, 3.98],
    ]);
    expect(ranking("business_type", "non_consultation").map((r) => r[0])).toEqual([
      "民生保障",
      "住房保障",
      "交通出行",
      "经济综合",
      "城乡建设",
    ]);
    expect(ranking("business_type", "all")[0]).toEqual(["民生保障", 455426, 31.39]);
  });

  it("Nantong's request types come from 万 figures, converted exactly and noted as rounded", () => {
    const types = reported("nantong", 2024).filter((f) => f.dimension === "request_type");
    expect(types.map((f) => [f.category, f.value])).toEqual([
      ["咨询类", 1575000],
      ["投诉举报类", 895000],
      ["求助类", 458000],
      ["建议类", 16000],
      ["其他类", 13000],
    ]);
    expect(types[0]?.note).toContain("157.5万");
  });

  it("every ranking has ranks 1..n once each, per place, period, dimension and scope", () => {
    const groups = new Map<string, number[]>();
    for (const f of dataset().facts.filter((x) => x.metric === "top_category")) {
      const k = [f.place_id, f.period, f.dimension, f.scope, f.derivation].join("|");
      groups.set(k, [...(groups.get(k) ?? []), f.rank!]);
    }
    expect(groups.size).toBeGreaterThan(20);
    for (const [k, ranks] of groups)
      expect(
        ranks.sort((a, b) => a - b),
        k,
      ).toEqual(ranks.map((_, i) => i + 1));
  });

  it("every fact cites a source record with its section, and carries its wording", () => {
    const ids = new Set(dataset().reports.map((r) => r.id));
    for (const f of dataset().facts) {
      const [id, section] = f.source.split(" § ");
      expect(ids.has(id!), f.source).toBe(true);
      expect(section?.length, f.source).toBeGreaterThan(0);
      expect(f.term_zh.length).toBeGreaterThan(0);
    }
  });

  it("every report has a source record with title, issuer and kind, and a period", () => {
    for (const r of dataset().reports) {
      expect(r.source?.title, r.id).toBeTruthy();
      expect(r.source?.issuer, r.id).toBeTruthy();
      expect(["official", "news", "mirror"]).toContain(r.source?.kind);
      expect(r.period, r.id).toMatch(/^\d{4}/);
    }
  });

  it("no figure is 0 or negative where it stands for 'not published'", () => {
    for (const f of dataset().facts) expect(f.value).toBeGreaterThan(0);
  });

  it("places: the Huai'an report (titled 淮南市) is recorded as Huai'an, Haimen as a district of Nantong", () => {
    const places = new Map(dataset().places.map((p) => [p.id, p]));
    expect(places.get("huaian")).toMatchObject({
      zh: "淮安市",
      adcode: "320800",
      level: "prefecture",
    });
    expect(places.get("haimen")).toMatchObject({
      zh: "海门区",
      parent: "nantong",
      level: "district",
      adcode: "320614",
    });
    expect(dataset().reports.find((r) => r.place_id === "huaian")?.title_place_zh).toBe("淮南");
    const codes = ["suzhou", "nantong", "huaian", "zhenjiang"].map((id) => places.get(id)?.adcode);
    expect(codes).toEqual(["320500", "320600", "320800", "321100"]);
  });

  it("derives earlier-year counts from percent changes, never rates", () => {
    const d = dataset().facts.filter(
      (f) => f.derivation !== "reported" && !f.derivation.startsWith("derived: sum"),
    );
    expect(d.every((f) => f.unit === "count")).toBe(true);
    const zj = one("zhenjiang", 2021, "demand_total");
    expect(zj?.value).toBe(Math.round(1562357 / 1.7119));
    expect(zj?.derivation).toMatch(/^derived: .*71\.19%/);
    expect(one("huaian", 2022, "demand_total")?.value).toBe(Math.round(1450699 / (1 - 0.0881)));
    expect(one("huaian", 2022, "connection_rate")).toBeUndefined();
    // "(↑)" without a number gives nothing to derive from.
    expect(one("zhenjiang", 2021, "seats_total")).toBeUndefined();
  });

  it("online answers given in two parts are summed and marked derived", () => {
    const f = one("huaian", 2023, "answered_online");
    expect(f?.value).toBe(826766 + 18631);
    expect(f?.derivation).toMatch(/^derived: sum of/);
  });
});

describe("what the dataset holds (the coverage aims)", () => {
  const c = () => coverage(dataset().places, dataset().facts, dataset().reports);
  it("at least 40 places, at every level", () => {
    expect(c().placesTotal).toBeGreaterThanOrEqual(40);
    for (const n of Object.values(c().places)) expect(n).toBeGreaterThan(0);
  });
  it("at least 40 place-years of published yearly figures", () => {
    expect(c().placeYears).toBeGreaterThanOrEqual(40);
  });
  it("at least 30 monthly or quarterly place-periods", () => {
    expect(c().placePeriods.month + c().placePeriods.quarter).toBeGreaterThanOrEqual(30);
  });
  it("places followed over three or more years", () => {
    expect(c().placesWithThreeYears).toEqual(
      expect.arrayContaining(["beijing", "haikou", "jiangsu", "qinhuangdao"]),
    );
  });
  it("sources of every kind, most of them official", () => {
    const k = c().reportsByKind;
    expect(k.official).toBeGreaterThan(k.news);
    expect(k.official).toBeGreaterThan(k.mirror);
  });
});
