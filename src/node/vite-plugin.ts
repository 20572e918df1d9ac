// Vite plugin that serves the built knowledge base to the browser as /data/graph.json: validated, laid out and
// serialized at build time (the browser never sees the YAML). Invalid data fails the build, and shows as an error
// overlay in dev, with the same file:line messages as `npm run check:data`.
import type { Plugin } from "vite";
import { writeJson } from "../core/formats/json.ts";
import { DATA_DIR } from "./data.ts";
import { buildDataset } from "./dataset.ts";

export const DATA_URL = "data/graph.json";

export function graphData(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? DATA_DIR;
  let cached: string | undefined;
  const build = () =>
    (cached ??= (() => {
      const { kb, layout } = buildDataset(dir);
      return writeJson(kb, layout);
    })());
  return {
    name: "lankov-graph-data",
    buildStart() {
      this.addWatchFile(dir);
      cached = undefined;
      build();
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: DATA_URL, source: build() });
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on("all", (_event, path) => {
        if (path.startsWith(dir)) {
          cached = undefined;
          server.ws.send({ type: "full-reload" });
        }
      });
      server.middlewares.use(`/${DATA_URL}`, (_req, res) => {
        try {
          const text = build();
          res.setHeader("content-type", "application/json");
          res.end(text);
        } catch (e) {
          res.statusCode = 500;
          res.setHeader("content-type", "text/plain");
          res.end((e as Error).message);
          server.config.logger.error((e as Error).message);
        }
      });
    },
  };
}
