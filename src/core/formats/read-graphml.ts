// Reads a GraphML file (as the GraphML export writes it, or from another tool: then read-foreign.ts) back into a checked dataset: graphology-graphml's parser
// reads the document parsed by read-xml.ts (the browser's DOMParser, or @xmldom/xmldom in Node), then the flat rows go
// through the same rebuild and checks as GEXF and CSV. `graphTables` turns a parsed graph into rows.
import type Graph from "graphology";
import { fromFlat, type FlatResult, type FlatRow, type FlatTables } from "./read-flat.ts";
import { fromForeign } from "./read-foreign.ts";
import { parseGraph, unescapeId } from "./read-xml.ts";

export async function readGraphml(text: string): Promise<FlatResult> {
  const parsed = await parseGraph(text, "graphml");
  if (!parsed.graph) return { problems: [{ path: "", message: `GraphML: ${parsed.error}` }], notes: [] };
  if (!parsed.own) return fromForeign(parsed.graph, "GraphML");
  const graphId = parsed.graph.getAttribute("id");
  return fromFlat({
    ...graphTables(parsed.graph, "node", "edge"),
    graphId: typeof graphId === "string" ? graphId : undefined,
  });
}

/**
 * Node and edge rows of a graph from parseGraph (its ids prefixed), in document order; ids, ends and attributes as
 * the flat rows name them.
 */
export function graphTables(graph: Graph, node: string, edge: string): FlatTables {
  const row = (attributes: object, extra: Record<string, string>): FlatRow =>
    Object.assign(Object.create(null) as FlatRow, attributes, extra);
  const nodes: FlatTables["nodes"] = [];
  const edges: FlatTables["edges"] = [];
  graph.forEachNode((key, attributes) =>
    nodes.push({ row: row(attributes, { id: unescapeId(key) }), at: `${node} ${nodes.length + 1}` }),
  );
  graph.forEachEdge((key, attributes, source, target) =>
    edges.push({
      row: row(attributes, { id: unescapeId(key), source: unescapeId(source), target: unescapeId(target) }),
      at: `${edge} ${edges.length + 1}`,
    }),
  );
  return { nodes, edges };
}
