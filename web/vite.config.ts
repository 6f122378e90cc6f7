/**
 * Builds the web app with the repository's Vite: `npx vite build web` (or `npm run build:web`)
 * writes `web/dist/`, which `statecraft serve` serves. No package.json of its own: dependencies
 * (preact, @observablehq/plot) come from the root.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // One chart library and one UI library: a single chunk keeps the CSP simple and loads fast.
    chunkSizeWarningLimit: 1200,
  },
  // `npx vite web` for live reload, with `statecraft serve` running on its default port for the API.
  server: { host: "127.0.0.1", proxy: { "/api": "http://127.0.0.1:4173" } },
});
