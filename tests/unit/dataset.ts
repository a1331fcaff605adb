/** The compiled dataset, built fresh from scripts/facts for tests. */
import { compile, type Compiled } from "../../scripts/build/compile.ts";
import { readSourceDir } from "../../scripts/build/read.ts";
import type { Fact } from "../../src/lib/data/fact.ts";

let seed: Compiled | null = null;
/**
 * The five seed reports alone (scripts/facts/reports): a fixed dataset for
 * tests of chart logic, which must not change as reports are added.
 */
export function seedDataset(): Compiled {
  if (!seed) {
    const { places, reports } = readSourceDir(undefined, undefined, ["reports"]);
    seed = compile(places, reports);
  }
  return seed;
}

let cached: Compiled | null = null;
export function dataset(): Compiled {
  if (!cached) {
    const { places, reports } = readSourceDir();
    cached = compile(places, reports);
  }
  return cached;
}

/** Reported (not derived) facts of one place and year (the year's own figures, not its months). */
export function reported(place: string, year: number): Fact[] {
  return dataset().facts.filter(
    (f) => f.place_id === place && f.period === String(year) && f.derivation === "reported",
  );
}

export function one(place: string, year: number, metric: string, scope = ""): Fact | undefined {
  return dataset().facts.filter(
    (f) =>
      f.place_id === place &&
      f.period === String(year) &&
      f.metric === metric &&
      f.scope === scope &&
      !f.category,
  )[0];
}
