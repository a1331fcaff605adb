import { build, defineConfig, type Plugin } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { resolve } from "node:path";

const here = import.meta.dirname;

/**
 * dist/embed.js: the host page's resize script, at a stable, unhashed URL and
 * as a self-contained classic script (no imports), so a government page can
 * load it with one plain `<script src>`.
 */
function embedHostScript(): Plugin {
  return {
    name: "hotline-embed-host-script",
    apply: "build",
    async generateBundle() {
      const out = await build({
        configFile: false,
        logLevel: "warn",
        build: {
          write: false,
          target: "es2019",
          minify: true,
          lib: {
            entry: resolve(here, "src/embed/host.ts"),
            formats: ["iife"],
            name: "hotlineEmbedHost",
            fileName: () => "embed.js",
          },
        },
      });
      const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) =>
        "output" in o ? o.output : [],
      );
      const chunk = outputs.find((o) => o.type === "chunk");
      if (!chunk || chunk.type !== "chunk") throw new Error("embed.js was not built");
      this.emitFile({ type: "asset", fileName: "embed.js", source: chunk.code });
    },
  };
}

/**
 * Modules of libraries and data that a page uses only in part (a dictionary, a
 * gazetteer, the Arrow decoder): their chunks are left to V8's usual lazy
 * compilation.
 */
const USED_IN_PART = [
  "/node_modules/pinyin-pro/",
  "/node_modules/opencc-js/",
  "/node_modules/apache-arrow/",
  "/src/lib/places/divisions.json",
];

/**
 * V8's explicit compile hint (Chrome 136 and later): a script whose first line
 * is `//# allFunctionsCalledOnLoad` is compiled whole on a background thread
 * while it downloads, instead of function by function on the main thread the
 * first time each runs. The chunks of the views' own code (and Svelte's
 * runtime) carry it: on a phone that took about half of the compilation out of
 * the tasks that build the page (measured with Chromium's trace: 57 to 30 ms of
 * the main thread's compile time on a profile's load, unthrottled). Other
 * browsers read it as a comment.
 */
function compileHints(): Plugin {
  return {
    name: "hotline-compile-hints",
    apply: "build",
    generateBundle: {
      // After Vite's own additions to a chunk's start (the preload helper's list).
      order: "post",
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk") continue;
          if (chunk.moduleIds.some((id) => USED_IN_PART.some((m) => id.includes(m)))) continue;
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

// `base: "./"` keeps every asset and data URL relative, so the built site works
// from any sub-path of any static host (e.g. /12345/dashboard/).
export default defineConfig({
  base: "./",
  plugins: [svelte(), embedHostScript(), compileHints()],
  build: {
    target: "es2022",
    rollupOptions: {
      input: {
        index: resolve(here, "index.html"),
        embed: resolve(here, "embed.html"),
      },
    },
  },
  // The preview worker is a module worker: as ES it keeps its dynamic imports (the
  // gazetteer, the traditional-character converter) as chunks loaded only when needed.
  worker: { format: "es" },
  preview: { host: "127.0.0.1", port: 4173 },
});
