/**
 * Which place a report is about, with the gazetteer of every division of
 * China (src/lib/places): the names in its title, in the hotline's brand
 * (海口12345…, 江苏12345), and in its body, weighed by where they stand.
 *
 * - The title's and the brand's names decide, the deepest of them that lies
 *   within the others (江苏如东12345 → 如东县 in 江苏省); a province or 直辖市
 *   is a place like any other.
 * - Without them, the name the body gives most, if it stands out.
 * - A name that may mean several divisions (通州, 朝阳, 鼓楼) is narrowed by
 *   the other names; if it stays ambiguous it goes to review with every
 *   candidate. A former name (海门市, 吴江市) maps to today's division with a
 *   note, keeping the name as written.
 * - The body speaking of a county (我县, 全县) while only a prefecture is
 *   named, a title and a body that disagree, or no name at all: review.
 */
import type { Place } from "../data/fact.ts";
import { toHalfWidth } from "../data/parseValue.ts";
import type { Division } from "../places/division.ts";
import { findInText, type TextHit } from "../places/findInText.ts";
import type { Candidate, Gazetteer } from "../places/gazetteer.ts";
import type { ReportDocument } from "./document.ts";
import { bodyText, type PlaceReading } from "./place.ts";
import type { ReviewItem } from "./types.ts";

interface Weighed {
  division: Division;
  score: number;
  /** Where it was named: title, brand, body. */
  where: Set<string>;
  forms: Set<string>;
  former: Candidate["former"];
  count: number;
}

const BRAND = /^\s*(?:市|省|县|区)?\s*["“]?\s*12345/;
const SELF = {
  county: /我县|全县|本县|县委|县政府|县长/,
  district: /我区|全区|本区|区委|区政府|区长/,
};

/** The place of a report, from the gazetteer. */
export function readPlaceIn(
  doc: ReportDocument,
  gazetteer: Gazetteer,
  places: readonly Place[],
): { place: PlaceReading; review: ReviewItem[] } {
  const review: ReviewItem[] = [];
  const title = toHalfWidth(doc.title?.text ?? "");
  const body = toHalfWidth(bodyText(doc));
  const scores = new Map<Division, Weighed>();
  const ambiguous: TextHit[] = [];
  const add = (hit: TextHit, where: string, weight: number, text: string) => {
    const brand = BRAND.test(text.slice(hit.end, hit.end + 8));
    if (hit.weak && where === "body" && !brand) return;
    const w = brand ? weight * 3 : weight;
    const cands = hit.candidates;
    if (cands.length > 1) ambiguous.push(hit);
    for (const c of cands) {
      const s = scores.get(c.division) ?? {
        division: c.division,
        score: 0,
        where: new Set<string>(),
        forms: new Set<string>(),
        former: c.former,
        count: 0,
      };
      s.score += w / cands.length;
      s.count++;
      s.where.add(where);
      if (brand) s.where.add("brand");
      s.forms.add(hit.form);
      s.former ??= c.former;
      scores.set(c.division, s);
    }
  };
  for (const h of findInText(gazetteer, title)) add(h, "title", 10, title);
  for (const h of findInText(gazetteer, body)) add(h, "body", 1, body);
  // The issuing office (来源:湘阴县热线办) names the place the page speaks for.
  const issuer = toHalfWidth(doc.front.issuer?.text ?? "");
  for (const h of findInText(gazetteer, issuer)) add(h, "issuer", 5, issuer);

  // Names that stand in a chain (江苏 › 南通 › 如东) support each other: a division is also
  // supported by the names of its ancestors.
  const all = [...scores.values()];
  // Its subdivisions named in the text support it a little too (西安 with 莲湖区, 雁塔区 is
  // the city of 西安, not a district of the same name elsewhere).
  const below = new Map<Division, number>();
  for (const w of all)
    for (const a of gazetteer.ancestors(w.division))
      below.set(a, (below.get(a) ?? 0) + w.score * 0.25);
  const chainScore = (w: Weighed) =>
    w.score +
    (below.get(w.division) ?? 0) +
    gazetteer.ancestors(w.division).reduce((s, a) => s + (scores.get(a)?.score ?? 0) * 0.5, 0);
  const strong = all.filter(
    (w) => w.where.has("title") || w.where.has("brand") || w.where.has("issuer"),
  );
  const pool = strong.length ? strong : all;
  const ranked = pool
    .map((w) => ({ w, s: chainScore(w) }))
    .sort((a, b) => b.s - a.s || depth(gazetteer, b.w.division) - depth(gazetteer, a.w.division));
  // The deepest well-supported name whose chain contains the others named with it.
  let best = ranked[0]?.w ?? null;
  if (best && strong.length)
    for (const { w } of ranked) {
      const within = gazetteer.ancestors(w.division);
      if (
        depth(gazetteer, w.division) > depth(gazetteer, best.division) &&
        within.includes(best.division)
      )
        best = w;
    }
  const bodyTop = [...all].sort((a, b) => b.count - a.count)[0];
  const evidence: string[] = [];
  const evidenceZh: string[] = [];
  const named = (w: Weighed) =>
    `${[...w.forms].join("/")} ${w.count}× (${[...w.where].join(", ")})`;
  const mentions = [...all]
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map(named)
    .join(", ");
  if (!best) {
    review.push({
      kind: "place",
      keys: [],
      candidates: [],
      message:
        "No place of China is named in the title or the body: give the place (the page's site or the towns it names may tell).",
    });
    return { place: emptyPlace("No place named."), review };
  }
  const d = best.division;
  const entry = gazetteer.placeEntry(d);
  const known = places.find((p) => p.adcode === d.adcode) ?? null;
  const form = [...best.forms][0]!;
  evidence.push(
    best.where.has("title")
      ? `The title names ${form}.`
      : best.where.has("brand")
        ? `The hotline's brand names ${form} (${form}12345).`
        : `The title names no place; the body names ${form} most.`,
  );
  evidenceZh.push(
    best.where.has("title")
      ? `标题写“${form}”。`
      : best.where.has("brand")
        ? `热线名称写“${form}12345”。`
        : `标题无地名；正文提及“${form}”最多。`,
  );
  evidence.push(`Names in the text: ${mentions}. Gazetteer: ${d.zh} (${d.adcode}), ${d.level}.`);
  evidenceZh.push(`区划代码表：${d.zh}（${d.adcode}）。`);
  if (best.former) {
    evidence.push(
      `${form} is a former name: ${best.former.note || `now ${d.zh}`}; the report's name is kept as written.`,
    );
    evidenceZh.push(`“${form}”为旧名，今为${d.zh}。`);
  }
  const ask = (message: string) =>
    review.push({ kind: "place", keys: [], candidates: [], message });
  // A place chosen from several readings of one name.
  const alternatives = ambiguous
    .filter((h) => h.candidates.some((c) => c.division === d))
    .flatMap((h) => h.candidates.filter((c) => c.division !== d))
    .filter((c) => !gazetteer.ancestors(d).includes(c.division));
  if (alternatives.length)
    ask(
      `“${form}” may mean several divisions: ${[d, ...new Set(alternatives.map((c) => c.division))]
        .map((x) => `${x.zh} (${x.adcode}, in ${gazetteer.ancestors(x)[0]?.zh ?? "—"})`)
        .join("; ")}. Drafted as ${d.zh}: check.`,
    );
  if (!best.where.has("title") && strong.length)
    ask(
      `The text has no place in a title; drafted as ${d.zh}, named in the hotline's name (${form}12345), which may be a higher platform's. Check the place.`,
    );
  if (!d.official)
    ask(
      `${d.zh} is not a GB/T 2260 division (a hand-kept place such as a development zone): check it and its parent.`,
    );
  if (!strong.length) {
    const second = [...all].sort((a, b) => b.score - a.score)[1];
    ask(
      `The title and the hotline's name name no place; drafted as ${d.zh}, the name the body gives most (${named(best)}${second ? `; next ${named(second)}` : ""}). Check the place.`,
    );
  }
  if (
    best.where.has("title") &&
    bodyTop &&
    bodyTop.division !== d &&
    !gazetteer.ancestors(bodyTop.division).includes(d) &&
    !gazetteer.ancestors(d).includes(bodyTop.division) &&
    bodyTop.count >= 3 &&
    bodyTop.count > 2 * Math.max(1, best.count - 1)
  )
    ask(
      `The title names ${form}, but the body names ${[...bodyTop.forms].join("/")} ${bodyTop.count} times: check the place.`,
    );
  for (const [level, re] of Object.entries(SELF) as [keyof typeof SELF, RegExp][])
    if (
      re.test(body) &&
      (d.level === "prefecture" || d.level === "province") &&
      !title.includes(level === "county" ? "县" : "区")
    )
      ask(
        `The text speaks of its own ${level} (${re.exec(body)![0]}) but names only ${d.zh}: the place may be a ${level} of ${d.zh}. Check the place.`,
      );
  return {
    place: {
      id: known?.id ?? entry.id,
      zh: d.zh,
      titleZh: best.where.has("title") ? form.replace(/(省|市|区|县)$/, "") : "",
      evidence: evidence.join(" "),
      evidence_zh: evidenceZh.join(""),
      adcode: d.adcode,
      asWritten: form,
      draft: known ? null : entry,
    },
    review,
  };
}

function depth(g: Gazetteer, d: Division): number {
  return g.ancestors(d).length;
}

function emptyPlace(evidence: string): PlaceReading {
  return {
    id: null,
    zh: "",
    titleZh: "",
    evidence,
    evidence_zh: "未找到地名。",
    adcode: "",
    asWritten: "",
    draft: null,
  };
}
