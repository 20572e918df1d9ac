// edgeCurvatures is what both the canvas and the pictures use for parallel edges, in place of @sigma/edge-curve's
// indexParallelEdgesIndex (it runs in one pass at load): it must give exactly the curvature the canvas would get from
// that function, on the bundled data and on random multigraphs with loops and edges both ways.
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { toGraph, type KbGraph } from "../../../../src/core/model/graph.ts";
import { edgeCurvatures } from "../../../../src/core/view/style/index.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

type IndexParallel = typeof import("@sigma/edge-curve").indexParallelEdgesIndex;
let indexParallelEdgesIndex: IndexParallel;
let DEFAULT_EDGE_CURVATURE: number;

beforeAll(async () => {
  // @sigma/edge-curve loads sigma's WebGL programs, which read WebGL constants when imported; Node has none.
  const g = globalThis as Record<string, unknown>;
  g.WebGL2RenderingContext ??= {};
  g.WebGLRenderingContext ??= {};
  ({ indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } = await import("@sigma/edge-curve"));
});

/** The canvas' former recipe: indexParallelEdgesIndex, then 0.25 + 0.75·index/maxIndex for indexed edges. */
function viaSigma(graph: KbGraph): Map<string, number> {
  const copy = graph.copy() as unknown as MultiDirectedGraph;
  indexParallelEdgesIndex(copy, { edgeIndexAttribute: "i", edgeMaxIndexAttribute: "max" });
  const out = new Map<string, number>();
  copy.forEachEdge((e, a) => {
    if (typeof a.i === "number" && typeof a.max === "number")
      out.set(e, DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * a.i) / (a.max || 1));
  });
  return out;
}

describe("edgeCurvatures", () => {
  it("equals @sigma/edge-curve's indexing on the bundled data, with some edges curved", () => {
    const graph = toGraph(requireKnowledgeBase());
    const ours = edgeCurvatures(graph);
    expect(ours.size).toBeGreaterThan(0);
    expect(ours).toEqual(viaSigma(graph));
  });

  it.each([
    ["a lone edge is straight", [["a", "b"]], {}],
    [
      "two edges one way",
      [
        ["a", "b"],
        ["a", "b"],
      ],
      { e0: 0.25 - 0.75, e1: 0.25 + 0.75 },
    ],
    [
      "one edge each way",
      [
        ["a", "b"],
        ["b", "a"],
      ],
      { e0: 1, e1: 1 },
    ],
    ["a loop", [["a", "a"]], {}],
  ] as const)("%s", (_name, pairs, expected) => {
    const graph = new MultiDirectedGraph() as unknown as KbGraph;
    pairs.forEach(([s, t], i) => {
      graph.mergeNode(s);
      graph.mergeNode(t);
      graph.addDirectedEdgeWithKey(`e${i}`, s, t);
    });
    expect(Object.fromEntries(edgeCurvatures(graph))).toEqual(expected);
    expect(edgeCurvatures(graph)).toEqual(viaSigma(graph));
  });

  it("equals @sigma/edge-curve's indexing on random multigraphs", () => {
    const node = fc.constantFrom("a", "b", "c", "d", "__proto__");
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 30 }), (pairs) => {
        const graph = new MultiDirectedGraph() as unknown as KbGraph;
        pairs.forEach(([s, t], i) => {
          // Keys escaped as the app's graphs are (see nodeKey): "__proto__" is not a safe graphology key.
          const [sk, tk] = [s, t].map((x) => (x === "__proto__" ? "\uE000__proto__" : x));
          graph.mergeNode(sk);
          graph.mergeNode(tk);
          graph.addDirectedEdgeWithKey(`e${i}`, sk, tk);
        });
        expect(edgeCurvatures(graph)).toEqual(viaSigma(graph));
      }),
      { numRuns: 300 },
    );
  });
});
