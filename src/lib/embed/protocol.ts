/**
 * The resize protocol between an embedded chart and the page that hosts it.
 *
 * The embed posts `{type: "hotline-embed:height", id, height}` to its parent
 * whenever its content's height changes. The host script accepts a message
 * only when `event.source` is the `contentWindow` of one of its embed frames
 * and `event.origin` equals that frame's origin exactly; anything malformed is
 * ignored, and the height is clamped, so a hostile page cannot make a frame
 * vanish or grow without bound.
 */
export const HEIGHT_MESSAGE = "hotline-embed:height";
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}

/** A finite height clamped to [MIN_HEIGHT, MAX_HEIGHT], rounded up to whole pixels. */
export function clampHeight(h: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
}

/** The message if `data` is a well-formed height message, else null. */
export function readHeightMessage(data: unknown): HeightMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== HEIGHT_MESSAGE) return null;
  if (typeof d.id !== "string" || d.id.length > 200) return null;
  if (typeof d.height !== "number" || !Number.isFinite(d.height) || d.height < 0) return null;
  return { type: HEIGHT_MESSAGE, id: d.id, height: d.height };
}

/** The parts of an `<iframe>` the host check needs. */
export interface FrameLike {
  contentWindow: unknown;
  src: string;
}

/** The origin of a frame's `src`, resolved against the host page, or null when it has none. */
export function frameOrigin(src: string, base: string): string | null {
  try {
    const u = new URL(src, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Which frame a message may resize, and to what height: only a frame whose
 * window sent it, from exactly that frame's origin, with a valid message.
 */
export function acceptHeight<F extends FrameLike>(
  event: { source: unknown; origin: string; data: unknown },
  frames: Iterable<F>,
  base: string,
): { frame: F; height: number } | null {
  if (event.source === null || event.source === undefined) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== event.source) continue;
    if (frameOrigin(frame.src, base) !== event.origin) return null;
    const msg = readHeightMessage(event.data);
    return msg ? { frame, height: clampHeight(msg.height) } : null;
  }
  return null;
}
