// Relation families differ by more than colour on the canvas: a dashed family's edge is drawn with gaps along it,
// a solid family's edge without, straight or curved. Read from the pixels of the drawn canvas, sampled along edges
// whose ends sigma reports, zoomed in so the edges are long.
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyOf } from "../../src/core/view/palette.ts";
import { launch, type TrackedPage } from "./helpers.ts";
import { openAt, settle } from "./screen-helpers.ts";

let browser: Browser;
let t: TrackedPage;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  t = await openAt(browser, "wide");
  page = t.page;
});
afterAll(async () => {
  const errors = t.errors;
  await browser?.close();
  expect(errors).toEqual([]);
});

interface DrawnEdge {
  id: string;
  relation: string;
  type: string;
  color: string;
  dash: number[];
  curvature: number | null;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Zooms in on an entity and lists the edges drawn around it with their ends in page coordinates. */
async function edgesAround(node: string, ratio: number): Promise<DrawnEdge[]> {
  await page.evaluate(
    ({ node, ratio }) => {
      type Sigma = {
        getNodeDisplayData: (n: string) => { x: number; y: number };
        getCamera: () => { setState: (s: { x: number; y: number; ratio: number }) => void };
      };
      const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
      const d = sigma.getNodeDisplayData(node);
      sigma.getCamera().setState({ x: d.x, y: d.y, ratio });
    },
    { node, ratio },
  );
  await settle(page);
  return page.evaluate((node) => {
    type Sigma = {
      getGraph: () => {
        edges: (n: string) => string[];
        extremities: (e: string) => [string, string];
        getEdgeAttribute: (e: string, a: string) => string;
      };
      getNodeDisplayData: (n: string) => { x: number; y: number };
      getEdgeDisplayData: (
        e: string,
      ) => { type: string; color: string; dash?: number[]; hidden: boolean; curvature?: number } | undefined;
      framedGraphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
      getContainer: () => HTMLElement;
    };
    const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
    const g = sigma.getGraph();
    const r = sigma.getContainer().getBoundingClientRect();
    const at = (n: string) => {
      const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
      return { x: r.left + v.x, y: r.top + v.y };
    };
    return g.edges(node).flatMap((e) => {
      const d = sigma.getEdgeDisplayData(e);
      if (!d || d.hidden) return [];
      const [s, tg] = g.extremities(e);
      return [
        {
          id: e,
          relation: g.getEdgeAttribute(e, "relation"),
          type: d.type,
          color: d.color,
          dash: d.dash ?? [],
          curvature: d.curvature ?? null,
          from: at(s),
          to: at(tg),
        },
      ];
    });
  }, node);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

type Point = { x: number; y: number };

/**
 * Samples a drawn line at about one pixel apart over the stretches of its parameter given (clear of the nodes and of a
 * label at the midpoint): the share of samples in the line's colour and how often the line starts again after a gap.
 */
function alongLine(png: PNG, color: string, at: (t: number) => Point, length: number) {
  const want = rgb(color);
  let inked = 0;
  let restarts = 0;
  let samples = 0;
  for (const [a, b] of [
    [0.2, 0.4],
    [0.6, 0.8],
  ]) {
    let previous = true;
    for (let t = a; t <= b; t += 1 / length) {
      const p = at(t);
      const [x, y] = [Math.round(p.x), Math.round(p.y)];
      if (x < 1 || y < 1 || x >= png.width - 1 || y >= png.height - 1) continue;
      // A 1 px line is blended into its neighbours: a sample counts when the pixel or one of its neighbours holds
      // more of the line's colour than of the white ground.
      const on = [
        [0, 0],
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ].some(([dx, dy]) => {
        const i = ((y + dy) * png.width + (x + dx)) * 4;
        const px = [png.data[i], png.data[i + 1], png.data[i + 2]];
        return Math.hypot(...px.map((v, k) => v - want[k])) < Math.hypot(...px.map((v) => v - 255));
      });
      samples++;
      if (on) inked++;
      if (on && !previous) restarts++;
      previous = on;
    }
  }
  return { inked: inked / Math.max(1, samples), restarts, samples };
}

const straight = (png: PNG, e: DrawnEdge) =>
  alongLine(
    png,
    e.color,
    (t) => ({ x: e.from.x + (e.to.x - e.from.x) * t, y: e.from.y + (e.to.y - e.from.y) * t }),
    Math.hypot(e.to.x - e.from.x, e.to.y - e.from.y),
  );

/** The quadratic curve of a parallel edge, through the control point the style's curvature gives (y down). */
function curve(png: PNG, e: DrawnEdge) {
  const { from: a, to: c } = e;
  const k = e.curvature!;
  const ctrl = { x: (a.x + c.x) / 2 + (c.y - a.y) * k, y: (a.y + c.y) / 2 - (c.x - a.x) * k };
  const at = (t: number) => {
    const u = 1 - t;
    return { x: u * u * a.x + 2 * u * t * ctrl.x + t * t * c.x, y: u * u * a.y + 2 * u * t * ctrl.y + t * t * c.y };
  };
  return alongLine(png, e.color, at, 2 * Math.hypot(c.x - a.x, c.y - a.y));
}

describe("relation families on the canvas", () => {
  it("a dashed family's straight edge has gaps along it, a solid family's has none", async () => {
    const edges = (await edgesAround("ussr", 0.3)).filter((e) => e.type === "arrow");
    const png = PNG.sync.read(await page.screenshot());
    const measured = (dashed: boolean) =>
      edges
        .filter((e) => familyOf(e.relation).dash.length > 0 === dashed)
        .map((e) => ({ relation: e.relation, dash: e.dash, ...straight(png, e) }))
        .filter((m) => m.samples > 60);
    const solid = measured(false);
    const dashed = measured(true);
    expect(solid.length).toBeGreaterThan(0);
    expect(dashed.length).toBeGreaterThan(1);
    // Nodes, labels and crossing edges may lie over a solid line; the clearest one has no gap.
    const clearest = solid.reduce((a, b) => (b.inked > a.inked ? b : a));
    expect(clearest.inked, `solid ${clearest.relation}`).toBeGreaterThan(0.95);
    expect(clearest.restarts).toBeLessThanOrEqual(1);
    // Every dashed one is broken into dashes all along, in the pattern of its family.
    for (const d of dashed) {
      expect(d.dash, d.relation).toEqual(familyOf(d.relation).dash);
      expect(d.inked, `dashed ${d.relation}`).toBeLessThan(0.85);
      expect(d.inked, `dashed ${d.relation}`).toBeGreaterThan(0.15);
      expect(d.restarts, `dashed ${d.relation}`).toBeGreaterThanOrEqual(4);
    }
  });

  it("a curved (parallel) edge of a dashed family is dashed too", async () => {
    const edges = await edgesAround("ussr", 0.3);
    const curved = edges.filter((e) => e.type === "curved" && e.curvature !== null);
    const dashed = curved.find((e) => familyOf(e.relation).dash.length > 0);
    expect(dashed, "a dashed curved edge at the USSR").toBeDefined();
    const png = PNG.sync.read(await page.screenshot());
    const d = curve(png, dashed!);
    expect(d.samples).toBeGreaterThan(60);
    // the line is where the curve is (inked often) and has gaps
    expect(d.inked, `curved ${dashed!.relation}`).toBeGreaterThan(0.3);
    expect(d.inked).toBeLessThan(0.85);
    expect(d.restarts).toBeGreaterThanOrEqual(4);
  });
});
