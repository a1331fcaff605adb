/**
 * The trend's code, in a chunk of its own: its spec, its drawing and its
 * controls (with d3-shape and the trend's strings). Loaded through
 * `trendCode.svelte.ts` where a trend is drawn, so the other charts' embeds do
 * not carry it on their first load.
 */
export { trend } from "./specs/trend.ts";
export { default as TrendChart } from "./TrendChart.svelte";
export { default as TrendControls } from "./TrendControls.svelte";
