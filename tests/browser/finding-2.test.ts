// Finding things, second part, in a real browser: search lists sources by author, figures by value with near ones
// marked below the exact ones, and "April 1969" opens the count with its source and page; "only what an
// inconsistency concerns" shows exactly the carriers, marked ⚠ on the canvas with labels that never overlap; a
// relation shows its model and period in its panel, in an entity's lists and on hover; relations dated vaguely and
// only partly inside the range are drawn paler and counted. Expected values come from the built data.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CanvasLabels } from "../../src/app/canvas/label-layer.ts";
import { computeVisibility, FILTER_DEFAULTS } from "../../src/core/model/filters.ts";
import { quirkCarriers } from "../../src/core/model/filters/quirks.ts";
import { possiblyInRange, possiblyInRangeOf } from "../../src/core/model/filters/time.ts";
import { toGraph } from "../../src/core/model/graph.ts";
import { findOverlaps } from "../../src/core/view/labels.ts";
import { paler, relationColor } from "../../src/core/view/palette.ts";
import { contextText, relationContext } from "../../src/core/view/relation-context.ts";
import { QUIRK_MARK } from "../../src/core/view/style/index.ts";
import { browserSession, builtDataset, counts, inkRatio } from "./helpers.ts";

const session = browserSession({ width: 1440, height: 900 });
const { kb } = builtDataset();

const open = (path = "", viewport?: { width: number; height: number }) => session.open(path, viewport);

async function results(page: Page, query: string) {
  await page.getByTestId("search-input").fill(query);
  const items = page.getByTestId("search-results").locator("li");
  await expect.poll(() => items.count()).toBeGreaterThan(0);
  return items;
}

async function placedLabels(page: Page): Promise<CanvasLabels> {
  await page.waitForFunction("typeof window.kgCanvasLabels === 'function' && window.kgCanvasLabels().nodes.length > 0");
  await page.waitForTimeout(700);
  return (await page.evaluate("window.kgCanvasLabels()")) as CanvasLabels;
}

describe("search by author, value and date", () => {
  it("an author's surname lists the source; Enter opens it", async () => {
    const page = await open();
    const source = kb.entities.find((e) => e.id === "baxandall-2004")!;
    const items = await results(page, "Baxandall");
    expect(await items.first().locator(".label").textContent()).toBe(source.label);
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL((u) => u.searchParams.get("sel") === source.id);
    await expect(page.getByTestId("detail-title").textContent()).resolves.toContain(source.label);
  });

  it("12,000 lists the figure of that value, then 12,486 marked near", async () => {
    const page = await open();
    const exact = kb.claims.find((c) => c.quantities.some((q) => q.value === 12000))!;
    const near = kb.claims.find((c) => c.quantities.some((q) => q.value === 12486))!;
    const items = await results(page, "12,000");
    const texts = await items.evaluateAll((lis) => lis.map((li) => li.textContent ?? ""));
    const i = texts.findIndex((t) => t.includes(exact.text.slice(0, 40)));
    const j = texts.findIndex((t) => t.includes(near.text.slice(0, 40)));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
    expect(await items.nth(j).locator(".near").count()).toBe(1);
    expect(await items.nth(i).locator(".near").count()).toBe(0);
  });

  it("April 1969 and Enter opens the April 1969 count with its source and page", async () => {
    const page = await open();
    const claim = kb.claims.find((c) => c.qualifiers.when === "1969-04")!;
    await results(page, "April 1969");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL((u) => u.searchParams.get("sel") === `c:${claim.id}`);
    const cited = (await page.getByTestId("claim-citations").textContent()) ?? "";
    const source = kb.entities.find((e) => e.id === claim.citations[0].source)!;
    expect(cited).toContain(source.label.split(" ")[0]);
    expect(cited).toContain(claim.citations[0].pages!);
    await expect(page.getByTestId("claim-locator").textContent()).resolves.toContain(claim.locator);
  });
});

describe("only what an inconsistency concerns", () => {
  it("the switch shows exactly the carriers, says so, marks them ⚠ and keeps labels apart", async () => {
    const page = await open();
    const want = computeVisibility(kb, toGraph(kb), { ...FILTER_DEFAULTS, onlyQuirks: true });
    await page.getByTestId("only-quirks").focus();
    await page.keyboard.press("Space");
    await page.waitForURL((u) => u.searchParams.get("qk") === "1");
    expect(await counts(page)).toEqual({ entities: want.shownNodes, relations: want.shownEdges });
    await expect(page.getByTestId("status").textContent()).resolves.toContain("inconsistency");
    const shot = await page.getByTestId("graph-canvas").screenshot();
    expect(inkRatio(shot)).toBeGreaterThan(0.005);
    const layout = await placedLabels(page);
    const carriers = quirkCarriers(kb).entities;
    const label = new Map(kb.entities.map((e) => [e.label, e.id]));
    expect(layout.nodes.length).toBeGreaterThan(3);
    for (const l of layout.nodes) {
      const marked = l.text.endsWith(` ${QUIRK_MARK}`);
      const id = label.get(marked ? l.text.slice(0, -2) : l.text);
      expect(id, l.text).toBeDefined();
      expect(marked, l.text).toBe(carriers.has(id!));
    }
    expect(layout.nodes.some((l) => l.text.endsWith(QUIRK_MARK))).toBe(true);
    expect(findOverlaps(layout.nodes, layout.edges, layout.shown)).toEqual([]);
  });
});

describe("relations with their context", () => {
  const supervision = kb.relations.find(
    (r) => r.source === "nk-supervisors" && r.type === "supervises" && r.key === "model-1967",
  )!;
  const context = relationContext(kb, supervision);

  it("the relation panel shows its model and period", async () => {
    const page = await open(`?sel=r:${supervision.id}`);
    await expect(page.getByTestId("relation-model").textContent()).resolves.toBe(context.model);
    await expect(page.getByTestId("relation-period").textContent()).resolves.toBe(context.period);
  });

  it("the workers' relation list tells the two supervisions apart, and its rows' tooltips too", async () => {
    const page = await open("?sel=nk-workers");
    const row = page.locator(`li[data-relation="${supervision.id}"]`);
    await expect(row.getByTestId("relation-list-context").textContent()).resolves.toBe(`· ${contextText(context)}`);
    expect(await row.getAttribute("title")).toContain(contextText(context));
    const other = kb.relations.find(
      (r) => r.source === "nk-supervisors" && r.type === "supervises" && r.target === "nk-workers" && r !== supervision,
    )!;
    const otherText = await page
      .locator(`li[data-relation="${other.id}"]`)
      .getByTestId("relation-list-context")
      .textContent();
    expect(otherText).not.toBe(`· ${contextText(context)}`);
  });

  it("a relation entered on the canvas gives its tooltip with its context, and leaving drops it", async () => {
    const page = await open();
    // Sigma's own edge events (hit-testing a thin edge by mouse position is at the mercy of what lies over it).
    const emit = (event: string) =>
      page.evaluate(
        ([e, id]) => {
          type Sigma = { emit: (e: string, p: { edge: string }) => void };
          (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma.emit(e, {
            edge: id,
          });
        },
        [event, supervision.id],
      );
    await emit("enterEdge");
    const title = (await page.getByTestId("graph-canvas").getAttribute("title")) ?? "";
    expect(title).toContain(contextText(context));
    expect(title).toContain(kb.entities.find((e) => e.id === supervision.source)!.label);
    await emit("leaveEdge");
    expect(await page.getByTestId("graph-canvas").getAttribute("title")).toBeNull();
  });
});

describe("vague dates", () => {
  it("relations possibly in range are counted in the legend and drawn paler", async () => {
    const years: [number, number] = [1985, 1995];
    const possible = possiblyInRange(kb.relations, years);
    expect(possible.size).toBeGreaterThan(0);
    // Those the filters leave shown (a relation with a faded end is drawn faded).
    const vis = computeVisibility(kb, toGraph(kb), { ...FILTER_DEFAULTS, years });
    const drawn = [...possible].filter((id) => vis.edges.get(id) === "shown");
    expect(drawn.length).toBeGreaterThan(0);
    const page = await open(`?y=${years.join("-")}`);
    // The count takes in the entities with a vague span as well (the 2000 model, "around 2000").
    await expect(page.getByTestId("possible-count").textContent()).resolves.toBe(
      `(${possiblyInRangeOf(kb, years).size})`,
    );
    await expect(page.getByTestId("possible-legend").textContent()).resolves.toContain("possibly in range");
    const colors = await page.evaluate((ids) => {
      type Sigma = { getEdgeDisplayData: (e: string) => { color: string } | undefined };
      const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
      return ids.map((id) => sigma.getEdgeDisplayData(id)?.color ?? "");
    }, drawn);
    const type = new Map(kb.relations.map((r) => [r.id, r.type]));
    expect(colors).toEqual(drawn.map((id) => paler(relationColor(type.get(id)!))));
  });
});
