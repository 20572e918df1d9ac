// npm run bench — compares the explorer with raw sigma + graphology in one run (issue 6). Node-side figures run in
// a child process (node-side.ts); then the production build and the raw page (scripts/bench/raw) are served from
// 127.0.0.1 with the bundled paper and synthetic datasets (synth.ts) as data/graph.json, and Debian's Chromium
// loads them alternately, app then raw, several times per size. Prints one table (figure, size, app, raw, ratio,
// budget) and writes it as JSON to bench-results/. Only ratios count: WebGL runs on SwiftShader here.
// Options: --runs N (page loads per page and size; 10k gets at most 3), --quick (2 runs, no 100k),
// --record (also write docs/bench/latest.json and the table of docs/bench/latest.md), --app-root DIR (build the
// explorer from another checkout, to measure a proposed change against the same baseline), --browser-only,
// --profile (CPU profiles of the explorer at 10k entities instead of the table; see profile.ts),
// --record-from FILE (record a finished run's JSON, e.g. bench-results/latest.json, without measuring again).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { format, resolveConfig } from "prettier";
import { build } from "vite";
import { readJson } from "../../src/core/formats/json.ts";
import { launchChromium } from "../../src/node/chromium.ts";
import { measurePage, type PageOptions, type PageSamples, type PageShape } from "./browser.ts";
import type { NodeResults } from "./node-side.ts";
import { profileApp } from "./profile.ts";
import { serveStatic } from "./serve.ts";
import { markdownTable, row, summarize, textTable, type Budget, type Row } from "./stats.ts";
import { halfKinds, searchQueries } from "./synth.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    quick: { type: "boolean", default: false },
    record: { type: "boolean", default: false },
    "app-root": { type: "string" },
    "browser-only": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "record-from": { type: "string" },
  },
});
const RUNS = args.quick ? 2 : Number(args.runs);
if (!(RUNS >= 1)) throw new Error(`bench: --runs must be a positive number, got ${args.runs}`);
const BROWSER_SIZES = [1000, 10_000];
const NODE_SIZES = args.quick || args["browser-only"] ? [] : [1000, 10_000, 100_000];
const APP_ROOT = args["app-root"] ?? ROOT;
const VIEWPORT = { width: 1280, height: 720 };

if (args["record-from"]) {
  // Records a finished run (e.g. bench-results/latest.json) without measuring again.
  const text = readFileSync(args["record-from"], "utf8");
  const done = JSON.parse(text) as { date: string; machine: Record<string, string>; rows: Row[] };
  await record(text, done.date, done.machine, done.rows);
  process.exit(0);
}

if (args.profile) {
  await profileApp(10_000);
  process.exit(0);
}

const started = performance.now();
const loadAtStart = loadavg()[0];
if (loadAtStart > 1.5)
  console.error(
    `bench: warning: load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores; other work will blur the figures`,
  );
const log = (s: string) => console.error(`bench: ${s} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
const tmp = mkdtempSync(join(tmpdir(), "lankov-bench-"));
const rows: Row[] = [];

try {
  // 1. Node-side figures and the browser datasets, in a child with a large heap and a callable GC.
  log("node-side figures");
  const nodeOut = join(tmp, "node.json");
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=10240",
      "--import",
      "tsx",
      join(import.meta.dirname, "node-side.ts"),
      nodeOut,
      join(tmp, "data"),
      String(Math.min(RUNS, 5)),
      BROWSER_SIZES.join(","),
      NODE_SIZES.join(","),
    ],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (child.status !== 0) throw new Error(`bench: the node-side run failed (exit ${child.status})`);
  const node = JSON.parse(readFileSync(nodeOut, "utf8")) as NodeResults;

  // 2. Production builds: the explorer and the raw page.
  log("building the app and the raw page");
  const appDist = join(tmp, "app-dist");
  const rawDist = join(tmp, "raw-dist");
  await build({
    root: APP_ROOT,
    configFile: join(APP_ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: appDist, emptyOutDir: true },
  });
  await build({ configFile: join(import.meta.dirname, "vite.bench.config.ts"), build: { outDir: rawDist } });
  rows.push(...bundleRows(appDist, rawDist));

  // 3. One folder per size and page, each served on its own port (the app is built for the site root).
  const paper = readJson(readFileSync(join(appDist, "data", "graph.json"), "utf8")).dataset;
  if (!paper) throw new Error("bench: the built data/graph.json does not read back");
  const sites: { size: string; app: string; raw: string; hover: string; hideKinds: string[]; queries: string[] }[] = [];
  const site = (size: string, appData: string | null, rawData: string) => {
    const dir = join(tmp, "sites", size);
    cpSync(appDist, join(dir, "app"), { recursive: true });
    if (appData) cpSync(appData, join(dir, "app", "data", "graph.json"));
    cpSync(rawDist, join(dir, "raw"), { recursive: true });
    mkdirSync(join(dir, "raw", "data"), { recursive: true });
    cpSync(rawData, join(dir, "raw", "data", "graph.json"));
    return { app: join(dir, "app"), raw: join(dir, "raw") };
  };
  const kindsOf = (file: string) => readJson(readFileSync(file, "utf8")).dataset!.kb;
  {
    const p = node.browserData.paper;
    sites.push({
      size: "paper",
      ...site("paper", null, p.raw),
      hover: p.hover,
      hideKinds: halfKinds(paper.kb),
      queries: searchQueries(paper.kb, 20),
    });
  }
  for (const [size, d] of Object.entries(node.browserData)) {
    if (size === "paper") continue;
    const kb = kindsOf(d.app);
    sites.push({
      size,
      ...site(size, d.app, d.raw),
      hover: d.hover,
      hideKinds: halfKinds(kb),
      queries: searchQueries(kb, 20),
    });
  }

  // 4. Chromium: app and raw alternately, a fresh context for every load.
  const browser = await launchChromium();
  try {
    for (const s of sites) {
      const big = s.size === "10k";
      const runs = big ? Math.min(RUNS, 3) : RUNS;
      const options: PageOptions = {
        viewport: VIEWPORT,
        hover: s.hover,
        hideKinds: s.hideKinds,
        queries: s.queries,
        // At 10k a frame takes seconds here: a longer animation and more toggles, for enough samples.
        cameraMs: big ? 6000 : 1500,
        toggles: big ? 6 : 3,
      };
      const app = await serveStatic(s.app);
      const raw = await serveStatic(s.raw);
      const samples: { app: PageSamples[]; raw: PageSamples[] } = { app: [], raw: [] };
      try {
        for (let i = 0; i < runs; i++) {
          log(`${s.size}: run ${i + 1} of ${runs}, app`);
          samples.app.push(await measurePage(browser, app.url, options));
          const c = samples.app[0].shape.canvas;
          const rawUrl = `${raw.url}?left=${c.left}&top=${c.top}&w=${c.width}&h=${c.height}`;
          log(`${s.size}: run ${i + 1} of ${runs}, raw`);
          samples.raw.push(await measurePage(browser, rawUrl, options));
          if (i === 0) sameDrawing(s.size, samples.app[0].shape, samples.raw[0].shape);
        }
      } finally {
        await app.close();
        await raw.close();
      }
      rows.push(...browserRows(s.size, samples.app, samples.raw));
    }
  } finally {
    await browser.close();
  }
  if (!args["browser-only"]) rows.push(...node.rows);
  await report(rows);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Both pages must draw the same graph with the same settings, or their ratios mean nothing. */
function sameDrawing(size: string, app: PageShape, raw: PageShape): void {
  const what = (s: PageShape) => `${s.nodes} nodes, ${s.edges} edges, ${s.curved} curved`;
  if (what(app) !== what(raw)) throw new Error(`bench ${size}: app draws ${what(app)}, raw draws ${what(raw)}`);
  if (app.settings !== raw.settings) {
    const a = JSON.parse(app.settings) as Record<string, unknown>;
    const r = JSON.parse(raw.settings) as Record<string, unknown>;
    const diff = Object.keys({ ...a, ...r }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(r[k]));
    throw new Error(`bench ${size}: sigma settings differ between app and raw page: ${diff.join(", ")}`);
  }
  if (app.canvas.width !== raw.canvas.width || app.canvas.height !== raw.canvas.height)
    throw new Error(`bench ${size}: canvas sizes differ`);
}

function browserRows(size: string, app: PageSamples[], raw: PageSamples[]): Row[] {
  const at10k = size === "10k";
  const b = (max: number, text: string): Budget | null => (at10k ? { max, text } : null);
  const s = (list: PageSamples[], pick: (p: PageSamples) => number | number[]) => summarize(list.flatMap(pick));
  return [
    row(
      "load to first frame",
      size,
      "ms",
      s(app, (p) => p.load),
      s(raw, (p) => p.load),
      size === "paper" ? { max: 1.2, text: "<= 1.2x raw" } : b(1.0, "<= 1.0x raw"),
    ),
    row(
      "camera animation frame",
      size,
      "ms",
      s(app, (p) => p.frames),
      s(raw, (p) => p.frames),
      b(1.1, "<= 1.1x raw"),
    ),
    row(
      "filter toggle (hide half) to frame",
      size,
      "ms",
      s(app, (p) => p.filter),
      s(raw, (p) => p.filter),
      b(1.2, "<= 1.2x raw"),
    ),
    row(
      "hover highlight to frame",
      size,
      "ms",
      s(app, (p) => p.hover),
      s(raw, (p) => p.hover),
      b(1.2, "<= 1.2x raw"),
    ),
    row(
      "search (app: MiniSearch; raw: label scan)",
      size,
      "ms",
      s(app, (p) => p.search),
      s(raw, (p) => p.search),
    ),
    row(
      "JS heap after load",
      size,
      "MB",
      s(app, (p) => p.heap),
      s(raw, (p) => p.heap),
      b(1.5, "<= 1.5x raw"),
    ),
  ];
}

/** Gzipped size of the built JavaScript and CSS (level 9), in KB. */
function bundleRows(appDist: string, rawDist: string): Row[] {
  const gz = (dir: string, ext: string) =>
    readdirSync(join(dir, "assets"))
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, "assets", f)), { level: 9 }).length / 1000, 0);
  // What index.html loads before anything else (its script and module preloads); the rest loads on demand.
  const atStart = (dir: string) =>
    [...readFileSync(join(dir, "index.html"), "utf8").matchAll(/(?:src|href)="[^"]*?assets\/([^"]+\.js)"/g)]
      .map((m) => gzipSync(readFileSync(join(dir, "assets", m[1])), { level: 9 }).length / 1000)
      .reduce((a, b) => a + b, 0);
  const one = (v: number) => summarize([v]);
  const js = row("bundle: JS, all chunks (gzip)", "-", "KB", one(gz(appDist, ".js")), one(gz(rawDist, ".js")));
  js.budget = { max: 250, text: "app <= 250 KB" };
  js.met = js.app.median <= 250;
  return [
    js,
    row("  of which loaded at start", "-", "KB", one(atStart(appDist)), one(atStart(rawDist))),
    row("bundle: CSS (gzip)", "-", "KB", one(gz(appDist, ".css")), null),
  ];
}

async function record(json: string, date: string, machine: Record<string, string>, all: Row[]): Promise<void> {
  mkdirSync(join(ROOT, "docs", "bench"), { recursive: true });
  await writePretty(join(ROOT, "docs", "bench", "latest.json"), json);
  await recordMarkdown(join(ROOT, "docs", "bench", "latest.md"), date, machine, all);
  console.error("bench: recorded docs/bench/latest.json and the table of docs/bench/latest.md");
}

/** Recorded files are part of the repository: written as `prettier --check` wants them. */
async function writePretty(file: string, text: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}

async function report(all: Row[]): Promise<void> {
  const when = new Date().toISOString();
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" });
  const machine = {
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? "?"}`,
    node: process.version,
    chromium: chromium.stdout?.trim().split("\n")[0] ?? "?",
    webgl: "SwiftShader (software)",
    load: `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
  };
  const result = {
    date: when,
    machine,
    runs: RUNS,
    seconds: Math.round((performance.now() - started) / 1000),
    rows: all,
  };
  console.log(`\n${textTable(all)}\n`);
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  const json = JSON.stringify(result, null, 2) + "\n";
  writeFileSync(join(ROOT, "bench-results", `bench-${when.replace(/[:.]/g, "-")}.json`), json);
  writeFileSync(join(ROOT, "bench-results", "latest.json"), json);
  log("wrote bench-results/latest.json");
  if (args.record) await record(json, result.date, machine, all);
}

/** Replaces the table between the markers of docs/bench/latest.md, keeping the notes around it. */
async function recordMarkdown(file: string, date: string, machine: Record<string, string>, all: Row[]): Promise<void> {
  const start = "<!-- bench:table:start -->";
  const end = "<!-- bench:table:end -->";
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    text = `# Benchmark: the explorer against raw sigma + graphology\n\n${start}\n${end}\n`;
  }
  const table = [
    start,
    `Recorded ${date.slice(0, 10)} on ${machine.cpus}, Node ${machine.node}, ${machine.chromium}, WebGL on ` +
      `${machine.webgl}; ${machine.load}.`,
    "",
    markdownTable(all),
    end,
  ].join("\n");
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`bench: ${file} has no ${start} ... ${end} markers`);
  await writePretty(file, text.slice(0, i) + table + text.slice(j + end.length));
}
