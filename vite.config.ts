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

// `base: "./"` keeps every asset and data URL relative, so the built site works
// from any sub-path of any static host (e.g. /12345/dashboard/).
export default defineConfig({
  base: "./",
  plugins: [svelte(), embedHostScript()],
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
