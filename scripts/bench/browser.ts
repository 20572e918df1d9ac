// Browser figures of the benchmark: one page load of the explorer or of the raw page, in a fresh Chromium context,
// and the measures taken on it. Both pages get the same probe and the same handle (`window.__bench`: sigma,
// hideKinds, hover, search), so every figure is measured by the same code on both. "Drawn" means: sigma emitted
// afterRender, then two animation frames passed (the frame carrying the render has been produced).
import type { Browser } from "playwright-core";
import type Sigma from "sigma";

export interface PageOptions {
  viewport: { width: number; height: number };
  hover: string;
  hideKinds: string[];
  queries: string[];
  cameraMs: number;
  toggles: number;
}

export interface PageSamples {
  /** Navigation start to the first drawn frame, ms. */
  load: number;
  /** Navigation start to the last frame drawn by start-up work (the page then stays still for a second), ms. */
  settled: number;
  /** JS heap used after load and a forced GC, MB. */
  heap: number;
  /** Intervals between frames drawn during a camera animation, ms. */
  frames: number[];
  /** Filter hiding half the nodes, until drawn, ms. */
  filter: number[];
  /** Hover highlight of one node, until drawn, ms. */
  hover: number[];
  /** One search, ms (per query). */
  search: number[];
  /** What the page drew, for the same-graph check. */
  shape: PageShape;
}

export interface PageShape {
  nodes: number;
  edges: number;
  curved: number;
  /** Edges in sigma's graph, drawn or not. */
  held: number;
  /** sigma's settings, functions left out. */
  settings: string;
  canvas: { left: number; top: number; width: number; height: number };
}

interface BenchHandle {
  sigma: () => Sigma;
  hideKinds: (kinds: string[]) => void;
  hover: (node: string | null) => void;
  search: (query: string) => number;
}

interface ExplorerHandle {
  canvas: { sigma: Sigma } | null;
  hovered: string | null;
  setFilters: (patch: { hiddenKinds: string[] }) => void;
  search: { search: (q: string) => unknown[] };
}

type BenchWindow = Window & {
  __explorer?: ExplorerHandle;
  __raw?: BenchHandle;
  __bench?: BenchHandle;
  __firstFrame?: number;
  __lastRender?: number;
};

/**
 * Runs in the page before any of its scripts: notes the first frame after sigma exists, then the time of every
 * later render, so the bench can tell when start-up work (more refreshes) is over.
 */
function firstFrameProbe(): void {
  const w = window as BenchWindow;
  const sigma = () => w.__explorer?.canvas?.sigma ?? w.__raw?.sigma();
  const poll = () => {
    const s = sigma();
    if (!s) return void requestAnimationFrame(poll);
    s.on("afterRender", () => (w.__lastRender = performance.now()));
    requestAnimationFrame(() => (w.__firstFrame = performance.now()));
  };
  requestAnimationFrame(poll);
}

/** Waits until nothing has been drawn for `quiet` ms; returns when the last start-up frame was drawn. */
async function settle(quiet: number): Promise<number> {
  const w = window as BenchWindow;
  const last = () => Math.max(w.__firstFrame!, w.__lastRender ?? 0);
  while (performance.now() - last() < quiet) await new Promise((r) => setTimeout(r, 100));
  return last();
}

/** The same handle over the explorer's state or the raw page's. */
function installHandle(): void {
  const w = window as BenchWindow;
  const e = w.__explorer;
  w.__bench = e
    ? {
        sigma: () => e.canvas!.sigma,
        hideKinds: (kinds) => e.setFilters({ hiddenKinds: kinds }),
        hover: (node) => (e.hovered = node),
        search: (q) => e.search.search(q).length,
      }
    : w.__raw!;
}

/** Time from an action to its frame being drawn. */
interface Action {
  action: "hideKinds" | "hover";
  value: string[] | string | null;
}

async function timeAction(arg: Action): Promise<number> {
  const b = (window as BenchWindow).__bench!;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const sigma = b.sigma();
  const rendered = new Promise<void>((resolve) => sigma.once("afterRender", () => resolve()));
  const t0 = performance.now();
  (b[arg.action] as (v: unknown) => void)(arg.value);
  await rendered;
  await frame();
  await frame();
  return performance.now() - t0;
}

/** Frame intervals during a camera animation (zoom in and pan), then back to the full view. */
async function cameraFrames(duration: number): Promise<number[]> {
  const sigma = (window as BenchWindow).__bench!.sigma();
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const camera = sigma.getCamera();
  const times: number[] = [];
  const onRender = () => times.push(performance.now());
  sigma.on("afterRender", onRender);
  await camera.animate({ ratio: camera.ratio * 0.5, x: 0.45, y: 0.55 }, { duration });
  await frame();
  await frame();
  sigma.off("afterRender", onRender);
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await frame();
  await frame();
  return times.slice(1).map((t, i) => t - times[i]);
}

/**
 * Per query: the mean of 10 runs (the page's clock ticks in 0.1 ms steps, a search can take less). One untimed
 * query first: the app builds its index on first use (the search box asks for it when it gets focus).
 */
function timeSearches(queries: string[]): number[] {
  const b = (window as BenchWindow).__bench!;
  if (queries.length) b.search(queries[0]);
  return queries.map((q) => {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) b.search(q);
    return (performance.now() - t0) / 10;
  });
}

function shapeOf(): PageShape {
  const w = window as BenchWindow;
  const sigma = w.__bench!.sigma();
  const graph = sigma.getGraph();
  const settings = sigma.getSettings() as unknown as Record<string, unknown>;
  const plain = Object.fromEntries(
    Object.entries(settings)
      .filter(([, v]) => typeof v !== "function")
      .map(([k, v]) => [k, k.endsWith("ProgramClasses") ? Object.keys(v as object).sort() : v])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  const box = sigma.getContainer().getBoundingClientRect();
  // What is drawn: the app's display graph may hold edges that stay hidden (its evidence layer, switched off).
  const drawn = graph.filterEdges((e, _a, s, t) => {
    const [d, ds, dt] = [sigma.getEdgeDisplayData(e), sigma.getNodeDisplayData(s), sigma.getNodeDisplayData(t)];
    return !d?.hidden && !ds?.hidden && !dt?.hidden;
  });
  return {
    nodes: graph.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden).length,
    edges: drawn.length,
    curved: drawn.filter((e) => sigma.getEdgeDisplayData(e)?.type === "curved").length,
    held: graph.size,
    settings: JSON.stringify(plain),
    canvas: { left: box.left, top: box.top, width: box.width, height: box.height },
  };
}

/** One page load and every measure on it. */
export async function measurePage(browser: Browser, url: string, o: PageOptions): Promise<PageSamples> {
  const context = await browser.newContext({ viewport: o.viewport, deviceScaleFactor: 1 });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; the page needs it to run the probes below.
    await page.addInitScript("globalThis.__name = (f) => f;");
    await page.addInitScript(firstFrameProbe);
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => (window as BenchWindow).__firstFrame !== undefined, null, {
      timeout: 300_000,
      polling: 50,
    });
    const load = await page.evaluate(() => (window as BenchWindow).__firstFrame!);
    await page.evaluate(installHandle);
    // Start-up work after the first frame (further refreshes, resize observers) must be over before measuring.
    const settled = await page.evaluate(settle, 1000);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const shape = await page.evaluate(shapeOf);
    const frames = await page.evaluate(cameraFrames, o.cameraMs);
    // Each action is undone (not timed) before the next one.
    const toggle = async (on: Action, off: Action): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < o.toggles; i++) {
        out.push(await page.evaluate(timeAction, on));
        await page.evaluate(timeAction, off);
      }
      return out;
    };
    const filter = await toggle({ action: "hideKinds", value: o.hideKinds }, { action: "hideKinds", value: [] });
    const hover = await toggle({ action: "hover", value: o.hover }, { action: "hover", value: null });
    const search = await page.evaluate(timeSearches, o.queries);
    if (errors.length) throw new Error(`bench: ${url} reported errors: ${errors.slice(0, 3).join("; ")}`);
    return { load, settled, heap: usedSize / 1e6, frames, filter, hover, search, shape };
  } finally {
    await context.close();
  }
}
