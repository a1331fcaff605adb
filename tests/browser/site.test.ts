import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screenshot, useBrowser } from "./page.ts";
import { parseSourcesJson } from "../../src/lib/data/sourcesFile.ts";

// The test checks its page itself, at the end of its steps.
const b = useBrowser([]);
const site = b.site;

describe("the built site, served from a sub-path", () => {
  it("lists the seed reports' places and shows one place's figures with sources, in both languages", async () => {
    const w = await b.watch();
    await w.page.goto(site);
    const nav = w.page.getByRole("navigation", { name: "地区" });
    await nav.getByRole("link").first().waitFor();
    for (const name of ["苏州市", "南通市", "海门区", "淮安市", "镇江市"])
      await expect(nav.getByRole("link", { name, exact: true }).count()).resolves.toBe(1);

    await nav.getByRole("link", { name: "苏州市", exact: true }).click();
    await w.page.waitForSelector("#profile-title");
    await w.page.locator("details.all summary").click();
    await w.page.waitForSelector("tr[data-metric=demand_total]");
    expect(w.page.url()).toContain("place=suzhou");
    const row = w.page.locator("tr[data-metric=demand_total]");
    // A place opens on its latest year with published figures.
    await expect(row.innerText()).resolves.toContain("14,843,600");
    // Its source is the report's citation (title, issuer, date, section), not the record's id.
    const rec = parseSourcesJson(
      readFileSync(join(import.meta.dirname, "../../public/data/sources.json"), "utf8"),
    ).get("suzhou-2023")!;
    await expect.poll(() => row.innerText()).toContain(`《${rec.title}》，${rec.issuer}，`);
    expect(await row.innerText()).not.toContain("suzhou-2023 § ");
    await screenshot(w.page, "foundation-suzhou-zh");

    await w.page.getByRole("link", { name: "Switch to English" }).click();
    await w.page.waitForSelector("html[lang=en]");
    await w.page.locator("details.all").evaluate((d) => d.setAttribute("open", ""));
    await expect(w.page.locator("tr[data-metric=demand_total] th").innerText()).resolves.toContain(
      "Total requests",
    );
    await screenshot(w.page, "foundation-suzhou-en");

    expect(w.consoleProblems).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.failedRequests).toEqual([]);
    await w.context.close();
  });
});
