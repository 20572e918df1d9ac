// The baseline's data: the same knowledge base as graphology's own serialized JSON (`graph.export()`), ready for
// sigma with no work at load time — positions, colours, sizes and edge programs precomputed. Entities and relations
// keep all their fields as node and edge attributes; claims, quirks and the vocabulary ride as graph attributes, so
// the raw page holds the same information as the explorer. Display attributes follow src/app/canvas/controller.ts
// (toDisplayGraph, with its default node sizes), which cannot be imported in Node because sigma needs a DOM.
import type { SerializedGraph } from "graphology-types";
import type { KnowledgeBase } from "../../src/core/build.ts";
import type { Positions } from "../../src/core/graph.ts";
import { KIND_COLORS, relationColor } from "../../src/core/palette.ts";

/** CANVAS_DEFAULTS.minNodeSize / maxNodeSize and @sigma/edge-curve's DEFAULT_EDGE_CURVATURE. */
const MIN_SIZE = 3;
const MAX_SIZE = 16;
const CURVATURE = 0.25;

export function toSerializedGraph(kb: KnowledgeBase, layout: Positions): SerializedGraph {
  const degree = new Map<string, number>();
  const pairs = new Map<string, number>();
  const pairOf = (s: string, t: string) => (s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
  for (const r of kb.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    pairs.set(pairOf(r.source, r.target), (pairs.get(pairOf(r.source, r.target)) ?? 0) + 1);
  }
  const maxDegree = Math.max(1, ...degree.values());
  const nodes = kb.entities.map(({ id, ...e }) => {
    const [x, y] = layout[id] ?? [0, 0];
    const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((degree.get(id) ?? 0) / maxDegree);
    return { key: id, attributes: { ...e, x, y, size, color: KIND_COLORS[e.kind] ?? "#666" } };
  });
  // Parallel edges (in either direction) are drawn curved, spread as @sigma/edge-curve's index spreads them.
  const seen = new Map<string, number>();
  const edges = kb.relations.map(({ id, source, target, type, ...r }) => {
    const pair = pairOf(source, target);
    const count = pairs.get(pair)!;
    const display: Record<string, unknown> = { relation: type, color: relationColor(type), size: 1, type: "arrow" };
    if (count > 1) {
      const index = seen.get(pair) ?? 0;
      seen.set(pair, index + 1);
      display.type = "curved";
      display.curvature = CURVATURE + (3 * CURVATURE * index) / (count - 1 || 1);
    }
    return { key: id, source, target, attributes: { ...r, ...display } };
  });
  const { meta, relationTypes, claims, quirks } = kb;
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { meta, relationTypes, claims, quirks },
    nodes,
    edges,
  };
}
