/**
 * `npm run data`: compile scripts/facts into public/data. Each file is written
 * to a temporary name and renamed into place, so a failed build never leaves a
 * half-written file; files no longer produced are removed.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { compile } from "./build/compile.ts";
import { buildOutputs } from "./build/outputs.ts";
import { readSourceDir } from "./build/read.ts";
import { SourceError } from "./build/source.ts";

const OUT = join(import.meta.dirname, "..", "public", "data");

function listFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    out = statSync(p).isDirectory() ? out.concat(listFiles(p)) : out.concat(p);
  }
  return out;
}

try {
  const { places, reports } = readSourceDir();
  const compiled = compile(places, reports);
  const files = buildOutputs(compiled);
  mkdirSync(OUT, { recursive: true });
  for (const [rel, bytes] of files) {
    const target = join(OUT, rel);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  }
  for (const p of listFiles(OUT)) {
    const rel = relative(OUT, p).split("\\").join("/");
    if (!files.has(rel)) rmSync(p);
  }
  const derived = compiled.facts.filter((f) => f.derivation !== "reported").length;
  console.log(
    `public/data: ${compiled.facts.length} facts (${compiled.facts.length - derived} reported, ${derived} derived) ` +
      `from ${reports.length} reports, ${compiled.quality.length} quality issues, ${files.size} files`,
  );
} catch (e) {
  if (e instanceof SourceError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
