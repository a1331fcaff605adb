/**
 * The CSV preview's state: the file being read (progress, cancel, refusal,
 * failure), its result, the user's column choices, and the figures the
 * charts draw, asked of the worker a few at a time. Components read it and
 * call its methods; only this class talks to the worker.
 */
import { tick } from "svelte";
import type { Fact, Place } from "../data/fact.ts";
import type { ManifestPlace } from "../data/manifest.ts";
import type { Lang } from "../format/number.ts";
import { PLACE_CHARTS } from "../charts/series.ts";
import { filePlace, type Omitted } from "./answers.ts";
import type { Override } from "./columns.ts";
import type { Done, FromWorker } from "./protocol.ts";
import { PreviewSession } from "./session.ts";
import type { Delimiter, Encoding, Message2 } from "./sniff.ts";
import { afterDrawn, afterPaint, drawingsDone } from "../ui/afterPaint.ts";

/** Messages and consistency issues listed at first, and added per click: a long table costs a long layout. */
export const PAGE = 25;

/** Marked each time the profile's charts are all drawn (the benchmark reads it). */
export const PROFILE_DRAWN = "hotline:preview-profile-drawn";

/** The steps of a result put on screen one after each paint (see PreviewState.stage). */
export const STAGE = { messages: 1, columns: 2, compare: 3, places: 4 } as const;
const LAST_STAGE = STAGE.places;

export class PreviewState {
  busy = $state(false);
  progress = $state({ rows: 0, bytes: 0, total: 0 });
  refused = $state<Message2 | null>(null);
  failure = $state<string | null>(null);
  /** A note about the last action (cancelled). */
  cancelled = $state(false);
  done = $state.raw<Done | null>(null);
  overrides = $state<Record<number, Override>>({});
  /** The person's choices for names several places share: name → division id, or "own". */
  placeChoices = $state<Record<string, string>>({});
  delimiter = $state<Delimiter | "">("");
  /** The encoding the user chose ("" : as detected). */
  encoding = $state<Encoding | "">("");
  /** Set when the file was a report's text: what the extractor left to decide. */
  draftReview = $state.raw<Message2[] | null>(null);

  // The figures the charts draw, fetched from the worker: only what is drawn,
  // already marked as the user's (answers.ts).
  metric = $state("demand_total");
  fileFacts = $state.raw<Fact[]>([]);
  filePlaces = $state.raw<ManifestPlace[]>([]);
  omitted = $state.raw<Omitted>({ bars: 0, notPublished: 0 });
  profile = $state<{ place: string; year: number } | null>(null);
  profileFacts = $state.raw<Fact[]>([]);
  profilePlace = $state.raw<ManifestPlace | null>(null);
  context = $state.raw<Fact[]>([]);
  contextPlaces = $state.raw<ManifestPlace[]>([]);
  /**
   * How much of a result is on screen, one step after each paint (STAGES:
   * 0 the summary, then the messages, the column roles, the comparison, the
   * file's places): putting it all up at once is one long task, and the page
   * would not answer meanwhile.
   */
  stage = $state(0);
  /** Profile charts drawn so far (one after each paint: six at once make one long task). */
  chartsShown = $state(0);
  /**
   * Whether the profile's charts are on or near the screen (FileCharts watches).
   * The first place's charts, shown without being asked for, wait until then:
   * charts nobody sees cost the page nothing while a file is read.
   */
  chartsNear = $state(false);
  private nearWaiting: (() => void)[] = [];

  /** Places found by the search box (null: the summary's first places). */
  found = $state.raw<ManifestPlace[] | null>(null);
  find = $state("");
  private asked = 0;

  private readonly session: PreviewSession;

  constructor(
    /** The published places, as the worker matches the file's names against them. */
    private readonly places: () => readonly Place[],
    private readonly lang: () => Lang,
  ) {
    this.session = new PreviewSession((m) => this.onEvent(m));
  }

  dispose() {
    this.session.dispose();
  }

  private onEvent(m: FromWorker) {
    if (m.type === "progress") this.progress = { rows: m.rows, bytes: m.bytes, total: m.total };
    else if (m.type === "done") {
      this.busy = false;
      this.done = m;
      void this.stageIn(m);
      // The benchmark reads this mark: the file's result is on screen.
      void this.refresh().then(() =>
        tick()
          .then(afterDrawn)
          .then(() => performance.mark("hotline:ingest-done")),
      );
    } else if (m.type === "draft") this.draftReview = m.review;
    else if (m.type === "refused") {
      this.busy = false;
      this.refused = m.message;
    } else if (m.type === "error") {
      this.busy = false;
      this.failure = m.message;
    }
  }

  private async stageIn(m: Done) {
    this.stage = 0;
    while (this.stage < LAST_STAGE) {
      await afterPaint();
      if (this.done !== m) return;
      this.stage++;
    }
  }

  private reset() {
    this.stage = 0;
    this.draftReview = null;
    this.refused = null;
    this.failure = null;
    this.cancelled = false;
    this.done = null;
    this.fileFacts = [];
    this.context = [];
    this.contextPlaces = [];
    this.profile = null;
    this.found = null;
    this.find = "";
    this.progress = { rows: 0, bytes: 0, total: 0 };
  }

  private start() {
    this.reset();
    this.overrides = {};
    this.placeChoices = {};
    this.delimiter = "";
    this.encoding = "";
    this.busy = true;
  }

  startFile(file: File) {
    this.start();
    this.session.send({ type: "file", file, places: [...this.places()] });
  }

  startText(text: string, name: string) {
    if (!text.trim()) return;
    this.start();
    this.session.send({ type: "text", text, name, places: [...this.places()] });
  }

  /** Read the file again with the user's delimiter and column choices. */
  rerun() {
    this.busy = true;
    this.session.send({
      type: "rerun",
      delimiter: this.delimiter || undefined,
      encoding: this.encoding || undefined,
      overrides: { ...this.overrides },
      placeChoices: { ...this.placeChoices },
    });
  }

  setDelimiter(d: Delimiter) {
    this.delimiter = d;
    this.rerun();
  }

  setEncoding(e: Encoding) {
    this.encoding = e;
    this.rerun();
  }

  /** Read the file again with `name` taken as the division `id` (or "own"). */
  choosePlace(name: string, id: string) {
    this.placeChoices = { ...this.placeChoices, [name]: id };
    this.profile = null;
    this.rerun();
  }

  setOverride(column: number, o: Override) {
    this.overrides = { ...this.overrides, [column]: o };
    this.rerun();
  }

  cancel() {
    this.session.cancel();
    this.busy = false;
    this.reset();
    this.cancelled = true;
  }

  setMetric(metric: string) {
    this.metric = metric;
    void this.refresh();
  }

  /** Ask again for what the charts draw (after a file, a metric or a language change). */
  async refresh() {
    const a = await this.session.query({
      kind: "compare",
      metric: this.metric,
      year: null,
      lang: this.lang(),
    });
    // On screen in a task of its own, after a paint: not in the message's task,
    // where the worker's answer was just read.
    await afterPaint();
    this.fileFacts = a.facts;
    this.filePlaces = a.places;
    this.omitted = a.omitted;
    const first = this.done?.summary.places[0];
    if (first && !this.profile) this.profile = { place: first.place.id, year: first.years.at(-1)! };
    while (this.stage < LAST_STAGE && this.done) await afterPaint();
    if (this.profile) await this.loadProfile(false);
  }

  showProfile(place: string, year: number) {
    this.profile = { place, year };
    void this.loadProfile(true);
  }

  /** The profile's charts came near the screen (true) or left it. */
  setChartsNear(near: boolean) {
    this.chartsNear = near;
    if (near) for (const go of this.nearWaiting.splice(0)) go();
  }

  private whenNear(): Promise<void> {
    return this.chartsNear ? Promise.resolve() : new Promise((go) => this.nearWaiting.push(go));
  }

  /**
   * Fetch a place-year's figures and draw its charts, one per paint. Charts
   * the person asked for draw at once; otherwise they wait until they come
   * near the screen, and the returned promise does not wait for them.
   */
  private async loadProfile(asked: boolean) {
    const profile = this.profile;
    if (!profile) return;
    const [f, c] = await Promise.all([
      this.session.query({ kind: "placeYear", ...profile }),
      this.session.query({ kind: "context", place: profile.place, lang: this.lang() }),
    ]);
    this.profileFacts = f.facts;
    this.profilePlace = f.places[0] ?? null;
    this.context = c.facts;
    this.contextPlaces = c.places;
    this.chartsShown = 0;
    const draw = async () => {
      if (!asked) await this.whenNear();
      while (this.chartsShown < PLACE_CHARTS.length && this.profile === profile) {
        await afterPaint();
        this.chartsShown += 1;
      }
      await drawingsDone();
      if (this.profile === profile) performance.mark(PROFILE_DRAWN);
    };
    if (asked || this.chartsNear) await draw();
    else void draw();
  }

  /** Places of the file whose name contains `q` (answered by the worker; the last question wins). */
  async search(q: string) {
    this.find = q;
    const mine = ++this.asked;
    const a = await this.session.query({ kind: "places", find: q });
    if (mine === this.asked) this.found = a.places;
  }

  /** The places listed: those found, or the summary's first ones. */
  get listed(): ManifestPlace[] {
    return this.found ?? (this.done?.summary.places ?? []).map(filePlace);
  }

  exportCsv(): Promise<Blob> {
    return this.session.exportCsv();
  }
}
