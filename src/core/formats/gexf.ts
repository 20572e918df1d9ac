// GEXF 1.3 export (Gephi's format), written by graphology-gexf from the flat rows: kinds, types, dates, claim ids
// and claim texts as attributes, layout positions as viz:position.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { KnowledgeBase } from "../build.ts";
import type { Positions } from "../graph.ts";
import { edgeRows, nodeRows, type Row } from "./flat.ts";
import { xmlSafe } from "./xml.ts";

const safe = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));

export function writeGexf(kb: KnowledgeBase, layout: Positions): string {
  const g = new MultiDirectedGraph<Row, Row>();
  for (const row of nodeRows(kb, layout)) g.addNode(String(row.id), safe(row));
  for (const row of edgeRows(kb))
    g.addDirectedEdgeWithKey(String(row.id), String(row.source), String(row.target), safe(row));
  return write(g, {
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
}
