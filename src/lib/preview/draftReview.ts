/**
 * What the extractor left to decide about a report's text, told to the
 * analyst who dropped it: which place, year or figure to check against the
 * report and why, in their language. The extractor's own review messages are
 * written for the maintainers of the dataset (they name its files and
 * fields); only its structured findings are used here.
 */
import type { Extraction } from "../extract/extract.ts";
import type { ReviewItem } from "../extract/types.ts";
import { metricLabel } from "./headers.ts";
import type { Message2 } from "./sniff.ts";
import { periodLabel } from "../data/period.ts";

const WHY: Record<Exclude<ReviewItem["kind"], "place" | "year" | "period" | "source">, Message2> = {
  conflict: {
    zh: "报告中不同位置给出的数字不一致",
    en: "the report gives different figures for it",
  },
  ambiguous: {
    zh: "报告的写法有不止一种读法",
    en: "the report's wording can be read more than one way",
  },
  alignment: {
    zh: "表格的表头与数值对不齐",
    en: "the table's header and its values do not line up",
  },
  split: {
    zh: "只有部分行分了咨询类和非咨询类",
    en: "only some rows are split into consultations and other requests",
  },
  ranking: { zh: "排名不清楚", en: "the ranking is not clear" },
  scope: {
    zh: "它可能只是部分范围的数字（如日均、某一渠道或部分单位），不是全部",
    en: "it may cover only part of the whole (a daily average, one channel, some units)",
  },
};

function figureItem(item: ReviewItem & { kind: keyof typeof WHY }): Message2 {
  const metrics = [...new Set(item.candidates.map((c) => c.metric))];
  const written = [...new Set(item.candidates.map((c) => c.written))].slice(0, 4);
  const lines = [...new Set(item.candidates.flatMap((c) => c.lines))].sort((a, b) => a - b);
  const name = (lang: "zh" | "en") =>
    metrics.length
      ? metrics.map((m) => metricLabel(m, lang)).join(lang === "zh" ? "、" : ", ")
      : "";
  const why = WHY[item.kind];
  const at = lines.length ? lines.slice(0, 6).join(", ") : "";
  return {
    zh:
      `${name("zh") ? `“${name("zh")}”：` : "一个数字："}${why.zh}` +
      `${written.length ? `（${written.join(" / ")}）` : ""}${at ? `，见报告第 ${at} 行` : ""}。请对照报告核对。`,
    en:
      `${name("en") ? `${name("en")}: ` : "A figure: "}${why.en}` +
      `${written.length ? ` (${written.join(" / ")})` : ""}${at ? `, at line ${at} of the report` : ""}. Check it against the report.`,
  };
}

/** The extraction's review items as messages for an analyst, in both languages. */
export function draftReview(x: Extraction): Message2[] {
  const places = x.review.filter((r) => r.kind === "place").length;
  let place = 0;
  // What to check about the source record (URL, kind of site) concerns the
  // dataset's citation, not an analyst's preview of a text they hold.
  return x.review
    .filter((item) => item.kind !== "source")
    .map((item): Message2 => {
      if (item.kind === "place") {
        place++;
        // The extractor lists a disagreement between title and body first, an unknown place last.
        if (x.place.id === null && place === places)
          return {
            zh: `报告的地区“${x.place.zh || x.place.titleZh || "？"}”不在本站已发布的地区中：图表中按你的文件中的地区显示。`,
            en: `The report's place, “${x.place.zh || x.place.titleZh || "?"}”, is not among the dashboard's places: the charts show it as a place of your file.`,
          };
        return {
          zh: `报告标题和正文提到的地区不同，已记为“${x.place.zh}”：请核对。`,
          en: `The report's title and body name different places; it was taken as “${x.place.zh}”: check the place.`,
        };
      }
      if (item.kind === "period") {
        const p = x.period.period;
        return p
          ? {
              zh: `报告的时段不能完全确定，已记为${periodLabel(p, "zh")}：请核对。`,
              en: `The report's period is not certain; it was taken as ${periodLabel(p, "en")}: check the period.`,
            }
          : {
              zh: "报告中找不到它所覆盖的时段：数字没有时段，无法画图。",
              en: "No period was found in the report: its figures have no period and cannot be charted.",
            };
      }
      if (item.kind === "year")
        return x.year.year === null
          ? {
              zh: "报告的标题和正文中都找不到年份：数字没有年份，无法画图。",
              en: "No year was found in the report's title or body: its figures have no year and cannot be charted.",
            }
          : {
              zh: `报告标题和正文的年份不同，已记为 ${x.year.year} 年：请核对。`,
              en: `The report's title and body give different years; it was taken as ${x.year.year}: check the year.`,
            };
      return figureItem(item as ReviewItem & { kind: keyof typeof WHY });
    });
}
