/**
 * Lists whose items are paragraphs of their own. Two layouts:
 *
 * - each paragraph opens with its item: “咨询类工单2965件:主要涉及…” then
 *   “求助类工单374件:…” (a breakdown of the requests by type, one paragraph each);
 * - each item is a heading naming a topic, its paragraph the count: “1.住房和城乡
 *   建设类问题。共受理1099件,占比29.07%。…”, “(二)营商环境类问题” over
 *   “6月份,共受理营商环境类工单94个,…” (hot topics, one section each).
 *
 * Consecutive items under one parent (a section, or the heading over the topic
 * headings) form one list, ranked by count (the report does not rank them) when
 * there are at least three and all are request types, or all topics ending in 类.
 * A count split by platform (其中市民热线116个,市长信箱5个) gives the hotline's part,
 * said so in a note; a split of another kind leaves the list to review.
 */
import type { Dimension } from "../data/metrics.ts";
import { readCell, type Reading } from "./cell.ts";
import { linesOf, type ProseBlock } from "./document.ts";
import { figureOf } from "./figure.ts";
import type { Ranking } from "./ranking.ts";
import { categoryKind, contextOf } from "./terms.ts";

interface ParagraphItem {
  name: string;
  reading: Reading;
  share: string;
  block: ProseBlock;
  from: number;
  to: number;
  /** The list these items belong to: the section (opening items) or the parent of the topic headings. */
  parent: string;
  note: string;
  /** The count is split in a way that does not say which part is the hotline's. */
  unsure: string;
}

const NUMBERING =
  /^\s*([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、])\s*/;
const NUM = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?\\s*[万亿]?)";
/** “咨询类工单2965件”, “举报与投诉类2594件,占比47.28%” at a paragraph's start. */
const OPENING_ITEM = new RegExp(
  `^([\\u4e00-\\u9fff][\\u4e00-\\u9fff、与和]{0,15}?类)(?:工单|问题|诉求|事项|案件)?\\s*(?:有|为|共)?\\s*${NUM}\\s*(件|宗|个|条)(?:\\s*[,，]?\\s*占(?:比率?)?(?:达)?(?:总量的)?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?`,
);
/** A heading naming a topic: “住房和城乡建设类问题”, “营商环境类”. */
const TOPIC_HEADING =
  /^([\u4e00-\u9fff][\u4e00-\u9fff、与和]{1,15}?类)(?:问题|工单|诉求|事项|案件)?$/;
/** The count of a topic paragraph: “共受理1099件,占比29.07%”, “共受理营商环境类工单94个”. */
const TOPIC_COUNT = new RegExp(
  `(?:共受理|受理|共计|共有|共|计|有)(?:了)?(?:该类|此类|[\\u4e00-\\u9fff、与和]{2,16}类(?:问题|工单|诉求|事项|案件)?)?\\s*${NUM}\\s*(件|宗|个|条)(?:\\s*[,，]?\\s*占(?:比率?)?(?:达)?(?:总量的)?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?`,
);
/** “其中市民热线116个,市长信箱5个,区长信箱1个”: the parts of a count. */
const PARTS = new RegExp(
  `^\\s*[,，]?\\s*其中\\s*[:：,，]?((?:[^,，;。\\d]{1,16}${NUM}\\s*(?:件|宗|个|条)[,，、]?)+)`,
);
const PART = new RegExp(`([^,，;。、\\d]{1,16}?)${NUM}\\s*(?:件|宗|个|条)`, "g");
const HOTLINE = /12345|热线/;
const OTHER_PLATFORM = /信箱|政民互动|网站|留言|来信|网络问政|人民网/;
/** A verb in an opening “name” means it is a sentence (共受理供水类问题50个), not an item. */
const VERB = /受理|办理|接到|收到|接收|反映|涉及|^共|^有/;
const SUBSET = /超期|逾期|不满意|重复|督办|急办|未办结|退回|发回|疫情|涉疫/;

/** The parts of a count, when a platform split names the hotline's share. */
function split(after: string): { hotline: { written: string } | null; unsure: string } | null {
  const m = PARTS.exec(after);
  if (!m) return null;
  const parts = [...m[1]!.matchAll(PART)].map((p) => ({ name: p[1]!.trim(), written: p[2]! }));
  const hot = parts.filter((p) => HOTLINE.test(p.name));
  const others = parts.filter((p) => !HOTLINE.test(p.name));
  if (hot.length === 1 && others.length && others.every((p) => OTHER_PLATFORM.test(p.name)))
    return { hotline: hot[0]!, unsure: "" };
  return { hotline: null, unsure: `The count is split (其中…): which part is the hotline's?` };
}

/** The item a paragraph opens with, or the topic its heading names. */
function itemOf(block: ProseBlock, headingStarts: boolean): ParagraphItem | null {
  const heading = block.headings[block.headings.length - 1];
  const text = block.text;
  const lead = NUMBERING.exec(text)?.[0].length ?? 0;
  const opening = OPENING_ITEM.exec(text.slice(lead));
  if (opening && !SUBSET.test(opening[1]!) && !VERB.test(opening[1]!)) {
    const reading = readCell(`${opening[2]}件`);
    if (reading.kind !== "number") return null;
    return {
      name: opening[1]!,
      reading,
      share: opening[4] ?? "",
      block,
      from: lead,
      to: lead + opening[0].length,
      parent: block.section,
      note: "",
      unsure: "",
    };
  }
  if (!heading || !headingStarts) return null;
  const title = heading.title.replace(NUMBERING, "").replace(/[。.]$/, "");
  const topic = TOPIC_HEADING.exec(title);
  if (!topic || SUBSET.test(title)) return null;
  // The count stands in the paragraph's first sentence, after the heading's words.
  const after = text.startsWith(title, lead) ? lead + title.length : 0;
  const body = after + /^[。.;；,，:：\s]*/.exec(text.slice(after))![0].length;
  const sentence = /^[^。;；]*/.exec(text.slice(body))![0];
  const count = TOPIC_COUNT.exec(sentence);
  if (!count) return null;
  // Nothing but a period or the topic's own words before the count.
  const before = sentence.slice(0, count.index);
  if (/\d\s*(件|宗|个|条)/.test(before) || before.replace(/[^\u4e00-\u9fff\d]/g, "").length > 12)
    return null;
  const reading = readCell(`${count[1]}件`);
  if (reading.kind !== "number") return null;
  const at = body + count.index;
  const item: ParagraphItem = {
    name: topic[1]!,
    reading,
    share: count[3] ?? "",
    block,
    from: at,
    to: at + count[0].length,
    parent: block.headings
      .slice(0, -1)
      .map((h) => h.title)
      .join(" "),
    note: "",
    unsure: "",
  };
  const parts = split(sentence.slice(count.index + count[0].length));
  if (!parts) return item;
  if (!parts.hotline) return { ...item, unsure: parts.unsure };
  const hotline = readCell(`${parts.hotline.written}件`);
  if (hotline.kind !== "number") return { ...item, unsure: parts.unsure };
  return {
    ...item,
    reading: hotline,
    share: "",
    to: body + sentence.length,
    note: `The hotline's part of ${count[1]} (the rest came by other channels, 其中…).`,
  };
}

/** Lists of items, one paragraph each, in the order of the blocks. */
export function paragraphLists(blocks: readonly ProseBlock[]): Ranking[] {
  const groups: ParagraphItem[][] = [];
  let current: ParagraphItem[] = [];
  let seenHeading = -1;
  const close = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const block of blocks) {
    const heading = block.headings[block.headings.length - 1];
    const first = heading !== undefined && heading.line !== seenHeading;
    if (heading) seenHeading = heading.line;
    const item = contextOf(block.section).kind === "special" ? null : itemOf(block, first);
    const parent = current[0]?.parent;
    if (item && (parent === undefined || item.parent === parent)) current.push(item);
    else if (item) {
      close();
      current.push(item);
    } else if (
      parent === undefined ||
      !block.section.startsWith(parent) ||
      block.section === parent ||
      /\d\s*(件|宗|个|条)/.test(block.text)
    ) {
      // A paragraph between topics (建议:…) in the topic's own section keeps the list open.
      close();
    }
  }
  close();
  return groups.flatMap((g) => {
    const ranking = listOf(g);
    return ranking ? [ranking] : [];
  });
}

function listOf(items: readonly ParagraphItem[]): Ranking | null {
  if (items.length < 3) return null;
  const kinds = new Set(items.map((i) => categoryKind(i.name)));
  let dimension: Dimension;
  if (kinds.size === 1 && kinds.has("request_type")) dimension = "request_type";
  else if (!kinds.has("request_type") && !kinds.has("department")) dimension = "business_type";
  else return null;
  if (new Set(items.map((i) => i.name)).size < items.length) return null;
  const ranked = items
    .map((it, k) => ({ it, k }))
    .sort((a, b) => b.it.reading.value - a.it.reading.value || a.k - b.k)
    .map((x) => x.it);
  const ties = new Set(items.map((i) => i.reading.exact)).size < items.length;
  const unsure = items.find((i) => i.unsure)?.unsure ?? "";
  const figures = ranked.map((it, k) =>
    figureOf(it.reading, {
      metric: "top_category",
      dimension,
      scope: "all",
      rank: k + 1,
      category: it.name,
      share: it.share,
      term_zh: it.parent ? `${it.parent.replace(/^.*\s/, "")}` : "分类",
      section: it.block.section,
      lines: linesOf(it.block, it.from, it.to),
      text: it.block.text.slice(it.from, it.to),
      origin: "prose",
      note: [
        `The report gives the ${items.length} items in paragraphs of their own without ranking them; ranked here by count.`,
        it.note,
      ]
        .filter(Boolean)
        .join(" "),
    }),
  );
  return {
    dimension,
    scope: "all",
    figures,
    aligned: !ties && !unsure,
    origin: "prose",
    rankedByUs: true,
    note: unsure || (ties ? "Two items have the same count: their ranks are not determined." : ""),
  };
}
