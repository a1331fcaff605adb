import type { Fact } from "../data/fact.ts";

/**
 * The sources of a set of facts, one line per report file: "file § section；section".
 * Sections keep first-seen order so the caption follows the report.
 */
export function sourcesOf(facts: readonly Fact[]): string[] {
  const byFile = new Map<string, string[]>();
  for (const f of facts) {
    const [file = f.source, section = ""] = f.source.split(" § ");
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    if (section && !list.includes(section)) list.push(section);
  }
  return [...byFile].map(([file, sections]) =>
    sections.length ? `${file} § ${sections.join("；")}` : file,
  );
}
