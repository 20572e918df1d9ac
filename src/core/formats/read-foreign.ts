// Reads a graph another tool wrote (Gephi, Gephi Lite, networkx, yEd, Cytoscape: any GEXF 1.2/1.3 or GraphML that is
// not one of the explorer's exports) into a dataset the explorer can show. Nodes have no kind: they all get the
// generic kind "other"; every attribute the file gives a node (its viz colour and size included) is kept as an
// entity attribute, shown in the details panel; positions are used when the file has them. Edges become relations
// typed by their `type`, `relation` or `label` attribute (else "link"), directed or not as the file says. There are
// no claims, sources or quirks in such a file: the notes say so, plainly, and nothing is invented.
import type Graph from "graphology";
import type { KbEntity, KbRelation, KbRelationType, KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import type { ReadProblem } from "./json.ts";
import type { ReadResult } from "./registry.ts";
import { unescapeId } from "./read-xml.ts";

/** The kind every node of a foreign file gets. */
export const FOREIGN_KIND = "other";
/** The relation type of an edge that names none. */
export const FOREIGN_LINK = "link";

/** Node attributes that are the node's look or place, not data (kept under their own names, see below). */
const LOOK = new Set(["x", "y", "z", "label"]);
const MAX_TEXT = 10_000;

const scalar = (v: unknown): string | number | boolean | undefined =>
  typeof v === "string"
    ? v.slice(0, MAX_TEXT)
    : typeof v === "number" && Number.isFinite(v)
      ? v
      : typeof v === "boolean"
        ? v
        : undefined;

/** A relation type id from an edge's own words: "Works with" -> "works-with". */
export const typeId = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || FOREIGN_LINK;

function edgeType(a: Record<string, unknown>): { id: string; label: string } {
  for (const key of ["type", "relation", "Relation", "label", "Label"]) {
    const v = a[key];
    if (typeof v === "string" && v.trim()) return { id: typeId(v), label: v.trim().slice(0, 80) };
  }
  return { id: FOREIGN_LINK, label: FOREIGN_LINK };
}

/** The dataset of a foreign graph, with notes saying what it lacks compared with the paper's data. */
export function fromForeign(graph: Graph, format: "GEXF" | "GraphML"): ReadResult {
  const problems: ReadProblem[] = [];
  const layout: Positions = Object.create(null);
  const entities: KbEntity[] = [];
  let positioned = 0;
  let coloured = 0;
  graph.forEachNode((key, a) => {
    const id = unescapeId(key);
    const attributes: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(a)) {
      if (LOOK.has(k)) continue;
      const s = scalar(v);
      if (s !== undefined) attributes[k] = s;
    }
    if (typeof a.color === "string") coloured++;
    const label = typeof a.label === "string" && a.label.trim() ? a.label.slice(0, 500) : id;
    const description = typeof a.description === "string" ? a.description.slice(0, MAX_TEXT) : "";
    entities.push({ id, kind: FOREIGN_KIND, label, aliases: [], description, attributes, claims: [] } as KbEntity);
    if (typeof a.x === "number" && typeof a.y === "number" && Number.isFinite(a.x) && Number.isFinite(a.y)) {
      layout[id] = [a.x, a.y];
      positioned++;
    }
  });
  const types = new Map<string, KbRelationType>();
  const relations: KbRelation[] = [];
  let undirected = 0;
  graph.forEachEdge((key, a, source, target, _sa, _ta, isUndirected) => {
    const t = edgeType(a);
    if (!types.has(t.id))
      types.set(t.id, { id: t.id, label: t.label, inverse: t.label, description: "from the opened file" });
    if (isUndirected) undirected++;
    relations.push({
      id: unescapeId(key),
      type: t.id,
      source: unescapeId(source),
      target: unescapeId(target),
      claims: [],
    });
  });
  if (!entities.length) problems.push({ path: "", message: `${format}: the graph has no node` });
  if (problems.length) return { problems, notes: [], foreign: true };

  const n = entities.length;
  const notes = [
    `a graph from another tool: no claims, sources or quirks, so the evidence panels are empty`,
    `${n.toLocaleString("en")} nodes without a kind are shown as one kind ("Other"); their attributes are in the details panel`,
    positioned === n
      ? "positions: as the file gives them"
      : positioned
        ? `positions: ${positioned.toLocaleString("en")} of ${n.toLocaleString("en")} nodes have one; a layout is computed for all`
        : "positions: none in the file; a layout is computed",
  ];
  if (coloured) notes.push(`${coloured.toLocaleString("en")} nodes carry a colour in the file (kept as an attribute)`);
  if (undirected)
    notes.push(`${undirected.toLocaleString("en")} undirected edges: drawn from the file's source to its target`);
  const kb: KnowledgeBase = {
    meta: { title: "", doi: "", root: "", format: "lankov-kg", version: 1 },
    relationTypes: [...types.values()],
    entities,
    relations,
    claims: [],
    quirks: [],
  };
  // A layout only when every node has a place: otherwise the explorer lays the whole graph out.
  return { dataset: { kb, layout: positioned === n ? layout : Object.create(null) }, problems, notes, foreign: true };
}
