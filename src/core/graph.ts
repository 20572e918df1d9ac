// Builds the graphology model of a knowledge base: one node per entity, one edge per relation (a multi graph, since
// two entities can be linked by several relation types), with typed attributes. The explorer, layout and exports
// read this graph; filters never mutate it.
import { MultiDirectedGraph } from "graphology";
import type { KbEntity, KbRelation, KnowledgeBase } from "./build.ts";
import type { EntityKind } from "./schema.ts";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  x: number;
  y: number;
  /** Years the entity's dated relations span (undefined when none is dated). */
  start?: number;
  end?: number;
  claimCount: number;
}

export interface EdgeAttributes {
  /** Relation type (sigma reserves `type` for its edge programs). */
  relation: string;
  start?: number;
  end?: number;
  claimCount: number;
}

export type KbGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export type Positions = Record<string, [number, number]>;

const nodeAttributes = (e: KbEntity, pos: [number, number] | undefined): NodeAttributes => {
  const a: NodeAttributes = {
    label: e.label,
    kind: e.kind,
    x: pos?.[0] ?? 0,
    y: pos?.[1] ?? 0,
    claimCount: e.claims.length,
  };
  if (e.start !== undefined) a.start = e.start;
  if (e.end !== undefined) a.end = e.end;
  return a;
};

const edgeAttributes = (r: KbRelation): EdgeAttributes => {
  const a: EdgeAttributes = { relation: r.type, claimCount: r.claims.length };
  if (r.start !== undefined) a.start = r.start;
  if (r.end !== undefined) a.end = r.end;
  return a;
};

/** The graph of a knowledge base, with positions when given (otherwise every node sits at 0,0). */
export function toGraph(kb: KnowledgeBase, positions?: Positions): KbGraph {
  const graph: KbGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const e of kb.entities) graph.addNode(e.id, nodeAttributes(e, positions?.[e.id]));
  for (const r of kb.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeAttributes(r));
  return graph;
}
