/**
 * The intake on the corpus of real pages (../shared/corpus, or CORPUS_DIR)
 * against their reviewed readings (scripts/facts/corpus): per text, figures
 * right, wrong (flagged or not), to review, missed, invented; period and place
 * right or sent to review. Fails on a wrong value not flagged, an invented
 * figure, or a period or place wrong without a review item. Skipped when the
 * corpus is absent.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, corpusDetails, corpusTable, runCorpus } from "../../scripts/corpus.ts";

const haveCorpus = existsSync(CORPUS_DIR);
if (!haveCorpus)
  console.log(
    `extract-corpus: ${CORPUS_DIR} not found; the comparison with the readings is skipped.`,
  );

describe.skipIf(!haveCorpus)(
  "intake(text) on the corpus, against the reviewed readings",
  async () => {
    const runs = haveCorpus ? await runCorpus() : [];
    const rows = runs.map((r) => r.row);

    it("prints the table", () => {
      console.log(`\n${corpusTable(rows)}\n\n${corpusDetails(rows)}\n`);
      expect(rows.length).toBeGreaterThan(0);
    });

    it.each(rows.map((r) => [r.text, r] as const))(
      "%s: no wrong value without a review flag",
      (_, r) => {
        expect(r.wrongUnflagged).toEqual([]);
      },
    );

    it.each(rows.map((r) => [r.text, r] as const))("%s: no invented figure", (_, r) => {
      expect(r.invented).toEqual([]);
    });

    it.each(rows.map((r) => [r.text, r] as const))("%s: period right or sent to review", (_, r) => {
      expect(r.periodRight || r.periodReview).toBe(true);
    });

    it.each(rows.map((r) => [r.text, r] as const))("%s: place right or sent to review", (_, r) => {
      expect(r.placeRight || r.placeReview).toBe(true);
    });
  },
);
