/**
 * Fetching the published data in the browser: the manifest, then Arrow files
 * checked against the manifest's size and SHA-256 before they are decoded.
 * Every failure becomes a DataLoadError with a kind and a message a person can
 * act on, within a bounded time — never a hang or a blank page.
 */
import { FactsJsonError, jsonBuild, jsonToFacts } from "./factsJson.ts";
import type { Fact } from "./fact.ts";
import {
  metricPath,
  placePeriodsPath,
  placeYearPath,
  type Manifest,
  type ManifestFile,
  type ManifestReport,
} from "./manifest.ts";
import type { QualityIssue } from "./quality.ts";
import type { SourceRecord } from "./citation.ts";

export type DataLoadErrorKind =
  | "missing"
  | "http"
  | "network"
  | "timeout"
  | "truncated"
  | "checksum"
  | "corrupt"
  | "stale"
  | "html";

/**
 * A data file that could not be used. `message` is English, for logs and
 * tests; pages say it in their own language with `loadMessage`.
 */
export class DataLoadError extends Error {
  override name = "DataLoadError";
  constructor(
    readonly kind: DataLoadErrorKind,
    readonly url: string,
    message: string,
    /** HTTP status for "http" and "missing"; seconds waited for "timeout". */
    readonly detail: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Whether bytes are an HTML page (a server's "not found" or login page
 * answered with 200) rather than the data file asked for.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|!--|meta|title)/.test(head);
}

export interface LoaderOptions {
  /** Base URL of the data folder, relative to the page by default. */
  base?: string | URL;
  /**
   * Start loading the Arrow reader at once (the dashboard, whose overview reads
   * per-metric files); by default it loads only when an Arrow file is asked for.
   */
  eagerArrow?: boolean;
  /** Milliseconds before a request is abandoned. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The platform's digest; by default `crypto.subtle`, absent on plain http (null: absent). */
  subtle?: SubtleCrypto | null;
}

function resolve(base: string | URL, path: string): string {
  const b =
    typeof base === "string"
      ? new URL(base, globalThis.location?.href ?? "http://localhost/")
      : base;
  return new URL(path, b.href.endsWith("/") ? b : new URL(`${b.href}/`)).href;
}

async function fetchBytes(url: string, opts: LoaderOptions): Promise<Uint8Array> {
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await doFetch(url, { signal: ctrl.signal });
    } catch (e) {
      if (ctrl.signal.aborted)
        throw new DataLoadError(
          "timeout",
          url,
          `No answer for ${url} within ${timeoutMs / 1000} s.`,
          timeoutMs / 1000,
        );
      throw new DataLoadError("network", url, `Could not fetch ${url}: ${(e as Error).message}`);
    }
    if (res.status === 404)
      throw new DataLoadError("missing", url, `${url} was not found (HTTP 404).`, 404);
    if (!res.ok)
      throw new DataLoadError("http", url, `${url} answered HTTP ${res.status}.`, res.status);
    try {
      return new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      if (ctrl.signal.aborted)
        throw new DataLoadError(
          "timeout",
          url,
          `${url} did not finish within ${timeoutMs / 1000} s.`,
          timeoutMs / 1000,
        );
      throw new DataLoadError("network", url, `Reading ${url} failed: ${(e as Error).message}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The file's SHA-256. crypto.subtle exists only in secure contexts (https,
 * localhost); on a plain http host the pure implementation checks instead, so
 * the check never silently does not run.
 */
async function sha256Hex(bytes: Uint8Array, subtle: SubtleCrypto | undefined): Promise<string> {
  // Loaded only where it is needed, so pages on https do not carry it.
  if (!subtle) return (await import("./sha256.ts")).sha256(bytes);
  const digest = await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Check bytes against the manifest entry: size first (cheap), then SHA-256. */
async function verifyFile(
  bytes: Uint8Array,
  entry: ManifestFile,
  url: string,
  subtle: SubtleCrypto | undefined,
): Promise<void> {
  if (bytes.length !== entry.bytes && looksLikeHtml(bytes))
    throw new DataLoadError("html", url, `${url} is an HTML page, not the data file.`);
  if (bytes.length !== entry.bytes) {
    const kind = bytes.length < entry.bytes ? "truncated" : "corrupt";
    throw new DataLoadError(
      kind,
      url,
      `${url} has ${bytes.length} bytes; the manifest says ${entry.bytes}${kind === "truncated" ? " (truncated download?)" : ""}.`,
    );
  }
  const hash = await sha256Hex(bytes, subtle);
  if (hash !== entry.sha256)
    throw new DataLoadError(
      "checksum",
      url,
      `${url} does not match its SHA-256 checksum in the manifest.`,
    );
}

export interface DataSource {
  manifest: Manifest;
  /** Load the facts of one file listed in the manifest: "metric/demand_total.arrow", "suzhou/2022.json". */
  facts(path: string): Promise<Fact[]>;
  /**
   * Every place's and year's figures of these metrics (one file each). A
   * metric without a file has no published figure anywhere: it adds nothing.
   */
  metricFacts(metrics: readonly string[]): Promise<Fact[]>;
  /** All figures of one place, every year it has (its place-year files). */
  placeFacts(placeId: string): Promise<Fact[]>;
  /**
   * One place's figures of other periods than years (`<place>/periods.json`);
   * none, without a request, when the manifest lists no other periods for it.
   */
  periodFacts(placeId: string): Promise<Fact[]>;
  quality(): Promise<QualityIssue[]>;
  /** The reports the data comes from (for the data quality view). */
  reports(): Promise<ManifestReport[]>;
  /** The source records by id (sources.json), for citations. */
  sources(): Promise<Map<string, SourceRecord>>;
}

/** Open the published data: fetches and checks the manifest, loads files on demand (cached). */
export async function openData(opts: LoaderOptions = {}): Promise<DataSource> {
  const base = opts.base ?? "data/";
  const subtle = opts.subtle === undefined ? globalThis.crypto?.subtle : (opts.subtle ?? undefined);
  // The Arrow decoder is the largest dependency; pages that read only the
  // small JSON files (embeds) never download it.
  let arrowReader: Promise<typeof import("./arrow.ts")> | null = null;
  const reader = () => (arrowReader ??= import("./arrow.ts"));
  if (opts.eagerArrow) void reader();
  const manifestUrl = resolve(base, "manifest.json");
  const raw = await fetchBytes(manifestUrl, opts);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(raw)) as Manifest;
  } catch {
    if (looksLikeHtml(raw))
      throw new DataLoadError("html", manifestUrl, `${manifestUrl} is an HTML page, not JSON.`);
    throw new DataLoadError("corrupt", manifestUrl, `${manifestUrl} is not valid JSON.`);
  }
  if (
    manifest?.version !== 2 ||
    typeof manifest.build !== "string" ||
    !Array.isArray(manifest.places) ||
    !Array.isArray(manifest.files)
  )
    throw new DataLoadError(
      "corrupt",
      manifestUrl,
      `${manifestUrl} is not a manifest this page understands.`,
    );

  const entries = new Map(manifest.files.map((f) => [f.path, f]));
  const cache = new Map<string, Promise<unknown>>();

  /** The per place-year JSON files of the places and years the manifest lists, and their periods files. */
  const placeYears = new Set(
    manifest.places.flatMap((p) => [
      ...[...p.years, ...p.derived_years].map((y) => placeYearPath(p.id, y)),
      ...(p.periods ? [placePeriodsPath(p.id)] : []),
    ]),
  );

  /**
   * Fetch a file and check it: a shared file against its size and SHA-256 in
   * the manifest, a place-year file against the build it names.
   */
  async function verified(path: string): Promise<{ bytes: Uint8Array; url: string }> {
    const url = resolve(base, path);
    const entry = entries.get(path);
    if (!entry && !placeYears.has(path))
      throw new DataLoadError("missing", url, `${path} is not listed in the manifest.`);
    const bytes = await fetchBytes(url, opts);
    if (entry) await verifyFile(bytes, entry, url, subtle);
    else if (looksLikeHtml(bytes))
      throw new DataLoadError("html", url, `${url} is an HTML page, not the data file.`);
    else if (jsonBuild(bytes) !== manifest.build)
      throw new DataLoadError(
        "stale",
        url,
        `${url} belongs to another version of the data than the manifest (${manifest.build}); reload the page.`,
      );
    return { bytes, url };
  }

  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      // A failed load may be retried later; only successes are kept.
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  }

  const facts = (path: string): Promise<Fact[]> =>
    once(path, async () => {
      const [{ bytes, url }, arrow] = await Promise.all([
        verified(path),
        path.endsWith(".arrow") ? reader() : null,
      ]);
      try {
        return arrow ? arrow.arrowToFacts(bytes) : jsonToFacts(bytes);
      } catch (e) {
        const known = e instanceof FactsJsonError || (arrow && e instanceof arrow.ArrowFormatError);
        const why = known ? (e as Error).message : "it could not be decoded";
        const kind = arrow ? "Arrow" : "facts";
        throw new DataLoadError("corrupt", url, `${url} is not a valid ${kind} file: ${why}.`);
      }
    });

  return {
    manifest,
    facts,
    metricFacts: async (metrics) => {
      const listed = metrics.map(metricPath).filter((p) => entries.has(p));
      return (await Promise.all(listed.map(facts))).flat();
    },
    placeFacts: async (placeId) => {
      const place = manifest.places.find((p) => p.id === placeId);
      if (!place)
        throw new DataLoadError("missing", manifestUrl, `No place “${placeId}” in the manifest.`);
      const years = [...place.years, ...place.derived_years].sort((a, b) => a - b);
      return (await Promise.all(years.map((y) => facts(placeYearPath(placeId, y))))).flat();
    },
    periodFacts: async (placeId) => {
      const place = manifest.places.find((p) => p.id === placeId);
      if (!place)
        throw new DataLoadError("missing", manifestUrl, `No place “${placeId}” in the manifest.`);
      return place.periods ? facts(placePeriodsPath(placeId)) : [];
    },
    reports: () =>
      once("reports.json", async () => {
        const { bytes, url } = await verified("reports.json");
        try {
          return (JSON.parse(new TextDecoder().decode(bytes)) as { reports: ManifestReport[] })
            .reports;
        } catch {
          throw new DataLoadError("corrupt", url, `${url} is not valid JSON.`);
        }
      }),
    sources: () =>
      once("sources.json", async () => {
        // The reader comes with the file: citations are never part of a first load.
        const [{ bytes, url }, { parseSourcesJson, SourcesFileError }] = await Promise.all([
          verified("sources.json"),
          import("./sourcesFile.ts"),
        ]);
        try {
          return parseSourcesJson(new TextDecoder().decode(bytes));
        } catch (e) {
          const why = e instanceof SourcesFileError ? e.message : String(e);
          throw new DataLoadError("corrupt", url, `${url} is not a valid sources file: ${why}.`);
        }
      }),
    quality: () =>
      once("quality.json", async () => {
        const { bytes, url } = await verified("quality.json");
        try {
          return (JSON.parse(new TextDecoder().decode(bytes)) as { issues: QualityIssue[] }).issues;
        } catch {
          throw new DataLoadError("corrupt", url, `${url} is not valid JSON.`);
        }
      }),
  };
}
