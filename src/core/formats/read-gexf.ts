// Reads a GEXF file: graphology-gexf's parser reads the document parsed by read-xml.ts (the browser's DOMParser, or
// @xmldom/xmldom in Node). The explorer's own export goes back through the same rebuild and checks as GraphML and
// CSV; a GEXF from another tool (Gephi, Gephi Lite, networkx) is read as a generic graph (read-foreign.ts).
import { fromFlat, type FlatResult } from "./read-flat.ts";
import { fromForeign } from "./read-foreign.ts";
import { graphTables } from "./read-graphml.ts";
import { parseGraph } from "./read-xml.ts";

export async function readGexf(text: string): Promise<FlatResult> {
  const parsed = await parseGraph(text, "gexf");
  if (!parsed.graph) return { problems: [{ path: "", message: `GEXF: ${parsed.error}` }], notes: [] };
  if (!parsed.own) return fromForeign(parsed.graph, "GEXF");
  return fromFlat(graphTables(parsed.graph, "node", "edge"));
}
