// Graphs other tools write open as generic graphs: networkx's GEXF and GraphML (fixtures written by networkx 3.6,
// tests/fixtures/foreign/make-networkx.py), a Gephi GEXF 1.3 with mixed edges, graphs written here by
// graphology-gexf, one of 10,000 nodes. Nodes get the generic kind, their attributes and positions are kept, edges
// keep their direction's ends and their type, and the notes say what such a file lacks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph, { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { openDataset } from "../../../src/core/formats/open.ts";
import { FOREIGN_KIND, FOREIGN_LINK } from "../../../src/core/formats/read-foreign.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { FIXTURES } from "../../fixtures/fixtures.ts";

const fixture = (name: string) => ({ name, text: readFileSync(join(FIXTURES, "foreign", name), "utf8") });
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));

describe("networkx GEXF (undirected, viz colours, sizes and positions)", async () => {
  const res = await openDataset([fixture("networkx.gexf")]);
  const { kb, layout } = res.dataset!;
  it("opens without a problem, marked foreign, every node of the generic kind", () => {
    expect(res.problems).toEqual([]);
    expect(res.format).toBe("gexf");
    expect(res.foreign).toBe(true);
    expect(kb.entities.map((e) => [e.id, e.label, e.kind])).toEqual([
      ["alice", "Alice", FOREIGN_KIND],
      ["bob", "Bob", FOREIGN_KIND],
      ["carol", "Carol", FOREIGN_KIND],
      ["dan", "Dan", FOREIGN_KIND],
    ]);
  });
  it("keeps the file's attributes, colour and size for the details panel", () => {
    const bob = byId(kb.entities).get("bob")!;
    expect(bob.attributes as Record<string, unknown>).toMatchObject({ role: "student", year: 2001, size: 11 });
    expect(String((bob.attributes as Record<string, unknown>).color)).toMatch(/^(#0080ff|rgba?\(0,\s*128,\s*255)/i);
  });
  it("uses the file's positions", () => {
    expect(layout.alice).toEqual([0, 0]);
    expect(layout.dan).toEqual([30, 15]);
  });
  it("keeps every edge, typed by its relation attribute or as a plain link", () => {
    expect(kb.relations.map((r) => [r.source, r.target, r.type])).toEqual([
      ["alice", "bob", "advises"],
      ["alice", "carol", "advises"],
      ["alice", "dan", FOREIGN_LINK],
      ["bob", "carol", FOREIGN_LINK],
    ]);
    expect(kb.claims).toEqual([]);
  });
  it("says what the file lacks", () => {
    expect(res.notes.join("\n")).toMatch(/no claims, sources or quirks, so the evidence panels are empty/);
    expect(res.notes.join("\n")).toMatch(/4 undirected edges/);
  });
});

describe("networkx GraphML (directed, no positions)", async () => {
  const res = await openDataset([fixture("networkx.graphml")]);
  it("opens, with relation types from the data and no layout (one is computed)", () => {
    expect(res.problems).toEqual([]);
    const { kb, layout } = res.dataset!;
    expect(kb.entities.map((e) => e.label)).toEqual(["Alice", "Bob", "Carol", "Dan"]);
    expect(byId(kb.entities).get("dan")!.attributes).toMatchObject({ role: "staff", year: 1985 });
    expect(kb.relations.map((r) => [r.source, r.target, r.type])).toEqual([
      ["alice", "bob", "advises"],
      ["bob", "alice", "cites"],
      ["carol", "dan", FOREIGN_LINK],
    ]);
    expect(Object.keys(layout)).toEqual([]);
    expect(res.notes.join("\n")).toMatch(/positions: none in the file; a layout is computed/);
  });
});

describe("Gephi GEXF 1.3 with mixed edges", async () => {
  const res = await openDataset([fixture("gephi-mixed.gexf")]);
  it("opens both directed and undirected edges, with labels as types", () => {
    expect(res.problems).toEqual([]);
    const { kb, layout } = res.dataset!;
    // graphology-gexf names attributes by their id ("modularity_class"), not their title.
    expect(kb.entities.map((e) => (e.attributes as Record<string, unknown>).modularity_class)).toEqual([0, 1, 0]);
    expect(kb.entities.map((e) => (e.attributes as Record<string, unknown>).color)).toEqual([
      "rgb(138,43,226)",
      "rgb(0,192,120)",
      "rgb(138,43,226)",
    ]);
    expect(kb.relations.map((r) => r.type)).toEqual([FOREIGN_LINK, FOREIGN_LINK, "rail"]);
    expect(layout["1"]).toEqual([40, -80]);
    expect(res.notes.join("\n")).toMatch(/1 undirected edges/);
  });
});

/** A graph as Gephi Lite would hand it over: labels, colours, sizes, positions, a categorical attribute. */
function synthetic(n: number, Kind: typeof Graph | typeof UndirectedGraph = UndirectedGraph): Graph {
  const g = new Kind();
  for (let i = 0; i < n; i++)
    g.addNode(`n${i}`, {
      label: `Node ${i}`,
      community: `c${i % 7}`,
      color: ["#e41a1c", "#377eb8", "#4daf4a"][i % 3],
      size: 1 + (i % 5),
      x: Math.cos(i) * i,
      y: Math.sin(i) * i,
    });
  for (let i = 1; i < n; i++) g.addEdge(`n${i}`, `n${(i * 7919) % i}`);
  for (let i = 2; i < n; i += 3) if (!g.hasEdge(`n${i}`, `n${i - 1}`)) g.addEdge(`n${i}`, `n${i - 1}`);
  return g;
}

describe("graphs written by graphology-gexf", () => {
  it("a small undirected graph keeps ids, labels, categories, colours and positions", async () => {
    const g = synthetic(30);
    const res = await openDataset([{ name: "lite.gexf", text: write(g) }]);
    expect(res.problems).toEqual([]);
    const { kb, layout } = res.dataset!;
    expect(kb.entities).toHaveLength(30);
    expect(kb.relations).toHaveLength(g.size);
    const e7 = byId(kb.entities).get("n7")!;
    expect(e7.label).toBe("Node 7");
    expect((e7.attributes as Record<string, unknown>).community).toBe("c0");
    expect(layout.n7[0]).toBeCloseTo(Math.cos(7) * 7, 3);
  });

  it("a node without a kind is no longer a problem: 1,000 nodes open", async () => {
    const res = await openDataset([{ name: "gephi.gexf", text: write(synthetic(1000)) }]);
    expect(res.problems).toEqual([]);
    expect(res.dataset!.kb.entities.every((e) => e.kind === FOREIGN_KIND)).toBe(true);
  }, 60_000);

  it("10,000 nodes open with every node and edge", async () => {
    const g = synthetic(10_000);
    const res = await openDataset([{ name: "big.gexf", text: write(g) }]);
    expect(res.problems).toEqual([]);
    expect(res.dataset!.kb.entities).toHaveLength(10_000);
    expect(res.dataset!.kb.relations).toHaveLength(g.size);
    expect(Object.keys(res.dataset!.layout)).toHaveLength(10_000);
  }, 180_000);
});

describe("the explorer's own exports are not taken for foreign graphs", () => {
  it("a file declaring kind and claims is held to the export's rules", async () => {
    const text = readFileSync(join(FIXTURES, "foreign", "networkx.graphml"), "utf8").replace(
      '<key id="d0"',
      '<key id="dk" for="node" attr.name="kind" attr.type="string" /><key id="dc" for="node" attr.name="claims" attr.type="string" /><key id="d0"',
    );
    const res = await openDataset([{ name: "x.graphml", text }]);
    expect(res.foreign).toBeUndefined();
    expect(res.dataset).toBeUndefined();
    expect(res.problems.length).toBeGreaterThan(0);
  });
});

describe("the file's colours reach the drawn graph, and only colours", () => {
  it("viz colours become the nodes' own colours; a colour that is not one is ignored", async () => {
    const text = fixture("gephi-mixed.gexf").text.replace('<viz:color r="0" g="192" b="120"></viz:color>', "");
    const res = await openDataset([{ name: "g.gexf", text }]);
    const { kb } = res.dataset!;
    (kb.entities[2].attributes as Record<string, unknown>).color = 'red" onload="alert(1)';
    const g = toGraph(kb, res.dataset!.layout);
    expect(g.getNodeAttribute("0", "fileColor")).toBe("rgb(138,43,226)");
    expect(g.getNodeAttribute("1", "fileColor")).toBeUndefined();
    expect(g.getNodeAttribute("2", "fileColor")).toBeUndefined();
  });
});
