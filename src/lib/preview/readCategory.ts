/**
 * Rows of a category table (place, year, category, count; optionally share,
 * scope, dimension, rank): one ranked category per row. Categories without a
 * rank are ranked by count within their place, year, dimension and scope
 * once the whole file is read.
 */
import type { Fact } from "../data/fact.ts";
import { DIMENSIONS, SCOPES, type Dimension, type Scope } from "../data/metrics.ts";
import { SAY } from "./messages.ts";
import type { RowContext } from "./rowContext.ts";
import { readCell } from "./values.ts";

const SCOPE_WORDS: Record<string, Scope> = {
  全部: "all",
  全部诉求: "all",
  咨询: "consultation",
  咨询类: "consultation",
  非咨询: "non_consultation",
  非咨询类: "non_consultation",
};
const DIMENSION_WORDS: Record<string, Dimension> = {
  业务类型: "business_type",
  诉求类型: "request_type",
  部门: "department",
  承办部门: "department",
};

function pick<T extends string>(
  text: string | undefined,
  ids: readonly T[],
  words: Record<string, T>,
): T | null {
  const t = text?.trim() ?? "";
  if (!t) return null;
  return (ids as readonly string[]).includes(t) ? (t as T) : (words[t] ?? null);
}

export class CategoryReader {
  private readonly unranked: Fact[] = [];

  constructor(private readonly ctx: RowContext) {}

  read(r: readonly string[], row: number): void {
    const ctx = this.ctx;
    const p = ctx.placeYear(r, row);
    if (p < 0) return;
    const place = ctx.figures.store.places[p]!;
    const cat = ctx.cell(r, "category");
    const count = ctx.cell(r, "count");
    if (!cat || !count) return;
    if (!cat.text) {
      ctx.log.say("error", row, cat.header, "", SAY.blankCell(row, cat.header));
      return;
    }
    const v = ctx.value(count.text, count.header, row, "top_category");
    if (!v) {
      if (readCell(count.text).kind === "absent")
        ctx.log.say("warning", row, count.header, count.text, SAY.noCount(row, cat.text));
      return;
    }
    const shareCell = ctx.cell(r, "share");
    let share: number | null = null;
    if (shareCell?.text) {
      const s = readCell(shareCell.text);
      if (s.kind === "number" && s.value >= 0 && s.value <= 100) share = s.value;
      else if (s.kind !== "absent") {
        ctx.log.say(
          "error",
          row,
          shareCell.header,
          shareCell.text,
          SAY.badShare(row, shareCell.header, shareCell.text),
        );
        return;
      }
    }
    const scope = pick(ctx.cell(r, "scope")?.text, SCOPES, SCOPE_WORDS) ?? "all";
    const dimension =
      pick(ctx.cell(r, "dimension")?.text, DIMENSIONS, DIMENSION_WORDS) ?? "request_type";
    const rankText = ctx.cell(r, "rank")?.text;
    const rank = rankText && /^\d{1,3}$/.test(rankText) ? Number(rankText) : null;
    const f = ctx.figures.fact(place, ctx.rowYear, "top_category", v, cat.text, row, {
      category: cat.text,
      share,
      scope,
      dimension,
      rank,
    });
    ctx.figures.add(f, row, cat.header);
    if (rank === null) this.unranked.push(f);
  }

  /** Rank the categories that came without a rank, by count. */
  finish(): void {
    const groups = new Map<string, Fact[]>();
    for (const fact of this.unranked) {
      const k = `${fact.place_id}|${fact.year}|${fact.dimension}|${fact.scope}`;
      const g = groups.get(k);
      if (g) g.push(fact);
      else groups.set(k, [fact]);
    }
    for (const g of groups.values()) {
      g.sort((a, b) => b.value - a.value);
      g.forEach((f, i) => (f.rank = i + 1));
    }
  }
}
