/**
 * The intake (npm run extract's reading) timed on the corpus of real pages
 * (../shared/corpus, or CORPUS_DIR): every text with a reviewed reading, run
 * `runs` times after one warm-up; the median per text and over all texts.
 * Skipped when the corpus is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { intake } from "../../src/lib/extract/extract.ts";
import { loadGazetteer } from "../../src/lib/places/load.ts";
import { loadConverter } from "../../src/lib/extract/normalize.ts";
import { datasetPlaces } from "../build/read.ts";
import { CORPUS_DIR, corpusReadings } from "../corpus.ts";
import { median } from "./stats.ts";

export interface IntakeBench {
  texts: { text: string; bytes: number; medianMs: number }[];
  medianMs: number;
  /** Loading the gazetteer and the converter once (not in the per-text times). */
  loadMs: number;
}

export async function benchIntake(runs: number): Promise<IntakeBench | null> {
  if (!existsSync(CORPUS_DIR)) return null;
  const places = datasetPlaces();
  const t0 = performance.now();
  const [gazetteer, convert] = await Promise.all([loadGazetteer(), loadConverter()]);
  const loadMs = performance.now() - t0;
  const texts: IntakeBench["texts"] = [];
  for (const { reading, path } of corpusReadings()) {
    const text = readFileSync(path, "utf8");
    const opts = { file: reading.file, places, gazetteer, convert };
    await intake(text, opts);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await intake(text, opts);
      times.push(performance.now() - t);
    }
    texts.push({
      text: reading.file.replace(/^corpus\//, ""),
      bytes: Buffer.byteLength(text),
      medianMs: median(times) ?? 0,
    });
  }
  return { texts, medianMs: median(texts.map((t) => t.medianMs)) ?? 0, loadMs };
}

/** The section's table: the median over texts, the slowest texts, the one-off loading. */
export function intakeTable(b: IntakeBench): string {
  const slowest = [...b.texts].sort((x, y) => y.medianMs - x.medianMs).slice(0, 3);
  return [
    `Intake of the corpus (${b.texts.length} texts, per text, median of runs): ${b.medianMs.toFixed(1)} ms; loading the gazetteer and the converter once: ${b.loadMs.toFixed(0)} ms`,
    "",
    "| slowest texts | bytes | median |",
    "|---|--:|--:|",
    ...slowest.map((t) => `| ${t.text} | ${t.bytes} | ${t.medianMs.toFixed(1)} ms |`),
  ].join("\n");
}
