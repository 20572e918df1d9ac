// Builds the graphology model of a knowledge base: one node per entity, one edge per relation (a multi graph, since
// two entities can be linked by several relation types), with typed attributes. The explorer, layout and exports
// read this graph; filters never mutate it.
import { MultiDirectedGraph } from "graphology";
import type { KbEntity, KbRelation, KnowledgeBase } from "../data/build.ts";
import type { EntityKind } from "../data/schema.ts";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  x: number;
  y: number;
  /** Years the entity's dated relations span (undefined when none is dated). */
  start?: number;
  end?: number;
  claimCount: number;
  /** A node's own colour: only for a graph opened from another tool whose file gives one (viz:color). */
  fileColor?: string;
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

/**
 * Node keys. graphology keeps each node's neighbours in plain objects keyed by the neighbour's key, and sigma keeps
 * its per-node caches the same way, so a key that names an Object.prototype member (`__proto__`, `constructor`,
 * `toString`...) reads or overwrites the prototype: an edge at `__proto__` replaces the object's prototype and one at
 * `constructor` is taken for an existing neighbour. Such ids (and, to stay reversible, ids that begin with the escape
 * character) become keys with the escape character in front; every other id is its own key. Code that hands ids to
 * a graph or reads keys out of one goes through these two functions.
 */
export const KEY_ESCAPE = "\uE000";
export const nodeKey = (id: string): string =>
  id in Object.prototype || id.startsWith(KEY_ESCAPE) ? KEY_ESCAPE + id : id;
export const entityId = (key: string): string => (key.startsWith(KEY_ESCAPE) ? key.slice(1) : key);

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
  if (e.kind === "other" && typeof e.attributes.color === "string" && SAFE_COLOR.test(e.attributes.color))
    a.fileColor = e.attributes.color;
  return a;
};

/** Colours a file may give (hex, rgb(), rgba()); anything else from an untrusted file is ignored. */
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*\d*\.?\d+\s*)?\))$/i;

const edgeAttributes = (r: KbRelation): EdgeAttributes => {
  const a: EdgeAttributes = { relation: r.type, claimCount: r.claims.length };
  if (r.start !== undefined) a.start = r.start;
  if (r.end !== undefined) a.end = r.end;
  return a;
};

/** The graph of a knowledge base, with positions when given (otherwise every node sits at 0,0); node keys are `nodeKey(id)`. */
export function toGraph(kb: KnowledgeBase, positions?: Positions): KbGraph {
  const graph: KbGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const e of kb.entities) graph.addNode(nodeKey(e.id), nodeAttributes(e, positions?.[e.id]));
  for (const r of kb.relations)
    graph.addDirectedEdgeWithKey(r.id, nodeKey(r.source), nodeKey(r.target), edgeAttributes(r));
  return graph;
}
