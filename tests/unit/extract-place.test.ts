/** Place and year from the title and the body. All report texts here are invented. */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/lib/extract/document.ts";
import { readPlace, readYear, titlePlaces } from "../../src/lib/extract/place.ts";
import { PLACES, report } from "./extract-fixtures/helpers.ts";

describe("titlePlaces(title)", () => {
  it.each([
    ["“苏州 12345” 2024 年度工作情况发布", ["苏州"]],
    ["东海市12345在线平台2031年度运行情况发布", ["东海市"]],
    ["苏州市昆山市12345热线2023年度工作情况发布", ["苏州市", "昆山市"]],
    ["12345热线年度工作情况发布", []],
  ])("%j → %j", (title, names) => {
    expect(titlePlaces(title)).toEqual(names);
  });
});

describe("readPlace(doc, places)", () => {
  it("agrees with the title when the body names the same place", () => {
    const doc = readDocument(
      report(
        "南通市12345热线2024年度工作情况发布",
        "南通12345全年受理诉求100件。南通市民满意。苏州来电2件。",
      ),
    );
    const { place, review } = readPlace(doc, PLACES);
    expect([place.id, place.zh, place.titleZh, review]).toEqual(["nantong", "南通市", "南通", []]);
    expect(place.evidence).toBe(
      "The title (line 1) names 南通市. The body names 南通 2×, 苏州 1×.",
    );
  });

  it("follows the body, and flags it, when the title names another place", () => {
    const doc = readDocument(
      report(
        "海口市12345热线2024年度工作情况发布",
        "海口市12345热线全年受理诉求100件。",
        "附件1",
        "南通市12345热线2024年度工作情况发布",
        "南通12345与南通市各部门协作，南通市民满意。",
      ),
    );
    const { place, review } = readPlace(doc, PLACES);
    expect(place.id).toBe("nantong");
    expect(place.titleZh).toBe("海口");
    expect(review.map((r) => r.kind)).toEqual(["place"]);
    expect(review[0]!.message).toMatch(
      /title names 海口市, but the body names 南通 4 times and 海口 1 times/,
    );
  });

  it("drafts an entry for a place its list of places does not know", () => {
    const doc = readDocument(
      report(
        "通州区12345热线2024年度工作情况发布",
        "南通市通州区12345热线全年受理诉求100件，通州区群众满意。",
      ),
    );
    const { place, review } = readPlace(doc, PLACES);
    expect(place.id).toBeNull();
    expect(place.draft).toEqual({
      id: "",
      zh: "通州区",
      en: "",
      level: "district",
      parent: "nantong",
      adcode: "",
    });
    expect(review.map((r) => r.message)).toEqual([
      expect.stringMatching(/通州 is not in the gazetteer/),
    ]);
  });
});

describe("readYear(doc)", () => {
  it("takes the title's year, checked against the years the body states", () => {
    const doc = readDocument(
      report(
        "苏州市12345热线2024年度工作情况发布",
        "现将2024年度工作情况发布如下：",
        "2024年，全市受理诉求100件。2025年，将继续努力。",
        "1.话务服务",
        "数据后括号为同比(相对2023年)情况(↑)(↓)\t\t",
        ["话务量(通)", "接通率"],
        ["100", "99%"],
      ),
    );
    const { year, review } = readYear(doc);
    expect(year.year).toBe(2024);
    expect(year.evidence).toBe(
      "Title: 2024; years the body states as the report's: 2024 (4), 2025 (1).",
    );
    expect(review).toEqual([]);
  });

  it("flags a title year the body contradicts", () => {
    const doc = readDocument(
      report(
        "苏州市12345热线2023年度工作情况发布",
        "现将2024年度工作情况发布如下：",
        "2024年，全市受理诉求100件。",
      ),
    );
    const { year, review } = readYear(doc);
    expect(year.year).toBe(2024);
    expect(review.map((r) => r.kind)).toEqual(["year"]);
  });
});
