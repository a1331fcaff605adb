/**
 * Chart downloads: a standalone SVG file with the chart's context, a PNG
 * drawn from it, and CSV of the chart's figures. Everything happens in the page; nothing is uploaded.
 */
import { layoutExport, SWATCH, type ExportText } from "./exportLayout.ts";
import type { LegendKey } from "./legend.ts";
import { recordsToCsv, type ChartRecord } from "./records.ts";
import { THEME } from "./theme.ts";

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Serialise a chart's <svg> as a standalone file that keeps its context: the
 * title and definition above, the legend, the source (wrapped to the width)
 * and the site's address below (exportLayout.ts).
 */
export function standaloneSvg(
  parts: readonly { heading: string; svg: SVGSVGElement }[],
  text: ExportText,
): string {
  const ns = "http://www.w3.org/2000/svg";
  const el = (name: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  // A chart drawn in groups (one per definition) is stacked, each under its heading.
  const sized = parts.map((p) => ({
    ...p,
    w: Number(p.svg.getAttribute("width")) || p.svg.clientWidth,
    h: Number(p.svg.getAttribute("height")) || p.svg.clientHeight,
  }));
  const HEAD = 22;
  const GAP = 8;
  const w = Math.max(0, ...sized.map((p) => p.w));
  const h = sized.reduce((n, p) => n + (p.heading ? HEAD : 0) + p.h + GAP, 0) - GAP;
  const frame = layoutExport(w, Math.max(0, h), text);
  const wrap = el("svg", {
    xmlns: ns,
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    "font-family": FONT,
  });
  wrap.append(el("rect", { width: "100%", height: "100%", fill: THEME.paper }));
  let y = frame.chartY;
  for (const p of sized) {
    if (p.heading) {
      const head = el("text", {
        x: frame.chartX,
        y: y + 15,
        "font-size": 12.5,
        "font-weight": "600",
        fill: THEME.ink,
      });
      head.textContent = p.heading;
      wrap.append(head);
      y += HEAD;
    }
    const clone = p.svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("xmlns", ns);
    clone.setAttribute("font-family", FONT);
    clone.removeAttribute("class");
    clone.setAttribute("x", String(frame.chartX));
    clone.setAttribute("y", String(y));
    wrap.append(clone);
    y += p.h + GAP;
  }
  for (const line of frame.lines) {
    if (line.swatch) wrap.append(swatch(el, line.swatch, line.x - SWATCH, line.y));
    const node = el("text", {
      x: line.x,
      y: line.y,
      "font-size": line.size,
      "font-weight": line.weight,
      fill: line.tone === "ink" ? THEME.ink : THEME.muted,
    });
    node.textContent = line.text;
    wrap.append(node);
  }
  return new XMLSerializer().serializeToString(wrap);
}

/** A legend entry's mark, as the chart draws it: hollow dashed, ⚠, or the highlight colour. */
function swatch(
  el: (name: string, attrs: Record<string, string | number>) => Element,
  key: LegendKey,
  x: number,
  y: number,
): Element {
  if (key === "flagged") {
    const e = el("text", { x, y, "font-size": 11, fill: THEME.ink });
    e.textContent = "⚠";
    return e;
  }
  return key === "derived"
    ? el("rect", {
        x,
        y: y - 9,
        width: 16,
        height: 10,
        fill: THEME.paper,
        stroke: THEME.mark,
        "stroke-width": 1.5,
        "stroke-dasharray": "4 3",
      })
    : el("rect", { x, y: y - 9, width: 16, height: 10, fill: THEME.own });
}

/** Draw SVG markup onto a canvas at 2× and return a PNG. Uses a data: URL (allowed by our CSP). */
export function svgToPng(markup: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = img.width * scale;
      canvas.height = img.height * scale;
      const ctx = canvas.getContext("2d");
      if (!ctx) return reject(new Error("no 2D canvas"));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))),
        "image/png",
      );
    };
    img.onerror = () => reject(new Error("the SVG could not be drawn"));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** Offer a Blob as a file download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart's figures as CSV: one column per field, values as plain numbers (records.ts). */
export function recordsCsv(records: readonly ChartRecord[]): Blob {
  return new Blob([recordsToCsv(records)], { type: "text/csv;charset=utf-8" });
}
