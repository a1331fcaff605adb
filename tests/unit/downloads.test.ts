import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { downloadRows, formatBytes } from "../../src/lib/data/downloads.ts";
import { SHARED_FILES, type Manifest } from "../../src/lib/data/manifest.ts";

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "public", "data", "manifest.json"), "utf8"),
) as Manifest;

describe("downloadRows(manifest, lang)", () => {
  it("lists every file of the manifest with its size and SHA-256, the dataset's first", () => {
    const rows = downloadRows(manifest, "zh");
    expect(rows.map((r) => r.path).sort()).toEqual(manifest.files.map((f) => f.path).sort());
    expect(rows.slice(0, SHARED_FILES.length).map((r) => r.path)).toEqual([
      "facts.csv",
      "facts.arrow",
      "datapackage.json",
      "sources.json",
      "reports.json",
      "quality.json",
    ]);
    for (const r of rows) {
      const f = manifest.files.find((x) => x.path === r.path)!;
      expect([r.bytes, r.sha256]).toEqual([f.bytes, f.sha256]);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
  it("describes each file in the page's language, a metric's by its name and id", () => {
    const zh = downloadRows(manifest, "zh");
    const en = downloadRows(manifest, "en");
    expect(zh.find((r) => r.path === "metric/demand_total.json")?.what).toBe(
      "诉求总量（demand_total）：各地区各年份的年度数字",
    );
    expect(en.find((r) => r.path === "facts.csv")?.what).toMatch(/^Every figure/);
    for (const r of zh) expect(r.what).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("formatBytes(bytes)", () => {
  it("writes B below a kilobyte, KB with one decimal, MB with two", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(190711)).toBe("186.2 KB");
    expect(formatBytes(5 * 1024 * 1024 + 52429)).toBe("5.05 MB");
  });
});
