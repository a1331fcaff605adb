/**
 * `npx tsx scripts/check-facts.ts FILE.yaml…`: validates reviewed-facts files in the
 * committed format (scripts/build/source.ts) before they join the dataset. Place ids are
 * only checked for form here (the build checks them against the gazetteer).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readReport } from "./build/source.ts";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: tsx scripts/check-facts.ts FILE.yaml…");
  process.exit(2);
}
let bad = 0;
for (const f of files) {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(readFileSync(f, "utf8"));
  } catch (e) {
    console.log(`${f}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    bad++;
    continue;
  }
  const anyPlace = { has: (id: string) => /^[a-z][a-z0-9-]*$/.test(id) } as ReadonlySet<string>;
  const r = readReport(raw, f, anyPlace, problems);
  if (r && !r.source) problems.push(`${f}: missing “source” (title, issuer, published, url, kind)`);
  if (r && !r.period_evidence) problems.push(`${f}: missing “period_evidence”`);
  if (problems.length) {
    bad++;
    for (const p of problems) console.log(p);
  } else console.log(`${f}: ok (${r!.facts.length} facts, period ${r!.period})`);
}
process.exit(bad ? 1 : 0);
