// "Colour by" for a graph from another tool: a GEXF as Gephi Lite writes it (a `community` attribute and viz colours)
// opens with its file colours; picking "community" in the labelled "Colour by" select (by keyboard) recolours the
// nodes by category on the canvas (sigma's display data and the painted pixels), the legend lists the communities
// with their counts, the link carries the choice, and "File colours" brings the file's colours back. Screenshots at
// 1440x900 and 390x844 (touch) go to $COLOUR_SHOTS when set (to be looked at).
import { join } from "node:path";
import { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CATEGORY_PALETTE } from "../../src/core/view/colour-by.ts";
import { browserSession, counts } from "./helpers.ts";

const session = browserSession();
const shots = process.env.COLOUR_SHOTS;
const FILE_COLOURS = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00"];
const N = 150;

/** A graph as Gephi Lite writes it: five communities, each with its viz colour, positions. */
function gephiLite(): string {
  const g = new UndirectedGraph();
  for (let i = 0; i < N; i++)
    g.addNode(`n${i}`, {
      label: `Node ${i}`,
      community: `c${i % 5}`,
      color: FILE_COLOURS[i % 5],
      size: 4,
      x: Math.cos(i * 0.37) * Math.sqrt(i) * 10,
      y: Math.sin(i * 0.37) * Math.sqrt(i) * 10,
    });
  for (let i = 1; i < N; i++) g.addEdge(`n${i}`, `n${Math.floor(i / 3)}`);
  return write(g);
}

/** A colour as "r,g,b", whether written "#rrggbb" or "rgb(r,g,b)" (graphology-gexf writes viz colours so). */
const rgbOf = (c: string): string =>
  c.startsWith("#") ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(",") : c.replace(/[^\d,]/g, "");

/** The colour sigma draws each node with (its reducers' result, as "r,g,b"), by node key. */
const drawnColours = (page: Page): Promise<Record<string, string>> =>
  page
    .evaluate(() => {
      type Sigma = {
        getGraph: () => { nodes: () => string[] };
        getNodeDisplayData: (n: string) => { color: string } | undefined;
      };
      const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
      return Object.fromEntries(
        sigma
          .getGraph()
          .nodes()
          .map((n) => [n, sigma.getNodeDisplayData(n)?.color ?? ""]),
      );
    })
    .then((c) => Object.fromEntries(Object.entries(c).map(([n, v]) => [n, rgbOf(v)])));

/** How many of the canvas' pixels are (nearly) each of these colours. */
async function pixelsOf(page: Page, colours: string[]): Promise<number[]> {
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  const out = colours.map(() => 0);
  for (let p = 0; p < png.data.length; p += 4)
    rgb.forEach(([r, g, b], i) => {
      const d = Math.abs(png.data[p] - r) + Math.abs(png.data[p + 1] - g) + Math.abs(png.data[p + 2] - b);
      if (d < 12) out[i]++;
    });
  return out;
}

describe.each([
  ["wide", 1440, 900],
  ["phone", 390, 844],
])("colour by an opened file's attribute (%s)", (size, width, height) => {
  it("picking community recolours the nodes by category and the legend lists the communities", async () => {
    const page = await session.open("", { width, height });
    await page.getByTestId("file-input").setInputFiles({
      name: "communities.gexf",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(gephiLite()),
    });
    await expect.poll(() => counts(page), { timeout: 30_000 }).toEqual({ entities: N, relations: N - 1 });
    if (await page.getByTestId("dismiss-banner").isVisible()) await page.getByTestId("dismiss-banner").click();
    const palette = CATEGORY_PALETTE.slice(0, 5);
    // File colours first: the nodes wear the file's viz colours, none of the palette's.
    await expect
      .poll(async () => new Set(Object.values(await drawnColours(page))))
      .toEqual(new Set(FILE_COLOURS.map(rgbOf)));
    const before = await pixelsOf(page, palette);
    expect(before.every((p) => p === 0)).toBe(true);

    if (size === "phone") await page.getByTestId("open-filters").click();
    const select = page.getByLabel("Colour by");
    expect(await select.evaluate((s) => s.tagName)).toBe("SELECT");
    await select.focus();
    await page.keyboard.press("ArrowDown"); // the first attribute: community
    if ((await select.inputValue()) !== "community") await select.selectOption("community");
    expect(await select.inputValue()).toBe("community");

    const legend = page.getByTestId("category-legend");
    await expect.poll(() => legend.locator("li").count()).toBe(5);
    const rows = await legend.locator("li").allTextContents();
    for (let c = 0; c < 5; c++) expect(rows.join(" ")).toMatch(new RegExp(`c${c}\\s*${N / 5}/${N / 5}`));
    expect(await page.getByTestId("kind-other").count()).toBe(0);

    // Each community has one palette colour, the five differ, and no node keeps its file colour.
    const drawn = await drawnColours(page);
    const byCommunity = new Map<string, Set<string>>();
    for (const [n, c] of Object.entries(drawn)) {
      const k = `c${Number(n.slice(1)) % 5}`;
      byCommunity.set(k, (byCommunity.get(k) ?? new Set()).add(c));
    }
    expect([...byCommunity.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set([...byCommunity.values()].map((s) => [...s][0]))).toEqual(new Set(palette.map(rgbOf)));
    expect(new URL(page.url()).searchParams.get("colour")).toBe("community");

    if (size === "phone") await page.keyboard.press("Escape");
    if (size === "phone" && (await page.getByTestId("open-filters").isHidden()))
      await page.getByTestId("open-filters").click();
    if (shots) await page.screenshot({ path: join(shots, `colour-by-${width}x${height}.png`) });
    if (size === "wide") {
      // The canvas is painted in the palette's colours now.
      await expect.poll(async () => (await pixelsOf(page, palette)).filter((p) => p > 0).length).toBe(5);
      await select.selectOption("");
      await expect
        .poll(async () => new Set(Object.values(await drawnColours(page))))
        .toEqual(new Set(FILE_COLOURS.map(rgbOf)));
      expect(await legend.count()).toBe(0);
      expect(await page.getByTestId("kind-other").count()).toBe(1);
    }
  });
});
