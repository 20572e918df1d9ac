// The entity and relation records of a flat file (GEXF, GraphML, CSV rows), its meta and its relation types, as
// buildKnowledgeBase would have written them; read-flat.ts puts them together with the claims and checks the whole.
import { CITES_TYPE, type KbRelationType } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import { type FlatContext, type FlatTables, splitList } from "./flat-context.ts";

export type FlatRecord = Record<string, unknown>;

/** Entities and the layout, from the node rows. */
export function readEntities(
  tables: FlatTables,
  ctx: FlatContext,
): { entities: FlatRecord[]; layout: Positions; unreadAttributes: Set<number> } {
  const layout: Positions = Object.create(null);
  /** Entities whose attributes cell is not JSON: their attribute checks would only repeat that. */
  const unreadAttributes = new Set<number>();
  const entities = tables.nodes.map((r, index) => {
    const c = ctx.cells(r);
    const id = c.text("id") ?? "";
    const cc = ctx.cells(r, id);
    let attributes: unknown = {};
    const json = cc.text("attributes");
    if (json !== undefined && json !== "") {
      try {
        attributes = JSON.parse(json);
      } catch (e) {
        ctx.problem(r.at, id, "attributes", `not JSON: ${ctx.short((e as Error).message, 120)}`);
        unreadAttributes.add(index);
      }
    }
    const e: FlatRecord = {
      id,
      kind: cc.text("kind"),
      label: cc.text("label"),
      aliases: splitList(cc.text("aliases")),
      description: cc.text("description") ?? "",
      attributes,
      claims: splitList(cc.text("claims")),
    };
    const when = cc.text("when");
    if (when) e.when = splitList(when);
    const start = cc.int("start");
    const end = cc.int("end");
    if (start !== undefined) e.start = start;
    if (end !== undefined) e.end = end;
    const x = cc.num("x");
    const y = cc.num("y");
    if (x !== undefined && y !== undefined) layout[id] = [x, y];
    return e;
  });
  return { entities, layout, unreadAttributes };
}

/** Relations, from the edge rows. */
export function readRelations(tables: FlatTables, ctx: FlatContext): FlatRecord[] {
  return tables.edges.map((r) => {
    const id = ctx.cells(r).text("id") ?? "";
    const c = ctx.cells(r, id);
    const rel: FlatRecord = {
      id,
      type: c.text("type"),
      source: c.text("source"),
      target: c.text("target"),
      claims: splitList(c.text("claims")),
    };
    const key = c.text("relation_key");
    if (key) rel.key = key;
    const when = splitList(c.text("when"));
    if (when.length) rel.when = when;
    const start = c.int("start");
    const end = c.int("end");
    if (start !== undefined) rel.start = start;
    if (end !== undefined) rel.end = end;
    return rel;
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Meta, as buildKnowledgeBase derives it: the source marked root. */
export function metaOf(entities: FlatRecord[], graphId: string | undefined) {
  const rootEntity = entities.find(
    (e) => e.kind === "source" && isRecord(e.attributes) && e.attributes.root === true,
  ) as { id: string; label?: string; attributes: Record<string, unknown> } | undefined;
  const root = rootEntity?.id ?? graphId ?? "lankov-2020";
  return {
    title: typeof rootEntity?.attributes.title === "string" ? rootEntity.attributes.title : (rootEntity?.label ?? ""),
    doi: typeof rootEntity?.attributes.DOI === "string" ? rootEntity.attributes.DOI : "",
    root,
    format: "lankov-kg",
    version: 1,
  };
}

const typeOf = (id: string): KbRelationType => {
  const label = id.replace(/-/g, " ");
  return { id, label, inverse: `${label} (reverse)`, description: "" };
};

/** Relation types: only their ids travel with the edges; labels and inverses are rebuilt from them. */
export function relationTypesOf(edges: FlatRecord[]): KbRelationType[] {
  const types: KbRelationType[] = [];
  for (const e of edges) {
    const t = e.type;
    if (typeof t !== "string" || types.some((u) => u.id === t)) continue;
    types.push(t === CITES_TYPE.id ? CITES_TYPE : typeOf(t));
  }
  return types;
}
