/** Command-line options of `npm run bench` (pure, so it can be tested). */

export const SECTIONS = ["load", "attribute", "ingest", "longtask", "vitals", "intake"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  /** Exit non-zero when a budget is exceeded or cannot be measured. */
  check: boolean;
  /** Fewer runs and a smaller CSV, for fast iteration. */
  quick: boolean;
  /** Page loads per scenario, after one warm-up. */
  runs: number;
  /** Ingest runs per parser. */
  ingestRuns: number;
  /** Rows of the generated wide CSV. */
  csvRows: number;
  sections: Set<Section>;
  /** Regenerate the cached nationwide dataset. */
  fresh: boolean;
  /** Keep the temp folder (built sites, CSV) for inspection. */
  keep: boolean;
  /** Where the results go. */
  out: string;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --check          exit 1 when a budget (scripts/bench/budgets.json) is exceeded or not measurable
  --quick          3 page loads per scenario, 1 ingest run on a ~10 MB CSV
  --runs=N         page loads per scenario after one warm-up (default 7, quick 3)
  --ingest-runs=N  ingest runs per parser (default 3, quick 1)
  --rows=N         rows of the generated CSV for the ingest (default 1,000,000 ≈ 100 MB;
                   quick 100,000); the longest-task measure always reads 1,000,000 rows
  --only=a,b       sections to run: ${SECTIONS.join(", ")} (default all)
  --fresh          regenerate the cached nationwide dataset
  --keep           keep the temp folder (built sites, CSV) and print its path
  --out=FILE       results file (default bench-results/latest.json)`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const a: BenchArgs = {
    check: false,
    quick: false,
    runs: 7,
    ingestRuns: 3,
    csvRows: 1_000_000,
    sections: new Set(SECTIONS),
    fresh: false,
    keep: false,
    out: "bench-results/latest.json",
    help: false,
  };
  const set = { runs: false, ingestRuns: false, csvRows: false };
  const int = (name: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs a whole number ≥ ${min}`);
    return n;
  };
  for (const arg of argv) {
    const [key, value] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    if (key === "--check") a.check = true;
    else if (key === "--quick") a.quick = true;
    else if (key === "--fresh") a.fresh = true;
    else if (key === "--keep") a.keep = true;
    else if (key === "--help" || key === "-h") a.help = true;
    else if (key === "--runs") {
      a.runs = int("--runs", value, 1);
      set.runs = true;
    } else if (key === "--ingest-runs") {
      a.ingestRuns = int("--ingest-runs", value, 1);
      set.ingestRuns = true;
    } else if (key === "--rows") {
      a.csvRows = int("--rows", value, 10);
      set.csvRows = true;
    } else if (key === "--out" && value) a.out = value;
    else if (key === "--only" && value) {
      const names = value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length)
        throw new Error(
          `--only: unknown section ${bad.join(", ")} (known: ${SECTIONS.join(", ")})`,
        );
      a.sections = new Set(names as Section[]);
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  if (a.quick) {
    if (!set.runs) a.runs = 3;
    if (!set.ingestRuns) a.ingestRuns = 1;
    if (!set.csvRows) a.csvRows = 100_000;
  }
  return a;
}
