// What the explorer shows: a pure function from the knowledge base, its graph and the filter state to the state of
// every node and edge (shown, faded or hidden) plus the counts the panels display. Each filter is a definition in
// ./filters/ (listed in ./filters/index.ts); this file composes their contributions. The graph is never mutated;
// the canvas applies the result through sigma's reducers.
import type { KnowledgeBase } from "../data/build.ts";
import { entityId, type KbGraph } from "./graph.ts";
import type { Contribution, Visibility } from "./filters/definition.ts";
import { FILTER_LIST, type FilterState } from "./filters/index.ts";

export type { Visibility } from "./filters/definition.ts";
export { describeFilters, FILTER_DEFAULTS, FILTERS, type FilterState } from "./filters/index.ts";
export { supportedBy } from "./filters/source.ts";
export { egoNetwork } from "./filters/neighbourhood.ts";

export interface VisibilityResult {
  /** By entity id (not graph key: see nodeKey). */
  nodes: Map<string, Visibility>;
  edges: Map<string, Visibility>;
  shownNodes: number;
  shownEdges: number;
  /** Shown nodes per kind and shown edges per relation type (for live counts in the panels). */
  byKind: Map<string, number>;
  byType: Map<string, number>;
}

const RANK: Record<Visibility, number> = { shown: 0, faded: 1, hidden: 2 };
const stronger = (a: Visibility, b: Visibility | null): Visibility => (b && RANK[b] > RANK[a] ? b : a);

export function computeVisibility(
  kb: KnowledgeBase,
  graph: KbGraph,
  f: FilterState,
  selection: string | null = null,
): VisibilityResult {
  const nodes = new Map<string, Visibility>();
  const edges = new Map<string, Visibility>();
  const parts = FILTER_LIST.map((d) => d.apply(f, { kb, graph, selection })).filter(
    (c): c is Contribution => c !== null,
  );
  const nodeRules = parts.flatMap((c) => (c.node ? [c.node] : []));
  const edgeRules = parts.flatMap((c) => (c.edge ? [c.edge] : []));
  const hideEdgesOfHiddenNodes = () =>
    graph.forEachEdge((e, _a, s, t) => {
      if (nodes.get(entityId(s)) === "hidden" || nodes.get(entityId(t)) === "hidden") edges.set(e, "hidden");
    });

  // Each item takes the strongest verdict of any filter; a relation with a hidden end is hidden, with a faded end faded.
  graph.forEachNode((n, a) => {
    const id = entityId(n);
    let v: Visibility = "shown";
    for (const rule of nodeRules) if (v !== "hidden") v = stronger(v, rule(id, a));
    nodes.set(id, v);
  });
  graph.forEachEdge((e, a, s, t) => {
    let v: Visibility = "shown";
    for (const rule of edgeRules) if (v !== "hidden") v = stronger(v, rule(e, a));
    const ends = [nodes.get(entityId(s)), nodes.get(entityId(t))];
    if (ends.includes("hidden")) v = "hidden";
    else if (v === "shown" && ends.includes("faded")) v = "faded";
    edges.set(e, v);
  });

  // One degree threshold (the highest asked), counted over the relations still visible.
  const min = Math.max(0, ...parts.map((c) => c.minDegree ?? 0));
  if (min > 0) {
    const degree = new Map<string, number>();
    graph.forEachEdge((e, _a, s, t) => {
      if (edges.get(e) === "hidden") return;
      for (const id of [entityId(s), entityId(t)]) degree.set(id, (degree.get(id) ?? 0) + 1);
    });
    for (const [n, v] of nodes) if (v !== "hidden" && (degree.get(n) ?? 0) < min) nodes.set(n, "hidden");
    hideEdgesOfHiddenNodes();
  }

  // Then the filters that keep only some entities (the neighbourhood of the selection).
  for (const c of parts) {
    if (!c.keep) continue;
    const keep = c.keep({ nodes, edges });
    for (const n of nodes.keys()) if (!keep.has(n)) nodes.set(n, "hidden");
    hideEdgesOfHiddenNodes();
  }

  const byKind = new Map<string, number>();
  const byType = new Map<string, number>();
  let shownNodes = 0;
  let shownEdges = 0;
  graph.forEachNode((n, a) => {
    if (nodes.get(entityId(n)) !== "shown") return;
    shownNodes++;
    byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  });
  graph.forEachEdge((e, a) => {
    if (edges.get(e) !== "shown") return;
    shownEdges++;
    byType.set(a.relation, (byType.get(a.relation) ?? 0) + 1);
  });
  return { nodes, edges, shownNodes, shownEdges, byKind, byType };
}
