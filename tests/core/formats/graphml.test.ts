// GraphML export parsed back with graphology-graphml: same nodes, edges and typed attributes, XML-special text intact.
import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { writeGraphml } from "../../../src/core/formats/graphml.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";
import { itKeepsTheGraph } from "./round-trip.ts";

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

  itKeepsTheGraph(kb, layout, () => g);
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
