/**
 * Chart downloads: a standalone SVG file, a PNG drawn from it, and CSV of the
 * values drawn. Everything happens in the page; nothing is uploaded.
 */
import { toCsv } from "../data/csv.ts";
import { THEME } from "./theme.ts";

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Serialise a chart's <svg> as a standalone file with a title and source line. */
export function standaloneSvg(svg: SVGSVGElement, title: string, source: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const w = Number(svg.getAttribute("width")) || svg.clientWidth;
  const h = Number(svg.getAttribute("height")) || svg.clientHeight;
  const ns = "http://www.w3.org/2000/svg";
  clone.setAttribute("xmlns", ns);
  clone.setAttribute("font-family", FONT);
  clone.removeAttribute("class");
  const wrap = document.createElementNS(ns, "svg");
  wrap.setAttribute("xmlns", ns);
  wrap.setAttribute("width", String(w + 24));
  wrap.setAttribute("height", String(h + 72));
  wrap.setAttribute("font-family", FONT);
  const bg = document.createElementNS(ns, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", THEME.paper);
  const t = document.createElementNS(ns, "text");
  t.setAttribute("x", "12");
  t.setAttribute("y", "24");
  t.setAttribute("font-size", "15");
  t.setAttribute("font-weight", "600");
  t.setAttribute("fill", THEME.ink);
  t.textContent = title;
  const s = document.createElementNS(ns, "text");
  s.setAttribute("x", "12");
  s.setAttribute("y", String(h + 60));
  s.setAttribute("font-size", "11");
  s.setAttribute("fill", THEME.muted);
  s.textContent = source;
  clone.setAttribute("x", "12");
  clone.setAttribute("y", "36");
  wrap.append(bg, t, clone, s);
  return new XMLSerializer().serializeToString(wrap);
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

/** A chart's table as CSV (UTF-8 with BOM, injection-safe). */
export function tableCsv(columns: readonly string[], rows: readonly (readonly string[])[]): Blob {
  return new Blob([toCsv([columns, ...rows])], { type: "text/csv;charset=utf-8" });
}
