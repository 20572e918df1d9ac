// GraphML export (networkx, yEd, Gephi, Cytoscape read it): typed <key> declarations, one <node> per entity and one
// <edge> per relation with kinds, types, dates, claim ids and claim texts as data. Every value is XML-escaped.
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import { columns, edgeRows, nodeRows, type Row } from "./flat.ts";
import { xmlEscape } from "./xml.ts";

export function writeGraphml(kb: KnowledgeBase, layout: Positions): string {
  const nodes = nodeRows(kb, layout);
  const edges = edgeRows(kb);
  const nodeCols = columns(nodes, ["id"]);
  const edgeCols = columns(edges, ["id", "source", "target"]);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const c of nodeCols)
    out.push(`  <key id="n_${c.name}" for="node" attr.name="${c.name}" attr.type="${c.type}"/>`);
  for (const c of edgeCols)
    out.push(`  <key id="e_${c.name}" for="edge" attr.name="${c.name}" attr.type="${c.type}"/>`);
  out.push(`  <graph id="${xmlEscape(kb.meta.root)}" edgedefault="directed">`);
  const data = (row: Row, prefix: string, cols: { name: string }[]) =>
    cols
      .filter((c) => row[c.name] !== undefined)
      .map((c) => `      <data key="${prefix}_${c.name}">${xmlEscape(String(row[c.name]))}</data>`);
  for (const row of nodes)
    out.push(`    <node id="${xmlEscape(String(row.id))}">`, ...data(row, "n", nodeCols), "    </node>");
  for (const row of edges)
    out.push(
      `    <edge id="${xmlEscape(String(row.id))}" source="${xmlEscape(String(row.source))}" target="${xmlEscape(String(row.target))}">`,
      ...data(row, "e", edgeCols),
      "    </edge>",
    );
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
