/**
 * What only a comparison embed draws, loaded by the embed when its URL asks for
 * a comparison, so a place chart's embed does not carry it on its first load.
 */
export { default as CompareChart } from "../lib/charts/CompareChart.svelte";
export { periodOptions, resolvePeriod } from "../lib/charts/compareChoice.ts";
