// The camera frames what a person asked about, measured on sigma's own projection in the built app: a claim picked in
// the details lights its trace, and the camera brings every lit node into view and makes them fill the canvas; Fit
// frames what the filters leave visible, not the whole graph; a link without `cam=` frames what it shows, a link with
// one keeps it exactly; "Tidy this view" lays the view out again without label collisions, and "Reset layout" goes
// back to the build's positions.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CanvasLabels } from "../../src/app/canvas/label-layer.ts";
import { findOverlaps } from "../../src/core/view/labels.ts";
import { launch, openPage } from "./helpers.ts";
import { canvasInk, settle } from "./screen-helpers.ts";

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const WIDE = { width: 1440, height: 900 };

interface Framed {
  /** Nodes of the set inside the canvas, and how many the set has. */
  inside: number;
  total: number;
  /** Width and height of the set's centres' bounding box, as shares of the canvas' width and height. */
  fillW: number;
  fillH: number;
  camera: { x: number; y: number; ratio: number };
}

/**
 * Where the set is drawn: "lit" (the trace of the selection), "visible" (not hidden by the filters). Read from sigma
 * (display data through its own framedGraphToViewport) and the state's trace and visibility.
 */
async function framed(page: Page, set: "lit" | "visible"): Promise<Framed> {
  await settle(page);
  return page.evaluate((which) => {
    type Sigma = {
      getGraph: () => { nodes: () => string[] };
      getNodeDisplayData: (n: string) => { x: number; y: number } | undefined;
      framedGraphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
      getDimensions: () => { width: number; height: number };
      getCamera: () => { getState: () => { x: number; y: number; ratio: number } };
    };
    const explorer = (
      window as unknown as {
        __explorer: {
          canvas: { sigma: Sigma };
          trace: { nodes: Set<string> } | null;
          visibility: { nodes: Map<string, string> };
        };
      }
    ).__explorer;
    const sigma = explorer.canvas.sigma;
    const keep = (id: string) =>
      which === "lit" ? (explorer.trace?.nodes.has(id) ?? false) : explorer.visibility.nodes.get(id) !== "hidden";
    const { width, height } = sigma.getDimensions();
    const pts = sigma
      .getGraph()
      .nodes()
      .filter(keep)
      .map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return {
      inside: pts.filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height).length,
      total: pts.length,
      fillW: (Math.max(...xs) - Math.min(...xs)) / width,
      fillH: (Math.max(...ys) - Math.min(...ys)) / height,
      camera: sigma.getCamera().getState(),
    };
  }, set);
}

/** Waits for the camera to stop moving (animations last under a second). */
async function still(page: Page): Promise<void> {
  let last = "";
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(150);
        const now = JSON.stringify((await framed(page, "visible")).camera);
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 5000 },
    )
    .toBe(true);
}

const fill = (f: Framed) => Math.max(f.fillW, f.fillH);

async function placedLabels(page: Page): Promise<CanvasLabels> {
  await settle(page);
  return (await page.evaluate("window.kgCanvasLabels()")) as CanvasLabels;
}

describe("framing", () => {
  it("a claim picked in the details: every lit node in view, filling the canvas", async () => {
    const { page, errors } = await openPage(browser, "?sel=model-1967&cam=0.5,0.5,1", WIDE);
    const claims = page.getByTestId("claim-link");
    await claims.first().waitFor();
    // A claim whose trace lights several entities.
    let picked = false;
    for (let i = 0; i < (await claims.count()) && !picked; i++) {
      await claims.nth(i).click();
      await still(page);
      picked = (await framed(page, "lit")).total >= 3;
    }
    expect(picked).toBe(true);
    const lit = await framed(page, "lit");
    expect(lit.inside).toBe(lit.total);
    expect(fill(lit)).toBeGreaterThanOrEqual(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a search hit frames what it lights", async () => {
    const { page, errors } = await openPage(browser, "?cam=0.5,0.5,1", WIDE);
    await page.getByTestId("search-input").fill("Lankov 2020");
    await page.getByTestId("search-input").press("Enter");
    await expect.poll(() => page.evaluate(() => location.search)).toContain("sel=");
    await still(page);
    const lit = await framed(page, "lit");
    expect(lit.total).toBeGreaterThanOrEqual(3);
    expect(lit.inside).toBe(lit.total);
    expect(fill(lit)).toBeGreaterThanOrEqual(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Fit with a filter frames only what the filter leaves visible", async () => {
    // The 1967 model and its direct ties; the link's camera is the whole graph (what Fit used to do).
    const { page, errors } = await openPage(browser, "?sel=model-1967&ego=1&cam=0.5,0.5,1", WIDE);
    const whole = await framed(page, "visible");
    await page.getByTestId("zoom-fit").click();
    await still(page);
    const fit = await framed(page, "visible");
    expect(fit.inside).toBe(fit.total);
    expect(fill(fit)).toBeGreaterThanOrEqual(0.6);
    expect(fill(fit)).toBeGreaterThan(fill(whole) * 1.2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a link without cam= frames what it shows; a link with cam= keeps its camera exactly", async () => {
    const { page, errors } = await openPage(browser, "?y=1946-1960&tm=hide", WIDE);
    await still(page);
    const shown = await framed(page, "visible");
    expect(shown.inside).toBe(shown.total);
    expect(fill(shown)).toBeGreaterThanOrEqual(0.6);
    await page.close();

    const kept = await openPage(browser, "?y=1946-1960&tm=hide&sel=sakhalin&cam=0.4,0.6,0.5", WIDE);
    await kept.page.waitForTimeout(1200);
    const camera = (await framed(kept.page, "visible")).camera;
    expect(camera.x).toBeCloseTo(0.4, 6);
    expect(camera.y).toBeCloseTo(0.6, 6);
    expect(camera.ratio).toBeCloseTo(0.5, 6);
    expect([...errors, ...kept.errors]).toEqual([]);
    await kept.page.close();
  });

  it("Tidy this view lays out the view without label collisions; Reset layout restores the build positions", async () => {
    const { page, errors } = await openPage(browser, "?sel=model-1967&ego=1", WIDE);
    const positions = () =>
      page.evaluate(() => {
        const e = (
          window as unknown as {
            __explorer: { canvas: { sigma: { getGraph: () => { getNodeAttributes: (n: string) => object } } } };
          }
        ).__explorer;
        return JSON.stringify(
          ["model-1967", "russia", "dprk"].map((n) => e.canvas.sigma.getGraph().getNodeAttributes(n)),
        );
      });
    const built = await positions();
    await page.getByTestId("layout-tidy").click();
    await page.waitForTimeout(900);
    await still(page);
    expect(await positions()).not.toBe(built);
    const visible = await framed(page, "visible");
    expect(visible.inside).toBe(visible.total);
    const labels = await placedLabels(page);
    expect(labels.nodes.length).toBeGreaterThan(5);
    expect(findOverlaps(labels.nodes, labels.edges, labels.shown)).toEqual([]);
    expect(await canvasInk(page)).toBeGreaterThan(0.01);

    await page.getByTestId("layout-reset").click();
    await still(page);
    expect(await positions()).toBe(built);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Present frames the view: its nodes and labels fill the canvas clear of the overlays", async () => {
    const { page, errors } = await openPage(browser, "?view=model-1967", WIDE);
    await page.getByTestId("present").click();
    await page.getByTestId("presentation-legend").waitFor();
    await page.waitForTimeout(1200);
    await still(page);
    const labels = await placedLabels(page);
    const f = await page.evaluate(
      (boxes) => {
        type Sigma = {
          getGraph: () => { nodes: () => string[] };
          getNodeDisplayData: (n: string) => { x: number; y: number; hidden?: boolean; label?: string | null };
          framedGraphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
          getDimensions: () => { width: number; height: number };
          getContainer: () => HTMLElement;
        };
        const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
        const canvas = sigma.getContainer().getBoundingClientRect();
        const rect = (id: string) => document.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect();
        const free = {
          l: canvas.left,
          r: rect("presentation-legend").left,
          t: rect("presentation").bottom,
          b: rect("presentation-caption").top,
        };
        let [l, r, t, b] = [Infinity, -Infinity, Infinity, -Infinity];
        const add = (x0: number, y0: number, x1: number, y1: number) =>
          ([l, r, t, b] = [Math.min(l, x0), Math.max(r, x1), Math.min(t, y0), Math.max(b, y1)]);
        for (const n of sigma.getGraph().nodes()) {
          const d = sigma.getNodeDisplayData(n);
          if (d.hidden || !d.label) continue;
          const p = sigma.framedGraphToViewport(d);
          add(canvas.left + p.x, canvas.top + p.y, canvas.left + p.x, canvas.top + p.y);
        }
        for (const box of boxes)
          add(
            canvas.left + box.x,
            canvas.top + box.y,
            canvas.left + box.x + box.width,
            canvas.top + box.y + box.height,
          );
        return {
          inside: l >= free.l - 1 && r <= free.r + 1 && t >= free.t - 1 && b <= free.b + 1,
          w: (r - l) / (free.r - free.l),
          h: (b - t) / (free.b - free.t),
        };
      },
      labels.nodes.map((n) => n.box),
    );
    expect(f.inside).toBe(true);
    // The pictures reach 85% (tests/core/picture/fill.test.ts); the canvas' own label placement differs from the fit's
    // assumption (labels to the right), so Present reaches about 81% here (57% before it framed on entering).
    expect(Math.max(f.w, f.h)).toBeGreaterThanOrEqual(0.75);
    expect(errors).toEqual([]);
    await page.close();
  });
});
