// What the explorer shows: a pure function from the knowledge base, its graph and the filter state to the state of
// every node and edge (shown, faded or hidden) plus the counts the panels display. The graph is never mutated;
// the canvas applies the result through sigma's reducers.
import type { KnowledgeBase } from "../data/build.ts";
import { entityId, nodeKey, type KbGraph } from "./graph.ts";
import { overlaps } from "../data/time.ts";

export type Visibility = "shown" | "faded" | "hidden";

export interface FilterState {
  hiddenKinds: string[];
  hiddenTypes: string[];
  /** Inclusive year range, or null for all time. */
  years: [number, number] | null;
  /** What happens to items outside the year range. */
  timeMode: "fade" | "hide";
  /** A source or interviewee id: show only what its citing claims support. */
  source: string | null;
  /** Ego network of the selection to this depth (0 = off). */
  egoDepth: 0 | 1 | 2 | 3;
  /** Hide nodes with fewer visible relations than this. */
  minDegree: number;
  hideIsolated: boolean;
}

export const FILTER_DEFAULTS: FilterState = {
  hiddenKinds: [],
  hiddenTypes: [],
  years: null,
  timeMode: "fade",
  source: null,
  egoDepth: 0,
  minDegree: 0,
  hideIsolated: false,
};

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

/** Entities and relations supported by the claims that cite `source` (and the source itself). */
export function supportedBy(kb: KnowledgeBase, source: string): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set<string>([source]);
  const relations = new Set<string>();
  for (const c of kb.claims) {
    if (!c.citations.some((ct) => ct.source === source)) continue;
    c.about.forEach((e) => entities.add(e));
    for (const r of c.relations) relations.add(r);
  }
  for (const r of kb.relations) {
    if (relations.has(r.id)) {
      entities.add(r.source);
      entities.add(r.target);
    }
  }
  return { entities, relations };
}

/** Entity ids within `depth` undirected steps of the entity `start`, walking only edges accepted by `edgeOk`. */
export function egoNetwork(
  graph: KbGraph,
  start: string,
  depth: number,
  edgeOk: (e: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>([nodeKey(start)]);
  if (!graph.hasNode(nodeKey(start))) return new Set([start]);
  let frontier = [nodeKey(start)];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (e, _a, s, t) => {
        if (!edgeOk(e)) return;
        const other = s === n ? t : s;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  return new Set([...seen].map(entityId));
}

export function computeVisibility(
  kb: KnowledgeBase,
  graph: KbGraph,
  f: FilterState,
  selection: string | null = null,
  support?: { entities: Set<string>; relations: Set<string> },
): VisibilityResult {
  const nodes = new Map<string, Visibility>();
  const edges = new Map<string, Visibility>();
  const hiddenKinds = new Set(f.hiddenKinds);
  const hiddenTypes = new Set(f.hiddenTypes);
  const out = (span: { start?: number; end?: number }): Visibility | null =>
    f.years && (span.start !== undefined || span.end !== undefined) && !overlaps(span, f.years[0], f.years[1])
      ? f.timeMode === "hide"
        ? "hidden"
        : "faded"
      : null;
  const sup = f.source ? (support ?? supportedBy(kb, f.source)) : null;

  graph.forEachNode((n, a) => {
    const id = entityId(n);
    if (hiddenKinds.has(a.kind) || (sup && !sup.entities.has(id))) nodes.set(id, "hidden");
    else nodes.set(id, out(a) ?? "shown");
  });
  graph.forEachEdge((e, a, s, t) => {
    let v: Visibility = "shown";
    if (hiddenTypes.has(a.relation) || (sup && !sup.relations.has(e))) v = "hidden";
    else v = out(a) ?? "shown";
    const ends = [nodes.get(entityId(s)), nodes.get(entityId(t))];
    if (ends.includes("hidden")) v = "hidden";
    else if (v === "shown" && ends.includes("faded")) v = "faded";
    edges.set(e, v);
  });

  // Degree threshold and isolated nodes, counted over the relations still visible.
  if (f.minDegree > 0 || f.hideIsolated) {
    const min = Math.max(f.minDegree, f.hideIsolated ? 1 : 0);
    const degree = new Map<string, number>();
    graph.forEachEdge((e, _a, s, t) => {
      if (edges.get(e) === "hidden") return;
      for (const id of [entityId(s), entityId(t)]) degree.set(id, (degree.get(id) ?? 0) + 1);
    });
    for (const [n, v] of nodes) if (v !== "hidden" && (degree.get(n) ?? 0) < min) nodes.set(n, "hidden");
    graph.forEachEdge((e, _a, s, t) => {
      if (nodes.get(entityId(s)) === "hidden" || nodes.get(entityId(t)) === "hidden") edges.set(e, "hidden");
    });
  }

  // Neighbourhood of the selection.
  if (f.egoDepth > 0 && selection && graph.hasNode(nodeKey(selection))) {
    const ego = egoNetwork(graph, selection, f.egoDepth, (e) => edges.get(e) !== "hidden");
    for (const n of nodes.keys()) if (!ego.has(n)) nodes.set(n, "hidden");
    graph.forEachEdge((e, _a, s, t) => {
      if (nodes.get(entityId(s)) === "hidden" || nodes.get(entityId(t)) === "hidden") edges.set(e, "hidden");
    });
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

/** The filters in force, in words, for the status line and picture captions. */
export function describeFilters(f: FilterState, labelOf: (id: string) => string = (id) => id): string[] {
  const parts: string[] = [];
  if (f.hiddenKinds.length) parts.push(`hidden kinds: ${f.hiddenKinds.join(", ")}`);
  if (f.hiddenTypes.length) parts.push(`hidden relations: ${f.hiddenTypes.join(", ")}`);
  if (f.years)
    parts.push(`years ${f.years[0]}–${f.years[1]} (${f.timeMode === "hide" ? "others hidden" : "others faded"})`);
  if (f.source) parts.push(`supported by ${labelOf(f.source)}`);
  if (f.egoDepth) parts.push(`neighbourhood depth ${f.egoDepth}`);
  if (f.minDegree) parts.push(`degree ≥ ${f.minDegree}`);
  if (f.hideIsolated) parts.push("isolated hidden");
  return parts;
}

export const isDefaultFilters = (f: FilterState): boolean => describeFilters(f).length === 0;
