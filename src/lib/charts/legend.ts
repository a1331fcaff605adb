/**
 * What a chart's marks mean beyond their length: derived values (hollow,
 * dashed), figures with a data-quality note (⚠), and the figures of the
 * user's own file. Listed only for what the chart actually shows, on the page
 * and in its PNG/SVG. Pure.
 */
import type { Lang } from "../format/number.ts";
import { t } from "../format/strings.ts";
import { isFilePlace } from "./own.ts";
import type { ChartSpec } from "./spec.ts";

export type LegendKey = "derived" | "flagged" | "mine";

export interface LegendItem {
  key: LegendKey;
  label: string;
}

function marks(spec: Pick<ChartSpec, "drawing">): { derived?: boolean; flagged?: boolean }[] {
  const d = spec.drawing;
  if (d.kind === "bars") return d.data;
  if (d.kind === "groups") return d.groups.flatMap((g) => g.data);
  if (d.kind === "trend") return d.lines.flatMap((l) => l.points);
  return [];
}

/** The legend entries a chart needs, in a fixed order. */
export function legendOf(spec: Pick<ChartSpec, "drawing" | "records">, lang: Lang): LegendItem[] {
  const m = marks(spec);
  const out: LegendItem[] = [];
  if (m.some((x) => x.derived) || spec.records.some((r) => r.derivation === "derived"))
    out.push({ key: "derived", label: t(lang, "legendDerived") });
  if (m.some((x) => x.flagged)) out.push({ key: "flagged", label: t(lang, "legendFlagged") });
  if (spec.records.some((r) => isFilePlace(r.place_id)))
    out.push({ key: "mine", label: t(lang, "legendMine") });
  return out;
}
