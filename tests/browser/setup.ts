/**
 * Browser tests run against the production build in dist/, served from a
 * sub-path (as a government site would host it), in Debian's Chromium.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findChrome } from "./chrome.ts";
import { serveStatic } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  if (!existsSync(join(dist, "index.html")))
    throw new Error(
      "dist/ is missing: run `npm run build` before the browser tests (npm test does).",
    );
  const chromePath = findChrome();
  const server = await serveStatic(dist, { prefix: "/12345/dashboard/" });
  project.provide("siteUrl", server.url);
  project.provide("chromePath", chromePath);
  return () => server.close();
}
