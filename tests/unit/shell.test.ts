import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { t } from "../../src/lib/format/viewStrings.ts";

const html = readFileSync(join(import.meta.dirname, "..", "..", "index.html"), "utf8");

describe("index.html's static header (painted before the scripts run)", () => {
  it("says what the page's own header says first, in Chinese", () => {
    const shell = html.match(/<header class="shell">([\s\S]*?)<\/header>/)?.[1] ?? "";
    expect(shell.match(/<h1>([^<]*)<\/h1>/)?.[1]).toBe(t("zh", "appTitle"));
    expect(shell.match(/<p>([^<]*)<\/p>/)?.[1]).toBe(t("zh", "appSubtitle"));
  });

  it("carries no script or inline style (the content security policy forbids both)", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});
