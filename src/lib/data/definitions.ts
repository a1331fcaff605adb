/**
 * Metrics published under more than one definition that the catalogue keeps
 * under one id, told apart by the report's own wording (`term_zh`): a
 * connection rate counted within 30 seconds, or at all. (Satisfaction kinds
 * are separate metric ids.) Two definitions are two figures: never merged,
 * never ranked together.
 */

export type ConnectionDefinition = "30s" | "plain";

/** "30秒人工接通率", "30s人工接通率", "接通率（30 秒）", "三十秒接通率" … */
const THIRTY_SECONDS = /(30|三十)\s*(秒|s(ec(ond)?s?)?\b|-?second)/i;

/** Which connection rate a wording names: within 30 seconds, or at all. */
export function connectionDefinitionOf(term: string): ConnectionDefinition {
  return THIRTY_SECONDS.test(term) ? "30s" : "plain";
}

/** Definitions of a metric a person can choose between ([] for a metric with one). */
export function definitionsOf(metric: string): readonly ConnectionDefinition[] {
  return metric === "connection_rate" ? ["30s", "plain"] : [];
}

/** The definition a figure of `metric` published as `term` has ("" for a metric with one). */
export function definitionOf(metric: string, term: string): ConnectionDefinition | "" {
  return metric === "connection_rate" ? connectionDefinitionOf(term) : "";
}

/** The canonical wording of a definition, for a figure whose own wording does not say it. */
export const DEFINITION_TERMS: Record<ConnectionDefinition, { zh: string; en: string }> = {
  "30s": { zh: "30秒人工接通率", en: "Answered within 30 s" },
  plain: { zh: "接通率", en: "Connection rate (no time limit)" },
};
