// The picture's camera must be sigma's: the same graph point lands on the same pixel as on the canvas, for any
// viewport and camera. Compared here with sigma 3's own math (sigma/utils needs no WebGL), on a seeded random graph.
import Graph from "graphology";
import {
  createNormalizationFunction,
  getCorrectionRatio,
  graphExtent as sigmaExtent,
  matrixFromCamera,
  multiplyVec2,
} from "sigma/utils";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/core/model/layout.ts";
import {
  correctionRatio,
  fitCamera,
  graphDimensions,
  graphExtent,
  normalization,
  projection,
  STAGE_PADDING,
  type Viewport,
} from "../../../src/core/picture/camera.ts";

function randomGraph(seed: number, w: number, h: number): Graph<{ x: number; y: number }> {
  const rng = seededRandom(seed);
  const g = new Graph<{ x: number; y: number }>();
  for (let i = 0; i < 50; i++) g.addNode(`n${i}`, { x: (rng() - 0.3) * w, y: (rng() - 0.6) * h });
  return g;
}

/** sigma's graphToViewport: normalise, multiply by the camera matrix, then clip space to pixels (y down). */
function sigmaToViewport(
  g: Graph<{ x: number; y: number }>,
  viewport: Viewport,
  camera: { x: number; y: number; ratio: number },
) {
  const extent = sigmaExtent(g);
  const norm = createNormalizationFunction(extent);
  const dims = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  const matrix = matrixFromCamera({ ...camera, angle: 0 }, viewport, dims, STAGE_PADDING);
  return (p: { x: number; y: number }) => {
    const clip = multiplyVec2(matrix, norm(p));
    return { x: ((1 + clip.x) * viewport.width) / 2, y: ((1 - clip.y) * viewport.height) / 2 };
  };
}

const positions = (g: Graph<{ x: number; y: number }>) => g.mapNodes((_n, a) => [a.x, a.y] as [number, number]);

describe("projection matches sigma 3", () => {
  const graphs = [
    ["wide graph", randomGraph(1, 400, 100)],
    ["tall graph", randomGraph(2, 80, 300)],
    ["square graph", randomGraph(3, 200, 200)],
  ] as const;
  const viewports: Viewport[] = [
    { width: 1600, height: 1000 },
    { width: 700, height: 1100 },
    { width: 512, height: 512 },
  ];
  const cameras = [
    { x: 0.5, y: 0.5, ratio: 1 },
    { x: 0.3, y: 0.7, ratio: 0.25 },
    { x: 0.62, y: 0.41, ratio: 2.5 },
  ];
  for (const [name, g] of graphs)
    for (const viewport of viewports)
      for (const camera of cameras)
        it(`${name}, ${viewport.width}x${viewport.height}, camera ${JSON.stringify(camera)}`, () => {
          const extent = graphExtent(positions(g));
          expect(extent).toEqual(sigmaExtent(g));
          const ours = projection(extent, viewport, camera);
          const theirs = sigmaToViewport(g, viewport, camera);
          g.forEachNode((_n, a) => {
            const p = ours.toViewport(a);
            const q = theirs(a);
            // sigma's matrices are Float32Array: agree to a hundredth of a pixel.
            expect(p.x).toBeCloseTo(q.x, 2);
            expect(p.y).toBeCloseTo(q.y, 2);
          });
        });

  it("normalisation and correction ratio are sigma's", () => {
    const g = randomGraph(4, 300, 120);
    const extent = graphExtent(positions(g));
    const ours = normalization(extent);
    const theirs = createNormalizationFunction(extent);
    g.forEachNode((_n, a) => expect(ours(a)).toEqual(theirs(a)));
    expect(ours.ratio).toBe(theirs.ratio);
    for (const vp of [
      { width: 1600, height: 900 },
      { width: 600, height: 1200 },
    ])
      expect(correctionRatio(vp, graphDimensions(extent))).toBe(getCorrectionRatio(vp, graphDimensions(extent)));
  });

  it("a graph with one node or none does not divide by zero", () => {
    expect(graphExtent([])).toEqual({ x: [0, 1], y: [0, 1] });
    const extent = graphExtent([[5, 5]]);
    const p = projection(extent, { width: 400, height: 300 }, { x: 0.5, y: 0.5, ratio: 1 }).toViewport({ x: 5, y: 5 });
    expect(p).toEqual({ x: 200, y: 150 });
  });
});

describe("fitCamera", () => {
  const g = randomGraph(5, 500, 200);
  const extent = graphExtent(positions(g));
  const cases: [string, Viewport, number][] = [
    ["a landscape picture", { width: 1600, height: 1000 }, 0],
    ["a portrait picture", { width: 600, height: 1000 }, 0],
    ["with labels to the right", { width: 1200, height: 800 }, 120],
  ];
  for (const [name, viewport, labelWidth] of cases)
    it(`frames a subset tightly and fully: ${name}`, () => {
      const subset = g.filterNodes((n) => Number(n.slice(1)) % 3 === 0).map((n) => g.getNodeAttributes(n));
      const items = subset.map((a) => ({ x: a.x, y: a.y, size: 5, right: labelWidth, halfHeight: 8 }));
      const camera = fitCamera(extent, viewport, items);
      const proj = projection(extent, viewport, camera);
      const r = proj.scaleSize(5);
      const boxes = items.map((it) => {
        const p = proj.toViewport(it);
        return { l: p.x - r, r: p.x + r + labelWidth, t: p.y - Math.max(r, 8), b: p.y + Math.max(r, 8) };
      });
      const [l, rr, t, b] = [
        Math.min(...boxes.map((x) => x.l)),
        Math.max(...boxes.map((x) => x.r)),
        Math.min(...boxes.map((x) => x.t)),
        Math.max(...boxes.map((x) => x.b)),
      ];
      // Inside the padded viewport...
      expect(l).toBeGreaterThanOrEqual(STAGE_PADDING - 0.01);
      expect(t).toBeGreaterThanOrEqual(STAGE_PADDING - 0.01);
      expect(rr).toBeLessThanOrEqual(viewport.width - STAGE_PADDING + 0.01);
      expect(b).toBeLessThanOrEqual(viewport.height - STAGE_PADDING + 0.01);
      // ...centred, and touching it on one axis (as large as possible).
      expect((l + rr) / 2).toBeCloseTo(viewport.width / 2, 3);
      expect((t + b) / 2).toBeCloseTo(viewport.height / 2, 3);
      const slack = Math.min(
        viewport.width - 2 * STAGE_PADDING - (rr - l),
        viewport.height - 2 * STAGE_PADDING - (b - t),
      );
      expect(slack).toBeLessThan(0.5);
    });

  it("keeps clear of insets and centres in the free area", () => {
    const viewport = { width: 1280, height: 720 };
    const insets = { top: 70, right: 220, bottom: 60, left: 0 };
    const items = g.mapNodes((_n, a) => ({ x: a.x, y: a.y, size: 4 }));
    const proj = projection(extent, viewport, fitCamera(extent, viewport, items, STAGE_PADDING, undefined, insets));
    const pts = items.map((it) => proj.toViewport(it));
    const r = proj.scaleSize(4);
    const [l, rr, t, b] = [
      Math.min(...pts.map((p) => p.x)) - r,
      Math.max(...pts.map((p) => p.x)) + r,
      Math.min(...pts.map((p) => p.y)) - r,
      Math.max(...pts.map((p) => p.y)) + r,
    ];
    expect(l).toBeGreaterThanOrEqual(insets.left + STAGE_PADDING - 0.01);
    expect(rr).toBeLessThanOrEqual(viewport.width - insets.right - STAGE_PADDING + 0.01);
    expect(t).toBeGreaterThanOrEqual(insets.top + STAGE_PADDING - 0.01);
    expect(b).toBeLessThanOrEqual(viewport.height - insets.bottom - STAGE_PADDING + 0.01);
    expect((l + rr) / 2).toBeCloseTo((insets.left + viewport.width - insets.right) / 2, 3);
    expect((t + b) / 2).toBeCloseTo((insets.top + viewport.height - insets.bottom) / 2, 3);
  });

  it("with nothing to show, returns sigma's home camera", () => {
    expect(fitCamera(extent, { width: 800, height: 600 }, [])).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
  });
});
