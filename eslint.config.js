import js from "@eslint/js";
import ts from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import svelteConfig from "./svelte.config.js";

export default ts.config(
  { ignores: ["dist", "node_modules", "public", "test-results", "bench-results", ".shots"] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: [".svelte"],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // d3-scale's linear scale brings colour and format interpolators (about 8 KB gzip)
    // into every page and embed; the charts map numbers only (src/lib/charts/linear.ts).
    files: ["src/**/*.ts", "src/**/*.svelte"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "d3-scale",
              importNames: ["scaleLinear"],
              message: "Use scaleLinear from src/lib/charts/linear.ts (numbers only, no d3-color).",
            },
          ],
        },
      ],
    },
  },
);
