import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { resolve } from "node:path";

// `base: "./"` keeps every asset and data URL relative, so the built site works
// from any sub-path of any static host (e.g. /12345/dashboard/).
export default defineConfig({
  base: "./",
  plugins: [svelte()],
  build: {
    target: "es2022",
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, "index.html") },
    },
  },
  preview: { host: "127.0.0.1", port: 4173 },
});
