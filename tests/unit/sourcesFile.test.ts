import { describe, expect, it } from "vitest";
import type { SourceRecord } from "../../src/lib/data/citation.ts";
import {
  parseSourcesJson,
  SourcesFileError,
  sourcesToJson,
} from "../../src/lib/data/sourcesFile.ts";

const rec: SourceRecord = {
  title: "某市12345热线2023年度工作情况",
  issuer: "某市政务服务管理局",
  published: "2024-01-15",
  url: "https://example.gov.cn/a.html",
  kind: "official",
  copies: "",
};
const copy: SourceRecord = { ...rec, kind: "mirror", issuer: "example.net", copies: "某市日报" };

describe("sourcesToJson(records, build) and parseSourcesJson(text)", () => {
  it("round-trip every record by id, sorted, leaving out reports without a record", () => {
    const text = sourcesToJson(
      [
        { id: "b-2023", source: copy },
        { id: "a-2023", source: rec },
        { id: "c-2022", source: null },
      ],
      "build1",
    );
    expect(text.indexOf('"a-2023"')).toBeLessThan(text.indexOf('"b-2023"'));
    expect(text).not.toContain("c-2022");
    expect(JSON.parse(text).build).toBe("build1");
    const back = parseSourcesJson(text);
    expect([...back.keys()]).toEqual(["a-2023", "b-2023"]);
    expect(back.get("a-2023")).toEqual(rec);
    expect(back.get("b-2023")).toEqual(copy);
  });

  it("refuse a damaged file, naming the record and field", () => {
    const good = JSON.parse(sourcesToJson([{ id: "a-2023", source: rec }]));
    const bad = (edit: (d: typeof good) => void) => {
      const d = structuredClone(good);
      edit(d);
      return () => parseSourcesJson(JSON.stringify(d));
    };
    expect(() => parseSourcesJson("{")).toThrow(SourcesFileError);
    expect(bad((d) => (d.version = 2))).toThrow(/version 1/);
    expect(bad((d) => d.sources["a-2023"].pop())).toThrow(/“a-2023”: expected 6 fields/);
    expect(bad((d) => (d.sources["a-2023"][1] = 3))).toThrow(/“a-2023”, field issuer/);
    expect(bad((d) => (d.sources["a-2023"][4] = "blog"))).toThrow(/field kind/);
    // A link the page renders as <a href> must be a web address, never a script.
    expect(bad((d) => (d.sources["a-2023"][3] = "javascript:alert(1)"))).toThrow(/field url/);
  });
});
