// GEXF 1.3 export (Gephi's format), written by graphology-gexf from the flat rows: kinds, types, dates, claim ids
// and claim texts as attributes, layout positions as viz:position.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { KnowledgeBase } from "../data/build.ts";
import { KEY_ESCAPE, nodeKey, type Positions } from "../model/graph.ts";
import { edgeRows, nodeRows, type Row } from "./flat.ts";
import { xmlSafe } from "./xml.ts";

const safe = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));

/** The writer names nodes by their graph key: node ids, edge sources and targets written as keys lose the escape. */
const ESCAPED_KEY = new RegExp(`(<node id="| source="| target=")${KEY_ESCAPE}`, "g");

export function writeGexf(kb: KnowledgeBase, layout: Positions): string {
  // Keyed by nodeKey(id), so that ids such as __proto__ are ordinary nodes of graphology's graph.
  const g = new MultiDirectedGraph<Row, Row>();
  for (const row of nodeRows(kb, layout)) g.addNode(nodeKey(String(row.id)), safe(row));
  for (const row of edgeRows(kb))
    g.addDirectedEdgeWithKey(String(row.id), nodeKey(String(row.source)), nodeKey(String(row.target)), safe(row));
  const text = write(g, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, { id: _id, label, x, y, ...attributes }) => ({
      label: String(label),
      attributes,
      ...(typeof x === "number" && typeof y === "number" ? { viz: { x, y } } : {}),
    }),
    formatEdge: (_key, { id: _id, source: _s, target: _t, type, ...attributes }) => ({
      label: String(type),
      attributes: { type, ...attributes },
    }),
  });
  // A literal `"` in the text is an attribute's delimiter (values are escaped), so these are the key attributes.
  return text.replace(ESCAPED_KEY, "$1");
}
