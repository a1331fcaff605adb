/**
 * The sites the benchmark measures: the production build in a temp folder
 * (never the shared dist/), a copy of it with the synthetic nationwide data in
 * place of data/, and static servers for both under a sub-path, as a
 * government host would serve them.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { serveStatic, type StaticServer } from "../../tests/browser/server.ts";
import { writeNationwide, type NationwideOptions } from "./nationwide.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const PREFIX = "/12345/dashboard/";

/** The headers README.md asks hosts to send; the build must work under them. */
export const HOST_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** `vite build` with the project's config into `outDir` (optionally with source maps). */
export async function buildSite(outDir: string, opts: { sourcemap?: boolean } = {}) {
  const { build } = await import("vite");
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true, sourcemap: opts.sourcemap ?? false },
  });
  if (!existsSync(join(outDir, "index.html"))) throw new Error(`vite build wrote no index.html`);
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files whose content decides the nationwide dataset's bytes. */
function generatorInputs(): string[] {
  const dirs = [join(ROOT, "scripts", "build"), join(ROOT, "src", "lib", "data")];
  const files = [
    join(import.meta.dirname, "nationwide.ts"),
    join(import.meta.dirname, "random.ts"),
    ...dirs.flatMap((d) => listFiles(d).map((f) => join(d, f))),
  ];
  return files.filter((f) => f.endsWith(".ts"));
}

const CACHE = join(tmpdir(), "hotline-bench-cache");

/**
 * The nationwide data folder, generated once and cached in the OS temp folder
 * under a key of the generator's and the build's source, so it is rebuilt
 * whenever either changes (about a minute) and reused otherwise. Older cached
 * versions are removed. `fresh` forces a rebuild.
 */
export function nationwideData(
  opts: NationwideOptions & { fresh?: boolean; log?: (s: string) => void } = {},
): { dir: string; sample: { placeId: string; year: number }; generatedMs: number | null } {
  const h = createHash("sha256");
  h.update(JSON.stringify({ places: opts.places, years: opts.years, seed: opts.seed }));
  for (const f of generatorInputs()) h.update(f).update(readFileSync(f));
  const key = h.digest("hex").slice(0, 16);
  const dir = join(CACHE, `nationwide-${key}`);
  const meta = join(dir, "bench-sample.json");
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE))
    if (old !== `nationwide-${key}`) rmSync(join(CACHE, old), { recursive: true, force: true });
  if (!opts.fresh && existsSync(meta)) {
    const sample = JSON.parse(readFileSync(meta, "utf8")) as { placeId: string; year: number };
    return { dir: join(dir, "data"), sample, generatedMs: null };
  }
  rmSync(dir, { recursive: true, force: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  opts.log?.("generating the nationwide dataset (3,000 places × 10 years; about a minute)…");
  const t0 = performance.now();
  const n = writeNationwide(join(tmp, "data"), opts);
  writeFileSync(join(tmp, "bench-sample.json"), JSON.stringify(n.sample));
  renameSync(tmp, dir);
  return { dir: join(dir, "data"), sample: n.sample, generatedMs: performance.now() - t0 };
}

/** A copy of the built site with its data/ folder replaced (by a link to `dataDir`). */
export function siteWithData(builtSite: string, dataDir: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(builtSite, outDir, {
    recursive: true,
    filter: (src) => relative(builtSite, src).split(/[\\/]/)[0] !== "data",
  });
  symlinkSync(dataDir, join(outDir, "data"), "dir");
}

export async function serve(root: string, gzip = false): Promise<StaticServer> {
  return serveStatic(root, { prefix: PREFIX, headers: HOST_HEADERS, gzip });
}
