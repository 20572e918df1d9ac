// Flat, per-element attribute rows shared by the GEXF, GraphML and CSV writers: what a spreadsheet or Gephi can hold.
// Lists are joined with " | "; claim texts travel with their ids so no evidence is lost in the flat formats.
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";

export const LIST_SEPARATOR = " | ";

export type Row = Record<string, string | number>;

export function nodeRows(kb: KnowledgeBase, layout: Positions): Row[] {
  const claimText = new Map(kb.claims.map((c) => [c.id, c.text]));
  return kb.entities.map((e) => {
    const row: Row = {
      id: e.id,
      label: e.label,
      kind: e.kind,
      aliases: e.aliases.join(LIST_SEPARATOR),
      description: e.description,
      attributes: JSON.stringify(e.attributes),
      claims: e.claims.join(LIST_SEPARATOR),
      claim_texts: e.claims.map((c) => claimText.get(c) ?? "").join(LIST_SEPARATOR),
    };
    if (e.when) row.when = e.when.join(LIST_SEPARATOR);
    if (e.start !== undefined) row.start = e.start;
    if (e.end !== undefined) row.end = e.end;
    if (Object.hasOwn(layout, e.id)) [row.x, row.y] = layout[e.id];
    return row;
  });
}

export function edgeRows(kb: KnowledgeBase): Row[] {
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  return kb.relations.map((r) => {
    const row: Row = {
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      claims: r.claims.join(LIST_SEPARATOR),
      claim_texts: r.claims.map((c) => claims.get(c)?.text ?? "").join(LIST_SEPARATOR),
      citations: r.claims
        .flatMap((c) => claims.get(c)?.citations.map((ct) => (ct.pages ? `${ct.source}:${ct.pages}` : ct.source)) ?? [])
        .join(LIST_SEPARATOR),
    };
    // Not "key": networkx reserves that name for multigraph edge keys.
    if (r.key) row.relation_key = r.key;
    if (r.when) row.when = r.when.join(LIST_SEPARATOR);
    if (r.start !== undefined) row.start = r.start;
    if (r.end !== undefined) row.end = r.end;
    return row;
  });
}

/** The attribute columns in a stable order with their types, for GEXF and GraphML declarations. */
export function columns(rows: Row[], skip: string[]): { name: string; type: "string" | "double" }[] {
  const seen = new Map<string, "string" | "double">();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) {
      if (skip.includes(k)) continue;
      const t = typeof v === "number" ? "double" : "string";
      if (!seen.has(k) || seen.get(k) !== t) seen.set(k, seen.has(k) ? "string" : t);
    }
  return [...seen].map(([name, type]) => ({ name, type }));
}
