// Reads a GEXF file (Gephi's format, as the GEXF export writes it) back into a checked dataset: graphology-gexf's
// parser reads the document parsed by read-xml.ts (the browser's DOMParser, or @xmldom/xmldom in Node), then the flat
// rows go through the same rebuild and checks as GraphML and CSV.
import { fromFlat, type FlatResult } from "./read-flat.ts";
import { graphTables } from "./read-graphml.ts";
import { parseGraph } from "./read-xml.ts";

export async function readGexf(text: string): Promise<FlatResult> {
  const parsed = await parseGraph(text, "gexf");
  if (!parsed.graph) return { problems: [{ path: "", message: `GEXF: ${parsed.error}` }], notes: [] };
  return fromFlat(graphTables(parsed.graph, "node", "edge"));
}
