/**
 * `npx tsx scripts/check-facts.ts FILE.yaml…` end to end: a committed file
 * passes; the same file with a note's Chinese taken away fails, naming the
 * file, the fact and the field.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const tmp = mkdtempSync(join(tmpdir(), "check-facts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(...files: string[]) {
  const r = spawnSync(process.execPath, [tsx, "scripts/check-facts.ts", ...files], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout };
}

describe("scripts/check-facts.ts", () => {
  const committed = join(root, "scripts/facts/reports/suzhou-2022.yaml");
  const text = readFileSync(committed, "utf8");

  it("says ok for a committed file, whose notes are in both languages", () => {
    const r = check(committed);
    expect(r.stdout).toMatch(/suzhou-2022\.yaml: ok \(\d+ facts, period 2022\)/);
    expect(r.code).toBe(0);
  });

  it("rejects a figure's note without note_zh and notes without notes_zh, naming each", () => {
    const file = join(tmp, "suzhou-2022.yaml");
    const lines = text.split("\n");
    // The first figure's note_zh, and the report's notes_zh list, removed.
    const first = lines.findIndex((l) => l.startsWith("    note_zh:"));
    lines.splice(first, 1);
    const list = lines.indexOf("notes_zh:");
    let end = list + 1;
    while (lines[end]!.startsWith("  ")) end++;
    lines.splice(list, end - list);
    writeFileSync(file, lines.join("\n"));
    const r = check(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${file}: notes has 1 item(s) but no “notes_zh” (the same notes in Chinese, same order)`,
    );
    expect(r.stdout).toContain(
      `${file}: facts[0] (demand_total): “note” has no Chinese (add “note_zh”)`,
    );
  });
});
