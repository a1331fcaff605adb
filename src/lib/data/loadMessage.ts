/**
 * A load failure in the page's language, naming the file and what to do; the
 * loader's own messages are English, for logs and tests.
 */
import type { Lang } from "../format/number.ts";
import { t } from "../format/strings.ts";
import { DataLoadError } from "./load.ts";

/** The file's path inside the data folder ("suzhou/2022.json"), from its URL. */
function fileOf(url: string): string {
  const path = url.replace(/[?#].*$/, "");
  const i = path.lastIndexOf("/data/");
  return i >= 0 ? path.slice(i + 6) : (path.split("/").pop() ?? path);
}

export function loadMessage(e: unknown, lang: Lang): string {
  if (!(e instanceof DataLoadError))
    return t(lang, "ldOther", { message: e instanceof Error ? e.message : String(e) });
  const file = fileOf(e.url);
  switch (e.kind) {
    case "missing":
      return t(lang, "ldMissing", { file });
    case "http":
      return t(lang, "ldHttp", { file, status: e.detail ?? "?" });
    case "network":
      return t(lang, "ldNetwork", { file });
    case "timeout":
      return t(lang, "ldTimeout", { file, s: e.detail ?? "?" });
    case "truncated":
      return t(lang, "ldTruncated", { file });
    case "checksum":
      return t(lang, "ldChecksum", { file });
    case "corrupt":
      return t(lang, "ldCorrupt", { file });
    case "stale":
      return t(lang, "ldStale", { file });
    case "html":
      return t(lang, "ldHtml", { file });
  }
}
