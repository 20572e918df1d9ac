import { describe, expect, it } from "vitest";
import { toGraph } from "../../src/core/graph.ts";
import { validKb } from "../fixtures/fixtures.ts";

const kb = validKb();

describe("toGraph", () => {
  const g = toGraph(kb);

  it("has one node per entity and one edge per relation, parallel edges kept", () => {
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    expect(g.multi).toBe(true);
    expect(g.edges("dprk", "ussr").sort()).toEqual([
      "dprk--sends-workers-to--ussr",
      "dprk--sends-workers-to--ussr--logging",
    ]);
  });

  it("carries label, kind, span and claim count on nodes", () => {
    expect(g.getNodeAttributes("dprk")).toEqual({
      label: "North Korea",
      kind: "state",
      x: 0,
      y: 0,
      start: 1946,
      end: 1999,
      claimCount: 3,
    });
    expect(g.getNodeAttributes("krushanova-2014")).toEqual({
      label: "Krushanova 2014",
      kind: "source",
      x: 0,
      y: 0,
      claimCount: 2,
    });
  });

  it("carries the relation type, span and claim count on edges, directed from source to target", () => {
    const id = "dprk--sends-workers-to--ussr";
    expect(g.getEdgeAttributes(id)).toEqual({ relation: "sends-workers-to", start: 1946, end: 1949, claimCount: 2 });
    expect([g.source(id), g.target(id)]).toEqual(["dprk", "ussr"]);
    expect(g.getEdgeAttributes("paper--cites--r1")).toEqual({ relation: "cites", claimCount: 2 });
  });

  it("uses given positions, and 0,0 for a node without one", () => {
    const p = toGraph(kb, { ussr: [1.5, -2] });
    expect([p.getNodeAttribute("ussr", "x"), p.getNodeAttribute("ussr", "y")]).toEqual([1.5, -2]);
    expect([p.getNodeAttribute("dprk", "x"), p.getNodeAttribute("dprk", "y")]).toEqual([0, 0]);
  });
});
