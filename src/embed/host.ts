/**
 * The resize script a host page may load with one `<script src=".../embed.js" defer>`
 * next to its embed frames. It sizes each `<iframe data-hotline-embed>` to
 * the height its chart reports, accepting a message only from that frame's own
 * window and origin (see lib/embed/protocol.ts). Built as a classic script with
 * no dependencies, so it runs on any page, also under a strict CSP.
 */
import { acceptHeight } from "../lib/embed/protocol.ts";
import { FRAME_ATTRIBUTE } from "../lib/embed/snippet.ts";

const KEY = "__hotlineEmbedHost";
const w = window as unknown as Record<string, unknown>;
// Pages with several snippets load the script several times; listen once.
if (!w[KEY]) {
  w[KEY] = true;
  addEventListener("message", (event: MessageEvent) => {
    const frames = document.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`);
    const hit = acceptHeight(event, frames, location.href);
    // CSSOM writes are allowed under a style-src CSP, unlike style attributes.
    if (hit) hit.frame.style.height = `${hit.height}px`;
  });
}
