// npm run bench -- --profile (or tsx scripts/bench/profile.ts [entities], 0 for the bundled paper): where the
// explorer's time goes, for the
// closing note of docs/bench/latest.md. Builds the app unminified (so functions keep their names), serves it with a
// synthetic dataset, and records Chromium CPU profiles (CDP Profiler) of the load to the first frame, a filter
// toggle and a hover, with a Chrome trace of each (renderer and GPU process threads: where time goes outside
// JavaScript, e.g. SwiftShader). Prints the functions with the most time (inclusive, outermost call only, and self)
// and the busiest threads, and writes the .cpuprofile and .trace.json files to bench-results/ (open them in Chrome
// DevTools' Performance panel).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { writeJson } from "../../src/core/formats/json.ts";
import { launchChromium } from "../../src/node/chromium.ts";
import { buildDataset } from "../../src/node/dataset.ts";
import { serveStatic } from "./serve.ts";
import { synthesize } from "./synth.ts";

/** The parts of a V8 CPU profile (CDP Profiler.Profile) read here. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  ms: number;
}

/** Self and inclusive time per function of a CPU profile; inclusive counts only a function's outermost calls. */
export function profileTimes(profile: Profile): { self: FunctionTime[]; total: FunctionTime[]; ms: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"}\u0000${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (id: number, open: Set<string>): number => {
    const n = byId.get(id)!;
    const key = keyOf(n);
    const own = selfMs.get(id) ?? 0;
    self.set(key, (self.get(key) ?? 0) + own);
    const outer = !open.has(key);
    if (outer) open.add(key);
    let sum = own;
    for (const c of n.children ?? []) sum += walk(c, open);
    if (outer) {
      open.delete(key);
      total.set(key, (total.get(key) ?? 0) + sum);
    }
    return sum;
  };
  const ms = walk(profile.nodes[0].id, new Set());
  const list = (m: Map<string, number>) =>
    [...m]
      .map(([k, v]) => {
        const [name, where] = k.split("\u0000");
        return { name, where, ms: v };
      })
      .sort((a, b) => b.ms - a.ms);
  return { self: list(self), total: list(total), ms };
}

const TRACE_CATEGORIES = ["devtools.timeline", "v8.execute", "disabled-by-default-v8.gc", "gpu", "viz"];

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Per thread of a Chrome trace: busy time (top-level complete events) and self time per event name. */
export function traceTimes(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): {
  thread: string;
  ms: number;
  names: { name: string; ms: number }[];
}[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "?");
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  const out = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<string, number>();
    const stack: { end: number; name: string }[] = [];
    let busy = 0;
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur! / 1000);
      else busy += e.dur! / 1000;
      self.set(e.name, (self.get(e.name) ?? 0) + e.dur! / 1000);
      stack.push({ end: e.ts + e.dur!, name: e.name });
    }
    const ranked = [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
    out.push({ thread: `${names.get(key) ?? "?"} (${key})`, ms: busy, names: ranked });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

export async function profileApp(entities: number): Promise<void> {
  const root = join(import.meta.dirname, "..", "..");
  const tmp = mkdtempSync(join(tmpdir(), "lankov-profile-"));
  const out = join(root, "bench-results");
  mkdirSync(out, { recursive: true });
  try {
    const dist = join(tmp, "app");
    await build({ root, logLevel: "warn", build: { outDir: dist, emptyOutDir: true, minify: false } });
    // 0 entities: the bundled paper, as built.
    const { kb, layout } = entities ? synthesize({ entities, seed: 1 }) : buildDataset();
    if (entities) writeFileSync(join(dist, "data", "graph.json"), writeJson(kb, layout));
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.addInitScript("globalThis.__name = (f) => f;");
      const cdp = await context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      const record = async (name: string, action: () => Promise<unknown>) => {
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        await cdp.send("Profiler.start");
        const t0 = performance.now();
        await action();
        const wall = performance.now() - t0;
        const { profile } = await cdp.send("Profiler.stop");
        const trace = await browser.stopTracing();
        writeFileSync(join(out, `profile-${entities}-${name}.cpuprofile`), JSON.stringify(profile));
        writeFileSync(join(out, `profile-${entities}-${name}.trace.json`), trace);
        const t = profileTimes(profile);
        console.log(`\n${name}: ${wall.toFixed(0)} ms wall, ${t.ms.toFixed(0)} ms sampled on the main thread`);
        console.log("  trace, busiest threads (self time of their top event names):");
        for (const th of traceTimes(JSON.parse(trace.toString("utf8"))).slice(0, 4))
          console.log(
            `    ${th.thread}: ${th.ms.toFixed(0)} ms — ` +
              th.names
                .slice(0, 6)
                .map((n) => `${n.name} ${n.ms.toFixed(0)}`)
                .join(", "),
          );
        console.log("  inclusive (outermost calls):");
        for (const f of t.total.slice(0, 25))
          console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
        console.log("  self:");
        for (const f of t.self.slice(0, 15))
          console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
      };
      type W = { __explorer?: { canvas: unknown; setFilters: (p: object) => void; hovered: string | null } };
      const settle = () =>
        page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await record("load", async () => {
        await page.goto(server.url);
        await page.waitForFunction(() => Boolean((window as W).__explorer?.canvas), null, { timeout: 300_000 });
        await settle();
      });
      await record("filter", async () => {
        await page.evaluate(() => (window as W).__explorer!.setFilters({ hiddenKinds: ["person", "agency"] }));
        await settle();
      });
      await record("hover", async () => {
        await page.evaluate(
          (id) => ((window as W).__explorer!.hovered = id),
          kb.entities[Math.floor(kb.entities.length / 3)].id,
        );
        await settle();
      });
      console.log(`\nprofiles written to bench-results/profile-${entities}-*.cpuprofile`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await profileApp(Number(process.argv[2] ?? 10_000));
