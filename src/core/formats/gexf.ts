// GEXF 1.3 export (Gephi's format), written by graphology-gexf from the flat rows: kinds, types, dates, claim ids
// and claim texts as attributes; the look as the explorer draws it (viz:color of the kind or relation family,
// viz:size by degree, viz:position from the layout); and the periods of entities and relations as GEXF spells
// (start/end years on the element, mode="dynamic", timeformat="integer"), so Gephi's timeline can play them. The
// static start/end attributes stay for tools that ignore spells.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { KnowledgeBase } from "../data/build.ts";
import { KEY_ESCAPE, nodeKey, toGraph, type Positions } from "../model/graph.ts";
import { nodeSizes } from "../view/style/look.ts";
import { kindColor } from "../data/kinds.ts";
import { relationColor } from "../view/palette.ts";
import { edgeRows, nodeRows, type Row } from "./flat.ts";
import { xmlSafe } from "./xml.ts";

const safe = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));

/** The writer names nodes by their graph key: node ids, edge sources and targets written as keys lose the escape. */
const ESCAPED_KEY = new RegExp(`(<node id="| source="| target=")${KEY_ESCAPE}`, "g");

/** A colour as r, g, b attributes (networkx reads no `hex`): graphology-gexf writes an rgb() colour that way. */
const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

/** ` start="1946" end="1949"` for an element with a period (either end may be open), else "". */
const spell = (start: unknown, end: unknown) =>
  (typeof start === "number" ? ` start="${start}"` : "") + (typeof end === "number" ? ` end="${end}"` : "");

export function writeGexf(kb: KnowledgeBase, layout: Positions): string {
  // Keyed by nodeKey(id), so that ids such as __proto__ are ordinary nodes of graphology's graph.
  const g = new MultiDirectedGraph<Row, Row>();
  for (const row of nodeRows(kb, layout)) g.addNode(nodeKey(String(row.id)), safe(row));
  for (const row of edgeRows(kb))
    g.addDirectedEdgeWithKey(String(row.id), nodeKey(String(row.source)), nodeKey(String(row.target)), safe(row));
  const sizes = nodeSizes(toGraph(kb, layout));
  const kinds = new Map(kb.entities.map((e) => [e.id, e.kind]));
  const text = write(g, {
    version: "1.3",
    pretty: true,
    formatNode: (key, { id, label, x, y, ...attributes }) => ({
      label: String(label),
      attributes,
      viz: {
        color: rgb(kindColor(kinds.get(String(id)) ?? "")),
        size: sizes.get(key)?.degree ?? 1,
        ...(typeof x === "number" && typeof y === "number" ? { x, y } : {}),
      },
    }),
    formatEdge: (_key, { id: _id, source: _s, target: _t, type, ...attributes }) => ({
      label: String(type),
      attributes: { type, ...attributes },
      viz: { color: rgb(relationColor(String(type))) },
    }),
  });
  // Spells: graphology-gexf writes none, so the period goes on each element here (ids are unique, escaped text).
  const nodeSpell = new Map(kb.entities.map((e) => [xmlSafeId(nodeKey(e.id)), spell(e.start, e.end)]));
  const edgeSpell = new Map(kb.relations.map((r) => [xmlSafeId(r.id), spell(r.start, r.end)]));
  const timed = text
    .replace(
      /<graph defaultedgetype="directed"/,
      '<graph defaultedgetype="directed" mode="dynamic" timeformat="integer"',
    )
    .replace(/<node id="([^"]*)" label="[^"]*"/g, (m, id: string) => m + (nodeSpell.get(id) ?? ""))
    .replace(/<edge id="([^"]*)"[^>]*?(?=\/?>)/g, (m, id: string) => m + (edgeSpell.get(id) ?? ""));
  // A literal `"` in the text is an attribute's delimiter (values are escaped), so these are the key attributes.
  return timed.replace(ESCAPED_KEY, "$1");
}

/** An id as the XML writer escapes it in an attribute. */
const xmlSafeId = (id: string) =>
  id.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
