// The researcher's tools in the browser: "Copy citation" of a claim (clipboard), a source (the fallback field when
// the clipboard is refused) and a view (Export dialog), each link reopening what was cited; "Download references" in
// the Sources table giving the export script's bytes, parsed back with citation-js; an embed snippet framed by a page
// of another origin that draws, keeps its keys and links to the same view; printing the view to a one-page landscape
// PDF read back with pdf.js (vector text, no raster image, the caption). Screenshots go to $ECOSYSTEM_SHOTS when set.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { kindLabel } from "../../src/core/data/kinds.ts";
import { formatById } from "../../src/core/formats/registry.ts";
import { referenceEntities } from "../../src/core/formats/references.ts";
import { FILTER_DEFAULTS } from "../../src/core/model/filters.ts";
import { entityId } from "../../src/core/model/graph.ts";
import { claimSelection, encodeSelection } from "../../src/core/view/selection.ts";
import { encodeView, VIEW_DEFAULTS } from "../../src/core/view/url-state.ts";
import { baseURL, builtDataset, counts, inkRatio, launch } from "./helpers.ts";
import { axe } from "./screen-helpers.ts";

let browser: Browser;
let context: BrowserContext | undefined;
let errors: string[] = [];
const { kb } = builtDataset();
const shots = process.env.ECOSYSTEM_SHOTS;
const CLIPBOARD = ["clipboard-read", "clipboard-write"];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  const seen = errors;
  errors = [];
  expect(seen).toEqual([]);
});

/** A page of the app in a fresh context (options: clipboard permissions, touch...), recording errors. */
async function open(search: string, options: BrowserContextOptions = {}, init?: () => void): Promise<Page> {
  context ??= await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  track(page);
  if (init) await page.addInitScript(init);
  await page.goto(new URL(search, baseURL()).toString());
  await ready(page);
  return page;
}

function track(page: Page): void {
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
}

async function ready(page: Page): Promise<void> {
  // The explorer shows its status line; the embed view has none.
  await page.waitForSelector("[data-testid=status-counts], [data-testid=embed]");
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas] canvas") !== null);
}

/** A view with a filter in force, so that a link reproducing it is told apart from the default view. */
const filtered = `?${encodeView({ ...VIEW_DEFAULTS, filters: { ...FILTER_DEFAULTS, hiddenKinds: ["person"] } })}`;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe("Copy citation", () => {
  it("of a claim: the paper with the paragraph and a permalink that reopens the claim", async () => {
    const claim = kb.claims.find((c) => /^p\d+$/.test(c.locator))!;
    const page = await open(`?sel=${encodeURIComponent(encodeSelection(claimSelection(claim.id)))}`, {
      permissions: CLIPBOARD,
    });
    const copy = page.getByTestId("detail-panel").getByTestId("copy-citation");
    await copy.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => copy.getByTestId("copy-citation-status").textContent()).toBe("Copied");
    expect(await axe(page)).toEqual([]);
    const text = await clipboard(page);
    const m = /^Lankov \(2020\), para\. (\d+); view: (\S+)$/.exec(text);
    expect(m, text).not.toBeNull();
    expect(`p${m![1]}`).toBe(claim.locator);
    expect(m![2]).toBe(page.url());
    const again = await context!.newPage();
    track(again);
    await again.goto(m![2]);
    await ready(again);
    await expect.poll(() => again.getByTestId("detail-title").textContent()).toBe(claim.text);
  });

  it("of a source, with the clipboard refused: its APA entry in a selected field to copy by hand", async () => {
    const source = referenceEntities(kb).find((e) => e.id !== kb.meta.root && "author" in e.attributes)!;
    const a = source.attributes as { title: string; issued: string; author: { family?: string; literal?: string }[] };
    const page = await open(`?sel=${encodeURIComponent(source.id)}`, {}, () => {
      Object.defineProperty(Clipboard.prototype, "writeText", {
        value: () => Promise.reject(new DOMException("refused by the test", "NotAllowedError")),
      });
    });
    const copy = page.getByTestId("detail-panel").getByTestId("copy-citation");
    await copy.getByRole("button", { name: "Copy citation" }).click();
    const field = copy.getByTestId("copy-citation-text");
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await copy.getByTestId("copy-citation-status").textContent()).toBe("");
    const text = await field.inputValue();
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    expect(text.startsWith(reference), text).toBe(true);
    expect(text).toContain(a.title);
    expect(text).toContain(`(${a.issued}`);
    expect(text).toContain(a.author[0].family ?? a.author[0].literal!);
    expect(text.endsWith(`(as cited in Lankov (2020); view: ${page.url()})`), text).toBe(true);
    // Selected whole, ready for Ctrl+C.
    const selected = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    expect(selected).toEqual([0, text.length]);
    expect(await axe(page)).toEqual([]);
  });

  it("of a view, from the Export dialog: the paper and a permalink that reopens the same view", async () => {
    const page = await open(filtered, { permissions: CLIPBOARD });
    const shown = await counts(page);
    await page.getByTestId("export-open").click();
    const copy = page.getByTestId("copy-view-citation");
    await copy.getByRole("button", { name: "Copy citation of this view" }).click();
    await expect.poll(() => copy.getByTestId("copy-view-citation-status").textContent()).toBe("Copied");
    if (shots) await page.screenshot({ path: join(shots, "export-dialog-share-1280x720.png") });
    expect(await axe(page)).toEqual([]);
    const m = /^Lankov \(2020\); view: (\S+)$/.exec(await clipboard(page));
    expect(m).not.toBeNull();
    expect(m![1]).toBe(page.url());
    const again = await context!.newPage();
    track(again);
    await again.goto(m![1]);
    await ready(again);
    expect(await counts(again)).toEqual(shown);
  });
});

describe("Download references in the Sources table", () => {
  it.each(["csl-json", "bibtex", "ris"])("%s: the export script's bytes, read back by citation-js", async (id) => {
    const page = await open("?tab=sources");
    await page.getByTestId("references-format").selectOption(id);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("references-download").click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    const expected = await formatById(id)!.write(kb, {});
    expect({ [download.suggestedFilename()]: text }).toEqual(expected);
    const items = (await Cite.async(text)).data as { title?: string; issued?: { "date-parts": number[][] } }[];
    const sources = referenceEntities(kb);
    expect(items).toHaveLength(sources.length);
    items.forEach((item, i) => {
      const a = sources[i].attributes as { title: string; issued?: string };
      expect(item.title).toBe(a.title);
      if (a.issued) expect(String(item.issued?.["date-parts"][0][0])).toBe(a.issued);
    });
  });
});

describe("Embed", () => {
  // The host page comes from another origin: a server on another loopback port. (A made-up public host name would
  // not do: Chromium's Private Network Access rules block a public page from framing a loopback address.)
  let server: Server;
  let hostHtml = "";
  let hostOrigin = "";
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(hostHtml);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    hostOrigin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** The snippet "Copy embed code" gives for `search`, framed by a page of another origin. */
  async function hostPage(search: string, options: BrowserContextOptions = {}): Promise<Page> {
    const app = await open(search, { permissions: CLIPBOARD, ...options });
    // On a phone or a tablet the toolbar is folded into the menu.
    if (await app.getByTestId("menu").isVisible()) await app.getByTestId("menu").click();
    await app.getByTestId("export-open").click();
    await app.getByTestId("copy-embed").getByRole("button", { name: "Copy embed code" }).click();
    await expect.poll(() => app.getByTestId("copy-embed-status").textContent()).toBe("Copied");
    const snippet = await clipboard(app);
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+"[^>]*><\/iframe>$/);
    const host = await context!.newPage();
    track(host);
    hostHtml = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>A course page</title></head><body><h1>Week 3</h1>${snippet}</body></html>`;
    await host.goto(`${hostOrigin}/week-3.html`);
    expect(new URL(host.url()).origin).not.toBe(new URL(baseURL()).origin);
    return host;
  }

  async function frameInk(host: Page): Promise<number> {
    const box = (await host.frameLocator("iframe").getByTestId("graph-canvas").boundingBox())!;
    return inkRatio(await host.screenshot({ clip: box }));
  }

  it("draws in a page of another origin, read-only, and its link opens the same view", async () => {
    const host = await hostPage(filtered);
    const frame = host.frameLocator("iframe");
    await frame.getByTestId("embed").waitFor();
    await expect.poll(() => frameInk(host), { timeout: 15_000 }).toBeGreaterThan(0.002);
    expect(
      await frame.locator("#filters, #details, [data-testid=drawer], [data-testid=export-open], #search-input").count(),
    ).toBe(0);
    expect(await frame.getByTestId("embed-legend").locator("li").count()).toBeGreaterThan(0);
    const caption = (await frame.getByTestId("embed-caption").textContent()) ?? "";
    expect(caption).toContain("Source: Lankov 2020");
    expect(caption).not.toContain("filters: none");
    if (shots) await host.screenshot({ path: join(shots, "embed-host-1280x720.png") });
    const link = frame.getByRole("link", { name: "Open in the explorer" });
    const href = new URL((await link.getAttribute("href"))!);
    expect(href.origin).toBe(new URL(baseURL()).origin);
    expect(href.searchParams.has("embed")).toBe(false);
    const [opened] = await Promise.all([context!.waitForEvent("page"), link.click()]);
    track(opened);
    await ready(opened);
    expect(new URL(opened.url()).searchParams.get("hk")).toBe("person");
    // The full explorer, with the same view: the same counts as the page the snippet was copied from.
    expect(await opened.locator("#filters").count()).toBe(1);
    const original = context!.pages()[0];
    expect(await counts(opened)).toEqual(await counts(original));
  });

  it.each([
    [390, 844],
    [1024, 768],
  ])("alone at %ix%i: canvas, legend, caption and link, no WCAG 2.2 AA violation", async (width, height) => {
    const page = await open(`${filtered}&embed=1`, { viewport: { width, height } });
    await expect
      .poll(
        async () => inkRatio(await page.screenshot({ clip: (await page.getByTestId("graph-canvas").boundingBox())! })),
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0.002);
    for (const id of ["embed-legend", "embed-caption", "embed-open"])
      expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it("keeps the canvas keys: arrows and Enter select an entity, and the link follows", async () => {
    const host = await hostPage("");
    const frame = host.frameLocator("iframe");
    const canvas = frame.getByTestId("graph-canvas");
    await expect.poll(() => frameInk(host), { timeout: 15_000 }).toBeGreaterThan(0.002);
    await canvas.focus();
    await host.keyboard.press("ArrowRight");
    await host.keyboard.press("Enter");
    const link = frame.getByRole("link", { name: "Open in the explorer" });
    await expect.poll(async () => new URL((await link.getAttribute("href"))!).searchParams.has("sel")).toBe(true);
  });

  it("answers touch on a phone: a tap on an entity selects it", async () => {
    const host = await hostPage("", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const frame = host.frames().find((f) => f !== host.mainFrame())!;
    await expect.poll(() => frameInk(host), { timeout: 15_000 }).toBeGreaterThan(0.002);
    if (shots) await host.screenshot({ path: join(shots, "embed-host-390x844.png") });
    // The drawn entity farthest from any other (so that a finger cannot hit a neighbour), in canvas coordinates.
    const at = await frame.evaluate(() => {
      const explorer = (window as unknown as { __explorer: { canvas: { sigma: SigmaLike } } }).__explorer;
      const sigma = explorer.canvas.sigma;
      const { width, height } = sigma.getDimensions();
      const points = sigma
        .getGraph()
        .nodes()
        .filter((n) => !n.startsWith("evidence:"))
        .map((node) => ({ node, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)) }));
      const inside = points.filter((p) => p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20);
      const room = (p: { x: number; y: number }) =>
        Math.min(...points.filter((q) => q !== p).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
      return inside.sort((p, q) => room(q) - room(p))[0];
      interface SigmaLike {
        getGraph(): { nodes(): string[] };
        getDimensions(): { width: number; height: number };
        getNodeDisplayData(n: string): { x: number; y: number };
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      }
    });
    const frameBox = (await host.locator("iframe").boundingBox())!;
    const canvasBox = (await host.frameLocator("iframe").getByTestId("graph-canvas").boundingBox())!;
    expect(canvasBox.x).toBeGreaterThanOrEqual(frameBox.x);
    await host.touchscreen.tap(canvasBox.x + at.x, canvasBox.y + at.y);
    const link = host.frameLocator("iframe").getByRole("link", { name: "Open in the explorer" });
    await expect
      .poll(async () => new URL((await link.getAttribute("href"))!).searchParams.get("sel"))
      .toBe(entityId(at.node));
  });
});

describe("Print", () => {
  async function pdfOf(page: Page) {
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => document.querySelector("[data-testid=print-view] svg") !== null);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  }

  it("gives the current view on one landscape page: vector text, legend and caption, no raster image", async () => {
    const page = await open(filtered);
    const doc = await pdfOf(page);
    expect(doc.numPages).toBe(1);
    const first = await doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    expect(width).toBeGreaterThan(height);
    // Compared without spaces: the PDF splits text at ligatures ("fi") and line ends.
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const text = squeeze((await first.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(""));
    const has = (t: string) => text.includes(squeeze(t));
    expect(has("Source: Lankov 2020")).toBe(true);
    expect(has("filters: No People")).toBe(true);
    // The legend names every kind shown (all but the hidden people), and the graph is drawn at a readable size: a
    // picture squeezed into a corner would show a handful of labels, not dozens.
    const kinds = [...new Set(kb.entities.map((e) => e.kind))].filter((k) => k !== "person");
    for (const kind of kinds) expect(has(kindLabel(kind)), kind).toBe(true);
    expect(kb.entities.filter((e) => has(e.label)).length).toBeGreaterThan(30);
    const ops = await first.getOperatorList();
    expect(ops.fnArray).not.toContain(OPS.paintImageXObject);
    expect(ops.fnArray).toContain(OPS.showText);
    await page.emulateMedia({ media: "screen" });
  });

  it("Print / PDF in the Export dialog draws the picture, closes the dialog and opens the print dialog", async () => {
    const page = await open(filtered, {}, () => {
      (window as unknown as { printed: boolean[] }).printed = [];
      window.print = () => {
        (window as unknown as { printed: boolean[] }).printed.push(
          document.querySelector("[data-testid=print-view] svg") !== null,
        );
      };
    });
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-print").click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean[] }).printed)).toEqual([true]);
    expect(await page.getByTestId("export-dialog").isVisible()).toBe(false);
  });
});
