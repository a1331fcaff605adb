/**
 * The lines of a web page that are not the report: site menus, breadcrumbs
 * (首页 > 政民互动 > …), metadata (来源:, 发布时间:, 索引号:, 浏览量:),
 * bylines and share buttons, an addressee line (各乡镇人民政府…:), an issue
 * number (〔2023〕第9期), an empty HTML title (无标题文档). Among the first
 * lines left, the title: a line shaped like a headline, wherever it stands.
 * From the metadata and a closing signature (issuing office, then a date):
 * the page's date and issuer.
 */
import { toHalfWidth } from "../data/parseValue.ts";
import type { PageDate } from "./periods.ts";

export type LineRole = "nav" | "meta" | "title" | "other";

export interface Front {
  /** Role of every line (0-based index), only for the page's furniture and its title. */
  roles: Map<number, LineRole>;
  /** The title, if the page has one (1-based line). */
  title: { text: string; line: number } | null;
  /** The page's own date (publication, or the signature's), and where it was read. */
  date: (PageDate & { line: number; written: string }) | null;
  /** The office or outlet the page names as its source or signature. */
  issuer: { text: string; line: number } | null;
}

const NAV = /当前位置|所在位置|您的位置|现在位置|>>|\s>\s|^\s*>|首页\s*>|>\s*正文\s*$/;
const META =
  /^[\s•·●◆\-*]*(时间|发布时间|发布日期|发文日期|日期|来源|信息来源|稿源|作者|编辑|责任编辑|归档时间|索引号|信息分类|发布机构|文号|主题词|信息名称|内容概览|时效|点击数|更新时间|浏览量|浏览次数|阅读次数|字体|字号|分享到|扫一扫|打印|关闭)\s*[:：【[]?/;
const SHORT_FURNITURE =
  /^(无标题文档|首页|正文|小字号|大字号|大字|中字|小字|分享|打印|关闭|返回|工作简报|人民网|新华网)$/;
const ISSUE_LINE = /^[〔([]?\s*\d{4}\s*[〕)\]]?\s*(年度?)?\s*第\s*\d+\s*期$/;
const ADDRESSEE = /[:：]\s*$/;
const HEADING =
  /^([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d))/;
const DATE = /(\d{4})\s*(?:-|\/|年)\s*(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})\s*日?/;
const BYLINE_DATE =
  /^(\S{2,16}?)\s+\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+\S{1,4})?$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const OFFICE = /(政府|办公室|办公厅|局|中心|委员会|热线办|服务中心|管理办|热线中心|平台)$/;

/** Is this line part of a site's menu: several short words separated by spaces? */
function isMenu(t: string): boolean {
  const words = t.split(/\s+/).filter(Boolean);
  return words.length >= 4 && words.every((w) => w.length <= 5 && /^[\u4e00-\u9fff]+$/.test(w));
}

function dateOf(text: string): PageDate | null {
  const m = DATE.exec(toHalfWidth(text));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** Does a line read like a headline (not a sentence of the body, not a heading)? */
export function isTitleShaped(text: string): boolean {
  const t = toHalfWidth(text).trim();
  if (t.length < 6 || t.length > 80) return false;
  if (HEADING.test(t) || /[。；;]/.test(t) || /[,，:：]$/.test(t)) return false;
  if ((t.match(/,/g)?.length ?? 0) > 2) return false;
  if (/记者|通讯员|摄$/.test(t) && !/12345|热线/.test(t)) return false;
  return /[\u4e00-\u9fff]{4}/.test(t);
}

/** How much a title-shaped line looks like a hotline report's title. */
function titleScore(t: string): number {
  let s = 1;
  if (/12345|热线|热線/.test(t)) s += 2;
  if (/通报|情况|简报|播报|报告|运行|分析|数据|统计|受理|诉求/.test(t)) s += 1;
  return s;
}

/** Read the page's furniture, title, date and issuer. `lines` are the page's lines. */
export function readFront(lines: readonly string[]): Front {
  const front: Front = { roles: new Map(), title: null, date: null, issuer: null };
  let seen = 0;
  let candidates: { text: string; line: number; score: number }[] = [];
  let bodyStarted = false;
  for (let i = 0; i < lines.length && seen < 16; i++) {
    const t = toHalfWidth(lines[i]!).trim();
    if (!t) continue;
    seen++;
    const metaInside = t.length <= 80 && /(来源|发布时间|发布日期)\s*[:：]/.test(t) && DATE.test(t);
    if (
      /\t/.test(lines[i]!) ||
      (/\|/.test(t) && !/^[|\s]+$/.test(t) && !META.test(t) && !metaInside)
    ) {
      bodyStarted = true; // a table row
      continue;
    }
    if (SHORT_FURNITURE.test(t) || t.length <= 3) {
      front.roles.set(i, "meta");
      continue;
    }
    if (NAV.test(t) || (!bodyStarted && !t.includes("|") && isMenu(t) && !/12345/.test(t))) {
      front.roles.set(i, "nav");
      continue;
    }
    if (
      META.test(t) ||
      metaInside ||
      ISSUE_LINE.test(t) ||
      BYLINE_DATE.test(t) ||
      DATE_LINE.test(t) ||
      /^[|\s]+$/.test(t)
    ) {
      front.roles.set(i, "meta");
      readMeta(t, i, front);
      continue;
    }
    const dated = /^(\S{2,24}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/.exec(t);
    if (dated && OFFICE.test(dated[1]!)) {
      front.roles.set(i, "meta");
      front.issuer ??= { text: dated[1]!, line: i + 1 };
      front.date ??= { ...dateOf(dated[2]!)!, line: i + 1, written: dated[2]! };
      continue;
    }
    if (!bodyStarted && ADDRESSEE.test(t) && t.length <= 60 && /、/.test(t)) {
      front.roles.set(i, "meta");
      continue;
    }
    if (bodyStarted) continue;
    if (isTitleShaped(t)) candidates.push({ text: t, line: i + 1, score: titleScore(t) });
    else bodyStarted = true;
  }
  // The best-scoring title-shaped line before the body; a repeated title counts once.
  candidates = candidates.filter((c) => c.score >= 2 || candidates.length === 1);
  const best = candidates.sort((a, b) => b.score - a.score || a.line - b.line)[0];
  if (best) {
    front.title = { text: best.text, line: best.line };
    front.roles.set(best.line - 1, "title");
  }
  readSignature(lines, front);
  return front;
}

function readMeta(t: string, i: number, front: Front): void {
  const by = BYLINE_DATE.exec(t);
  const source = /(?:来源|信息来源|稿源|發布機構|发布机构)\s*[:：]\s*([^\s|:：]{2,30})/.exec(t);
  const named = source?.[1]!.replace(/\d{4}\s*[-年/].*$/, "");
  if (named && named.length >= 2) front.issuer ??= { text: named, line: i + 1 };
  else if (by && !/^\d/.test(by[1]!)) front.issuer ??= { text: by[1]!, line: i + 1 };
  if (/归档|更新|点击/.test(t)) return;
  const d = dateOf(t);
  if (d) front.date ??= { ...d, line: i + 1, written: DATE.exec(toHalfWidth(t))![0] };
}

/** A closing signature: an office's name, then a date, as the last lines of the text. */
function readSignature(lines: readonly string[], front: Front): void {
  const tail: number[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 3; i--) if (lines[i]!.trim()) tail.push(i);
  for (const i of tail) {
    const t = toHalfWidth(lines[i]!).trim();
    if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(t)) {
      front.roles.set(i, "meta");
      front.date ??= { ...dateOf(t)!, line: i + 1, written: t };
      const prev = tail.find((j) => j < i);
      const office = prev === undefined ? "" : toHalfWidth(lines[prev]!).trim();
      if (office && office.length <= 30 && OFFICE.test(office) && !/[,。]/.test(office)) {
        front.roles.set(prev!, "meta");
        front.issuer ??= { text: office, line: prev! + 1 };
      }
      return;
    }
  }
}
