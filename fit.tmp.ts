import { readFileSync, readdirSync } from "node:fs";
import { loadGazetteer } from "./src/lib/places/load.ts";
import { findInText } from "./src/lib/places/findInText.ts";
const g = await loadGazetteer();
const dir = "/work/shared/corpus";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  const hits = findInText(g, text);
  const counts = new Map<string, number>();
  for (const h of hits) { const k = h.form + (h.weak ? "?" : "") + (h.candidates.length > 1 ? `[${h.candidates.length}]` : ""); counts.set(k, (counts.get(k) ?? 0) + 1); }
  console.log(f.padEnd(34), [...counts].map(([k, v]) => (v > 1 ? `${k}×${v}` : k)).join(" "));
}
