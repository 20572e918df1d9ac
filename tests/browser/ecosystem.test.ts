// Graphs from other tools in the browser: a networkx GEXF and a 2,000-node graph as Gephi Lite writes it open as
// generic graphs, the canvas draws them, a banner names the file and says it has no claims or sources; a file with
// 9,000 problems is reported as 9,000 in the open dialog's header. Screenshots of the opened graph at 1440x900 and
// 1024x768 go to $ECOSYSTEM_SHOTS when set (to be looked at).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/core/formats/json.ts";
import { browserSession, builtDataset, counts, inkRatio } from "./helpers.ts";

const session = browserSession();
const { kb, layout } = builtDataset();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "foreign", name), "utf8");
const file = (name: string, text: string) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(text),
});
const shots = process.env.ECOSYSTEM_SHOTS;

function gephiLite(n: number): string {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++)
    g.addNode(`n${i}`, {
      label: `Node ${i}`,
      community: `c${i % 5}`,
      color: ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00"][i % 5],
      size: 2 + (i % 4),
      x: Math.cos(i * 0.37) * Math.sqrt(i) * 10,
      y: Math.sin(i * 0.37) * Math.sqrt(i) * 10,
    });
  for (let i = 1; i < n; i++) g.addEdge(`n${i}`, `n${Math.floor(i / 3)}`);
  return write(g);
}

async function canvasInk(page: Page): Promise<number> {
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  // fullPage: on a phone the canvas may sit below the fold until the responsive layout lands.
  return inkRatio(await page.screenshot({ clip: box, fullPage: true }));
}

describe.each([
  [1440, 900],
  [1024, 768],
])("a graph from another tool at %ix%i", (width, height) => {
  it.each([
    ["networkx.gexf", () => fixture("networkx.gexf"), 4, 4],
    ["gephi-lite.gexf", () => gephiLite(2000), 2000, 1999],
  ])("%s opens, draws, and the banner says what it lacks", async (name, text, nodes, edges) => {
    const page = await session.open("", { width, height });
    await page.getByTestId("file-input").setInputFiles(file(name, text()));
    await expect.poll(() => counts(page), { timeout: 30_000 }).toEqual({ entities: nodes, relations: edges });
    const banner = page.getByTestId("opened-banner");
    await expect.poll(() => banner.isVisible()).toBe(true);
    const said = (await banner.textContent()) ?? "";
    expect(said).toContain(`Showing ${name}`);
    expect(said).toContain("no claims or sources, so the evidence panels are empty");
    // Until the responsive layout lands, the side panels leave a phone no canvas: hide them there.
    if (((await page.getByTestId("graph-canvas").boundingBox())?.width ?? 0) < 100)
      await page.getByTestId("toggle-panel").click();
    await expect.poll(() => canvasInk(page), { timeout: 15_000 }).toBeGreaterThan(0.002);
    if (shots) await page.screenshot({ path: join(shots, `foreign-${name}-${width}x${height}.png`), fullPage: true });
    await page.getByTestId("dismiss-banner").click();
    expect(await banner.count()).toBe(0);
    // Below the wide layout the toolbar is folded into the menu, as a user would find it.
    if (!(await page.getByTestId("close-file").isVisible())) await page.getByTestId("menu").click();
    await page.getByTestId("close-file").click();
    await expect
      .poll(() => counts(page), { timeout: 20_000 })
      .toEqual({ entities: kb.entities.length, relations: kb.relations.length });
  });
});

describe("honest counts", () => {
  it("a file with 9,000 problems says 9,000 in the header and lists the first 200", async () => {
    const page = await session.open();
    const raw = JSON.parse(writeJson(kb, layout));
    const model = raw.entities[0];
    for (let i = 0; i < 9000; i++) raw.entities.push({ ...model, id: `extra-${i}`, kind: "planet", claims: [] });
    await page.getByTestId("file-input").setInputFiles(file("many.json", JSON.stringify(raw)));
    const dialog = page.getByTestId("open-problems");
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId("problem-count").textContent()).toMatch(/9,000 problems \(the first 200 listed\)/);
    expect(await dialog.locator("li").count()).toBe(200);
    await page.getByTestId("close-problems").click();
  });
});
