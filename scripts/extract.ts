/**
 * `npm run extract -- path/to/report.txt [--out DIR] [--csv]`: draft the facts
 * of a newly published report or page (any place, any period).
 *
 * Writes `<name>.draft.yaml` (the format of scripts/facts/reports) and
 * `<name>.review.md` (what to decide, and where every figure was read) to DIR
 * (default: the current directory), each to a temporary name renamed into
 * place; prints a summary on stderr. With `--csv`, also prints the drafted
 * figures on stdout as rows of the published long table (facts.csv).
 *
 * The reading itself is src/lib/extract (pure); this file only does I/O.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { Document, Scalar, isMap, isScalar, isSeq } from "yaml";
import { factsToCsv } from "../src/lib/data/csv.ts";
import { draftFacts, draftReport, factComment, placeOf } from "../src/lib/extract/draft.ts";
import { intake, type Extraction } from "../src/lib/extract/extract.ts";
import { reviewMarkdown, reviewSummary } from "../src/lib/extract/review.ts";
import { datasetPlaces } from "./build/read.ts";

const USAGE = "usage: npm run extract -- path/to/report.txt [--out DIR] [--csv]";

interface Args {
  input: string;
  out: string;
  csv: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let input = "";
  let out = process.cwd();
  let csv = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--csv") csv = true;
    else if (a === "--out") {
      const dir = argv[++i];
      if (!dir) return "--out needs a directory";
      out = resolve(dir);
    } else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (input) return "give one report at a time";
    else input = resolve(a);
  }
  return input ? { input, out, csv } : "no report given";
}

/** The draft as YAML text, with a header and the lines each fact was read from as comments. */
function draftYaml(x: Extraction, reviewName: string): string {
  const doc = new Document(draftReport(x));
  doc.commentBefore = [
    ` DRAFT written by \`npm run extract\` from ${x.file}. Not reviewed.`,
    ` Check every figure against the report and decide the items in ${reviewName},`,
    " then move this file to scripts/facts/reports/<place>-<year>.yaml.",
  ].join("\n");
  for (const key of [
    "place_evidence",
    "place_evidence_zh",
    "period_evidence",
    "period_evidence_zh",
  ]) {
    const evidence = doc.get(key, true);
    if (isScalar(evidence)) evidence.type = Scalar.BLOCK_FOLDED;
  }
  const facts = doc.get("facts");
  if (isSeq(facts))
    facts.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = ` ${factComment(x.facts[i]!)}`;
    });
  return doc.toString({ lineWidth: 100 });
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.input, "utf8");
  } catch (e) {
    console.error(`cannot read ${args.input}: ${(e as Error).message}`);
    return 1;
  }
  const places = datasetPlaces();
  const x = await intake(text, { file: basename(args.input), places });
  const name = basename(args.input).replace(/\.txt$/i, "");
  const draftName = `${name}.draft.yaml`;
  const reviewName = `${name}.review.md`;
  mkdirSync(args.out, { recursive: true });
  writeAtomic(join(args.out, draftName), draftYaml(x, reviewName));
  writeAtomic(join(args.out, reviewName), reviewMarkdown(x, draftName));
  console.error(reviewSummary(x));
  for (const r of x.review) console.error(`  [${r.kind}] ${r.message}`);
  console.error(`→ ${join(args.out, draftName)}\n→ ${join(args.out, reviewName)}`);
  if (args.csv) process.stdout.write(factsToCsv(draftFacts(x, placeOf(x, places))));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
