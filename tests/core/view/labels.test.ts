// The label engine: what a reader relies on is that no drawn label covers another label, another node or an edge
// label, that the important nodes get their labels first, and that small pictures label every node.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOverlaps, labelPriority, placeLabels, type NodeLabelInput } from "../../../src/core/view/labels.ts";

const measure = (t: string, size: number) => t.length * size * 0.6;
const node = (id: string, x: number, y: number, priority = 1, radius = 5, text = id): NodeLabelInput => ({
  id,
  x,
  y,
  radius,
  text,
  priority,
});
const overlapsOf = (nodes: NodeLabelInput[], layout: ReturnType<typeof placeLabels>) =>
  findOverlaps(layout.nodes, layout.edges, nodes);

describe("placeLabels", () => {
  it.each([
    ["a lone node", [node("a", 100, 100)], ["right"]],
    [
      "a neighbour on the right pushes the label left",
      [node("a", 100, 100, 2, 5, "label"), node("b", 125, 100, 1, 5, "")],
      ["left"],
    ],
    [
      "neighbours left and right push it above",
      [node("a", 100, 100, 3, 5, "label"), node("b", 125, 100, 1, 5, ""), node("c", 80, 100, 1, 5, "")],
      ["above"],
    ],
  ])("%s", (_name, nodes, placements) => {
    const layout = placeLabels(nodes, [], { measure, size: 10 });
    expect(layout.nodes.map((p) => p.placement)).toEqual(placements);
    expect(overlapsOf(nodes, layout)).toEqual([]);
  });

  it("labels the higher priority first when only one label fits", () => {
    // Two nodes on top of each other's label places, boxed in by the bounds.
    const nodes = [node("small", 20, 10, 1, 4, "aaaaaaaa"), node("hub", 30, 10, 9, 4, "bbbbbbbb")];
    const layout = placeLabels(nodes, [], { measure, size: 10, bounds: { x: 0, y: 0, width: 100, height: 20 } });
    expect(layout.nodes.map((p) => p.id)).toEqual(["hub"]);
    expect(layout.dropped).toEqual(["small"]);
  });

  it("with labelAll, labels every node of a tight cluster, moving some out with leader lines", () => {
    const nodes = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 200 + (i % 4) * 12, 200 + Math.floor(i / 4) * 12));
    const layout = placeLabels(nodes, [], { measure, size: 10, labelAll: true });
    expect(layout.dropped).toEqual([]);
    expect(layout.nodes).toHaveLength(12);
    expect(layout.nodes.some((p) => p.leader !== null)).toBe(true);
    expect(overlapsOf(nodes, layout)).toEqual([]);
  });

  it("keeps labels inside the bounds", () => {
    const nodes = [node("edge-of-frame", 195, 50, 1, 5, "long label")];
    const bounds = { x: 0, y: 0, width: 200, height: 100 };
    const [p] = placeLabels(nodes, [], { measure, size: 10, bounds }).nodes;
    expect(p.box.x).toBeGreaterThanOrEqual(0);
    expect(p.box.x + p.box.width).toBeLessThanOrEqual(200);
  });

  it("draws an edge label only where it fits", () => {
    const nodes = [node("a", 100, 100, 1, 5, "aaaaaaaaaa")];
    const edges = [
      { id: "free", text: "works in", x: 100, y: 300, priority: 0 },
      { id: "blocked", text: "works in", x: 130, y: 100, priority: 0 },
    ];
    const layout = placeLabels(nodes, edges, { measure, size: 10 });
    expect(layout.edges.map((e) => e.id)).toEqual(["free"]);
  });

  it("never overlaps, on random pictures", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            r: fc.integer({ min: 2, max: 12 }),
            p: fc.nat(20),
          }),
          { maxLength: 40 },
        ),
        fc.boolean(),
        (raw, labelAll) => {
          const nodes = raw.map((n, i) => node(`n${i}`, n.x, n.y, n.p, n.r, `label ${i}`));
          const edges = raw
            .slice(1)
            .map((n, i) => ({ id: `e${i}`, text: "rel", x: n.x + 20, y: n.y + 20, priority: 0 }));
          const layout = placeLabels(nodes, edges, { measure, size: 10, labelAll });
          // Nodes laid on top of each other cannot be untangled; only labels are checked against nodes' circles.
          expect(overlapsOf(nodes, layout)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("labelPriority", () => {
  it("puts the selection, then the trace, then the hover's neighbours, then larger nodes first", () => {
    const order = [
      labelPriority({ selected: true, size: 1 }),
      labelPriority({ traced: true, size: 1 }),
      labelPriority({ neighbour: true, size: 1 }),
      labelPriority({ size: 16 }),
      labelPriority({ size: 3 }),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });
});

describe("findOverlaps", () => {
  const box = (x: number, y: number) => ({ x, y, width: 20, height: 10 });
  it.each([
    [
      "label/label",
      [
        { id: "a", box: box(0, 0) },
        { id: "b", box: box(10, 5) },
      ],
      [],
      [],
    ],
    ["label/node", [{ id: "a", box: box(0, 0) }], [], [{ id: "b", x: 25, y: 5, radius: 6 }]],
    ["label/edge-label", [{ id: "a", box: box(0, 0) }], [{ id: "e", box: box(5, 5) }], []],
    [
      "edge-label/edge-label",
      [],
      [
        { id: "e", box: box(0, 0) },
        { id: "f", box: box(5, 5) },
      ],
      [],
    ],
  ])("finds %s", (kind, labels, edgeLabels, nodes) => {
    expect(findOverlaps(labels, edgeLabels, nodes).map((o) => o.kind)).toEqual([kind]);
  });
  it("does not count a label touching its own node or boxes that only touch", () => {
    expect(
      findOverlaps(
        [
          { id: "a", box: box(0, 0) },
          { id: "b", box: box(20, 0) },
        ],
        [],
        [{ id: "a", x: -3, y: 5, radius: 4 }],
      ),
    ).toEqual([]);
  });
});
