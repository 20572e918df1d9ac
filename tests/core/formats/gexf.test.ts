// GEXF (Gephi) export parsed back with graphology-gexf: same nodes, edges and attributes, XML-special text intact.
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/build.ts";
import { writeGexf } from "../../../src/core/formats/gexf.ts";
import { LIST_SEPARATOR } from "../../../src/core/formats/flat.ts";
import { toGraph } from "../../../src/core/graph.ts";
import { computeLayout } from "../../../src/core/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const DATASETS: [string, KnowledgeBase][] = [
  ["the valid fixture", validKb()],
  ["graph/data", requireKnowledgeBase()],
];

describe.each(DATASETS)("GEXF of %s", (_name, kb) => {
  const layout = computeLayout(toGraph(kb));
  const g = parse(MultiDirectedGraph, writeGexf(kb, layout));

  it("parses back to one node per entity and one edge per relation", () => {
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    expect(g.nodes().sort()).toEqual(kb.entities.map((e) => e.id).sort());
  });

  it("keeps label, kind, claims, span and position of every node", () => {
    for (const e of kb.entities) {
      const a = g.getNodeAttributes(e.id);
      expect(a.label).toBe(e.label);
      expect(a.kind).toBe(e.kind);
      expect(a.claims ?? "").toBe(e.claims.join(LIST_SEPARATOR));
      expect(a.start).toBe(e.start);
      expect(a.end).toBe(e.end);
      expect([a.x, a.y]).toEqual(layout[e.id]);
    }
  });

  it("keeps ends, type, claims and key of every edge", () => {
    for (const r of kb.relations) {
      expect(g.hasEdge(r.id)).toBe(true);
      expect([g.source(r.id), g.target(r.id)]).toEqual([r.source, r.target]);
      const a = g.getEdgeAttributes(r.id);
      expect(a.type).toBe(r.type);
      expect(a.claims).toBe(r.claims.join(LIST_SEPARATOR));
      expect(a.relation_key).toBe(r.key);
      expect(a.start).toBe(r.start);
    }
  });
});

describe("GEXF escaping", () => {
  it("a label and description with <script>&\"' survive as text", () => {
    const kb = structuredClone(validKb());
    const label = `<script>alert("x")</script> & 'quoted' "double"`;
    const description = 'a < b && c > d; <![CDATA[ ]]> --> "quoted"\nnext line';
    kb.entities[0].label = label;
    kb.entities[0].description = description;
    kb.claims[0].text = "</attvalue><evil/>";
    const xml = writeGexf(kb, {});
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<evil/>");
    const g = parse(MultiDirectedGraph, xml);
    expect(g.getNodeAttribute(kb.entities[0].id, "label")).toBe(label);
    expect(g.getNodeAttribute(kb.entities[0].id, "description")).toBe(description);
    const withClaim = kb.entities.find((e) => e.claims.includes(kb.claims[0].id))!;
    expect(g.getNodeAttribute(withClaim.id, "claim_texts")).toContain("</attvalue><evil/>");
  });
});
