// Shared checks for the flat XML formats (GEXF, GraphML): a graph parsed back from an export must hold one node per
// entity and one edge per relation, with the attributes the flat rows carry.
import type Graph from "graphology";
import { expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { LIST_SEPARATOR } from "../../../src/core/formats/flat.ts";
import type { Positions } from "../../../src/core/model/graph.ts";

export function itKeepsTheGraph(kb: KnowledgeBase, layout: Positions, parsed: () => Graph): void {
  it("parses back to one node per entity and one edge per relation", () => {
    const g = parsed();
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    expect(g.nodes().sort()).toEqual(kb.entities.map((e) => e.id).sort());
  });

  it("keeps label, kind, attributes, claims, span and position of every node", () => {
    const g = parsed();
    for (const e of kb.entities) {
      const a = g.getNodeAttributes(e.id);
      expect(a.label).toBe(e.label);
      expect(a.kind).toBe(e.kind);
      expect(JSON.parse(a.attributes)).toEqual(e.attributes);
      expect(a.claims ?? "").toBe(e.claims.join(LIST_SEPARATOR));
      expect(a.start).toBe(e.start);
      expect(a.end).toBe(e.end);
      expect([a.x, a.y]).toEqual(layout[e.id]);
    }
  });

  it("keeps ends, type, claims, key and span of every edge", () => {
    const g = parsed();
    for (const r of kb.relations) {
      expect(g.hasEdge(r.id)).toBe(true);
      expect([g.source(r.id), g.target(r.id)]).toEqual([r.source, r.target]);
      const a = g.getEdgeAttributes(r.id);
      expect(a.type).toBe(r.type);
      expect(a.claims).toBe(r.claims.join(LIST_SEPARATOR));
      expect(a.relation_key).toBe(r.key);
      expect(a.start).toBe(r.start);
      expect(a.end).toBe(r.end);
    }
  });
}
