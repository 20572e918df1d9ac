// "How is A connected to B?": the shortest paths between two entities over the relation types shown, up to three
// distinct ones (Yen's k-shortest loopless paths over graphology-shortest-path's bidirectional search), each step
// with the relations it walks and the claims they rest on. Direction is ignored (a path may read a relation
// backwards, as its inverse label says); the paper itself (the root source) is never a step, since it cites every
// source and would connect anything to anything. Pure: the knowledge base is never changed.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { KbRelation, KnowledgeBase } from "../data/build.ts";
import { entityId, nodeKey } from "./graph.ts";

export interface PathStep {
  from: string;
  to: string;
  /** Every shown relation between the two ends (either direction), each with its claims. */
  relations: KbRelation[];
}

export interface ConnectingPath {
  /** Entity ids from A to B. */
  nodes: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** Relation types left out (the hidden ones of the filters). */
  hiddenTypes?: readonly string[];
  /** Entities no path may pass through; defaults to the paper itself. A or B are always allowed. */
  avoid?: readonly string[];
  /** At most this many paths (default 3). */
  max?: number;
}

/** The undirected simple graph the search walks: one edge per pair of entities linked by a shown relation. */
export function pathGraph(kb: KnowledgeBase, options: PathOptions = {}, keep: readonly string[] = []): UndirectedGraph {
  const hidden = new Set(options.hiddenTypes ?? []);
  const avoid = new Set((options.avoid ?? [kb.meta.root]).filter((id) => !keep.includes(id)));
  const g = new UndirectedGraph();
  for (const e of kb.entities) if (!avoid.has(e.id)) g.addNode(nodeKey(e.id));
  for (const r of kb.relations) {
    if (hidden.has(r.type) || avoid.has(r.source) || avoid.has(r.target) || r.source === r.target) continue;
    g.mergeEdge(nodeKey(r.source), nodeKey(r.target));
  }
  return g;
}

/** Up to `max` shortest loopless paths from `from` to `to`, shortest first (ties in a stable order); [] if none. */
export function connectingPaths(
  kb: KnowledgeBase,
  from: string,
  to: string,
  options: PathOptions = {},
): ConnectingPath[] {
  const max = options.max ?? 3;
  const g = pathGraph(kb, options, [from, to]);
  const [s, t] = [nodeKey(from), nodeKey(to)];
  if (from === to || !g.hasNode(s) || !g.hasNode(t)) return [];
  const first = bidirectional(g, s, t);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  while (found.length < max) {
    const prev = found[found.length - 1];
    for (let i = 0; i < prev.length - 1; i++) {
      const root = prev.slice(0, i + 1);
      const spur = g.copy();
      for (const p of found)
        if (p.length > i && same(p.slice(0, i + 1), root) && spur.hasEdge(p[i], p[i + 1]))
          spur.dropEdge(p[i], p[i + 1]);
      for (const n of root.slice(0, -1)) spur.dropNode(n);
      const tail = bidirectional(spur, prev[i], t);
      if (!tail) continue;
      const path = [...root.slice(0, -1), ...tail];
      if (!found.some((p) => same(p, path)) && !candidates.some((p) => same(p, path))) candidates.push(path);
    }
    if (!candidates.length) break;
    candidates.sort((a, b) => a.length - b.length || a.join("\u0000").localeCompare(b.join("\u0000")));
    found.push(candidates.shift()!);
  }
  const hidden = new Set(options.hiddenTypes ?? []);
  const between = (a: string, b: string) =>
    kb.relations.filter(
      (r) => !hidden.has(r.type) && ((r.source === a && r.target === b) || (r.source === b && r.target === a)),
    );
  return found.map((keys) => {
    const nodes = keys.map(entityId);
    return {
      nodes,
      steps: nodes.slice(1).map((to, i) => ({ from: nodes[i], to, relations: between(nodes[i], to) })),
    };
  });
}

/** What the graph lights for a set of paths: their entities and relations. */
export function pathEmphasis(paths: readonly ConnectingPath[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    p.nodes.forEach((n) => nodes.add(n));
    for (const s of p.steps) s.relations.forEach((r) => edges.add(r.id));
  }
  return { nodes, edges };
}
