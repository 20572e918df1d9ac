// The look constants of the explorer, shared by the canvas (sigma settings and reducers) and the pictures: node sizes
// by metric, label sizes and colours, the evidence layer's edges, the curvature of parallel edges and the label
// density as sigma settings. Per-item appearance is worked out from these in ./style.ts.
import type { KbGraph } from "../../model/graph.ts";
import type { SizeBy } from "../url-state.ts";

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;
export const LABEL_SIZE = 12;
export const EDGE_LABEL_SIZE = 11;
export const LABEL_COLOR = "#222";
export const EDGE_LABEL_COLOR = "#444";
/** sigma's arrow heads: length and half-width in edge thicknesses. */
export const ARROW_LENGTH = 2.5;
export const ARROW_HALF_WIDTH = 1;
/** The evidence layer: source → supported entity, thin grey straight arrows, relation "supports". */
export const EVIDENCE_RELATION = "supports";
export const EVIDENCE_COLOR = "#B8B8B8";
export const EVIDENCE_SIZE = 0.6;
/** Edge sizes: a plain relation, one lit by a focus or a trace, the selected one. */
export const EDGE_SIZE = 1;
export const LIT_EDGE_SIZE = 2;
export const SELECTED_EDGE_SIZE = 3;
const CURVATURE = 0.25;

/** The mark after the label of an entity or relation that carries one of the paper's inconsistencies (a quirk). */
export const QUIRK_MARK = "⚠";
/** A label with the quirk mark when the item carries a quirk. */
export const markLabel = (text: string, marked: boolean): string => (marked ? `${text} ${QUIRK_MARK}` : text);

/** The key of the evidence-layer edge from entity `source` to entity `target`. */
export const evidenceEdgeKey = (source: string, target: string): string => `evidence:${source}->${target}`;

/** The label density (0-1) as sigma settings. */
export function densitySettings(density: number): { labelDensity: number; labelRenderedSizeThreshold: number } {
  return { labelDensity: 0.1 + density * 1.5, labelRenderedSizeThreshold: 9 * (1 - density) };
}

/** Node sizes by graph key, for each metric: min + (max − min)·sqrt(value / max value). */
export function nodeSizes(graph: KbGraph): Map<string, Record<SizeBy, number>> {
  const maxDegree = Math.max(1, ...graph.mapNodes((n) => graph.degree(n)));
  const maxClaims = Math.max(1, ...graph.mapNodes((_n, a) => a.claimCount));
  const scale = (v: number, max: number) => MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(v / max);
  const out = new Map<string, Record<SizeBy, number>>();
  graph.forEachNode((n, a) =>
    out.set(n, {
      degree: scale(graph.degree(n), maxDegree),
      claims: scale(a.claimCount, maxClaims),
      uniform: (MIN_NODE_SIZE + MAX_NODE_SIZE) / 3,
    }),
  );
  return out;
}

/**
 * Curvature of each edge: @sigma/edge-curve's indexParallelEdgesIndex, then 0.25 + 0.75·index/maxIndex for edges
 * that share their two ends; absent for lone edges (drawn straight).
 */
export function edgeCurvatures(graph: KbGraph): Map<string, number> {
  const directed = new Map<string, string[]>();
  const undirectedCount = new Map<string, number>();
  const order = new Map<string, number>();
  graph.forEachNode((n) => order.set(n, order.size + 1));
  graph.forEachEdge((e, _a, s, t) => {
    const [si, ti] = [String(order.get(s)), String(order.get(t))];
    const d = `${si}-${ti}`;
    const u = [si, ti].sort().join("-");
    directed.set(d, [...(directed.get(d) ?? []), e]);
    undirectedCount.set(u, (undirectedCount.get(u) ?? 0) + 1);
  });
  const out = new Map<string, number>();
  const set = (e: string, index: number, max: number) => out.set(e, CURVATURE + (3 * CURVATURE * index) / (max || 1));
  for (const [d, edges] of directed) {
    const n = edges.length;
    const u = undirectedCount.get(d.split("-").sort().join("-"))!;
    if (n === 1 && u === 1) continue;
    if (n === 1) set(edges[0], 1, 1);
    else if (n === u) edges.forEach((e, i) => set(e, -(n - 1) / 2 + i, (n - 1) / 2));
    else edges.forEach((e, i) => set(e, i + 1, n));
  }
  return out;
}
