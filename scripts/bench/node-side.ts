// Node-side figures of the benchmark, run by run.ts in a child process (with --expose-gc and a large heap):
// the build of the bundled data (YAML -> validate -> build -> layout), and data load (parse + build the graph, no
// fetch) of the app's format (readJson + toGraph) against graphology's own path (JSON.parse + Graph.from of the
// serialized graph), alternating A B A B, for the bundled data and each synthetic size. It also writes the browser
// datasets (app and raw files) for run.ts. Usage: node-side.ts <out.json> <data-dir> <runs> <browser sizes> <node sizes>
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import type { KnowledgeBase } from "../../src/core/data/build.ts";
import { readJson, writeJson } from "../../src/core/formats/json.ts";
import { toGraph } from "../../src/core/model/graph.ts";
import { computeLayout } from "../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../src/node/data.ts";
import { buildDataset } from "../../src/node/dataset.ts";
import { toSerializedGraph } from "./raw-graph.ts";
import { row, summarize, type Row } from "./stats.ts";
import { synthesize } from "./synth.ts";

export interface NodeResults {
  rows: Row[];
  /** Per size: where the browser files were written. */
  browserData: Record<string, { app: string; raw: string; hover: string; entities: number; relations: number }>;
}

const [outFile, dataDir, runsArg, browserArg, nodeArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 3);
const BROWSER_SIZES = (browserArg ?? "1000,10000").split(",").filter(Boolean).map(Number);
const NODE_SIZES = (nodeArg ?? "1000,10000,100000").split(",").filter(Boolean).map(Number);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const time = (fn: () => unknown): number => {
  gc();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const log = (s: string) => process.stderr.write(`bench(node): ${s}\n`);

const rows: Row[] = [];
const browserData: NodeResults["browserData"] = {};

// 1. The bundled paper, from YAML to the laid-out knowledge base.
{
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(time(() => computeLayout(toGraph(requireKnowledgeBase()))));
  rows.push(row("build: YAML, validate, build, layout", "paper", "ms", summarize(samples), null));
  log(`bundled build ${summarize(samples).median.toFixed(0)} ms`);
}

/** Data load of one dataset: the app's reader and graph against graphology's, alternating. */
function dataLoad(size: string, appText: string, rawText: string, runs: number, budget: boolean): void {
  const app: number[] = [];
  const raw: number[] = [];
  const parse: number[] = [];
  const rawParse: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(
      time(() => {
        const { dataset, problems } = readJson(appText);
        if (!dataset) throw new Error(`bench: synthetic ${size} is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
        toGraph(dataset.kb, dataset.layout);
      }),
    );
    raw.push(time(() => MultiDirectedGraph.from(JSON.parse(rawText))));
    parse.push(time(() => JSON.parse(appText)));
    rawParse.push(time(() => JSON.parse(rawText)));
  }
  rows.push(
    row(
      "data load: parse + build graph (Node)",
      size,
      "ms",
      summarize(app),
      summarize(raw),
      budget ? { max: 1 / 3, text: "app >= 3x faster than JSON.parse + Graph.from" } : null,
    ),
  );
  rows.push(row("  of which JSON.parse", size, "ms", summarize(parse), summarize(rawParse)));
  const mb = (t: string) => summarize([Buffer.byteLength(t) / 1e6]);
  rows.push(row("data file size", size, "MB", mb(appText), mb(rawText)));
  log(`data load ${size}: app ${summarize(app).median.toFixed(0)} ms, raw ${summarize(raw).median.toFixed(0)} ms`);
}

/** Writes the browser files of one dataset and notes what the pages need. */
function browserFiles(size: string, kb: KnowledgeBase, appText: string, rawText: string, hover: string): void {
  const dir = join(dataDir, size);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "app.json"), appText);
  writeFileSync(join(dir, "raw.json"), rawText);
  browserData[size] = {
    app: join(dir, "app.json"),
    raw: join(dir, "raw.json"),
    hover,
    entities: kb.entities.length,
    relations: kb.relations.length,
  };
}

{
  const { kb, layout } = buildDataset();
  const appText = writeJson(kb, layout);
  const rawText = JSON.stringify(toSerializedGraph(kb, layout));
  // The 1967 model: a hub of the paper's graph (any entity if the data changes).
  browserFiles("paper", kb, appText, rawText, kb.entities.find((e) => e.id === "model-1967")?.id ?? kb.entities[0].id);
  dataLoad("paper", appText, rawText, RUNS, false);
}

/** The two files of a synthetic size (the knowledge base is dropped before timing, to keep the heap small). */
function synthFiles(n: number): { appText: string; rawText: string } {
  const t0 = performance.now();
  const { kb, layout } = synthesize({ entities: n, seed: 1 });
  const appText = writeJson(kb, layout);
  const rawText = JSON.stringify(toSerializedGraph(kb, layout));
  log(`synthesized ${label(n)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (BROWSER_SIZES.includes(n)) browserFiles(label(n), kb, appText, rawText, kb.entities[Math.floor(n / 3)].id);
  return { appText, rawText };
}

for (const n of [...new Set([...BROWSER_SIZES, ...NODE_SIZES])].sort((a, b) => a - b)) {
  const { appText, rawText } = synthFiles(n);
  if (NODE_SIZES.includes(n))
    dataLoad(label(n), appText, rawText, n >= 100_000 ? Math.min(RUNS, 3) : RUNS, n >= 100_000);
}

writeFileSync(outFile, JSON.stringify({ rows, browserData } satisfies NodeResults));
