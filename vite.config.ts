// Vite builds the explorer (Svelte 5) with the knowledge base prebuilt by the graphData plugin; Vitest runs two
// projects: `unit` (Node: core, data, exports) and `browser` (the production build in Debian's Chromium).
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";
import { csp } from "./src/node/csp.ts";
import { graphData } from "./src/node/vite-plugin.ts";

export default defineConfig({
  plugins: [svelte(), graphData(), csp()],
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 600 },
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "tests/core/**/*.test.ts",
            "tests/node/**/*.test.ts",
            "tests/data/**/*.test.ts",
            "tests/bench/**/*.test.ts",
          ],
          environment: "node",
          // Some checks walk the whole knowledge base (every search query, every edge's curvature); 5 s is too tight
          // on a busy 2-core machine. A hang still fails.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/setup/global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A poll waits for the app to settle; 1 s (Vitest's default) is too tight while Chromium renders in software
          // next to another test file. A real failure still fails, 10 s later.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
