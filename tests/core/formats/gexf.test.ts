// GEXF (Gephi) export parsed back with graphology-gexf: same nodes, edges and attributes, XML-special text intact.
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { writeGexf } from "../../../src/core/formats/gexf.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";
import { itKeepsTheGraph } from "./round-trip.ts";

const DATASETS: [string, KnowledgeBase][] = [
  ["the valid fixture", validKb()],
  ["graph/data", requireKnowledgeBase()],
];

describe.each(DATASETS)("GEXF of %s", (_name, kb) => {
  const layout = computeLayout(toGraph(kb));
  const g = parse(MultiDirectedGraph, writeGexf(kb, layout));

  itKeepsTheGraph(kb, layout, () => g);
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
