/**
 * The preview's columnar path: slices cut on record boundaries give exactly
 * the rows papaparse gives for the whole text; the fast number reader agrees
 * with the full one; the wide store's checks agree with the build's checks on
 * the same figures.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { dsvFormat } from "d3-dsv";
import { RecordReader } from "../../src/lib/preview/records.ts";
import { OwnIds } from "../../src/lib/preview/places.ts";
import { pinyinOf } from "../../src/lib/preview/pinyin.ts";
import { placeName } from "../../scripts/bench/widecsv.ts";
import { normaliseNewlines } from "../../src/lib/preview/sniff.ts";
import { ingestText } from "../../src/lib/preview/parse.ts";
import { readCell, scanPlain, type Scanned } from "../../src/lib/preview/values.ts";
import { parseValue } from "../../src/lib/data/parseValue.ts";
import { checkFacts, type QualityIssue } from "../../src/lib/data/quality.ts";
import type { Place } from "../../src/lib/data/fact.ts";
import { dataset } from "./dataset.ts";

const places: Place[] = dataset().places;

/** papaparse on the whole text, as the reader hands rows on: no empty row after the last line feed, no CR of a CRLF. */
function papaRows(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter, newline: "\n", quoteChar: '"' }).data;
  if (text.endsWith("\n")) rows.pop();
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c.replace(/\r$/, "") : c)));
}

function readAll(text: string, delimiter: string, chunk: number) {
  const reader = new RecordReader(text, delimiter);
  const rows: string[][] = [];
  let steps = 0;
  while (!reader.done) {
    reader.read(chunk, (r) => rows.push(r));
    steps++;
  }
  return { rows, steps, unclosedAt: reader.unclosedAt };
}

/** Text of fields with delimiters, quotes, blank lines and every line end. */
const field = fc.oneof(
  fc.constantFrom("", "a", "苏州", "1,234", " x ", 'say "hi"', '5"', "a\nb", "c\r\nd"),
  fc.string({ maxLength: 6 }),
);
const csvText = (delimiter: string) =>
  fc
    .tuple(
      fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
      fc.constantFrom("\n", "\r\n", "\r"),
      fc.boolean(),
    )
    .map(([rows, eol, trailing]) => {
      const f = dsvFormat(delimiter);
      const text = rows.map((r) => f.formatRow(r)).join(eol);
      return trailing ? text + eol : text;
    });

describe("slices on record boundaries", () => {
  for (const delimiter of [",", ";", "\t"])
    it(`give the rows of one whole parse, whatever the slice size (${JSON.stringify(delimiter)})`, () => {
      fc.assert(
        fc.property(csvText(delimiter), fc.integer({ min: 1, max: 40 }), (raw, chunk) => {
          // Lone CRs become LFs before the reader sees a text (parse.ts).
          const text = /\r(?!\n)/.test(raw) ? normaliseNewlines(raw) : raw;
          const whole = papaRows(text, delimiter);
          const got = readAll(text, delimiter, chunk);
          expect(got.unclosedAt).toBeNull();
          expect(got.rows).toEqual(whole);
        }),
        { numRuns: 400 },
      );
    });

  it("cuts many slices from a long text, never inside a quoted line break", () => {
    const text = Array.from({ length: 200 }, (_, i) => `p${i},"line\none",${i}\n`).join("");
    const got = readAll(text, ",", 50);
    expect(got.steps).toBeGreaterThan(50);
    expect(got.rows).toEqual(papaRows(text, ","));
    expect(got.rows[7]).toEqual(["p7", "line\none", "7"]);
  });

  it("treats a quote inside a field, or one not followed by a delimiter, as text, as papaparse does", () => {
    const text = 'a,12" screen,b\nc,d,e\n"q""uote",x,y\n"say "hi" now"  ,z\n';
    const got = readAll(text, ",", 1);
    expect(got).toMatchObject({ rows: papaRows(text, ","), unclosedAt: null });
    expect(got.rows[3]).toEqual(['say "hi" now', "z"]);
  });

  it("skips the line of a quote that never closes and reads on from the next line", () => {
    const text = 'a,b\nc,"d\ne,f\n';
    for (const size of [1, 3, 100]) {
      const got = readAll(text, ",", size);
      expect(got.rows).toEqual([
        ["a", "b"],
        ["e", "f"],
      ]);
      expect(got.unclosedAt).toBe(4);
    }
  });
});

describe("fast number reader", () => {
  const scanned = (): Scanned => ({ value: 0, percent: false, scale: 0, decimals: 0 });

  it.each([
    ["1562357", 1562357, 0],
    ["1,562,357", 1562357, 0],
    ["156.2万", 1562000, 500],
    ["1703.24万", 17032400, 50],
    ["4.37亿", 437000000, 500000],
    ["0.5万", 5000, 500],
    ["1.23456万", 12345.6, 0.05],
  ])("reads %s as %d (± %d)", (raw, value, tolerance) => {
    const v = readCell(raw);
    expect(v).toMatchObject({ kind: "number", value, lowerBound: false });
    if (tolerance) expect(v).toMatchObject({ tolerance });
    expect(scanPlain(raw, scanned())).toBe(true);
  });

  it.each([
    "",
    "—",
    "19万余",
    "1 562",
    "+5",
    ".5",
    "12.",
    "1,23",
    "1234,567",
    "５",
    "3万多",
    "1e5",
  ])("leaves %j to the full reader", (raw) => {
    expect(scanPlain(raw, scanned())).toBe(false);
  });

  it("agrees with the full reader on any number it takes, 万 and 亿 included", () => {
    const written = fc
      .tuple(
        fc.boolean(),
        fc.nat({ max: 10 ** 12 }),
        fc.option(fc.stringMatching(/^\d{1,8}$/)),
        fc.boolean(),
        fc.constantFrom("", "%", "万", "亿"),
      )
      .map(([neg, int, frac, group, suffix]) => {
        const i = group ? int.toLocaleString("en-US") : String(int);
        return `${neg ? "-" : ""}${i}${frac === null ? "" : `.${frac}`}${suffix}`;
      });
    fc.assert(
      fc.property(fc.oneof(written, fc.string({ maxLength: 8 })), (s) => {
        const out = scanned();
        const fast = readCell(s);
        const full = parseValue(s);
        if (scanPlain(s, out)) {
          expect(full.kind).toBe("number");
          if (full.kind !== "number" || fast.kind !== "number") return;
          expect(out.value + 0).toBe(full.value + 0);
          expect({ ...fast, exact: "", value: fast.value + 0 }).toEqual({
            ...full,
            exact: "",
            value: full.value + 0,
          });
        } else expect(fast).toEqual(full);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("places of the user's own", () => {
  it("are one place per name written, however many (no two names share an id)", () => {
    const names = Array.from({ length: 20_000 }, (_, i) => placeName(i));
    const own = new OwnIds(pinyinOf);
    const ids = new Set(names.map((n) => own.idOf(n)));
    expect(ids.size).toBe(names.length);
    // ASCII pinyin; homophones (安白宝县 and 安白保县 would be one) get a number.
    for (const id of ids) expect(id).toMatch(/^user-[a-z0-9]+(-\d+)?$/);
    const text = ["地区,年份,诉求总量", ...names.map((n, i) => `${n},2023,${i}`)].join("\n");
    const r = ingestText(text, { places, fileName: "t.csv" });
    expect(r.summary.errors).toBe(0);
    expect(r.summary.placeCount).toBe(names.length);
  });
});

describe("the wide store", () => {
  const header = "地区,年份,诉求总量,电话,互联网,咨询类诉求,非咨询类诉求,在线解答,在线解答率\n";
  const row = fc
    .tuple(
      fc.constantFrom("苏州", "南通", "淮安", "某县", "某区"),
      fc.integer({ min: 2019, max: 2024 }),
      fc.array(
        fc.oneof(
          fc.nat({ max: 2_000_000 }).map(String),
          fc.nat({ max: 2_000_000 }).map((n) => `"${n.toLocaleString("en-US")}"`),
          fc.constantFrom("", "—", "0"),
        ),
        { minLength: 6, maxLength: 6 },
      ),
      fc.float({ min: 0, max: 100, noNaN: true }).map((x) => x.toFixed(2)),
    )
    .map(([place, year, counts, rate]) => `${place},${year},${counts.join(",")},${rate}\n`);

  it("finds the same consistency issues as the build's checks on the same facts", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.integer({ min: 8, max: 400 }),
        (rows, chunkSize) => {
          const r = ingestText(header + rows.join(""), { places, fileName: "t.csv", chunkSize });
          const facts = [...r.ingest.allFacts()];
          expect(r.summary.facts).toBe(facts.length);
          // Wide rows are checked as they are read: the same issues, in the order of the file.
          const order = (qs: QualityIssue[]) =>
            qs.map((q) => JSON.stringify(q)).sort((a, b) => a.localeCompare(b));
          expect(order(r.summary.quality)).toEqual(order(checkFacts(facts)));
          expect(r.summary.qualityCount).toBe(r.summary.quality.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("widens the slack of figures written with 万 by their rounding", () => {
    const check = (total: string) =>
      ingestText(`地区,年份,诉求总量,电话,互联网\n苏州,2023,${total},1000000,562357\n`, {
        places,
        fileName: "t.csv",
      }).summary.quality.map((q) => q.check);
    expect(check("156.2万")).toEqual([]);
    expect(check("156.3万")).toEqual(["parts_sum"]);
    expect(check("1562357")).toEqual([]);
    expect(check("1562000")).toEqual(["parts_sum"]);
  });

  it("reads a file in many slices exactly as in one", () => {
    const text =
      header +
      Array.from(
        { length: 300 },
        (_, i) =>
          `地${i % 37},${2015 + (i % 9)},"${(i * 7919).toLocaleString("en-US")}",${i},${i % 5 ? "—" : ""},1.5万,,${i},${(i % 100).toFixed(2)}%\n`,
      ).join("");
    const one = ingestText(text, { places, fileName: "t.csv", chunkSize: 1 << 22 });
    const many = ingestText(text, { places, fileName: "t.csv", chunkSize: 64 });
    expect(many.summary).toEqual(one.summary);
    expect([...many.ingest.allFacts()]).toEqual([...one.ingest.allFacts()]);
  });
});
