// Framing must put every framed node (and its label) inside the viewport, as sigma 3 itself projects it, and make
// the framed set as large as it fits: compared with sigma's own math on seeded random graphs and subsets.
import Graph from "graphology";
import { createNormalizationFunction, graphExtent as sigmaExtent, matrixFromCamera, multiplyVec2 } from "sigma/utils";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/core/model/layout.ts";
import { graphExtent, STAGE_PADDING, type Insets, type Viewport } from "../../../src/core/picture/camera.ts";
import { frameCamera, LABELLED_SET, MIN_FRAMING_RATIO, type FramedNode } from "../../../src/core/picture/framing.ts";
import { textWidth } from "../../../src/core/picture/text.ts";

type G = Graph<{ x: number; y: number }>;

function randomGraph(seed: number, w: number, h: number): G {
  const rng = seededRandom(seed);
  const g: G = new Graph();
  for (let i = 0; i < 80; i++) g.addNode(`n${i}`, { x: (rng() - 0.3) * w, y: (rng() - 0.6) * h });
  return g;
}

/** sigma's graphToViewport for a camera (angle 0). */
function sigmaProjector(g: G, viewport: Viewport, camera: { x: number; y: number; ratio: number }) {
  const extent = sigmaExtent(g);
  const norm = createNormalizationFunction(extent);
  const dims = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  const matrix = matrixFromCamera({ ...camera, angle: 0 }, viewport, dims, STAGE_PADDING);
  return (p: { x: number; y: number }) => {
    const clip = multiplyVec2(matrix, norm(p));
    return { x: ((1 + clip.x) * viewport.width) / 2, y: ((1 - clip.y) * viewport.height) / 2 };
  };
}

const LABEL = 12;
const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

const cases: { name: string; seed: number; w: number; h: number; pick: number; viewport: Viewport; insets: Insets }[] =
  [
    {
      name: "a few nodes, wide screen",
      seed: 1,
      w: 400,
      h: 200,
      pick: 5,
      viewport: { width: 1440, height: 820 },
      insets: NONE,
    },
    {
      name: "many nodes, phone",
      seed: 2,
      w: 300,
      h: 300,
      pick: 40,
      viewport: { width: 390, height: 700 },
      insets: NONE,
    },
    {
      name: "tall graph, square",
      seed: 3,
      w: 80,
      h: 400,
      pick: 12,
      viewport: { width: 800, height: 800 },
      insets: NONE,
    },
    {
      name: "with overlays",
      seed: 4,
      w: 300,
      h: 200,
      pick: 20,
      viewport: { width: 1200, height: 800 },
      insets: { top: 60, right: 200, bottom: 80, left: 0 },
    },
  ];

describe("frameCamera", () => {
  for (const c of cases) {
    it(`${c.name}: every framed node and label is inside, and the set fills the free width or height`, () => {
      const g = randomGraph(c.seed, c.w, c.h);
      const rng = seededRandom(c.seed + 100);
      const keys = g.nodes().filter(() => rng() < c.pick / 80);
      const nodes: FramedNode[] = keys.map((k) => ({ ...g.getNodeAttributes(k), size: 6, label: `Entity ${k}` }));
      const extent = graphExtent(g.mapNodes((_n, a) => [a.x, a.y] as [number, number]));
      const camera = frameCamera(extent, nodes, { viewport: c.viewport, labelSize: LABEL, insets: c.insets })!;
      expect(camera.ratio).toBeGreaterThanOrEqual(MIN_FRAMING_RATIO);
      const toPx = sigmaProjector(g, c.viewport, camera);
      const radius = 6 / Math.sqrt(camera.ratio);
      let [l, r, t, b] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const n of nodes) {
        const p = toPx(n);
        l = Math.min(l, p.x - radius);
        r = Math.max(r, p.x + radius + 3 + textWidth(n.label!, LABEL));
        t = Math.min(t, p.y - Math.max(radius, LABEL * 0.7));
        b = Math.max(b, p.y + Math.max(radius, LABEL * 0.7));
      }
      const free = {
        l: c.insets.left + STAGE_PADDING,
        r: c.viewport.width - c.insets.right - STAGE_PADDING,
        t: c.insets.top + STAGE_PADDING,
        b: c.viewport.height - c.insets.bottom - STAGE_PADDING,
      };
      expect(l).toBeGreaterThanOrEqual(free.l - 0.5);
      expect(r).toBeLessThanOrEqual(free.r + 0.5);
      expect(t).toBeGreaterThanOrEqual(free.t - 0.5);
      expect(b).toBeLessThanOrEqual(free.b + 0.5);
      const fill = Math.max((r - l) / (free.r - free.l), (b - t) / (free.b - free.t));
      expect(fill).toBeGreaterThan(0.98);
    });
  }

  it(`a set of more than ${LABELLED_SET} nodes is framed by its nodes (the label engine labels only some)`, () => {
    const g = randomGraph(5, 300, 200);
    const nodes: FramedNode[] = g.mapNodes((_k, a) => ({ ...a, size: 6, label: "A rather long label for an entity" }));
    expect(nodes.length).toBeGreaterThan(LABELLED_SET);
    const viewport = { width: 1000, height: 700 };
    const extent = graphExtent(g.mapNodes((_n, a) => [a.x, a.y] as [number, number]));
    const camera = frameCamera(extent, nodes, { viewport, labelSize: LABEL })!;
    const toPx = sigmaProjector(g, viewport, camera);
    const pts = nodes.map((n) => toPx(n));
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const r = 6 / Math.sqrt(camera.ratio);
    const fill = Math.max(
      (Math.max(...xs) - Math.min(...xs) + 2 * r) / (viewport.width - 2 * STAGE_PADDING),
      (Math.max(...ys) - Math.min(...ys) + 2 * r) / (viewport.height - 2 * STAGE_PADDING),
    );
    expect(fill).toBeGreaterThan(0.98);
    expect(fill).toBeLessThan(1.001);
  });

  it("one node is shown among its surroundings, not blown up to the whole screen", () => {
    const extent = { x: [0, 100] as [number, number], y: [0, 100] as [number, number] };
    const camera = frameCamera(extent, [{ x: 20, y: 30, size: 5 }], {
      viewport: { width: 800, height: 600 },
      labelSize: 12,
    });
    expect(camera?.ratio).toBe(MIN_FRAMING_RATIO);
    // Centred on the node: its framed coordinates.
    expect(camera?.x).toBeCloseTo(0.2, 2);
    expect(camera?.y).toBeCloseTo(0.3, 2);
  });

  it("nothing to frame, or no viewport yet: no camera", () => {
    const extent = { x: [0, 1] as [number, number], y: [0, 1] as [number, number] };
    expect(frameCamera(extent, [], { viewport: { width: 800, height: 600 }, labelSize: 12 })).toBeNull();
    expect(
      frameCamera(extent, [{ x: 0, y: 0, size: 1 }], { viewport: { width: 0, height: 0 }, labelSize: 12 }),
    ).toBeNull();
  });
});
