import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout, LAYOUT_DEFAULTS, seededRandom } from "../../../src/core/model/layout.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const kb = validKb();

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = seededRandom(1946);
    const b = seededRandom(1946);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });

  it("gives different sequences for different seeds", () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 10 }, () => a())).not.toEqual(Array.from({ length: 10 }, () => b()));
  });
});

describe("computeLayout", () => {
  const opts = { iterations: 100, noverlapIterations: 50 };

  it("places every node at finite coordinates rounded to 0.01", () => {
    const pos = computeLayout(toGraph(kb));
    expect(Object.keys(pos).sort()).toEqual(kb.entities.map((e) => e.id).sort());
    for (const [x, y] of Object.values(pos)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    }
  });

  it("does not place two nodes on the same spot", () => {
    const pos = computeLayout(toGraph(kb));
    expect(new Set(Object.values(pos).map(([x, y]) => `${x},${y}`)).size).toBe(kb.entities.length);
  });

  it("is the same twice with the same seed", () => {
    expect(computeLayout(toGraph(kb))).toEqual(computeLayout(toGraph(kb)));
    expect(computeLayout(toGraph(kb), { seed: 7, ...opts })).toEqual(computeLayout(toGraph(kb), { seed: 7, ...opts }));
  });

  it("differs with a different seed", () => {
    expect(computeLayout(toGraph(kb), { seed: LAYOUT_DEFAULTS.seed })).not.toEqual(
      computeLayout(toGraph(kb), { seed: LAYOUT_DEFAULTS.seed + 1 }),
    );
  });

  it("does not move the nodes of the graph it is given", () => {
    const g = toGraph(kb);
    computeLayout(g, opts);
    g.forEachNode((_n, a) => expect([a.x, a.y]).toEqual([0, 0]));
  });

  it("assign writes the same positions into the graph", () => {
    const g = toGraph(kb);
    const pos = computeLayout(g, opts);
    computeLayout.assign(g, opts);
    g.forEachNode((n, a) => expect([a.x, a.y]).toEqual(pos[n]));
    // Other attributes are kept.
    expect(g.getNodeAttribute("ussr", "label")).toBe("USSR");
  });

  it.each([
    ["an empty graph", 0, []],
    ["a single node", 1, []],
    ["two isolated nodes", 2, []],
    [
      "a pair with parallel edges",
      2,
      [
        [0, 1],
        [0, 1],
        [1, 0],
      ],
    ],
  ] as [string, number, [number, number][]][])("copes with %s", (_name, n, edges) => {
    const g = new MultiDirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(`n${i}`, { x: 0, y: 0 });
    for (const [a, b] of edges) g.addDirectedEdge(`n${a}`, `n${b}`);
    const pos = computeLayout(g, opts);
    expect(Object.keys(pos)).toHaveLength(n);
    for (const [x, y] of Object.values(pos)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
