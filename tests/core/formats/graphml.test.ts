// GraphML export parsed back with graphology-graphml: same nodes, edges and typed attributes, XML-special text intact.
import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/build.ts";
import { LIST_SEPARATOR } from "../../../src/core/formats/flat.ts";
import { writeGraphml } from "../../../src/core/formats/graphml.ts";
import { toGraph } from "../../../src/core/graph.ts";
import { computeLayout } from "../../../src/core/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const DATASETS: [string, KnowledgeBase][] = [
  ["the valid fixture", validKb()],
  ["graph/data", requireKnowledgeBase()],
];

describe.each(DATASETS)("GraphML of %s", (_name, kb) => {
  const layout = computeLayout(toGraph(kb));
  const xml = writeGraphml(kb, layout);
  const g = parse(MultiDirectedGraph, xml);

  it("is well-formed XML", () => {
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: {
        error: (msg: string) => void errors.push(msg),
        fatalError: (msg: string) => void errors.push(msg),
      },
    }).parseFromString(xml, "application/xml");
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe("graphml");
  });

  it("parses back to one node per entity and one edge per relation", () => {
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    expect(g.nodes().sort()).toEqual(kb.entities.map((e) => e.id).sort());
  });

  it("keeps label, kind, claims, numeric span and position of every node", () => {
    for (const e of kb.entities) {
      const a = g.getNodeAttributes(e.id);
      expect(a.label).toBe(e.label);
      expect(a.kind).toBe(e.kind);
      expect(a.claims).toBe(e.claims.join(LIST_SEPARATOR));
      expect(a.start).toBe(e.start);
      expect(a.end).toBe(e.end);
      expect([a.x, a.y]).toEqual(layout[e.id]);
      expect(JSON.parse(a.attributes)).toEqual(e.attributes);
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
      expect(a.end).toBe(r.end);
    }
  });
});

describe("GraphML escaping", () => {
  it("a label and description with <script>&\"' survive as text", () => {
    const kb = structuredClone(validKb());
    const label = `<script>alert("x")</script> & 'quoted' "double"`;
    const description = 'a < b && c > d; <![CDATA[ ]]> --> "quoted"\nnext line';
    kb.entities[0].label = label;
    kb.entities[0].description = description;
    const xml = writeGraphml(kb, {});
    expect(xml).not.toContain("<script>");
    const g = parse(MultiDirectedGraph, xml);
    expect(g.getNodeAttribute(kb.entities[0].id, "label")).toBe(label);
    expect(g.getNodeAttribute(kb.entities[0].id, "description")).toBe(description);
  });

  it("a graph id with XML-special characters keeps the file readable", () => {
    const kb = structuredClone(validKb());
    kb.meta.root = `a"b<c>&'`;
    const g = parse(MultiDirectedGraph, writeGraphml(kb, {}));
    expect(g.order).toBe(kb.entities.length);
  });

  it("drops characters XML 1.0 cannot carry instead of writing a broken file", () => {
    const kb = structuredClone(validKb());
    kb.entities[0].label = "bell\u0007 and form feed\u000c";
    const g = parse(MultiDirectedGraph, writeGraphml(kb, {}));
    expect(g.getNodeAttribute(kb.entities[0].id, "label")).toBe("bell and form feed");
  });
});
