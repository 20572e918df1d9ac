// Vite config of the benchmark's baseline page (scripts/bench/raw): a production build with the same target as the
// app, relative base so it can be served from any folder. The output folder is chosen by scripts/bench/run.ts.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname + "/raw",
  base: "./",
  logLevel: "warn",
  build: { target: "es2022", sourcemap: false, emptyOutDir: true, chunkSizeWarningLimit: 600 },
});
