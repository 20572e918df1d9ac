// Filters decide what the explorer shows; these tests build a small graph and check each filter's effect.
import { describe, expect, it } from "vitest";
import type { KbEntity, KnowledgeBase } from "../../../src/core/data/build.ts";
import {
  computeVisibility,
  egoNetwork,
  FILTER_DEFAULTS,
  supportedBy,
  type FilterState,
} from "../../../src/core/model/filters.ts";
import { toGraph } from "../../../src/core/model/graph.ts";

// a -employs(1950-1955)-> b -regulates-> c ; c -cites-> d (source); e isolated
const kb: KnowledgeBase = {
  meta: { title: "t", doi: "", root: "d", format: "lankov-kg", version: 1 },
  relationTypes: [],
  entities: [
    {
      id: "a",
      kind: "state",
      label: "A",
      aliases: [],
      description: "",
      attributes: {},
      claims: ["c1"],
      start: 1950,
      end: 1955,
    },
    {
      id: "b",
      kind: "group",
      label: "B",
      aliases: [],
      description: "",
      attributes: {},
      claims: ["c1", "c2"],
      start: 1950,
      end: 1955,
    },
    { id: "c", kind: "agency", label: "C", aliases: [], description: "", attributes: {}, claims: ["c2"] },
    {
      id: "d",
      kind: "source",
      label: "D",
      aliases: [],
      description: "",
      attributes: {},
      claims: [],
    } as unknown as KbEntity,
    {
      id: "e",
      kind: "concept",
      label: "E",
      aliases: [],
      description: "",
      attributes: {},
      claims: ["c3"],
      start: 2000,
      end: 2010,
    },
  ],
  relations: [
    { id: "r1", type: "employs", source: "a", target: "b", start: 1950, end: 1955, claims: ["c1"] },
    { id: "r2", type: "regulates", source: "c", target: "b", claims: ["c2"] },
    { id: "r3", type: "cites", source: "d", target: "c", claims: ["c2"] },
  ],
  claims: [
    {
      id: "c1",
      text: "",
      locator: "p1",
      section: "introduction",
      citations: [{ source: "d", pages: "1" }],
      qualifiers: {},
      quantities: [],
      about: [],
      relations: ["r1"],
    },
    {
      id: "c2",
      text: "",
      locator: "p2",
      section: "introduction",
      citations: [{ source: "x" }],
      qualifiers: {},
      quantities: [],
      about: [],
      relations: ["r2"],
    },
    {
      id: "c3",
      text: "",
      locator: "p3",
      section: "introduction",
      citations: [{ source: "d" }],
      qualifiers: {},
      quantities: [],
      about: ["e"],
      relations: [],
    },
  ],
  quirks: [],
};
const graph = toGraph(kb);
const shown = (f: Partial<FilterState>, sel: string | null = null) => {
  const v = computeVisibility(kb, graph, { ...FILTER_DEFAULTS, ...f }, sel);
  return {
    nodes: [...v.nodes]
      .filter(([, s]) => s === "shown")
      .map(([n]) => n)
      .sort(),
    faded: [...v.nodes]
      .filter(([, s]) => s === "faded")
      .map(([n]) => n)
      .sort(),
    edges: [...v.edges]
      .filter(([, s]) => s === "shown")
      .map(([e]) => e)
      .sort(),
    counts: [v.shownNodes, v.shownEdges],
  };
};

describe("computeVisibility", () => {
  it.each<[string, Partial<FilterState>, string | null, string[], string[]]>([
    ["no filter", {}, null, ["a", "b", "c", "d", "e"], ["r1", "r2", "r3"]],
    ["hidden kind hides its nodes and their edges", { hiddenKinds: ["group"] }, null, ["a", "c", "d", "e"], ["r3"]],
    ["hidden type hides its edges only", { hiddenTypes: ["employs"] }, null, ["a", "b", "c", "d", "e"], ["r2", "r3"]],
    [
      "time range hides dated items outside it, keeps undated",
      { years: [1990, 2020], timeMode: "hide" },
      null,
      ["c", "d", "e"],
      ["r3"],
    ],
    ["source keeps what its claims support", { source: "d" }, null, ["a", "b", "d", "e"], ["r1"]],
    ["ego depth 1 of b", { egoDepth: 1 }, "b", ["a", "b", "c"], ["r1", "r2"]],
    ["ego depth 2 of b", { egoDepth: 2 }, "b", ["a", "b", "c", "d"], ["r1", "r2", "r3"]],
    ["ego is ignored without a selection", { egoDepth: 2 }, null, ["a", "b", "c", "d", "e"], ["r1", "r2", "r3"]],
    ["minimum degree 2", { minDegree: 2 }, null, ["b", "c"], ["r2"]],
    ["hide isolated", { hideIsolated: true }, null, ["a", "b", "c", "d"], ["r1", "r2", "r3"]],
    // One degree pass, counted before anything drops out: c stays though d, one of its two relations' ends, goes.
    ["minimum degree 2 and isolated", { minDegree: 2, hideIsolated: true }, null, ["b", "c"], ["r2"]],
    ["source and time together", { source: "d", years: [1990, 2020], timeMode: "hide" }, null, ["d", "e"], []],
    ["ego walks only visible relations", { egoDepth: 2, hiddenTypes: ["regulates"] }, "b", ["a", "b"], ["r1"]],
  ])("%s", (_name, f, sel, nodes, edges) => {
    const r = shown(f, sel);
    expect(r.nodes).toEqual(nodes);
    expect(r.edges).toEqual(edges);
    expect(r.counts).toEqual([nodes.length, edges.length]);
  });

  it("fades instead of hiding when asked, and edges to faded nodes fade too", () => {
    const r = shown({ years: [1990, 2020], timeMode: "fade" });
    expect(r.faded).toEqual(["a", "b"]);
    expect(r.edges).toEqual(["r3"]);
  });

  it("never mutates the graph", () => {
    const before = JSON.stringify(graph.export());
    shown({ hiddenKinds: ["state"], years: [1900, 1901], minDegree: 3, source: "d" }, "a");
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("counts shown items per kind and per type", () => {
    const v = computeVisibility(kb, graph, { ...FILTER_DEFAULTS, hiddenTypes: ["cites"] });
    expect(v.byKind.get("state")).toBe(1);
    expect(v.byType.get("cites")).toBeUndefined();
    expect(v.byType.get("employs")).toBe(1);
  });
});

describe("supportedBy / egoNetwork", () => {
  it("supportedBy includes the source itself, claim subjects and relation ends", () => {
    const s = supportedBy(kb, "d");
    expect([...s.entities].sort()).toEqual(["a", "b", "d", "e"]);
    expect([...s.relations]).toEqual(["r1"]);
  });
  it("egoNetwork walks edges in both directions", () => {
    expect([...egoNetwork(graph, "c", 1)].sort()).toEqual(["b", "c", "d"]);
    expect([...egoNetwork(graph, "missing", 2)]).toEqual(["missing"]);
  });
});
