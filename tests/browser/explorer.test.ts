// The explorer in a real browser (Debian's Chromium on SwiftShader WebGL): drawing, filters against the data,
// search, URL state through reload and history, hostile links, and no console errors anywhere.

import { describe, expect, it } from "vitest";
import { computeVisibility, FILTER_DEFAULTS, type FilterState } from "../../src/core/model/filters.ts";
import { toGraph } from "../../src/core/model/graph.ts";
import { claimsCiting } from "../../src/core/model/evidence.ts";
import { nodeKey } from "../../src/core/model/graph.ts";
import { MIN_EDGE_THICKNESS } from "../../src/core/picture/camera.ts";
import { computeScene } from "../../src/core/picture/scene.ts";
import { FADED_EDGE, FADED_NODE, familyOf } from "../../src/core/view/palette.ts";
import type { ViewState } from "../../src/core/view/url-state.ts";
import { selectedEntityId } from "../../src/core/view/selection.ts";
import { browserSession, builtDataset, counts, inkRatio } from "./helpers.ts";

const session = browserSession();
const data = builtDataset();
const graph = toGraph(data.kb, data.layout);
/** What the data says should be shown under these filters. */
const expected = (f: Partial<FilterState>, selection: string | null = null) => {
  const v = computeVisibility(data.kb, graph, { ...FILTER_DEFAULTS, ...f }, selection);
  return { entities: v.shownNodes, relations: v.shownEdges };
};

const open = (path = "") => session.open(path);

describe("canvas", () => {
  it("draws the graph: the canvas area is not blank and every entity is counted", async () => {
    const page = await open();
    await page.waitForTimeout(500);
    const box = (await page.locator("[data-testid=graph-canvas]").boundingBox())!;
    const shot = await page.screenshot({ clip: box });
    expect(inkRatio(shot)).toBeGreaterThan(0.01);
    expect(await counts(page)).toEqual({ entities: data.kb.entities.length, relations: data.kb.relations.length });
  });

  it("clicking a node on the canvas selects it and opens its details", async () => {
    const page = await open();
    const id = "model-1967";
    // Position of the node on screen, asked from sigma through the canvas' coordinates.
    const pos = await page.evaluate((node) => {
      type Sigma = {
        getGraph: () => { getNodeAttributes: (n: string) => { x: number; y: number } };
        graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
        getContainer: () => HTMLElement;
      };
      const sigma = (window as unknown as { __explorer?: { canvas?: { sigma: Sigma } } }).__explorer?.canvas?.sigma;
      if (!sigma) return null;
      const vp = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node));
      const r = sigma.getContainer().getBoundingClientRect();
      return { x: r.left + vp.x, y: r.top + vp.y };
    }, id);
    expect(pos).not.toBeNull();
    await page.mouse.click(pos!.x, pos!.y);
    await expect
      .poll(() => page.locator("[data-testid=detail-title]").textContent())
      .toBe(data.kb.entities.find((e) => e.id === id)!.label);
  });
});

describe("canvas and pictures agree", () => {
  // The same view drawn both ways: sigma's reducer output in the page, and the picture scene computed in Node from
  // the page's view, camera and canvas size. Per node and edge: drawn or not, colour, size on screen, faded or not.
  // Labels come from one engine with a budget per screen on the canvas and "label every node" in small pictures, so
  // the check is that both label something, and the selected or hovered entity in both.
  const claim = data.kb.claims.find((c) => c.relations.length > 0)!;
  const source = data.kb.entities.find((e) => e.kind === "source" && claimsCiting(data.kb, e.id).length > 0)!;
  const relation = data.kb.relations[0];
  const views: [string, string, string | null][] = [
    ["the default view", "", null],
    ["an entity selected", "?sel=model-1967", null],
    ["a relation selected", `?sel=r:${encodeURIComponent(relation.id)}`, null],
    ["a claim traced", `?sel=c:${encodeURIComponent(claim.id)}`, null],
    ["a source traced, evidence layer on", `?sel=${encodeURIComponent(source.id)}&ev=1`, null],
    ["an entity hovered", "", "russia"],
    ["the evidence layer, filtered, hovered", "?ev=1&hk=concept&sb=claims", "russia"],
  ];
  it.each(views)("%s", async (_name, search, hovered) => {
    const page = await open(search);
    const shown = await page.evaluate(async (hover) => {
      type Display = { color: string; size: number; hidden?: boolean; label?: string | null };
      type Sigma = {
        getGraph: () => { edges: () => string[]; nodes: () => string[] };
        getNodeDisplayData: (n: string) => Display | undefined;
        getEdgeDisplayData: (e: string) => Display | undefined;
        getNodeDisplayedLabels: () => Set<string>;
        getEdgeDisplayedLabels: () => Set<string>;
        getDimensions: () => { width: number; height: number };
        scaleSize: (s: number) => number;
      };
      type Explorer = {
        hovered: string | null;
        toView: () => unknown;
        canvas: { sigma: Sigma; getCamera: () => { x: number; y: number; ratio: number } };
      };
      const explorer = (window as unknown as { __explorer: Explorer }).__explorer;
      if (hover) explorer.hovered = hover;
      // Two frames: the reducers run, then sigma draws and picks its labels.
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      const sigma = explorer.canvas.sigma;
      const g = sigma.getGraph();
      const placed = (window as unknown as { kgCanvasLabels: () => { nodes: { id: string }[] } }).kgCanvasLabels();
      const labels = new Set(placed.nodes.map((l) => l.id));
      const look = (d: Display | undefined, picked: boolean) =>
        d && !d.hidden ? { color: d.color, px: sigma.scaleSize(d.size), label: picked } : null;
      return {
        view: explorer.toView(),
        camera: explorer.canvas.getCamera(),
        viewport: sigma.getDimensions(),
        nodes: g.nodes().map((n) => [n, look(sigma.getNodeDisplayData(n), labels.has(n))] as const),
        edges: g.edges().map((e) => [e, look(sigma.getEdgeDisplayData(e), false)] as const),
      };
    }, hovered);
    const view = { ...(shown.view as ViewState), camera: shown.camera };
    const scene = computeScene(data.kb, data.layout, view, { viewport: shown.viewport, hovered });
    const sceneNodes = new Map(scene.nodes.map((n) => [nodeKey(n.id), n]));
    const sceneEdges = new Map(scene.edges.map((e) => [e.id, e]));
    const canvasNodes: Record<string, Look> = {};
    const pictureNodes: Record<string, Look> = {};
    const canvasLabelled = new Set<string>();
    const pictureLabelled = new Set<string>();
    for (const [n, l] of shown.nodes) {
      canvasNodes[n] = l && look(l.color, l.px, l.color === FADED_NODE);
      if (l?.label) canvasLabelled.add(n);
      const s = sceneNodes.get(n);
      pictureNodes[n] = s ? look(s.color, s.radius, s.state === "faded") : null;
      if (s?.labelAt) pictureLabelled.add(n);
    }
    expect(Object.values(canvasNodes).filter((l) => l !== null).length).toBeGreaterThan(0);
    expect(canvasNodes).toEqual(pictureNodes);
    const focus = hovered ?? selectedEntityId((shown.view as ViewState).selected);
    if (focus) expect([canvasLabelled.has(nodeKey(focus)), pictureLabelled.has(nodeKey(focus))]).toEqual([true, true]);
    expect(canvasLabelled.size).toBeGreaterThan(0);
    expect(pictureLabelled.size).toBeGreaterThan(0);
    const canvasEdges: Record<string, Look> = {};
    const pictureEdges: Record<string, Look> = {};
    for (const [e, l] of shown.edges) {
      canvasEdges[e] = l && look(l.color, Math.max(l.px, MIN_EDGE_THICKNESS), l.color === FADED_EDGE);
      const s = sceneEdges.get(e);
      pictureEdges[e] = s ? look(s.color, s.thickness, s.state === "faded") : null;
    }
    expect(canvasEdges).toEqual(pictureEdges);
  });
});

/** What a node or an edge looks like where it is drawn (null: not drawn); sizes on screen to 0.01 px. */
type Look = { color: string; px: number; faded: boolean } | null;
const look = (color: string, px: number, faded: boolean): Look => ({ color, px: Math.round(px * 100) / 100, faded });

describe("WebGL context loss", () => {
  it("shows a message when the context is lost and draws again when it is restored", async () => {
    const page = await open("?sel=model-1946");
    const lose = (what: "loseContext" | "restoreContext") =>
      page.evaluate((fn) => {
        const w = window as unknown as { __lost?: WEBGL_lose_context[] };
        if (!w.__lost) {
          w.__lost = [...document.querySelectorAll("[data-testid=graph-canvas] canvas")]
            .map((c) => (c as HTMLCanvasElement).getContext("webgl2") ?? (c as HTMLCanvasElement).getContext("webgl"))
            .filter((gl): gl is WebGL2RenderingContext => gl !== null)
            .map((gl) => gl.getExtension("WEBGL_lose_context"))
            .filter((x): x is WEBGL_lose_context => x !== null);
        }
        w.__lost.forEach((x) => x[fn]());
        return w.__lost.length;
      }, what);
    expect(await lose("loseContext")).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("context-lost").count()).toBe(1);
    await lose("restoreContext");
    await expect.poll(() => page.getByTestId("context-lost").count()).toBe(0);
    await page.waitForTimeout(500);
    const box = (await page.locator("[data-testid=graph-canvas]").boundingBox())!;
    expect(inkRatio(await page.screenshot({ clip: box }))).toBeGreaterThan(0.01);
    expect(await page.getByTestId("detail-title").textContent()).toBe("The 1946 model");
  });
});

describe("filters change the visible counts as the data says", () => {
  it("entity kinds: unchecking sources", async () => {
    const page = await open();
    await page.getByTestId("kind-source").uncheck();
    expect(await counts(page)).toEqual(expected({ hiddenKinds: ["source"] }));
    await page.getByTestId("kinds-all").click();
    expect(await counts(page)).toEqual(expected({}));
  });

  it("relation types: none, then one back", async () => {
    const page = await open();
    await page.getByTestId("types-none").click();
    expect((await counts(page)).relations).toBe(0);
    await page.getByTestId("type-employs").check();
    const allTypes = data.kb.relationTypes.map((t) => t.id);
    expect(await counts(page)).toEqual(expected({ hiddenTypes: allTypes.filter((t) => t !== "employs") }));
  });

  it("time: the 1967 preset with items outside hidden", async () => {
    const page = await open();
    await page.getByTestId("time-hide").check();
    await page.getByTestId("preset-model-1967").click();
    const url = new URL(page.url());
    const [lo, hi] = url.searchParams.get("y")!.split("-").map(Number);
    const want = expected({ years: [lo, hi], timeMode: "hide" });
    expect(want.relations).toBeLessThan(data.kb.relations.length);
    expect(await counts(page)).toEqual(want);
  });

  it("source: only what Krushanova 2014 supports", async () => {
    const page = await open();
    await page.getByTestId("source-filter").selectOption("krushanova-2014");
    const want = expected({ source: "krushanova-2014" });
    expect(want.entities).toBeGreaterThan(1);
    expect(await counts(page)).toEqual(want);
  });

  it("neighbourhood, minimum degree and isolated entities", async () => {
    const page = await open("?sel=model-1946");
    await page.getByTestId("ego-depth").selectOption("1");
    expect(await counts(page)).toEqual(expected({ egoDepth: 1 }, "model-1946"));
    await page.getByTestId("ego-depth").selectOption("0");
    await page.getByTestId("min-degree").fill("5");
    await page.getByTestId("min-degree").press("Tab");
    expect(await counts(page)).toEqual(expected({ minDegree: 5 }));
    await page.getByTestId("min-degree").fill("0");
    await page.getByTestId("min-degree").press("Tab");
    await page.getByTestId("kind-source").uncheck();
    await page.getByTestId("hide-isolated").check();
    expect(await counts(page)).toEqual(expected({ hiddenKinds: ["source"], hideIsolated: true }));
  });

  it("every “only” is visible and reachable by keyboard; a family's “only” reads as plain words, never ids", async () => {
    const page = await open();
    const onlies = page.locator("[data-testid=filter-panel] button.only");
    const n = await onlies.count();
    expect(n).toBeGreaterThan(data.kb.relationTypes.length / 2);
    for (let i = 0; i < n; i++) expect(await onlies.nth(i).isVisible()).toBe(true);
    // Reached with Tab from the previous control (no hover anywhere), then pressed with the keyboard.
    await page.getByTestId("type-works-in").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("type-only-works-in");
    await page.getByTestId("family-only-labor").focus();
    await page.keyboard.press("Enter");
    const labor = data.kb.relationTypes.map((t) => t.id).filter((t) => familyOf(t).id === "labor");
    const others = data.kb.relationTypes.map((t) => t.id).filter((t) => !labor.includes(t));
    expect(await counts(page)).toEqual(expected({ hiddenTypes: others }));
    const words = await page.getByTestId("status-filter").allTextContents();
    expect(words).toEqual([`${familyOf("employs").label} relations only`]);
  });

  it("the status line names every filter in force and is never cut off", async () => {
    const page = await open("?hk=source,concept&ht=cites&y=1967-1991&tm=hide&deg=1&iso=1");
    const words = await page.getByTestId("status-filter").allTextContents();
    expect(words).toHaveLength(5);
    expect(words.join(" ")).toContain("1967–1991");
    for (const id of ["source", "concept", "cites"]) expect(words.join(" ")).not.toContain(`${id},`);
    // (The narrow touch layout is checked with the responsive layout.)
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      const clipped = await page.getByTestId("status").evaluate((el) => {
        const box = el.getBoundingClientRect();
        const parts = [...el.querySelectorAll("[data-testid=status-filter], [data-testid=clear-filters]")];
        return (
          el.scrollWidth > el.clientWidth ||
          parts.some((p) => {
            const r = p.getBoundingClientRect();
            const right = Math.min(box.right, window.innerWidth);
            return r.right > right + 0.5 || r.bottom > box.bottom + 0.5 || r.width === 0;
          })
        );
      });
      expect(clipped, `status line cut off at ${width}px`).toBe(false);
    }
  });

  it("one control clears every filter", async () => {
    const page = await open("?hk=source&ht=cites&deg=2");
    expect(await counts(page)).toEqual(expected({ hiddenKinds: ["source"], hiddenTypes: ["cites"], minDegree: 2 }));
    await page.getByTestId("clear-filters").click();
    expect(await counts(page)).toEqual(expected({}));
  });
});

describe("search", () => {
  it("finds an entity accent-insensitively, selects it and opens its panel", async () => {
    const page = await open();
    await page.keyboard.press("/");
    await page.keyboard.type("kuril");
    await expect.poll(() => page.getByTestId("search-results").locator("li").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Kuril Islands");
    expect(new URL(page.url()).searchParams.get("sel")).toBe("kuril-islands");
    const claims = data.kb.entities.find((e) => e.id === "kuril-islands")!.claims.length;
    expect(await page.getByTestId("claims").locator(":scope > li").count()).toBe(claims);
  });

  it("moves through results with the arrow keys", async () => {
    const page = await open();
    await page.getByTestId("search-input").fill("model");
    await page.keyboard.press("ArrowDown");
    const second = await page.locator("#search-results li").nth(1).locator(".label").textContent();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe(second);
  });
});

describe("URL state", () => {
  it("survives a reload and walks back and forward", async () => {
    const page = await open();
    await page.getByTestId("kind-source").uncheck();
    await page.getByTestId("search-input").fill("Brezhnev");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Leonid Brezhnev");
    const filtered = await counts(page);
    await page.reload();
    await page.waitForSelector("[data-testid=detail-title]");
    expect(await page.getByTestId("detail-title").textContent()).toBe("Leonid Brezhnev");
    expect(await counts(page)).toEqual(filtered);
    expect(await page.getByTestId("kind-source").isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.locator("[data-testid=detail-title]").count()).toBe(0);
    expect(await page.getByTestId("kind-source").isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.getByTestId("kind-source").isChecked()).toBe(true);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Leonid Brezhnev");
  });

  it("a copied link reproduces filters, selection and camera", async () => {
    const page = await open("?hk=concept&y=1946-1960&tm=hide&sel=sakhalin&cam=0.4,0.6,0.5");
    expect(await counts(page)).toEqual(expected({ hiddenKinds: ["concept"], years: [1946, 1960], timeMode: "hide" }));
    expect(await page.getByTestId("detail-title").textContent()).toBe("Sakhalin");
    const cam = await page.evaluate(() =>
      (
        window as unknown as { __explorer: { canvas: { getCamera: () => { ratio: number } } } }
      ).__explorer.canvas.getCamera(),
    );
    expect(cam.ratio).toBeCloseTo(0.5, 3);
  });

  it("a hostile link falls back to defaults with a visible notice", async () => {
    const page = await open("?hk=<script>alert(1)</script>&sel=__proto__&y=3000-1&cam=NaN,1,1&ego=9&zzz=1");
    expect(await counts(page)).toEqual(expected({}));
    const notice = await page.getByTestId("notices").textContent();
    expect(notice).toContain("hk");
    expect(notice).toContain("sel");
    expect(await page.locator("script:not([src])").count()).toBe(0);
  });
});
