/**
 * The gazetteer: every administrative division of China (GB/T 2260), the
 * names they had before, and hand-kept places, with lookups by code, id and
 * name. Pure; built from the compiled divisions.json (see load.ts).
 */
import type { Place } from "../data/fact.ts";
import type { Division, DivisionsFile, FormerName } from "./division.ts";
import { normaliseName, shortName } from "./names.ts";

/** How a name matched a division. */
export type MatchKind = "full" | "short" | "former-full" | "former-short";

/** One division a name may mean. */
export interface Candidate {
  division: Division;
  /** The form of the name that matched (苏州市, 苏州, 海门市 …). */
  form: string;
  kind: MatchKind;
  /** For a former name: the rename record (海门市 → 海门区, 2020). */
  former?: FormerName;
}

const KIND_ORDER: Record<MatchKind, number> = {
  full: 0,
  short: 1,
  "former-full": 2,
  "former-short": 3,
};
const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2, district: 2 } as const;

/** Candidates in a stable order: current names first, then higher levels, then by code. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    LEVEL_ORDER[a.division.level] - LEVEL_ORDER[b.division.level] ||
    Number(b.division.official) - Number(a.division.official) ||
    (a.division.adcode < b.division.adcode ? -1 : a.division.adcode > b.division.adcode ? 1 : 0) ||
    (a.division.id < b.division.id ? -1 : 1)
  );
}

/** The generated note of a rename record read from the code tables, in Chinese and English. */
function tableNote(f: {
  zh: string;
  adcode: string;
  lastListed: number;
  year: number;
  now: Division | undefined;
}): string {
  const zh = f.now ? `${f.now.zh}（${f.now.adcode}）` : "？";
  const en = f.now ? `${f.now.zh} (${f.now.adcode})` : "?";
  return (
    `${f.zh}（${f.adcode}）列于 ${f.lastListed} 年及以前的区划代码表，${f.year} 年的不再列出；今为${zh} / ` +
    `${f.zh} (${f.adcode}) is listed in the code tables up to ${f.lastListed}, not in ${f.year}; today ${en}`
  );
}

export class Gazetteer {
  /** Every division and hand-kept place, in the file's order (by adcode; hand-kept last). */
  readonly divisions: readonly Division[];
  /** Every former-name record. */
  readonly former: readonly FormerName[];
  /** Where the data comes from (package names and versions, the hand-kept file). */
  readonly sources: readonly string[];
  readonly #byAdcode = new Map<string, Division>();
  readonly #byId = new Map<string, Division>();
  readonly #children = new Map<string, Division[]>();
  /** name form → candidates (every form: full, short, former full, former short). */
  readonly #byName = new Map<string, Candidate[]>();
  /** former adcode → records. */
  readonly #formerByAdcode = new Map<string, FormerName[]>();
  /** Longest name form, for findInText's window. */
  readonly #longest: number;
  /** First characters of the name forms, so findInText skips the rest at once. */
  readonly #firsts = new Set<string>();

  constructor(file: DivisionsFile) {
    this.sources = file.sources;
    this.divisions = file.divisions.map(([adcode, zh, short, level, parent, id, en, official]) => ({
      adcode,
      zh,
      short,
      level,
      parent,
      id,
      en,
      official: official === 1,
    }));
    for (const d of this.divisions) {
      if (d.adcode) this.#byAdcode.set(d.adcode, d);
      this.#byId.set(d.id, d);
      if (d.parent) this.#children.set(d.parent, [...(this.#children.get(d.parent) ?? []), d]);
      this.#add(d.zh, { division: d, form: d.zh, kind: "full" });
      if (d.short !== d.zh) this.#add(d.short, { division: d, form: d.short, kind: "short" });
    }
    this.former = file.former.map(([zh, adcode, now, year, exact, lastListed, note]) => {
      const f = { zh, adcode, now, year, exact: exact === 1, lastListed, note };
      if (!note) f.note = tableNote({ ...f, now: this.#byAdcode.get(now) });
      return f;
    });
    for (const f of this.former) {
      const d = this.#byAdcode.get(f.now);
      if (!d) continue;
      if (f.adcode)
        this.#formerByAdcode.set(f.adcode, [...(this.#formerByAdcode.get(f.adcode) ?? []), f]);
      this.#add(f.zh, { division: d, form: f.zh, kind: "former-full", former: f });
      const short = shortName(f.zh);
      if (short !== f.zh)
        this.#add(short, { division: d, form: short, kind: "former-short", former: f });
    }
    let longest = 0;
    for (const list of this.#byName.values()) {
      list.sort(compareCandidates);
      longest = Math.max(longest, list[0]!.form.length);
      this.#firsts.add(list[0]!.form.charAt(0));
    }
    this.#longest = longest;
  }

  #add(form: string, c: Candidate): void {
    const list = this.#byName.get(form);
    if (!list) {
      this.#byName.set(form, [c]);
      return;
    }
    // One candidate per division and form: a current name wins over a former one.
    const i = list.findIndex((x) => x.division === c.division);
    if (i < 0) list.push(c);
    else if (KIND_ORDER[c.kind] < KIND_ORDER[list[i]!.kind]) list[i] = c;
  }

  /** The division with this 6-digit code, or undefined. A former code is not resolved here (see `formerCode`). */
  byAdcode(adcode: string): Division | undefined {
    return this.#byAdcode.get(adcode);
  }

  /** The division with this id (suzhou, tongzhou-nantong), or undefined. */
  byId(id: string): Division | undefined {
    return this.#byId.get(id);
  }

  /** Rename records of a code no longer in use (320684 → 海门区), or []. */
  formerCode(adcode: string): readonly FormerName[] {
    return this.#formerByAdcode.get(adcode) ?? [];
  }

  /** A division given by adcode or id. */
  resolve(adcodeOrId: string): Division | undefined {
    return this.#byAdcode.get(adcodeOrId) ?? this.#byId.get(adcodeOrId);
  }

  /**
   * Every division a name may mean: by its full name (苏州市), its short name
   * (苏州) or a former name (海门市, with the rename record); a name not known
   * as written is tried by its short name among divisions whose name ends
   * the same (乳源县 finds 乳源瑶族自治县; 邯郸县 finds nothing). Ambiguous
   * names (通州, 朝阳, 鼓楼) give every candidate: current names first, higher
   * levels first, then by code. White space is ignored; [] when nothing matches.
   */
  match(name: string): Candidate[] {
    const n = normaliseName(name);
    if (!n) return [];
    const out = new Map<Division, Candidate>();
    const take = (list: Candidate[] | undefined) => {
      for (const c of list ?? []) {
        const had = out.get(c.division);
        if (!had || KIND_ORDER[c.kind] < KIND_ORDER[had.kind]) out.set(c.division, c);
      }
    };
    take(this.#byName.get(n));
    // A name not known as written, with a suffix (乳源县, 广西自治区): its short
    // name, among divisions of the same kind (邯郸县 is not 邯郸市).
    const short = shortName(n);
    if (out.size === 0 && short !== n) {
      const kind = n.at(-1);
      take(this.#byName.get(short)?.filter((c) => (c.former?.zh ?? c.division.zh).at(-1) === kind));
    }
    return [...out.values()].sort(compareCandidates);
  }

  /**
   * Like `match`, narrowed to divisions at or under `within` (an adcode or
   * id): matchIn("通州", "nantong") is 南通's 通州区 only. [] when `within`
   * is unknown.
   */
  matchIn(name: string, within: string): Candidate[] {
    const root = this.resolve(within);
    if (!root) return [];
    return this.match(name).filter(
      (c) => c.division === root || this.ancestors(c.division).includes(root),
    );
  }

  /** The divisions above `div`, from its parent up to its province ([] for a province). */
  ancestors(div: Division): Division[] {
    const out: Division[] = [];
    let p = div.parent ? this.#byAdcode.get(div.parent) : undefined;
    while (p) {
      out.push(p);
      p = p.parent ? this.#byAdcode.get(p.parent) : undefined;
    }
    return out;
  }

  /** The divisions directly under `div`, by adcode (hand-kept places last). */
  children(div: Division): readonly Division[] {
    return div.adcode ? (this.#children.get(div.adcode) ?? []) : [];
  }

  /**
   * The project's Place of a division (src/lib/data/fact.ts): parent is the
   * parent's id, "" for a province.
   */
  placeEntry(div: Division): Place {
    const parent = div.parent ? this.#byAdcode.get(div.parent) : undefined;
    return {
      id: div.id,
      zh: div.zh,
      en: div.en,
      level: div.level,
      parent: parent?.id ?? "",
      adcode: div.adcode,
    };
  }

  /** @internal Candidates of one exact name form (findInText). */
  candidatesOf(form: string): readonly Candidate[] | undefined {
    return this.#byName.get(form);
  }

  /** @internal Whether some name form begins with this character. */
  beginsName(ch: string): boolean {
    return this.#firsts.has(ch);
  }

  /** @internal Length of the longest name form. */
  get longestName(): number {
    return this.#longest;
  }
}
