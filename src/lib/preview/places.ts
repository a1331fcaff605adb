/**
 * The places a user's file names → places: a published place, a division of
 * the gazetteer (every division of China, with its level, parent and adcode:
 * 江苏省 a province, 昆山市 a county-level city), or the user's own place.
 * A name several divisions share (朝阳区, 通州, Suzhou) is not guessed: it is
 * kept as the user's own place until the person chooses among the candidates.
 * The user's own places get ASCII ids ("user-" and the name's pinyin), which
 * never equal a published or gazetteer id.
 */
import type { Place } from "../data/fact.ts";
import type { Division } from "../places/division.ts";
import type { Candidate, Gazetteer } from "../places/gazetteer.ts";
import { normaliseName } from "../places/names.ts";

/** The gazetteer and a name → pinyin slug function, loaded together in the worker (placeLookup.ts). */
export interface PlaceLookup {
  gazetteer: Gazetteer;
  /** A name's pinyin as an ASCII slug (苏州工业园区 → suzhougongyeyuanqu); "" when it has none. */
  slug: (name: string) => string;
}

/** A division a name may mean, as the page lists it for a choice. */
export interface PlaceOption {
  id: string;
  /** With the places above it: 北京市朝阳区, 长春市朝阳区. */
  zh: string;
  /** Chaoyang, Beijing. */
  en: string;
  level: Place["level"];
  adcode: string;
}

/** What a place cell names. */
export type Resolution =
  | { kind: "known"; place: Place; renamed?: { from: string; note: string } }
  /** Several divisions have this name; kept as the user's own place until one is chosen. */
  | { kind: "ambiguous"; place: Place; options: PlaceOption[] }
  | { kind: "own"; place: Place };

/** A person's choice for a name: a division's id, or OWN to keep it as their own place. */
export const OWN = "own";

const SUFFIX = /(特别行政区|自治州|自治县|地区|市|区|县|州|盟|旗)$/u;
const ascii = (s: string) => s.toLowerCase().replace(/[\s'’-]/g, "");

function keys(text: string): string[] {
  const t = text.trim().toLowerCase().replace(/\s+/g, "");
  const bare = t.replace(SUFFIX, "");
  return bare && bare !== t ? [t, bare] : [t];
}

export interface PlaceIndex {
  match(text: string): Place | null;
}

/** The published places by id, adcode, English name and Chinese name (with or without 市/区/县). */
export function placeIndex(places: readonly Place[]): PlaceIndex {
  // An id is an id (suzhou is 苏州市), even where another place's English name reads the same (宿州, Suzhou).
  const byId = new Map(places.map((p) => [p.id, p]));
  const byKey = new Map<string, Place | null>();
  const add = (k: string, p: Place) => {
    if (!k) return;
    const had = byKey.get(k);
    // A name two places share (e.g. a bare name) matches neither.
    byKey.set(k, had === undefined || had?.id === p.id ? p : null);
  };
  for (const p of places) {
    add(p.id, p);
    add(p.adcode, p);
    add(ascii(p.en), p);
    for (const k of keys(p.zh)) add(k, p);
  }
  return {
    match(text) {
      const t = text.trim();
      if (!t) return null;
      const id = byId.get(t);
      if (id) return id;
      for (const k of [...keys(t), ascii(t)]) {
        const p = byKey.get(k);
        if (p) return p;
      }
      return null;
    },
  };
}

/** Level of a name nobody knows, from its last character: a 市 is not known to be a prefecture. */
function ownLevel(name: string): Place["level"] {
  return /(区|旗)$/.test(name) ? "district" : /县$/.test(name) ? "county" : "prefecture";
}

/**
 * A place of the user's own, from the name they wrote (spaces collapsed) and
 * its id. The full name: pages shorten it on screen, downloads carry it whole.
 */
export function userPlace(name: string, id: string): Place {
  const clean = name.trim().replace(/\s+/g, " ");
  return { id, zh: clean, en: clean, level: ownLevel(clean), parent: "", adcode: "" };
}

export const USER_PREFIX = "user-";
export const isUserPlace = (id: string) => id.startsWith(USER_PREFIX);

/** A slug of any text without pinyin: its characters' code points in base 36 (ASCII, one per name). */
const codeSlug = (name: string) =>
  [...name.trim()].map((c) => c.codePointAt(0)!.toString(36)).join("");

/**
 * Ids of the user's own places: "user-" and the name's pinyin; a second name
 * with the same pinyin (苏州 and 宿州 are both suzhou) gets "-2", and so on, so
 * two names are never one place.
 */
export class OwnIds {
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();
  constructor(private readonly slug: ((name: string) => string) | null) {}

  idOf(name: string): string {
    const clean = name.trim().replace(/\s+/g, " ");
    let id = this.byName.get(clean);
    if (id) return id;
    const s =
      (this.slug?.(clean) ?? "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || codeSlug(clean);
    id = `${USER_PREFIX}${s}`;
    for (let n = 2; this.taken.has(id); n++) id = `${USER_PREFIX}${s}-${n}`;
    this.taken.add(id);
    this.byName.set(clean, id);
    return id;
  }
}

/** Resolves the place cells of one file (one instance per reading: it keeps the own ids given). */
export class PlaceResolver {
  private readonly published: PlaceIndex;
  private readonly publishedById: Map<string, Place>;
  private readonly byEnglish = new Map<string, Division[]>();
  private readonly own: OwnIds;

  constructor(
    places: readonly Place[],
    private readonly lookup: PlaceLookup | null,
    /** By name as written (trimmed): a division's id, or OWN. */
    private readonly choices: Readonly<Record<string, string>> = {},
  ) {
    this.published = placeIndex(places);
    this.publishedById = new Map(places.map((p) => [p.id, p]));
    this.own = new OwnIds(lookup?.slug ?? null);
    if (lookup)
      for (const d of lookup.gazetteer.divisions) {
        const k = ascii(d.en);
        this.byEnglish.set(k, [...(this.byEnglish.get(k) ?? []), d]);
      }
  }

  private ownPlace(name: string): Place {
    return userPlace(name, this.own.idOf(name));
  }

  /** A division as a place: the published one where it is published. */
  private placeOf(d: Division): Place {
    return this.publishedById.get(d.id) ?? this.lookup!.gazetteer.placeEntry(d);
  }

  private option(d: Division): PlaceOption {
    const up = this.lookup!.gazetteer.ancestors(d).reverse();
    // 直辖市 districts: 北京市朝阳区; others: the prefecture only (长春市朝阳区), not the province too.
    const shown = up.length > 1 ? up.slice(1) : up;
    return {
      id: d.id,
      zh: [...shown, d].map((x) => x.zh).join(""),
      en: [d, ...[...shown].reverse()].map((x) => x.en).join(", "),
      level: d.level,
      adcode: d.adcode,
    };
  }

  private fromCandidates(text: string, found: readonly Candidate[]): Resolution | null {
    if (!found.length) return null;
    // The best kind of match only: a current name over a former one.
    let best = found.filter((c) => c.kind === found[0]!.kind);
    // A name written without its suffix (淮安) is the place above the others of that
    // name within it (淮安市, not its 淮安区): a district would be written 淮安区.
    if (best.length > 1 && best[0]!.kind.endsWith("short")) {
      const g = this.lookup!.gazetteer;
      const all = best;
      best = all.filter(
        (o) => !all.some((c) => c !== o && g.ancestors(o.division).includes(c.division)),
      );
    }
    if (best.length === 1) {
      const c = best[0]!;
      const place = this.placeOf(c.division);
      return c.former
        ? { kind: "known", place, renamed: { from: c.form, note: c.former.note } }
        : { kind: "known", place };
    }
    const options = best.map((c) => this.option(c.division));
    const place = this.ownPlace(text);
    // Ranked with the level every candidate has (朝阳区: a district), if they agree.
    const levels = new Set(options.map((o) => o.level));
    if (levels.size === 1) place.level = options[0]!.level;
    return { kind: "ambiguous", place, options };
  }

  /**
   * A name written with the places above it (北京市朝阳区, 江苏省昆山市): a
   * division whose name the text begins with, and under it the rest.
   */
  private nested(name: string): Candidate[] {
    const g = this.lookup!.gazetteer;
    const out = new Map<Division, Candidate>();
    for (let i = 2; i <= name.length - 2; i++) {
      const heads = g
        .match(name.slice(0, i))
        .filter((c) => c.kind === "full" || c.kind === "short");
      for (const h of heads)
        for (const c of g.matchIn(name.slice(i), h.division.id))
          if (c.division !== h.division && !out.has(c.division)) out.set(c.division, c);
    }
    return [...out.values()];
  }

  resolve(raw: string): Resolution {
    const text = raw.trim();
    const chosen = this.choices[text];
    const g = this.lookup?.gazetteer;
    if (chosen === OWN) return { kind: "own", place: this.ownPlace(text) };
    if (chosen && g) {
      const d = g.byId(chosen);
      if (d) return { kind: "known", place: this.placeOf(d) };
    }
    if (!g) {
      const p = this.published.match(text);
      return p ? { kind: "known", place: p } : { kind: "own", place: this.ownPlace(text) };
    }
    if (/^\d{6}$/.test(text)) {
      const d = g.byAdcode(text);
      if (d) return { kind: "known", place: this.placeOf(d) };
      const former = g.formerCode(text)[0];
      const now = former && g.byAdcode(former.now);
      if (former && now)
        return {
          kind: "known",
          place: this.placeOf(now),
          renamed: { from: text, note: former.note },
        };
    }
    // An id is an id (suzhou is 苏州市); a name written in Latin letters is a name (Suzhou: 苏州 or 宿州).
    const published = this.publishedById.get(text);
    if (published) return { kind: "known", place: published };
    const byId = g.byId(text);
    if (byId) return { kind: "known", place: this.placeOf(byId) };
    if (/^[\x20-\x7e]+$/.test(text)) {
      const ds = this.byEnglish.get(ascii(text)) ?? [];
      const r = this.fromCandidates(
        text,
        // English names carry no suffix: read like short names (Huai'an is the city, not its district).
        ds.map((division) => ({ division, form: text, kind: "short" as const })),
      );
      return r ?? { kind: "own", place: this.ownPlace(text) };
    }
    const name = normaliseName(text);
    return (
      this.fromCandidates(text, g.match(name)) ??
      this.fromCandidates(text, this.nested(name)) ?? { kind: "own", place: this.ownPlace(text) }
    );
  }
}
