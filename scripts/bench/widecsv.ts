/**
 * A large wide CSV like the ones analysts export from Excel: one row per place
 * and year, a dozen metric columns with Chinese headers, numbers written every
 * way spreadsheets write them ("1562357", "1,562,357" quoted, "156.2万",
 * "96.12%", "96.12"), some cells empty or "—". UTF-8 with BOM, CRLF line ends.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { seeded, type Random } from "./random.ts";

type Kind = "count" | "percent" | "seconds" | "per_100k";

/** Headers as reports and the preview's template word them, with their kind. */
export const WIDE_COLUMNS: readonly [string, Kind][] = [
  ["诉求总量", "count"],
  ["电话", "count"],
  ["互联网", "count"],
  ["群众诉求", "count"],
  ["企业诉求", "count"],
  ["咨询类诉求", "count"],
  ["非咨询类诉求", "count"],
  ["在线解答", "count"],
  ["30秒人工接通率", "percent"],
  ["综合满意率", "percent"],
  ["平均等待时长", "seconds"],
  ["每十万人座席数", "per_100k"],
];
export const WIDE_HEADER = ["地区", "年份", ...WIDE_COLUMNS.map((c) => c[0])];

const CHARS = [
  ..."安白宝北长城大东丰福高广海河衡华怀嘉建金景开兰乐丽林龙鹿马梅南宁平青泉瑞山上石寿松泰天通万武西新兴延阳义永玉元云泽章昭镇中舟",
];
const SUFFIX = ["县", "区", "市"];
const YEARS = 10;
const FIRST_YEAR = 2015;

/** A distinct place name for each index below 62³ (three characters and a suffix). */
export function placeName(i: number): string {
  const n = CHARS.length;
  const chars = CHARS[Math.floor(i / n / n) % n]! + CHARS[Math.floor(i / n) % n]! + CHARS[i % n]!;
  return chars + SUFFIX[i % SUFFIX.length]!;
}

function count(r: Random, v: number): string {
  const x = Math.round(v);
  const p = r.next();
  if (p < 0.5 || x < 1000) return String(x);
  if (p < 0.85 || x < 10_000) return `"${x.toLocaleString("en-US")}"`;
  return `${(x / 1e4).toFixed(1)}万`;
}

function cell(r: Random, kind: Kind, v: number): string {
  const p = r.next();
  if (p < 0.08) return "";
  if (p < 0.1) return "—";
  if (kind === "count") return count(r, v);
  if (kind === "percent") return r.chance(0.7) ? `${v.toFixed(2)}%` : v.toFixed(2);
  if (kind === "seconds") return v.toFixed(1);
  return v.toFixed(2);
}

function row(r: Random, i: number): string {
  const place = placeName(Math.floor(i / YEARS));
  const year = FIRST_YEAR + (i % YEARS);
  const total = Math.exp(r.between(10, 16));
  const phone = total * r.between(0.55, 0.9);
  const enterprise = total * r.between(0.002, 0.03);
  const consult = total * r.between(0.35, 0.65);
  const values = [
    total,
    phone,
    total - phone,
    total - enterprise,
    enterprise,
    consult,
    total - consult,
    total * r.between(0.3, 0.6),
    r.between(72, 99.9),
    r.between(86, 99.95),
    r.between(5, 40),
    r.between(0.8, 7.5),
  ];
  const cells = WIDE_COLUMNS.map(([, kind], k) => cell(r, kind, values[k]!));
  return `${place},${year},${cells.join(",")}\r\n`;
}

/** The file's text in chunks of about `chunkRows` rows (header and BOM first). */
export function* wideCsvChunks(rows: number, seed = 7, chunkRows = 20_000): Generator<string> {
  const r = seeded(seed);
  yield `\uFEFF${WIDE_HEADER.join(",")}\r\n`;
  for (let start = 0; start < rows; start += chunkRows) {
    let s = "";
    const end = Math.min(rows, start + chunkRows);
    for (let i = start; i < end; i++) s += row(r, i);
    yield s;
  }
}

/** The whole file as a string (for small sizes, e.g. in tests). */
export function wideCsv(rows: number, seed = 7): string {
  return [...wideCsvChunks(rows, seed)].join("");
}

/** Write the file; returns its size in bytes. */
export function writeWideCsv(file: string, rows: number, seed = 7): number {
  const fd = openSync(file, "w");
  let bytes = 0;
  try {
    for (const chunk of wideCsvChunks(rows, seed)) bytes += writeSync(fd, chunk, null, "utf8");
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * A CSV as wide as a hostile or broken export: the usual header, then
 * columns named 指标1, 指标2 … up to `columns` in all, each row filled;
 * `rows` rows of real places and years. UTF-8, LF line ends.
 */
export function writeManyColumnsCsv(file: string, columns = 10_000, rows = 200): number {
  const extra = Math.max(0, columns - WIDE_HEADER.length);
  const header = [...WIDE_HEADER, ...Array.from({ length: extra }, (_, i) => `指标${i + 1}`)];
  const fd = openSync(file, "w");
  let bytes = 0;
  const write = (s: string) => (bytes += writeSync(fd, s));
  try {
    write(header.join(",") + "\n");
    const r = seeded(7);
    for (let i = 0; i < rows; i++) {
      const cells = [placeName(Math.floor(i / YEARS)), String(FIRST_YEAR + (i % YEARS))];
      for (let c = 2; c < header.length; c++) cells.push(String(Math.round(r.between(0, 1e6))));
      write(cells.join(",") + "\n");
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
