/**
 * Loads the gazetteer. The compiled file (≈ 260 KB, 73 KB gzip) comes in by a
 * dynamic import, so it is its own chunk: a page or worker pays for it only
 * when it calls loadGazetteer(), never in the first load.
 */
import type { DivisionsFile } from "./division.ts";
import { Gazetteer } from "./gazetteer.ts";

let pending: Promise<Gazetteer> | undefined;

/** The gazetteer, loaded once per page, worker or process. */
export function loadGazetteer(): Promise<Gazetteer> {
  pending ??= import("./divisions.json", { with: { type: "json" } }).then(
    (m: { default: unknown }) => new Gazetteer(m.default as DivisionsFile),
  );
  return pending;
}
