/**
 * The charts' colours, in one place: the drawings and the standalone SVG/PNG
 * downloads read them, so a download looks like the page. Presentation
 * attributes, not CSS, so a downloaded SVG keeps them.
 */
export const THEME = {
  /** Bars, trend line and dots. */
  mark: "#2563a8",
  /** The place a chart is about, set among others. */
  highlight: "#9a3412",
  /** Fill of a derived (hollow) mark. */
  paper: "#ffffff",
  ink: "#1a1a1a",
  muted: "#555555",
  /** Years without a figure on the trend axis. */
  absent: "#6b6b6b",
  grid: "#e3e3e3",
  /** Figures of the user's own file (CSV preview): a hue no published figure has. */
  own: "#6a3d9a",
  /** The place a chart is about, when it is the user's own. */
  ownHighlight: "#3b1f5e",
} as const;

/** A mark's colour: the user's own figures in their own hue, the place a chart is about darker. */
export function markColour(d: {
  own?: boolean | undefined;
  highlight?: boolean | undefined;
}): string {
  if (d.own) return d.highlight ? THEME.ownHighlight : THEME.own;
  return d.highlight ? THEME.highlight : THEME.mark;
}
