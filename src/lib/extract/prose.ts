/**
 * Figures in sentences: “全年受理诉求234567件，同比增长8.25%”, “电话端有 20001 件”,
 * “每十万人座席占有量约为 7 个”. Each number with a unit is paired with the
 * words just before it in its clause; the longest metric synonym those words
 * end with names the metric. A year-on-year remark right after the number
 * (“(↑4.2%)”) or in the next clause (“同比增长8.25%”) is kept as written.
 *
 * The clause group (up to 。 or ；) sets the context: figures about special
 * services are skipped, figures about the enterprise line become enterprise
 * figures or are skipped.
 */
import { metricInfo } from "../data/metrics.ts";
import { parseYoy } from "../data/yoy.ts";
import { readCell, unitMismatch, type Reading } from "./cell.ts";
import { findPeriods, spanEnd, type PeriodExpr } from "./periods.ts";
import { NO_FLAGS, readPhrase, type DocFlags } from "./phrase.ts";
import { linesOf, type ProseBlock } from "./document.ts";
import { figureOf, joinNotes } from "./figure.ts";
import { contextOf, enterpriseMetric, matchTerm, type Context } from "./terms.ts";
import type { Figure, ReviewItem, Skipped } from "./types.ts";
import { figureKey } from "./types.ts";

export interface ProseReading {
  figures: Figure[];
  review: ReviewItem[];
  skipped: Skipped[];
}

const NUMBER =
  /(?<![\d.])((?:超过?|逾)?\s*\d+(?:,\d{3})*(?:\.\d+)?\s*[万亿]?\s*(?:余|多)?)\s*(个工作日|工作日|件次|小时|人次|件|宗|名|个|人|位|通|次|%+|秒|天|条|对|家|期|篇)?/g;
const DELIMITER = /[,:()、!?]/g;
const CONNECTOR =
  /(约为|约|为|达到|已达|高达|达|共计|共有|共|有|是|累计|总计|合计|计|超过|超|逾|近|分别为|分别|仅为|仅|保持在|稳定在|提升至|提高至|增长至|升至|降至|至)$/;
const LEADING = /^((\d{4}年度?|全年|今年以来|其中|目前|截至\d{4}年底?|从[^,]*看)\s*)+/;
const INLINE_YOY = /^\s*\(([^()]*[↑↓][^()]*)\)/;
/** The words before a list of per-year figures, up to the year of the current one. */
const YEAR_LIST =
  /([^;。]*?)(?:分别为|分别是|依次为|依次是)\s*:?\s*(?:\d{4}\s*年度?\s*(?:为|是)?\s*\d+(?:\.\d+)?\s*[万亿]?\s*[个件次名人宗%]?\s*[,、;]\s*)*\d{4}\s*年度?\s*(?:为|是)?\s*$/;
const YOY_CLAUSE = /^\s*,\s*((?:同比|较|比上年|比去年|与上年|与去年|环比)[^,;:。]*)/;

/** Every figure the prose block states, with its provenance. */
export function readProse(block: ProseBlock, doc: DocFlags = NO_FLAGS): ProseReading {
  const out: ProseReading = { figures: [], review: [], skipped: [] };
  const sectionContext = contextOf(block.section);
  for (const seg of segments(block.text)) {
    readSegment(block, seg, sectionContext, out, doc);
  }
  return out;
}

/** Clause groups: the text between 。！？ and ；. */
export function segments(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？!?；;]/g)) {
    out.push({ text: text.slice(start, m.index + 1), start });
    start = m.index + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** The words naming the number: trailing connectors (为, 达, 共有, 约为…) removed. */
export function termBefore(phrase: string): { term: string; approx: boolean } {
  let term = phrase.replace(/\s+/g, "");
  let approx = false;
  for (let m = CONNECTOR.exec(term); m && m.index > 0; m = CONNECTOR.exec(term)) {
    if (m[1]!.startsWith("约")) approx = true;
    term = term.slice(0, m.index);
  }
  return { term, approx };
}

type Segment = { text: string; start: number };

function readSegment(
  block: ProseBlock,
  seg: Segment,
  context: Context,
  out: ProseReading,
  doc: DocFlags,
): void {
  let previousEnd = 0;
  let previousStart = 0;
  let pendingSubject = "";
  for (const m of seg.text.matchAll(NUMBER)) {
    const at = m.index;
    const end = at + m[0].length;
    const delimiters = [...seg.text.slice(0, at).matchAll(DELIMITER)];
    const clauseStart = delimiters.length ? delimiters[delimiters.length - 1]!.index + 1 : 0;
    // A phrase names the number after it: it starts after the clause's delimiter or the previous number.
    const phraseStart = Math.max(previousEnd, clauseStart);
    // A number without a unit is a figure only with 万/亿 (“服务量达到1041万”); others
    // (12345, years) belong to the words around them.
    if (!m[2] && !/[万亿]/.test(m[1]!)) continue;
    previousEnd = end;
    const reading = readCell(`${m[1]}${m[2] ?? ""}`);
    if (reading.kind !== "number") continue;
    let phrase = seg.text.slice(phraseStart, at);
    // “由A增至B”: B is the figure, A its baseline (kept only with its own year: 由2017年的A).
    const from = /^(.*?)由\s*(\d{4}\s*年(?:度)?的?)?\s*$/.exec(phrase);
    const to =
      /^\s*(增至|增长到|增长至|增加到|增加至|提升至|提升到|提高至|上升至|上升到|升至|降至|下降至|减少至)\s*(\d{4}\s*年(?:度)?的?)?\s*$/.exec(
        phrase,
      );
    let override = "";
    let endOfSpan = false;
    if (from) {
      pendingSubject = from[1]!;
      if (!from[2]) continue;
      override = from[1]!;
    } else if (to && pendingSubject) {
      override = pendingSubject;
      endOfSpan = true;
    } else pendingSubject = "";
    // “各年度接听总量分别为:2021年30.2万个,2022年38.2万个…”: each number under its own year.
    if (!override && /^\s*\d{4}\s*年度?\s*$/.test(phrase)) {
      const list = YEAR_LIST.exec(seg.text.slice(0, at));
      if (list) override = list[1]!.replace(/^.*[,:]/, "");
    }
    if (override) phrase = override;
    if (/分别/.test(phrase)) {
      if (context.kind !== "special") respectively(block, seg, phraseStart, end, reading, out);
      continue;
    }
    const unit = m[2] ?? "";
    // The clause without cutting at 、 (“共受理省、市各类诉求”), for the noun phrase.
    const hard = [...seg.text.slice(0, at).matchAll(/[,:;()!?]/g)];
    const clause = Math.max(previousStart, hard.length ? hard[hard.length - 1]!.index + 1 : 0);
    previousStart = end;
    readNumber(
      block,
      seg,
      {
        phraseStart,
        clauseStart: clause,
        at,
        end,
        raw: m[0].trim(),
        reading,
        unit,
        override,
        endOfSpan,
      },
      context,
      out,
      doc,
    );
  }
}

interface NumberAt {
  phraseStart: number;
  clauseStart: number;
  at: number;
  end: number;
  raw: string;
  reading: Reading;
  unit: string;
  /** The words naming the number when they stand elsewhere (由A增至B: the words before 由). */
  override: string;
  /** B of 由A增至B: the value where a span of years ends. */
  endOfSpan?: boolean;
}

/** One number and the phrase before it → a figure, a review item, a skipped reading, or nothing. */
function readNumber(
  block: ProseBlock,
  seg: Segment,
  n: NumberAt,
  context: Context,
  out: ProseReading,
  doc: DocFlags,
): void {
  const phrase = n.override || seg.text.slice(n.phraseStart, n.at);
  const { term, approx } = termBefore(phrase);
  const after = seg.text.slice(n.end);
  const clauseTerm = n.override ? term : termBefore(seg.text.slice(n.clauseStart, n.at)).term;
  const byPhrase =
    readPhrase(term, after, n.unit, seg.text.slice(0, n.at), doc) ??
    (clauseTerm !== term
      ? readPhrase(clauseTerm, after, n.unit, seg.text.slice(0, n.at), doc)
      : null);
  let synonyms = matchTerm(term);
  // The catalogue's own wording, when long enough to be specific, wins over the phrase rules.
  // (Not 群众诉求 after a verb: “受理群众诉求” is every request, not the public's share.)
  const segment = synonyms?.metrics.includes("demand_public");
  const specific =
    synonyms &&
    synonyms.synonym.length >= 4 &&
    !n.unit.startsWith("%") &&
    byPhrase?.kind !== "skip" &&
    !(segment && /受理|接收|接到|收到|办理/.test(term));
  // “其他” in a list of types is a category, not the other channels; 咨询类 beside 投诉类 is a type.
  if (synonyms?.metrics.includes("demand_other") && !/渠道/.test(term)) synonyms = null;
  if (
    synonyms?.metrics.includes("demand_consultation") &&
    /(投诉|求助|建议|举报)类?\s*\d/.test(seg.text) &&
    /其中[^;。]{0,16}$/.test(seg.text.slice(0, n.clauseStart).replace(/[:,]\s*$/, ""))
  )
    synonyms = null;
  if (synonyms?.metrics.includes("demand_transfer")) synonyms = null;
  if (byPhrase?.kind === "skip") {
    if (synonyms)
      out.skipped.push({
        metric: synonyms.metrics.join(" / "),
        written: n.raw,
        reason: byPhrase.reason,
        lines: linesOf(block, seg.start + n.phraseStart, seg.start + n.end),
        text: seg.text.slice(n.phraseStart, n.end).trim(),
      });
    return;
  }
  const match =
    !specific && (byPhrase?.kind === "metric" || byPhrase?.kind === "review")
      ? { metrics: [byPhrase.metric], synonym: term }
      : synonyms;
  if (!match) return;
  const governing = governingPeriod(block, seg, n.at);
  const when = governing && n.endOfSpan ? spanEnd(governing) : governing;
  const yoy = yoyAfter(after);
  const clauseEnd = n.end + (yoy ? yoy.length : (/^[^,;:。、]*/.exec(after)?.[0].length ?? 0));
  const from = seg.start + n.phraseStart;
  const to = seg.start + clauseEnd;
  const base = {
    term_zh: termZh(phrase),
    section: block.section,
    lines: linesOf(block, from, to),
    text: block.text.slice(from, to).trim(),
    origin: "prose" as const,
  };
  const unitOf = (id: string) => metricInfo(id)!.unit;
  const fits = match.metrics.filter((id) => !unitMismatch(unitOf(id), n.reading, ""));
  if (!fits.length) {
    const reason = unitMismatch(unitOf(match.metrics[0]!), n.reading, "")!;
    out.skipped.push({ metric: match.metrics.join(" / "), written: n.raw, reason, ...base });
    return;
  }
  // 服务量 (the platform's volume, calls and other contacts with requests) is the
  // request total only when the text prints no other.
  const fallback =
    match === synonyms && /服务量$/.test(match.synonym)
      ? "Read from 服务量, the platform's whole service volume, as the request total."
      : "";
  const candidates = fits.map((metric) =>
    figureOf(n.reading, {
      ...base,
      when,
      metric,
      yoy_text: yoy ? yoy.text : n.reading.yoy,
      note: approx ? `The report says “about” (约) ${n.reading.written}.` : "",
      ...(fallback ? { fallback } : {}),
    }),
  );
  if (!specific && byPhrase?.kind === "review") {
    out.review.push({
      kind: "scope",
      keys: candidates.map(figureKey),
      message: `“${base.term_zh}” ${n.reading.written}: ${byPhrase.reason}`,
      candidates,
    });
    return;
  }
  // The passage's context: its section's, else what the sentence says up to this number
  // (a special service named after the number is about later figures).
  // The clause of the sentence's first figure says what the sentence's figures are about.
  const first = /\d+(?:\.\d+)?\s*[万亿]?\s*(?:件|宗|个|次|人次)/.exec(seg.text);
  const lead = first ? seg.text.slice(0, first.index) : "";
  const subject = lead.slice(Math.max(...[",", ";", ":"].map((d) => lead.lastIndexOf(d))) + 1);
  const own = contextOf(seg.text.slice(n.clauseStart, clauseEnd));
  const here =
    context.kind === "special" ? context : own.kind !== "general" ? own : contextOf(subject);
  if (candidates.length === 1) return placeInContext(candidates[0]!, here, n.reading, out);
  out.review.push({
    kind: "ambiguous",
    keys: candidates.map(figureKey),
    message: `“${base.term_zh}” ${n.reading.written} could be ${fits.join(" or ")}.`,
    candidates,
  });
}

/**
 * “电话和网络分别受理X件和Y件”: several figures named together, given
 * “respectively”. Which number is which is left to a person.
 */
function respectively(
  block: ProseBlock,
  seg: Segment,
  phraseStart: number,
  end: number,
  reading: Reading,
  out: ProseReading,
): void {
  // The names may be listed with 、, so read from the start of the clause, not the phrase.
  const before = seg.text.slice(0, phraseStart);
  const start = Math.max(...[",", ";", ":", "("].map((d) => before.lastIndexOf(d))) + 1;
  const clause = /^[^,;:。]*/.exec(seg.text.slice(start))![0];
  const names = clause.replace(/分别.*$/, "").split(/和|及|与|、|以及/);
  const metrics = [
    ...new Set(names.map((n) => matchTerm(termBefore(n).term)).flatMap((m) => m?.metrics ?? [])),
  ];
  if (!metrics.length) return;
  const from = seg.start + start;
  const to = seg.start + Math.max(end, start + clause.length);
  const base = {
    term_zh: clause.replace(/\s+/g, ""),
    section: block.section,
    lines: linesOf(block, from, to),
    text: block.text.slice(from, to).trim(),
    origin: "prose" as const,
  };
  const candidates = metrics.map((metric) => figureOf(reading, { ...base, metric }));
  out.review.push({
    kind: "ambiguous",
    keys: candidates.map(figureKey),
    message: `“${base.term_zh}” gives several figures “respectively” (分别); ${reading.written} could be ${metrics.join(" or ")}.`,
    candidates,
  });
}

/** Keep a figure, re-read it as an enterprise figure, or skip it, as its passage's context says. */
function placeInContext(f: Figure, context: Context, r: Reading, out: ProseReading): void {
  if (context.kind === "general") {
    out.figures.push(f);
    return;
  }
  const skip = (reason: string): void => {
    out.skipped.push({
      metric: f.metric,
      written: r.written + (r.percent ? "%" : ""),
      reason,
      lines: f.lines,
      text: f.text,
    });
  };
  if (context.kind === "special") return skip(`about ${context.why}, not the hotline as a whole`);
  const metric = enterpriseMetric(f.metric);
  if (!metric) return skip("about the enterprise line (“一企来”) only");
  out.figures.push(
    metric === f.metric
      ? f
      : {
          ...f,
          metric,
          note: joinNotes(
            f.note,
            `Read as an enterprise figure: the sentence is about the enterprise line.`,
          ),
        },
  );
}

/** The period expression that governs a number: the last one before it in its sentence, else its section's. */
function governingPeriod(block: ProseBlock, seg: Segment, at: number): PeriodExpr | null {
  const inSentence = findPeriods(seg.text).filter((e) => e.index < at);
  if (inSentence.length) return inSentence[inSentence.length - 1]!;
  const inSection = findPeriods(block.section);
  return inSection[inSection.length - 1] ?? null;
}

/** A year-on-year remark right after a number: “(↑4.2%)” or the next clause “同比增长4.2%”. */
function yoyAfter(after: string): { text: string; length: number } | null {
  const inline = INLINE_YOY.exec(after);
  if (inline) return { text: inline[1]!.trim(), length: inline[0].length };
  const clause = YOY_CLAUSE.exec(after);
  if (!clause || /分别/.test(clause[1]!)) return null;
  const y = parseYoy(clause[1]!);
  if (!y || (y.direction === null && y.kind !== "percent")) return null;
  return { text: clause[1]!.trim(), length: clause[0].length };
}

function termZh(phrase: string): string {
  const t = phrase.replace(/\s+/g, "").replace(LEADING, "");
  return termBefore(t).term || phrase.trim();
}
