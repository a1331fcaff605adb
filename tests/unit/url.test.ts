import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_STATE,
  parseCompare,
  fromQuery,
  fromSearch,
  toQuery,
  type PageState,
} from "../../src/lib/url.ts";

describe("fromQuery / toQuery", () => {
  it("?place=suzhou&year=2022&lang=en opens that profile", () => {
    expect(fromSearch("?place=suzhou&year=2022&lang=en")).toEqual({
      ...DEFAULT_STATE,
      view: "profile",
      place: "suzhou",
      year: 2022,
      lang: "en",
    });
  });

  it("defaults are left out of the URL", () => {
    expect(toQuery(DEFAULT_STATE).toString()).toBe("");
    expect(toQuery({ ...DEFAULT_STATE, view: "profile", place: "haimen" }).toString()).toBe(
      "place=haimen",
    );
  });

  it("an unknown language or view falls back; a malformed year is kept as invalid for the page to report", () => {
    const s = fromSearch("?lang=fr&view=<script>&year=20x2");
    expect(s.lang).toBe("zh");
    expect(s.view).toBe("overview");
    expect(Number.isNaN(s.year)).toBe(true);
  });

  it("overview choices: year=latest, a period with its kind, a kind alone, a level", () => {
    expect(fromSearch("?year=latest")).toMatchObject({
      year: null,
      period: "latest",
      kind: "year",
    });
    expect(fromSearch("?period=2023-07")).toMatchObject({ period: "2023-07", kind: "month" });
    expect(fromSearch("?kind=quarter&level=local")).toMatchObject({
      kind: "quarter",
      period: "",
      level: "local",
    });
    expect(fromSearch("?level=city&kind=decade")).toMatchObject({ level: "", kind: "year" });
    expect(toQuery({ ...DEFAULT_STATE, kind: "month", period: "2023-07" }).toString()).toBe(
      "period=2023-07",
    );
    expect(toQuery({ ...DEFAULT_STATE, period: "latest" }).toString()).toBe("year=latest");
  });

  it("round-trips any state", () => {
    const state = fc.record<PageState>({
      view: fc.constantFrom("overview", "profile", "quality", "about", "preview", "data"),
      lang: fc.constantFrom("zh", "en"),
      place: fc.constantFrom("", "suzhou", "haimen"),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      metric: fc.constantFrom("demand_total", "connection_rate", "seats_per_100k"),
      ranking: fc.constantFrom("", "department:all", "business_type:consultation"),
      trend: fc.constantFrom("", "connection_rate", "demand_total:quarter"),
      compare: fc.constantFrom([], ["haikou"], ["beijing", "haikou", "jiangsu", "suzhou"]),
      kind: fc.constantFrom("year", "half", "quarter", "month", "window"),
      period: fc.constantFrom("", "latest", "2023-07", "2021-Q1", "2023-01..09"),
      level: fc.constantFrom("", "province", "prefecture", "local"),
    });
    // A chosen period implies its kind; "each place's latest" is a choice of years only;
    // the trend's choices belong to a place's profile.
    const consistent = state.map((s): PageState => {
      const kinds: Record<string, PageState["kind"]> = {
        latest: "year",
        "2023-07": "month",
        "2021-Q1": "quarter",
        "2023-01..09": "window",
      };
      const period = s.period === "latest" && s.year !== null ? "" : s.period;
      const trend = s.place ? s : { ...s, trend: "", compare: [] };
      return { ...trend, period, kind: kinds[period] ?? s.kind };
    });
    fc.assert(
      fc.property(consistent, (s) => {
        expect(fromQuery(toQuery(s))).toEqual(s);
      }),
    );
  });
});

describe("the trend's series and compared places in the URL", () => {
  it("?place=haikou&trend=connection_rate&compare=beijing,jiangsu", () => {
    const s = fromSearch("?place=haikou&trend=connection_rate&compare=beijing,jiangsu");
    expect([s.trend, s.compare]).toEqual(["connection_rate", ["beijing", "jiangsu"]]);
    expect(toQuery(s).toString()).toBe(
      "place=haikou&trend=connection_rate&compare=beijing%2Cjiangsu",
    );
  });
  it("they belong to a profile: left out of other pages' URLs", () => {
    expect(toQuery({ ...DEFAULT_STATE, trend: "x", compare: ["haikou"] }).toString()).toBe("");
  });
  it.each([
    ["a,b,a,c", ["a", "b", "c"]],
    [" a , <b>, ,Ü,b", ["a", "b"]],
    ["a,b,c,d,e,f", ["a", "b", "c", "d"]],
    ["", []],
  ])("parseCompare(%j) keeps ids in order, once, at most four", (v, out) => {
    expect(parseCompare(v)).toEqual(out);
  });
});
