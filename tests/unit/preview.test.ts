import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ingestBytes, ingestText } from "../../src/lib/preview/parse.ts";
import { MAX_COLUMNS, MAX_MESSAGES } from "../../src/lib/preview/ingest.ts";
import { checkText } from "../../src/lib/preview/sniff.ts";
import {
  checkFile,
  decode,
  guessDelimiter,
  MAX_BYTES,
  normaliseNewlines,
} from "../../src/lib/preview/sniff.ts";
import { detectShape, metricOfHeader, uniqueHeaders } from "../../src/lib/preview/headers.ts";
import { placeIndex } from "../../src/lib/preview/places.ts";
import { readCell } from "../../src/lib/preview/values.ts";
import { templateCsv, TEMPLATE_HEADERS } from "../../src/lib/preview/template.ts";
import { parseValue } from "../../src/lib/data/parseValue.ts";
import { factsToCsv, toCsv } from "../../src/lib/data/csv.ts";
import Papa from "papaparse";
import type { Fact, Place } from "../../src/lib/data/fact.ts";
import { encodeGbk } from "../support/gbk.ts";
import { encodeLegacy } from "../support/legacy.ts";
import { dataset } from "./dataset.ts";

const places: Place[] = dataset().places;
const opts = { places, fileName: "t.csv" };
const enc = (s: string) => new TextEncoder().encode(s);
const all = (r: ReturnType<typeof ingestText>) => [...r.ingest.allFacts()];

describe("header mapping", () => {
  it.each([
    ["诉求总量", "demand_total"],
    ["诉求总量（件）", "demand_total"],
    ["诉求总量 (件)", "demand_total"],
    ["受理量", "demand_total"],
    ["Total requests", "demand_total"],
    ["demand_total", "demand_total"],
    ["电话", "demand_phone"],
    ["30秒人工接通率", "connection_rate"],
    ["30秒人工接通率(%)", "connection_rate"],
    ["接通率", "connection_rate"],
    ["综合满意率", "satisfaction_overall"],
    ["群众有效参评满意率", "satisfaction_rated"],
    ["每十万人座席数", "seats_per_100k"],
    ["话务平台总人数", "seats_total"],
    ["ＳＥＡＴＳ＿ＰＥＲ＿１００Ｋ", "seats_per_100k"],
    ["备注", null],
  ])("%s → %s", (header, metric) => {
    expect(metricOfHeader(header)).toBe(metric);
  });

  it.each<[string[], string]>([
    [["place_id", "place_zh", "year", "metric", "value"], "long"],
    [["地区", "年份", "类别", "件数", "占比"], "category"],
    [["地区", "年份", "诉求总量", "接通率"], "wide"],
  ])("%j is a %s table", (headers, shape) => {
    expect(detectShape(headers)).toBe(shape);
  });

  it("makes blank and repeated headers unique, saying which", () => {
    expect(uniqueHeaders(["地区", "", "电话", "电话"])).toEqual({
      names: ["地区", "列2", "电话", "电话 (2)"],
      changed: [
        { index: 1, from: "", to: "列2" },
        { index: 3, from: "电话", to: "电话 (2)" },
      ],
    });
  });
});

describe("place matching", () => {
  const idx = placeIndex(places);
  it.each([
    ["苏州", "suzhou"],
    ["苏州市", "suzhou"],
    // Suzhou is 苏州 or 宿州 (the prefecture of 萧县, a published place): not guessed; the id is 苏州's.
    ["Suzhou", null],
    ["suzhou", "suzhou"],
    ["320500", "suzhou"],
    ["海门", "haimen"],
    ["海门区", "haimen"],
    ["Huai'an", "huaian"],
    ["拉萨", null],
  ])("%s → %s", (text, id) => {
    expect(idx.match(text)?.id ?? null).toBe(id);
  });

  it("keeps an unknown place as the user's own", () => {
    const r = ingestText("地区,年份,诉求总量\n新城区,2023,100\n", opts);
    expect(r.summary.places).toEqual([
      expect.objectContaining({
        own: true,
        years: [2023],
        place: expect.objectContaining({ zh: "新城区", level: "district" }),
      }),
    ]);
  });
});

describe("cell values", () => {
  it.each([
    ["1562357", 1562357, false],
    ["1,562,357", 1562357, false],
    ["96.12%", 96.12, true],
    ["-3.5", -3.5, false],
    ["0", 0, false],
    ["007", 7, false],
  ])("fast path reads %s", (raw, value, percent) => {
    expect(readCell(raw)).toMatchObject({ kind: "number", value, percent });
  });

  it("agrees with the full reader on any plain or grouped number", () => {
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.nat({ max: 10 ** 9 }),
        fc.option(fc.nat({ max: 9999 })),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([neg, int, frac, group, pct]) => {
        const i = group ? int.toLocaleString("en-US") : String(int);
        return `${neg ? "-" : ""}${i}${frac === null ? "" : `.${frac}`}${pct ? "%" : ""}`;
      });
    fc.assert(
      fc.property(fc.oneof(plain, fc.string({ maxLength: 8 })), (s) => {
        const fast = readCell(s);
        const full = parseValue(s);
        if (fast.kind === "number" && full.kind === "number") {
          expect({ ...fast, exact: "" }).toEqual({ ...full, exact: "" });
          // -0 + 0 is 0: the fast path keeps a written "-0" as written.
          expect(Number(fast.exact) + 0).toBe(full.value + 0);
        } else expect(fast).toEqual(full);
      }),
    );
  });

  const wide = (cell: string, header = "诉求总量") =>
    ingestText(`地区,年份,${header}\n苏州,2023,${cell}\n`, opts);
  it.each([
    ["１，５６２，３５７", 1562357],
    ["1703.24万", 17032400],
    ["4.37亿", 437000000],
    ['" 1 562 357 "', 1562357],
  ])("a count written %s reads %d", (cell, value) => {
    expect(all(wide(cell)).map((f) => f.value)).toEqual([value]);
  });
  it.each(["99.80%%", "99.80", "99.8％"])("a rate written %s stays a percentage", (cell) => {
    expect(all(wide(cell, "综合满意率")).map((f) => [f.value, f.unit])).toEqual([
      [99.8, "percent"],
    ]);
  });
  it("keeps “19万余” as a lower bound with a note", () => {
    const [f] = all(wide("19万余"));
    expect(f?.value).toBe(190000);
    expect(f?.note_zh).toContain("下限");
    expect(f?.note).toContain("Lower bound");
  });
  it.each(["", "—", "-", "/", "无"])("“%s” is absent: no figure, not 0", (cell) => {
    const r = wide(cell);
    expect(all(r)).toEqual([]);
    expect(r.summary.errors).toBe(0);
  });
  it.each<[string, string, string]>([
    ["abc", "诉求总量", "Row 2, “诉求总量”: not a number, found “abc”."],
    ["12.5", "诉求总量", "Row 2, “诉求总量”: a count must be a whole number, found “12.5”."],
    [
      "101",
      "综合满意率",
      "Row 2, “综合满意率”: a percentage must be between 0 and 100, found “101”.",
    ],
    [
      "50%",
      "电话",
      "Row 2, “电话”: this column holds counts or values, not percentages, found “50%”.",
    ],
  ])("“%s” under %s is an error naming the row, column and text", (cell, header, en) => {
    const r = wide(cell, header);
    expect(r.summary.messages).toEqual([
      expect.objectContaining({ level: "error", row: 2, column: header, text: cell, en }),
    ]);
    expect(all(r)).toEqual([]);
  });
});

describe("files in an encoding other than UTF-8, UTF-16 or GBK", () => {
  it.each<[string, string, string]>([
    [
      "Big5 (Traditional Chinese)",
      "big5",
      "地區,年份,訴求總量\n臺北市,2023,1000\n臺中市,2023,2000\n高雄市,2023,3000\n",
    ],
    [
      "Shift-JIS (Japanese)",
      "shift_jis",
      "place,year,demand_total\n東京都,2023,1000\n大阪府,2023,2000\n",
    ],
    [
      "EUC-KR (Korean)",
      "euc-kr",
      "place,year,demand_total\n서울특별시,2023,1000\n부산광역시,2023,2000\n인천광역시,2023,3000\n",
    ],
    [
      "Windows-1252 (Western)",
      "windows-1252",
      "place,year,demand_total\nZürich,2023,1000\nGenève,2023,2000\n",
    ],
  ])("%s is recognised, read in its encoding, and doubted as GBK", (_, encoding, text) => {
    const d = decode(encodeLegacy(text, encoding));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.doubt).not.toBeNull();
    // The user's choice wins.
    expect(decode(encodeLegacy(text, encoding), "gb18030").encoding).toBe("gb18030");
  });

  it("a GBK file with Chinese text is read as GBK without a doubt", () => {
    const text =
      "地区,年份,诉求总量,综合满意率\n苏州,2023,100,98.5\n南通市,2024,19万余,\n淮安区,2023,1,2\n";
    expect(decode(encodeGbk(text))).toEqual({ text, encoding: "gb18030", bom: false, doubt: null });
  });

  it("a text of nothing but a BOM and blank lines is refused", () => {
    expect(checkText("\ufeff\r\n\r\n")?.en).toContain("no data");
    expect(checkText("a\n")).toBeNull();
  });
});

describe("encodings, delimiters and line endings", () => {
  const text = "地区,年份,诉求总量,综合满意率\r\n苏州,2023,100,98.5\r\n";
  const utf16 = (s: string, le: boolean) => {
    const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      out.push(...(le ? [c & 255, c >> 8] : [c >> 8, c & 255]));
    }
    return Uint8Array.from(out);
  };
  it.each<[string, Uint8Array, string, boolean]>([
    ["UTF-8", enc(text), "utf-8", false],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(text)]), "utf-8", true],
    ["GBK", encodeGbk(text), "gb18030", false],
    ["UTF-16 LE", utf16(text, true), "utf-16le", true],
    ["UTF-16 BE", utf16(text, false), "utf-16be", true],
  ])("%s", (_, bytes, encoding, bom) => {
    expect(decode(bytes)).toEqual({ text, encoding, bom, doubt: null });
    const r = ingestBytes(bytes, opts);
    expect(all(r).map((f) => [f.metric, f.value])).toEqual([
      ["demand_total", 100],
      ["satisfaction_overall", 98.5],
    ]);
  });

  it.each<[string, string]>([
    ["地区,年份,诉求总量\n苏州,2023,1\n", ","],
    ['地区;年份;诉求总量\n苏州;2023;"1,5"\n', ";"],
    ["地区\t年份\t诉求总量\n苏州\t2023\t1,562\n", "\t"],
  ])("guesses the delimiter of %j", (t, d) => {
    expect(guessDelimiter(t)).toBe(d);
  });

  it("reads mixed CRLF, LF and CR endings with no stray \\r in the last column", () => {
    const r = ingestText("地区,年份,诉求总量\r\n苏州,2023,1\n南通,2023,2\r淮安,2023,3\r\n", opts);
    expect(all(r).map((f) => f.value)).toEqual([1, 2, 3]);
    expect(normaliseNewlines("a\r\nb\rc\n")).toBe("a\nb\nc\n");
  });
});

describe("file checks before reading", () => {
  it.each<[string, number, number[], RegExp | null]>([
    ["a text CSV", 100, [...enc("地区,年份")], null],
    ["a file over the limit", MAX_BYTES + 1, [...enc("a")], /200\.0 MB/],
    [
      "an xlsx renamed to .csv",
      100,
      [0x50, 0x4b, 0x03, 0x04, 0, 0],
      /not a text CSV.*xlsx.*CSV UTF-8/,
    ],
    ["a file with NUL bytes", 100, [0x61, 0, 0x62], /not a text CSV.*NUL/],
    ["an empty file", 0, [], /empty/],
  ])("%s", (_, size, head, message) => {
    const r = checkFile(size, Uint8Array.from(head));
    if (message === null) expect(r).toBeNull();
    else expect(r?.en).toMatch(message);
  });
});

describe("shapes and rows", () => {
  it("lists rows with too few or too many fields and keeps the others", () => {
    const r = ingestText(
      "地区,年份,诉求总量,电话\n苏州,2023,10,5\n南通,2023,20\n淮安,2023,30,3,9\n镇江,2023,40,4\n",
      opts,
    );
    expect(r.summary.messages.map((m) => [m.level, m.row])).toEqual([
      ["warning", 3],
      ["error", 4],
    ]);
    expect(r.summary.rowsRead).toBe(4);
    expect(r.summary.rowsUsed).toBe(3);
  });

  it("ignores blank trailing lines but reports blank rows in between", () => {
    const r = ingestText("地区,年份,诉求总量\n苏州,2023,1\n\n南通,2023,2\n\n\n", opts);
    expect(r.summary.messages.map((m) => [m.level, m.row])).toEqual([["warning", 3]]);
    expect(r.summary.rowsRead).toBe(3);
  });

  it("an unclosed quote: names its row, counts it as not read, and reads on from the next line", () => {
    const r = ingestText(
      '地区,年份,诉求总量\n苏州,2023,1\n南通,2023,2\n淮安,2023,"3\n镇江,2023,4\n',
      opts,
    );
    expect(all(r).map((f) => f.place_id)).toEqual(["suzhou", "nantong", "zhenjiang"]);
    const q = r.summary.messages.filter((m) => m.en.includes("never closed"));
    expect(q.map((m) => [m.row, m.level])).toEqual([[4, "error"]]);
    expect(q[0]!.en).toContain("reading resumed at row 5");
    expect(r.summary.rowsRead).toBe(3);
    expect(r.summary.rowsNotRead).toBe(1);
  });

  it("an unclosed quote on the last line: the rows before are read, the last counted as not read", () => {
    const r = ingestText('地区,年份,诉求总量\n苏州,2023,1\n淮安,2023,"3', opts);
    expect(all(r).map((f) => f.place_id)).toEqual(["suzhou"]);
    expect(r.summary.rowsNotRead).toBe(1);
    expect(r.summary.messages.find((m) => m.row === 3)?.zh).toContain("到文件末尾");
  });

  it("a closing quote and a full-width space at the very end: the spaces are cut, and said so", () => {
    const r = ingestText('地区,年份,诉求总量\n苏州,2023,1\n2023,200,"南通"', {
      ...opts,
      overrides: { 0: "year", 1: "metric:demand_total", 2: "place" },
    });
    expect(r.summary.rowsRead).toBe(2);
    const places = [...r.ingest.allFacts()].map((f) => f.place_zh);
    expect(places).not.toContain('南通"');
    const r2 = ingestText('地区,年份,诉求总量\n南通,2023,"200"\u3000', opts);
    expect(all(r2).map((f) => [f.place_id, f.value])).toEqual([["nantong", 200]]);
    expect(r2.summary.messages.map((m) => [m.row, m.level])).toEqual([[2, "warning"]]);
    expect(r2.summary.messages[0]!.en).toContain("full-width space");
  });

  it("years outside 1998 to next year are errors naming the row, the column and the year", () => {
    const r = ingestText(
      "地区,年份,诉求总量\n苏州,1800,1\n南通,2099,2\n淮安,1998,3\n镇江,二〇二三,4\n",
      {
        ...opts,
        lastYear: 2027,
      },
    );
    expect(all(r).map((f) => f.place_id)).toEqual(["huaian"]);
    const en = r.summary.messages.map((m) => [m.row, m.column, m.en]);
    expect(en).toEqual([
      [
        2,
        "年份",
        expect.stringContaining("the year 1800 is outside the years of 12345 hotlines (1998–2027)"),
      ],
      [3, "年份", expect.stringContaining("the year 2099 is outside")],
      [5, "年份", expect.stringContaining("expected a year such as 2023, found “二〇二三”")],
    ]);
  });

  it("a header of thousands of columns: only the first MAX_COLUMNS are read, and the page is told why", () => {
    const header = ["地区", "年份", "诉求总量", ...Array.from({ length: 9997 }, (_, i) => `c${i}`)];
    const row = ["苏州", "2023", "5", ...Array.from({ length: 9997 }, () => "1")];
    const r = ingestText(`${header.join(",")}\n${row.join(",")}\n`, opts);
    expect(r.summary.columns).toHaveLength(MAX_COLUMNS);
    expect(r.summary.columnCount).toBe(10_000);
    expect(r.summary.messages[0]!.en).toContain("The header has 10,000 columns");
    expect(all(r).map((f) => [f.place_id, f.value])).toEqual([["suzhou", 5]]);
    expect(r.summary.messages.length).toBeLessThanOrEqual(MAX_MESSAGES);
  });

  it("a file whose line breaks were lost: one line of many fields, said so", () => {
    const line = Array.from({ length: 50_000 }, (_, i) => ["苏州", "2023", String(i)][i % 3]).join(
      ",",
    );
    const r = ingestText(`地区,年份,诉求总量,${line}`, opts);
    expect(r.summary.rowsRead).toBe(0);
    expect(r.summary.messages.map((m) => m.en).join("\n")).toMatch(
      /line breaks may have been lost/,
    );
  });

  it("a huge cell is quoted in a message by its start only, and a huge place cell is not a place", () => {
    const big = "x".repeat(1_000_000);
    const r = ingestText(`地区,年份,诉求总量\n苏州,2023,${big}\n${big},2023,1\n`, opts);
    for (const m of r.summary.messages) {
      expect(m.text.length).toBeLessThan(200);
      expect(m.en.length).toBeLessThan(400);
    }
    expect(r.summary.messages.map((m) => m.row)).toEqual([2, 3]);
    expect(r.summary.placeCount).toBe(1);
  });

  it("a long place name is kept whole (downloads carry the full text)", () => {
    const name = `${"长".repeat(40)}新区`;
    const r = ingestText(`地区,年份,诉求总量\n${name},2023,1\n`, opts);
    expect(all(r).map((f) => f.place_zh)).toEqual([name]);
    expect(factsToCsv(all(r))).toContain(`,${name},`);
  });

  it("needs a place and a year column, and says so", () => {
    const r = ingestText("城市名,诉求总量\n苏州,1\n", opts);
    expect(r.summary.messages.map((m) => m.en)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("No place column"),
        expect.stringContaining("No year column"),
      ]),
    );
  });

  it("lets the user map a column it could not, and ignore one it did", () => {
    const text = "地区,年份,总量,电话\n苏州,2023,100,60\n";
    expect(all(ingestText(text, opts)).map((f) => f.metric)).toEqual(["demand_phone"]);
    const r = ingestText(text, { ...opts, overrides: { 2: "metric:demand_total", 3: "ignore" } });
    expect(all(r).map((f) => [f.metric, f.value])).toEqual([["demand_total", 100]]);
    expect(r.summary.columns[2]).toMatchObject({
      auto: false,
      role: { kind: "metric", metric: "demand_total" },
    });
  });

  it("reads a category table, ranking by count where no rank is given", () => {
    const r = ingestText(
      "地区,年份,类别,件数,占比,范围\n苏州,2023,住房,50,20.5%,咨询类\n苏州,2023,交通,80,32%,咨询类\n",
      opts,
    );
    expect(all(r).map((f) => [f.category, f.rank, f.value, f.share, f.scope, f.metric])).toEqual([
      ["住房", 2, 50, 20.5, "consultation", "top_category"],
      ["交通", 1, 80, 32, "consultation", "top_category"],
    ]);
  });

  it("runs the build's consistency checks on the file", () => {
    const r = ingestText("地区,年份,诉求总量,电话,互联网\n苏州,2023,100,60,50\n", opts);
    expect(r.summary.quality.map((q) => q.check)).toEqual(["parts_sum"]);
  });

  it("refuses a repeated figure, naming both rows", () => {
    const r = ingestText("地区,年份,诉求总量\n苏州,2023,1\n苏州市,2023,2\n", opts);
    expect(r.summary.messages[0]?.en).toBe(
      "Row 3 repeats the figure of row 2 (same place, year and metric); row 3's value was not used.",
    );
  });
});

describe("our own files load back unchanged", () => {
  it("the published facts.csv", () => {
    const facts = dataset().facts;
    const r = ingestBytes(enc(`\ufeff${factsToCsv(facts).replace(/^\ufeff/, "")}`), opts);
    expect(r.summary.shape).toBe("long");
    expect(r.summary.errors).toBe(0);
    const back = all(r);
    const key = (f: Fact) =>
      `${f.place_id}|${f.year}|${f.metric}|${f.scope}|${f.dimension}|${f.category}`;
    expect([...back].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...facts].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it("a facts.csv written before the note_zh column still loads, every figure kept", () => {
    const facts = dataset().facts;
    const rows = factsToCsv(facts)
      .replace(/^\ufeff/, "")
      .split("\r\n")
      .filter(Boolean)
      .map((line) => Papa.parse<string[]>(line).data[0]!);
    expect(rows[0]!.at(-1)).toBe("note_zh");
    const old = toCsv(rows.map((r) => r.slice(0, -1)));
    const r = ingestText(old.replace(/^\ufeff/, ""), opts);
    expect(r.summary.shape).toBe("long");
    expect(r.summary.errors).toBe(0);
    const back = all(r);
    expect(back).toHaveLength(facts.length);
    expect(back.every((f) => f.note_zh === "")).toBe(true);
    const noted = facts.find((f) => f.note)!;
    expect(
      back.find(
        (f) =>
          f.source === noted.source && f.metric === noted.metric && f.category === noted.category,
      )?.note,
    ).toBe(noted.note);
  });

  const text = fc
    .string({ maxLength: 12 })
    .filter((s) => !s.includes("\u0000") && !/[\r\n]/.test(s));
  const factArb = fc.record({
    place: fc.constantFrom(...places),
    year: fc.integer({ min: 2000, max: new Date().getUTCFullYear() }),
    metric: fc.constantFrom(
      "demand_total",
      "connection_rate",
      "avg_wait_seconds",
      "seats_per_100k",
    ),
    value: fc.integer({ min: 0, max: 10 ** 8 }),
    term_zh: text,
    note: text,
    note_zh: text,
    source: text,
  });
  it("any valid table, exported and imported again, is the same table", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(factArb, {
          selector: (f) => `${f.place.id}|${f.year}|${f.metric}`,
          maxLength: 30,
        }),
        (rows) => {
          const facts: Fact[] = rows.map((r) => {
            const unit =
              r.metric === "demand_total"
                ? "count"
                : r.metric === "avg_wait_seconds"
                  ? "seconds"
                  : r.metric === "seats_per_100k"
                    ? "per_100k"
                    : "percent";
            return {
              place_id: r.place.id,
              place_zh: r.place.zh,
              place_en: r.place.en,
              level: r.place.level,
              parent_id: r.place.parent,
              adcode: r.place.adcode,
              year: r.year,
              period: String(r.year),
              period_kind: "year",
              metric: r.metric,
              category: "",
              rank: null,
              dimension: "",
              scope: "",
              value:
                unit === "percent"
                  ? (r.value % 10001) / 100
                  : unit === "count"
                    ? r.value
                    : r.value / 100,
              share: null,
              unit,
              term_zh: r.term_zh,
              derivation: "reported",
              yoy_text: "",
              source: r.source,
              note: r.note,
              note_zh: r.note_zh,
            } as Fact;
          });
          const back = all(ingestText(factsToCsv(facts).replace(/^\ufeff/, ""), opts));
          const key = (f: Fact) => `${f.place_id}|${f.year}|${f.metric}`;
          const order = (l: Fact[]) => [...l].sort((a, b) => key(a).localeCompare(key(b)));
          expect(order(back)).toEqual(order(facts));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the template has Chinese headers that all map", () => {
    const r = ingestText(templateCsv().replace(/^\ufeff/, ""), opts);
    expect(r.summary.columns.map((c) => c.role.kind)).toEqual([
      "place",
      "year",
      ...TEMPLATE_HEADERS.slice(2).map(() => "metric"),
    ]);
  });
});

describe("a report's text: what is left to check, for an analyst", () => {
  it("names no file of the dataset, in both languages", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { extractReport } = await import("../../src/lib/extract/extract.ts");
    const { draftReview } = await import("../../src/lib/preview/draftReview.ts");
    const text = readFileSync(
      join(import.meta.dirname, "extract-fixtures", "invented-report.txt"),
      "utf8",
    );
    // A place the dataset does not have: the extractor asks the maintainers for a gazetteer entry.
    const x = extractReport(text.replaceAll("苏州", "临川"), { file: "r.txt", places: [] });
    expect(x.review.some((r) => r.message.includes("gazetteer"))).toBe(true);
    const review = draftReview(x);
    expect(review.length).toBe(x.review.filter((r) => r.kind !== "source").length);
    for (const m of review) {
      expect(`${m.zh} ${m.en}`).not.toMatch(/yaml|scripts\/|places\.|adcode|parent/);
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).not.toMatch(/[\u4e00-\u9fff]{3,}.*[\u4e00-\u9fff]{3,}.*[\u4e00-\u9fff]{3,}/);
    }
    expect(review.some((m) => m.en.includes("not among the dashboard's places"))).toBe(true);
  });
});
