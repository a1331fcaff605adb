/** Small pure helpers for the benchmark: summary statistics and display formats. */

/** Median of the finite values; null when there are none. */
export function median(values: readonly number[]): number | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Smallest and largest finite value; null when there are none. */
export function range(values: readonly number[]): { min: number; max: number } | null {
  const v = values.filter(Number.isFinite);
  if (!v.length) return null;
  return { min: Math.min(...v), max: Math.max(...v) };
}

/** Bytes as kB / MB with 1 kB = 1000 bytes (as Vite reports sizes). */
export function formatBytes(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return "—";
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(2)} MB`;
}

export function formatMs(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return "—";
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`;
}

/** Text table with left-aligned first column and right-aligned others. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 0 ? pad(c, widths[i]!, "end") : pad(c, widths[i]!, "start")))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, w: number, side: "start" | "end"): string {
  const fill = " ".repeat(Math.max(0, w - width(s)));
  return side === "start" ? fill + s : s + fill;
}
