import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_STATE,
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

  it("round-trips any state", () => {
    const state = fc.record<PageState>({
      view: fc.constantFrom("overview", "profile", "quality", "about", "preview", "data"),
      lang: fc.constantFrom("zh", "en"),
      place: fc.constantFrom("", "suzhou", "haimen"),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      metric: fc.constantFrom("demand_total", "connection_rate", "seats_per_100k"),
      ranking: fc.constantFrom("", "department:all", "business_type:consultation"),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(fromQuery(toQuery(s))).toEqual(s);
      }),
    );
  });
});
