// XML parsing for the GEXF and GraphML readers, with errors as messages instead of exceptions or console noise.
// The browser's own DOMParser where there is one; @xmldom/xmldom in Node, loaded only when needed so the app bundle
// never carries it. A DOCTYPE is refused: neither format needs one, and entity declarations are how an XML file
// expands without bound ("billion laughs"). The parsed document goes to graphology-gexf's or graphology-graphml's
// parser through their DOM-agnostic factories, so neither package's own choice of DOM implementation matters.
import Graph, { MultiDirectedGraph } from "graphology";

export type XmlResult = { doc: Document; error?: undefined } | { doc?: undefined; error: string };

/** Whether this runtime has a native DOMParser (a browser), so the browser builds of the graphology parsers apply. */
export const hasNativeDomParser = (): boolean => typeof globalThis.DOMParser === "function";

const short = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s);

export async function parseXml(text: string): Promise<XmlResult> {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)))
    return {
      error: "a DOCTYPE is not accepted (GEXF and GraphML need none, and its entities can expand without bound)",
    };
  if (hasNativeDomParser()) {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) return { error: `not well-formed XML: ${short((error.textContent ?? "").trim().replace(/\s+/g, " "))}` };
    return { doc };
  }
  const { DOMParser: XmlDomParser } = await import("@xmldom/xmldom");
  const errors: string[] = [];
  const locator: { lineNumber?: number; columnNumber?: number } = {};
  const report = (msg: string) => {
    const where = locator.lineNumber ? `line ${locator.lineNumber}: ` : "";
    errors.push(where + msg.replace(/^\[xmldom \w+\]\s*/, "").replace(/\s*@#\[line:.*$/s, ""));
  };
  let doc: Document | undefined;
  try {
    doc = new XmlDomParser({
      locator,
      // xmldom reports some malformed input (an unclosed element) only as a warning: all three are errors here.
      errorHandler: { warning: report, error: report, fatalError: report },
    }).parseFromString(text, "application/xml") as unknown as Document;
  } catch (e) {
    report((e as Error).message);
  }
  if (errors.length) return { error: `not well-formed XML: ${short(errors.slice(0, 3).join("; "))}` };
  if (!doc?.documentElement) return { error: "not XML: no root element" };
  return { doc };
}

type GraphParser = (graph: typeof MultiDirectedGraph | typeof Graph, source: Document) => Graph;
/** graphology's parser factory: (DOMParser, Document class) -> parse; given a document, only the class is used. */
type ParserFactory = (domParser: unknown, documentClass: unknown) => GraphParser;

async function parserFactory(format: "gexf" | "graphml"): Promise<ParserFactory> {
  const mod: { default: ParserFactory } =
    format === "gexf"
      ? // @ts-expect-error -- graphology-gexf ships no types for its CommonJS parser factory; typed just above
        await import("graphology-gexf/common/parser.js")
      : // @ts-expect-error -- graphology-graphml ships no types for its CommonJS parser factory; typed just above
        await import("graphology-graphml/common/parser.js");
  return mod.default;
}

/**
 * Whether the document is one of the explorer's own exports: its node attributes declare `kind` and `claims` (then
 * it is held to the export's rules). Any other GEXF or GraphML is a graph from another tool (Gephi, networkx, yEd...).
 */
export function isOwnExport(doc: Document, format: "gexf" | "graphml"): boolean {
  const names = new Set<string>();
  if (format === "gexf") {
    const models = doc.getElementsByTagName("attributes");
    for (let i = 0; i < models.length; i++) {
      if (models[i].getAttribute("class") !== "node") continue;
      const list = models[i].getElementsByTagName("attribute");
      for (let j = 0; j < list.length; j++) names.add(list[j].getAttribute("title") ?? "");
    }
  } else {
    const keys = doc.getElementsByTagName("key");
    for (let i = 0; i < keys.length; i++)
      if (keys[i].getAttribute("for") === "node") names.add(keys[i].getAttribute("attr.name") ?? "");
  }
  return names.has("kind") && names.has("claims");
}

/**
 * Parses a GEXF or GraphML text into a graph; errors (malformed XML, a dangling edge...) become a message. The
 * explorer's own exports must be directed and give a directed multigraph; a graph from another tool may be
 * directed, undirected or mixed (`own` says which it is).
 */
export async function parseGraph(
  text: string,
  format: "gexf" | "graphml",
): Promise<{ graph: Graph; own: boolean; error?: undefined } | { graph?: undefined; error: string }> {
  const xml = await parseXml(text);
  if (!xml.doc) return { error: xml.error };
  const root = xml.doc.documentElement?.nodeName;
  if (root !== format) return { error: `the root element is <${short(String(root), 40)}>, not <${format}>` };
  const graphElement = xml.doc.getElementsByTagName("graph")[0];
  if (!graphElement) return { error: `no <graph> element inside <${format}>` };
  const own = isOwnExport(xml.doc, format);
  const direction = graphElement.getAttribute(format === "gexf" ? "defaultedgetype" : "edgedefault");
  if (own && direction !== "directed")
    return {
      error: `the graph must be directed (<graph ${format === "gexf" ? "defaultedgetype" : "edgedefault"}="directed">), as the export writes it`,
    };
  escapeIds(xml.doc);
  try {
    const parse = (await parserFactory(format))(undefined, xml.doc.constructor);
    return { graph: parse(own ? MultiDirectedGraph : Graph, xml.doc), own };
  } catch (e) {
    if (e instanceof RangeError) throw e;
    const message = (e as Error).message.replace(/^graphology-\w+\/parser: /, "").replaceAll(`"${KEY_PREFIX}`, '"');
    return { error: short(message, 300) };
  }
}

/**
 * Prefix given to every node and edge id before graphology sees it (graphTables takes it off). graphology keeps a
 * node's neighbours in plain objects, so an edge to a node named "__proto__", "constructor" or "toString" would
 * write into Object.prototype, Object or Function (and lose the edge); "id:__proto__" is a harmless key.
 */
export const KEY_PREFIX = "id:";

function escapeIds(doc: Document): void {
  for (const [tag, attributes] of [
    ["node", ["id"]],
    ["edge", ["id", "source", "target"]],
  ] as const) {
    // A copy first: xmldom's live lists are recomputed after every change to the document (quadratic on 10k nodes).
    const elements = Array.from(doc.getElementsByTagName(tag));
    for (const element of elements)
      for (const name of attributes) {
        // hasAttribute: xmldom answers "" (not null) for a missing attribute, and networkx writes edges without ids.
        if (!element.hasAttribute(name)) continue;
        element.setAttribute(name, KEY_PREFIX + element.getAttribute(name));
      }
  }
}

/** An id as the file wrote it. */
export const unescapeId = (key: string): string => (key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key);
