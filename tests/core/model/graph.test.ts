import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { entityId, nodeKey, toGraph } from "../../../src/core/model/graph.ts";
import { validKb } from "../../fixtures/fixtures.ts";

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

describe("nodeKey and entityId", () => {
  it.each([
    ["dprk", "dprk"],
    ["r-1", "r-1"],
    ["", ""],
    ["__proto__", "\uE000__proto__"],
    ["constructor", "\uE000constructor"],
    ["toString", "\uE000toString"],
    ["hasOwnProperty", "\uE000hasOwnProperty"],
    ["__defineGetter__", "\uE000__defineGetter__"],
    ["\uE000dprk", "\uE000\uE000dprk"],
    ["\uE000__proto__", "\uE000\uE000__proto__"],
    ["proto", "proto"],
    ["Constructor", "Constructor"],
  ])("%j has the key %j, and the key gives the id back", (id, key) => {
    expect(nodeKey(id)).toBe(key);
    expect(entityId(nodeKey(id))).toBe(id);
  });

  it("never gives a key that Object.prototype holds, and is reversible on random ids", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype))), (id) => {
        const key = nodeKey(id);
        expect(key in Object.prototype).toBe(false);
        expect(entityId(key)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });
});
