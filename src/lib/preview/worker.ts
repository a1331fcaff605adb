/**
 * The preview's Web Worker: reads the user's file (never sending it anywhere),
 * parses it with papaparse in slices, normalises and checks it, keeps the
 * figures, and answers the page's queries with only what a chart draws. Cancel = the page terminates it.
 */
import { factsCsvParts, factsToCsv } from "../data/csv.ts";
import type { Place } from "../data/fact.ts";
import { compareAnswer, contextAnswer, filePlace, markFact, type Answer } from "./answers.ts";
import { ingestTextAsync } from "./parse.ts";
import type { Ingest } from "./ingest.ts";
import type { FromWorker, Query, RunOptions, ToWorker } from "./protocol.ts";
import { checkFile, checkText, decode, type Decoded, type Encoding } from "./sniff.ts";
import { draftReview } from "./draftReview.ts";
import { loadPlaceLookup, namesPlaces } from "./placeLookup.ts";
import { intake } from "../extract/extract.ts";
import { draftFacts, placeOf } from "../extract/draft.ts";

const post = (m: FromWorker) => postMessage(m);
let last: {
  text: string;
  name: string;
  bytes: number;
  encoding: Encoding;
  bom: boolean;
  doubt: number | null;
  /** The file, to read again in another encoding (null for pasted text). */
  file: File | null;
  places: Place[];
} | null = null;
let ingest: Ingest | null = null;

let signal = { aborted: false };

async function run(opts: RunOptions) {
  if (!last) return;
  if (opts.encoding && last.file && opts.encoding !== last.encoding) {
    const d = decode(await readFile(last.file), opts.encoding);
    if (checkText(d.text)) return post({ type: "refused", message: checkText(d.text)! });
    last = { ...last, text: d.text, encoding: d.encoding, bom: d.bom, doubt: null };
  }
  const file = last;
  const mine = signal;
  let lastPost = 0;
  // The gazetteer and pinyin, for a table that names its places (loaded once, from this site).
  let lookupMissing = false;
  const lookup = namesPlaces(file.text)
    ? await loadPlaceLookup().catch(() => {
        lookupMissing = true;
        return null;
      })
    : null;
  if (mine.aborted) return;
  const result = await ingestTextAsync(
    file.text,
    {
      places: file.places,
      fileName: file.name,
      delimiter: opts.delimiter,
      overrides: opts.overrides ?? {},
      placeChoices: opts.placeChoices ?? {},
      lookup,
      lookupMissing,
      onProgress: (rows, done) => {
        const now = performance.now();
        if (now - lastPost < 100 && done < 1) return;
        lastPost = now;
        post({
          type: "progress",
          rows,
          done,
          bytes: Math.round(done * file.bytes),
          total: file.bytes,
        });
      },
    },
    mine,
  );
  if (!result || mine.aborted) return;
  ingest = result.ingest;
  post({
    type: "done",
    name: file.name,
    bytes: file.bytes,
    encoding: file.encoding,
    bom: file.bom,
    doubt: file.doubt,
    file: file.file !== null,
    delimiter: result.delimiter,
    summary: result.summary,
  });
}

async function readFile(file: File): Promise<Uint8Array> {
  // Read in slices so progress shows while a large file loads from disk.
  const out = new Uint8Array(file.size);
  const step = 8 << 20;
  for (let at = 0; at < file.size; at += step) {
    if (signal.aborted) throw new Cancelled();
    out.set(new Uint8Array(await file.slice(at, at + step).arrayBuffer()), at);
    post({
      type: "progress",
      rows: 0,
      done: 0,
      bytes: Math.min(file.size, at + step),
      total: file.size,
    });
  }
  return out;
}

function answer(q: Query): Answer {
  const ing = ingest;
  const none = { bars: 0, notPublished: 0 };
  if (!ing) return { facts: [], places: [], omitted: none };
  if (q.kind === "placeYear") {
    const s = ing.summaryOf(q.place);
    return {
      facts: ing.factsAt(q.place, q.year).map(markFact),
      places: s ? [filePlace(s)] : [],
      omitted: none,
    };
  }
  if (q.kind === "places")
    return { facts: [], places: ing.findPlaces(q.find).map(filePlace), omitted: none };
  if (q.kind === "context") return contextAnswer(ing, q.place, q.lang);
  return compareAnswer(ing, q.metric, q.year, q.lang);
}

class Cancelled extends Error {}

/** A .txt file that reads like a 12345 annual report rather than a table. */
function isReportText(name: string, text: string): boolean {
  if (!/\.txt$/i.test(name)) return false;
  const nl = text.indexOf("\n");
  const first = text.slice(0, nl < 0 ? 200 : nl);
  return text.includes("12345") && !/[,\t;]/.test(first);
}

onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === "cancel") {
    signal.aborted = true;
    return;
  }
  if (m.type === "file" || m.type === "text" || m.type === "rerun") {
    signal.aborted = true;
    signal = { aborted: false };
  }
  try {
    if (m.type === "file") {
      const head = new Uint8Array(await m.file.slice(0, 4096).arrayBuffer());
      const refused = checkFile(m.file.size, head);
      if (refused) return post({ type: "refused", message: refused });
      const d: Decoded = decode(await readFile(m.file));
      const empty = checkText(d.text);
      if (empty) return post({ type: "refused", message: empty });
      const base = {
        name: m.file.name,
        bytes: m.file.size,
        encoding: d.encoding,
        bom: d.bom,
        doubt: d.doubt,
        places: m.places,
      };
      if (isReportText(m.file.name, d.text)) {
        // A report's plain text: the extractor's draft, previewed as unreviewed.
        const x = await intake(d.text, { file: m.file.name, places: m.places });
        const csv = factsToCsv(draftFacts(x, placeOf(x, m.places))).replace(/^\ufeff/, "");
        post({ type: "draft", review: draftReview(x) });
        last = { ...base, text: csv, file: null };
        await run({});
        return;
      }
      last = { ...base, text: d.text, file: m.file };
      await run(m);
    } else if (m.type === "text") {
      last = {
        text: m.text,
        name: m.name,
        bytes: m.text.length,
        encoding: "utf-8",
        bom: false,
        doubt: null,
        file: null,
        places: m.places,
      };
      await run(m);
    } else if (m.type === "rerun") await run(m);
    else if (m.type === "query") post({ type: "answer", id: m.id, answer: answer(m.query) });
    else if (m.type === "export") {
      const parts = factsCsvParts(ingest?.allFacts() ?? []);
      post({
        type: "csv",
        id: m.id,
        csv: new Blob([...parts], { type: "text/csv;charset=utf-8" }),
      });
    }
  } catch (err) {
    if (!(err instanceof Cancelled)) post({ type: "error", message: (err as Error).message });
  }
};
