/**
 * The copy-and-paste snippet a web editor puts on a government page: one
 * `<iframe>` (lazy, full width, a sensible starting height, a title for screen
 * readers) and optionally one `<script src>` from our own origin that resizes
 * the frame to its content. No inline script, so strict CMSs accept it.
 */
/** The attribute marking frames the resize script may size. */
export const FRAME_ATTRIBUTE = "data-hotline-embed";

function attr(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export interface SnippetOptions {
  /** Absolute URL of the embed page with its query. */
  src: string;
  /** Accessible name of the frame: the chart's title. */
  title: string;
  /** Starting height in px: the chart's `embedHeight` in the registry. */
  height: number;
  /** Absolute URL of the resize script; left out when null. */
  script: string | null;
}

export function embedSnippet(o: SnippetOptions): string {
  const frame =
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" ${FRAME_ATTRIBUTE}` +
    ` loading="lazy" width="100%" height="${Math.round(o.height)}" frameborder="0"></iframe>`;
  return o.script ? `${frame}\n<script src="${attr(o.script)}" defer></script>` : frame;
}

/** Absolute URLs of the embed page and the resize script, next to the dashboard page at `pageUrl`. */
export function embedUrls(pageUrl: string, query: string): { src: string; script: string } {
  const page = new URL(pageUrl);
  page.search = "";
  page.hash = "";
  return {
    src: new URL(`embed.html?${query}`, page).href,
    script: new URL("embed.js", page).href,
  };
}
