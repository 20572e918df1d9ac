// The build-time layout: a seeded circle-free random start, a fixed number of ForceAtlas2 iterations, then noverlap,
// so every load and every screenshot shows the same picture. Positions are rounded to keep the output stable and
// small. `computeLayout` returns positions; `computeLayout.assign` writes them into the graph.
import type Graph from "graphology";
import random from "graphology-layout/random";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { entityId, type Positions } from "./graph.ts";

export interface LayoutOptions {
  seed: number;
  iterations: number;
  noverlapIterations: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { seed: 1946, iterations: 600, noverlapIterations: 200 };

/** mulberry32: a tiny, well-known seeded PRNG, enough for a reproducible starting layout. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v: number) => Math.round(v * 100) / 100;

function run(graph: Graph, options: Partial<LayoutOptions> = {}): Positions {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const work = graph.copy();
  random.assign(work, { rng: seededRandom(o.seed), scale: 100, center: 0 });
  work.forEachNode((n) => work.setNodeAttribute(n, "size", 4 + Math.sqrt(work.degree(n))));
  const settings = {
    ...forceAtlas2.inferSettings(work),
    strongGravityMode: true,
    gravity: 0.05,
    barnesHutOptimize: work.order > 2000,
  };
  forceAtlas2.assign(work, { iterations: o.iterations, settings, getEdgeWeight: null });
  noverlap.assign(work, { maxIterations: o.noverlapIterations, settings: { margin: 2, ratio: 1.2 } });
  // Keyed by entity id (graph keys are escaped ids, see nodeKey), with a null prototype: an entity may be called
  // "__proto__" or "constructor".
  const out: Positions = Object.create(null);
  work.forEachNode((n, a) => (out[entityId(n)] = [round(a.x as number), round(a.y as number)]));
  return out;
}

export const computeLayout = Object.assign(run, {
  assign(graph: Graph, options: Partial<LayoutOptions> = {}): void {
    const pos = run(graph, options);
    graph.updateEachNodeAttributes((n, a) => ({ ...a, x: pos[entityId(n)][0], y: pos[entityId(n)][1] }));
  },
});
