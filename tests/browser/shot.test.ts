// Pictures and presentation, end to end: `npm run shot` writes PNGs of the requested pixel size that show the view's
// title and legend and are the same pixels every run, with an SVG holding one element per visible node and edge;
// the export dialog downloads PNGs at the chosen scale and an SVG that frames exactly what the canvas shows;
// presentation mode hides the panels, steps through the named views with the arrow keys and leaves on Esc;
// `view=NAME` links and saved views work.
import { selectedEntityId } from "../../src/core/view/selection.ts";
import { DOMParser } from "@xmldom/xmldom";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeVisibility } from "../../src/core/model/filters.ts";
import { toGraph } from "../../src/core/model/graph.ts";
import { parseViews, viewStateOf, vocabularyOf, VIEWS_FILE, type NamedView } from "../../src/core/view/views.ts";
import { baseURL, builtDataset, inkRatio, launch, type TrackedPage } from "./helpers.ts";

const REPO = join(import.meta.dirname, "..", "..");
const run = promisify(execFile);
const data = builtDataset();
const graph = toGraph(data.kb, data.layout);
const vocab = vocabularyOf(data.kb);
const views: NamedView[] = parseViews(readFileSync(join(REPO, VIEWS_FILE), "utf8"), VIEWS_FILE, vocab).views;
const out = mkdtempSync(join(tmpdir(), "shot-test-"));

/** Runs `npm run shot -- args` (through tsx directly, as npm would). */
async function shot(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await run(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "scripts", "shot.ts"), ...args], {
      cwd: REPO,
      timeout: 120_000,
    });
    return { ...r, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

const png = (file: string) => PNG.sync.read(readFileSync(file));
/** Share of non-white pixels in a horizontal band of a PNG (rows y0..y1). */
function bandInk(img: PNG, y0: number, y1: number): number {
  let ink = 0;
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (img.data[i] < 200 || img.data[i + 1] < 200 || img.data[i + 2] < 200) ink++;
    }
  return ink / ((y1 - y0) * img.width);
}
function parseSvg(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => {
      if (level !== "warning") errors.push(String(msg));
    },
  }).parseFromString(text, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}
const byRole = (doc: Document, role: string) =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.getAttribute("data-role") === role);
const inRole = (doc: Document, role: string, tag: string) =>
  byRole(doc, role).flatMap((g) => Array.from(g.getElementsByTagName(tag)));

describe("npm run shot", () => {
  const view = () => views.find((v) => v.id === "model-1967")!;

  it("writes a PNG of the requested pixel size showing the view's title and legend, and its SVG", async () => {
    const file = join(out, "model-1967.png");
    const r = await shot(
      "--view",
      "model-1967",
      "--out",
      file,
      "--width",
      "900",
      "--height",
      "600",
      "--scale",
      "2",
      "--svg",
    );
    expect(r.code, r.stderr).toBe(0);
    const img = png(file);
    expect([img.width, img.height]).toEqual([1800, 1200]);
    expect(inkRatio(readFileSync(file))).toBeGreaterThan(0.02);
    // The title band (top 60 CSS px) has ink: the title is drawn.
    expect(bandInk(img, 10 * 2, 60 * 2)).toBeGreaterThan(0.01);

    const doc = parseSvg(readFileSync(join(out, "model-1967.svg"), "utf8"));
    expect(byRole(doc, "title")[0].textContent).toBe(view().title);
    const kinds = byRole(doc, "legend-kind").map((g) => g.getAttribute("data-id"));
    expect(kinds).toContain("model");
    expect(kinds).toContain("state");
    // The legend column (right of the graph) has ink.
    const legendX = Number(byRole(doc, "legend")[0].getElementsByTagName("line")[0].getAttribute("x1"));
    let legendInk = 0;
    for (let y = 80 * 2; y < 300 * 2; y++)
      for (let x = Math.ceil(legendX * 2) + 4; x < img.width; x++)
        if (img.data[(y * img.width + x) * 4] < 200) legendInk++;
    expect(legendInk).toBeGreaterThan(500);
  });

  it("gives the same pixels on every run", async () => {
    const [a, b] = [join(out, "same-a.png"), join(out, "same-b.png")];
    for (const f of [a, b])
      expect((await shot("--view", "overview", "--out", f, "--width", "800", "--height", "500")).code).toBe(0);
    const [x, y] = [png(a), png(b)];
    expect([x.width, x.height]).toEqual([800, 500]);
    expect(Buffer.compare(x.data, y.data)).toBe(0);
  });

  it("every shipped view: one SVG element per visible node and edge", async () => {
    const dir = join(out, "all");
    const r = await shot("--all", "--out-dir", dir, "--width", "640", "--height", "400", "--svg");
    expect(r.code, r.stderr).toBe(0);
    for (const named of views) {
      expect(png(join(dir, `${named.id}.png`)).width).toBe(640);
      const doc = parseSvg(readFileSync(join(dir, `${named.id}.svg`), "utf8"));
      const { view: v } = viewStateOf(named, vocab);
      const vis = computeVisibility(data.kb, graph, v.filters, selectedEntityId(v.selected));
      const visible = (m: Map<string, string>) => [...m.values()].filter((s) => s !== "hidden").length;
      expect(inRole(doc, "nodes", "circle"), named.id).toHaveLength(visible(vis.nodes));
      expect(inRole(doc, "edges", "path"), named.id).toHaveLength(visible(vis.edges));
      expect(byRole(doc, "title")[0].textContent).toBe(named.title);
    }
  });

  it("renders a URL's state, and refuses unknown views and invalid links with a message", async () => {
    const file = join(out, "url.png");
    const r = await shot(
      "--url",
      "http://x/?hk=source&sel=sakhalin",
      "--out",
      file,
      "--width",
      "700",
      "--height",
      "450",
    );
    expect(r.code, r.stderr).toBe(0);
    expect([png(file).width, png(file).height]).toEqual([700, 450]);
    const missing = await shot("--view", "nope", "--out", file);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no view 'nope'/);
    const bad = await shot("--url", "?sel=nowhere", "--out", file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sel/);
  });
});

describe("in the explorer", () => {
  let browser: Browser;
  let current: TrackedPage | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current?.errors ?? [];
    await current?.page.context().close();
    current = undefined;
    expect(errors).toEqual([]);
  });

  async function open(path = "", viewport = { width: 1280, height: 720 }): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    current = { page, errors };
    await page.goto(new URL(path, baseURL()).toString());
    await page.waitForSelector("[data-testid=status-counts]");
    await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas] canvas") !== null);
    return page;
  }

  async function downloadFrom(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  it("exports a PNG at 2x of the chosen size, and at 1x", async () => {
    const page = await open("?sel=model-1967");
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-size").selectOption("1200x800");
    await page.getByTestId("export-scale-2").check();
    const two = await downloadFrom(page, "export-png");
    expect(two.name).toBe("lankov-2020-view@2x.png");
    const img = PNG.sync.read(two.bytes);
    expect([img.width, img.height]).toEqual([2400, 1600]);
    expect(inkRatio(two.bytes)).toBeGreaterThan(0.01);
    await page.getByTestId("export-scale-1").check();
    const one = PNG.sync.read((await downloadFrom(page, "export-png")).bytes);
    expect([one.width, one.height]).toEqual([1200, 800]);
  });

  it("a transparent PNG has transparent pixels; a white one has none", async () => {
    const page = await open();
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-size").selectOption("1200x800");
    await page.getByTestId("export-scale-1").check();
    const alpha = (b: Buffer) => {
      const img = PNG.sync.read(b);
      let clear = 0;
      for (let i = 3; i < img.data.length; i += 4) if (img.data[i] === 0) clear++;
      return clear / (img.width * img.height);
    };
    expect(alpha((await downloadFrom(page, "export-png")).bytes)).toBe(0);
    await page.getByTestId("export-transparent").check();
    expect(alpha((await downloadFrom(page, "export-png")).bytes)).toBeGreaterThan(0.5);
  });

  it("the SVG 'as on screen' frames exactly what the canvas shows, with the title typed in", async () => {
    const page = await open("?hk=source&cam=0.45,0.55,0.6");
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-legend").uncheck();
    await page.getByTestId("export-caption").uncheck();
    await page.getByTestId("export-title").fill("My <title> & more");
    const svg = await downloadFrom(page, "export-svg");
    expect(svg.name).toBe("lankov-2020-my-title-more.svg");
    const doc = parseSvg(svg.bytes.toString("utf8"));
    expect(byRole(doc, "title")[0].textContent).toBe("My <title> & more");
    // Where sigma draws some nodes on the canvas, and where the SVG puts them (below the title band).
    const ids = ["model-1967", "sakhalin", "russia", "nk-workers"];
    const onCanvas = await page.evaluate((nodes) => {
      type Sigma = {
        getGraph: () => { getNodeAttributes: (n: string) => { x: number; y: number } };
        graphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
      };
      const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
      return nodes.map((n) => sigma.graphToViewport(sigma.getGraph().getNodeAttributes(n)));
    }, ids);
    const graphG = byRole(doc, "graph")[0];
    const dy = Number(/translate\(([-\d.]+) ([-\d.]+)\)/.exec(graphG.getAttribute("transform")!)![2]);
    expect(dy).toBeGreaterThan(0);
    const circles = inRole(doc, "nodes", "circle");
    ids.forEach((id, i) => {
      const c = circles.find((e) => e.getAttribute("data-id") === id)!;
      expect(Number(c.getAttribute("cx"))).toBeCloseTo(onCanvas[i].x, 0);
      // The graph area is the canvas, below the title band: same coordinates inside it.
      expect(Number(c.getAttribute("cy"))).toBeCloseTo(onCanvas[i].y, 0);
    });
    // No source is drawn: they are hidden.
    expect(circles.some((c) => c.getAttribute("data-kind") === "source")).toBe(false);
  });

  it("presentation mode hides the panels, steps through the named views with the arrow keys, and Esc leaves", async () => {
    const page = await open();
    await expect.poll(() => page.getByTestId("kind-source").isVisible()).toBe(true);
    await page.getByTestId("present").click();
    await expect.poll(() => page.evaluate(() => document.body.classList.contains("presenting"))).toBe(true);
    expect(await page.getByTestId("kind-source").isVisible()).toBe(false);
    expect(await page.getByTestId("search-input").isVisible()).toBe(false);
    const box = (await page.getByTestId("graph-canvas").boundingBox())!;
    expect([box.width, box.height]).toEqual([1280, 720]);

    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.getByTestId("presentation-title").textContent(), { timeout: 15_000 })
      .toBe(views[0].title);
    await expect.poll(() => new URL(page.url()).searchParams.get("iso")).toBe("1");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByTestId("presentation-title").textContent()).toBe(views[1].title);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("model-1946");
    expect(await page.getByTestId("presentation-caption").textContent()).toContain("Source: Lankov 2020");
    expect(await page.getByTestId("presentation-legend").locator("li[data-kind=model]").count()).toBe(1);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBeNull();

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("model-1946");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.body.classList.contains("presenting"))).toBe(false);
    await expect.poll(() => page.getByTestId("kind-source").isVisible()).toBe(true);
    // Esc left presentation mode only: the selection is still there.
    expect(new URL(page.url()).searchParams.get("sel")).toBe("model-1946");
  });

  it("a view=NAME link opens that view, and back returns to it", async () => {
    const page = await open("?view=model-1967");
    // The views are loaded lazily (with the YAML reader), after the first frame.
    await expect
      .poll(() => page.locator("[data-testid=detail-title]").textContent(), { timeout: 15_000 })
      .toBe("The 1967 model");
    const url = new URL(page.url());
    expect(url.searchParams.get("sel")).toBe("model-1967");
    expect(url.searchParams.get("ego")).toBe("1");
    expect(url.searchParams.has("view")).toBe(false);
    await page.getByTestId("search-input").fill("Sakhalin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Sakhalin");
    await page.goBack({ waitUntil: "commit" });
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("The 1967 model");
    await page.goBack({ waitUntil: "commit" });
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("model-1967");
    expect(await page.getByTestId("detail-title").textContent()).toBe("The 1967 model");
  });

  it("saves the current view under a name, keeps it across reloads, and applies it", async () => {
    const page = await open("?hk=concept&sel=sakhalin");
    await page.getByTestId("views-open").click();
    await page.getByTestId("save-view-title").fill("Sakhalin without concepts");
    await page.getByTestId("save-view").click();
    await expect.poll(() => page.getByTestId("view-sakhalin-without-concepts").count(), { timeout: 15_000 }).toBe(1);
    await page.goto(new URL("?", page.url()).toString());
    await page.waitForSelector("[data-testid=status-counts]");
    await page.getByTestId("views-open").click();
    await page.getByTestId("view-sakhalin-without-concepts").click({ timeout: 15_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("sakhalin");
    expect(new URL(page.url()).searchParams.get("hk")).toBe("concept");
  });

  it("exports saved views as a views file and imports one, listing its problems by line", async () => {
    const page = await open("?sel=kuril-islands");
    await page.getByTestId("views-open").click();
    await page.getByTestId("save-view-title").fill("Kurils");
    await page.getByTestId("save-view").click({ timeout: 15_000 });
    const file = await downloadFrom(page, "views-export");
    expect(file.name).toBe("views.yaml");
    const exported = parseViews(file.bytes.toString("utf8"), "views.yaml", vocab);
    expect(exported.problems).toEqual([]);
    expect(exported.views).toEqual([
      { id: "kurils", title: "Kurils", query: expect.stringContaining("sel=kuril-islands") },
    ]);

    const text = `views:\n  - id: kurils\n    title: Again\n    query: "hk=source"\n  - id: broken\n    title: Broken\n    query: "sel=nowhere"\n`;
    await page
      .getByTestId("views-import")
      .setInputFiles({ name: "mine.yaml", mimeType: "application/yaml", buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId("view-kurils-2").count()).toBe(1);
    expect(await page.getByTestId("views-problems").textContent()).toContain("mine.yaml:7: broken:");
  });
});
