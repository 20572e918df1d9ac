// The baseline's file must hold the same graph as the app's: graphology reads it back (Graph.from) with the same
// nodes, edges, ends, positions and data, plus the display attributes sigma draws with.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGraph } from "../../src/core/model/graph.ts";
import { KINDS } from "../../src/core/data/kinds.ts";
import { buildDataset } from "../../src/node/dataset.ts";
import { toSerializedGraph } from "../../scripts/bench/raw-graph.ts";
import { synthesize } from "../../scripts/bench/synth.ts";

const DATASETS = [
  ["the bundled paper", buildDataset()],
  ["1000 synthetic entities", synthesize({ entities: 1000, seed: 3 })],
] as const;

describe.each(DATASETS)("toSerializedGraph of %s", (_name, { kb, layout }) => {
  const raw = MultiDirectedGraph.from(JSON.parse(JSON.stringify(toSerializedGraph(kb, layout))));
  const app = toGraph(kb, layout);

  it("has the app graph's nodes, edges and ends", () => {
    expect(raw.nodes()).toEqual(app.nodes());
    expect(raw.edges()).toEqual(app.edges());
    app.forEachEdge((e, _a, s, t) => expect(raw.extremities(e)).toEqual([s, t]));
  });

  it("keeps positions, entity and relation data, and the claims as graph attributes", () => {
    for (const e of kb.entities) {
      const a = raw.getNodeAttributes(e.id);
      expect([a.x, a.y]).toEqual([app.getNodeAttribute(e.id, "x"), app.getNodeAttribute(e.id, "y")]);
      expect({ label: a.label, kind: a.kind, claims: a.claims, description: a.description }).toEqual({
        label: e.label,
        kind: e.kind,
        claims: e.claims,
        description: e.description,
      });
      expect(a.color).toBe(KINDS[e.kind].color);
      expect(a.size).toBeGreaterThanOrEqual(3);
      expect(a.size).toBeLessThanOrEqual(16);
    }
    for (const r of kb.relations) expect(raw.getEdgeAttribute(r.id, "claims")).toEqual(r.claims);
    expect(raw.getAttribute("claims")).toEqual(kb.claims);
  });

  it("draws parallel edges (either direction) curved and the others as arrows", () => {
    const pair = (s: string, t: string) => [s, t].sort().join(" ");
    const counts = new Map<string, number>();
    app.forEachEdge((_e, _a, s, t) => counts.set(pair(s, t), (counts.get(pair(s, t)) ?? 0) + 1));
    raw.forEachEdge((e, a, s, t) => expect(a.type, e).toBe(counts.get(pair(s, t))! > 1 ? "curved" : "arrow"));
  });
});
