// Evidence in a real browser: claims with formatted citations, source panels with every citing claim, tracing in the
// graph, the evidence layer, quirks, tables synced with the selection (and their CSV), the figures chart, and every
// claim reachable from the UI. Expected values come from the built data through the same core functions.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { claimsCiting, evidenceLinks, seriesPoints, traceOf } from "../../src/core/model/evidence.ts";
import { FADED_NODE } from "../../src/core/view/palette.ts";
import { browserSession, builtDataset } from "./helpers.ts";

const session = browserSession({ width: 1440, height: 900 });
const { kb } = builtDataset();

const open = (path = "") => session.open(path);

/** Nodes drawn lit (not hidden, not faded) by sigma's reducers right now. */
function litNodes(page: Page): Promise<string[]> {
  return page.evaluate((faded) => {
    type Sigma = {
      getGraph: () => { nodes: () => string[] };
      getNodeDisplayData: (n: string) => { hidden?: boolean; color: string } | undefined;
    };
    const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((n) => {
        const d = sigma.getNodeDisplayData(n);
        return d && !d.hidden && d.color !== faded;
      });
  }, FADED_NODE);
}

describe("panels", () => {
  it("an entity shows its claims with formatted citations", async () => {
    const page = await open("?sel=kuril-islands");
    const entity = kb.entities.find((e) => e.id === "kuril-islands")!;
    await expect
      .poll(() => page.getByTestId("claims").first().locator(":scope > li").count())
      .toBe(entity.claims.length);
    const citations = await page.getByTestId("citation").allTextContents();
    expect(citations).toContain("Krushanova 2014, p. 137");
  });

  it("clicking a citation opens the source panel with every claim that cites it", async () => {
    const page = await open("?sel=kuril-islands");
    await page.getByTestId("citation").filter({ hasText: "Krushanova 2014, p. 137" }).first().click();
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Krushanova 2014");
    const want = claimsCiting(kb, "krushanova-2014").map((c) => c.id);
    const shown = await page
      .getByTestId("source-claims")
      .locator("[data-claim]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    expect(shown).toEqual(want);
    expect(await page.getByTestId("citing-count").textContent()).toContain(String(want.length));
    expect(await page.getByTestId("reference").textContent()).toContain("Krushanova, L. (2014).");
  });

  it("a claim panel shows the statement, its place in the paper, quantities and full references", async () => {
    const claim = kb.claims.find((c) => c.quantities.length && c.citations.some((ct) => ct.pages))!;
    const page = await open(`?sel=c:${claim.id}`);
    expect(await page.getByTestId("detail-title").textContent()).toBe(claim.text);
    expect(await page.getByTestId("claim-locator").textContent()).toContain(`[${claim.locator}]`);
    expect(await page.getByTestId("quantities").locator("tr").count()).toBe(claim.quantities.length);
    const refs = await page.getByTestId("claim-citations").locator("li").allTextContents();
    expect(refs).toHaveLength(claim.citations.length);
    for (const [i, ct] of claim.citations.entries()) if (ct.pages) expect(refs[i]).toContain(ct.pages);
  });

  it("marks the inconsistencies recorded for an item", async () => {
    const quirk = kb.quirks.find((q) => q.kind === "year-mismatch")!;
    const target = quirk.applies.find((id) => kb.entities.some((e) => e.id === id))!;
    const page = await open(`?sel=${target}`);
    const marked = await page
      .getByTestId("quirks")
      .locator("[data-quirk]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-quirk")));
    expect(marked).toContain(quirk.id);
  });

  it("a javascript: URL is never a link; an http(s) reference URL is", async () => {
    const page = await open("?sel=sputnik-2016");
    const href = await page.getByTestId("reference-url").getAttribute("href");
    expect(href).toMatch(/^https?:\/\//);
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    // Every link leaves for an http(s) page or is a skip link within the page ("#graph").
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h) && !/^#[a-z-]+$/.test(h))).toEqual([]);
  });
});

describe("tracing in the graph", () => {
  it("selecting a source lights exactly what its claims support, with the path from the paper", async () => {
    const page = await open("?sel=krushanova-2014");
    const want = traceOf(kb, claimsCiting(kb, "krushanova-2014")).nodes;
    await expect.poll(async () => (await litNodes(page)).sort()).toEqual([...want].sort());
    expect(want.has(kb.meta.root)).toBe(true);
  });

  it("selecting a claim lights what it supports", async () => {
    const claim =
      kb.claims.find((c) => c.id === "s1946-arrivals-1947") ?? kb.claims.find((c) => c.relations.length > 1)!;
    const page = await open(`?sel=c:${claim.id}`);
    const want = traceOf(kb, [claim]).nodes;
    await expect.poll(async () => (await litNodes(page)).sort()).toEqual([...want].sort());
  });

  it("the evidence layer draws source → supported entity links only when switched on", async () => {
    const page = await open();
    const shownEvidence = () =>
      page.evaluate(() => {
        type Sigma = {
          getGraph: () => { edges: () => string[] };
          getEdgeDisplayData: (e: string) => { hidden?: boolean } | undefined;
        };
        const sigma = (window as unknown as { __explorer: { canvas: { sigma: Sigma } } }).__explorer.canvas.sigma;
        return sigma
          .getGraph()
          .edges()
          .filter((e) => e.startsWith("evidence:") && !sigma.getEdgeDisplayData(e)?.hidden).length;
      });
    expect(await shownEvidence()).toBe(0);
    await page.getByTestId("evidence-layer").check();
    await expect.poll(shownEvidence).toBe(evidenceLinks(kb).length);
    expect(new URL(page.url()).searchParams.get("ev")).toBe("1");
    // Off again after a layout run: the evidence edges leave the drawn graph, every relation stays, and the
    // nodes stay where the layout put them (the positions are the layout's, whichever graph sigma draws).
    const drawn = () =>
      page.evaluate(() => {
        // The positions are read from the graph sigma draws, not from its display data, which follow a frame later.
        type G = { edges: () => string[]; nodes: () => string[]; getNodeAttribute: (n: string, k: "x") => number };
        type S = { getGraph: () => G };
        const sigma = (window as unknown as { __explorer: { canvas: { sigma: S } } }).__explorer.canvas.sigma;
        const g = sigma.getGraph();
        return {
          evidence: g.edges().filter((e) => e.startsWith("evidence:")).length,
          relations: g.edges().filter((e) => !e.startsWith("evidence:")).length,
          xs: g.nodes().map((n) => g.getNodeAttribute(n, "x")),
        };
      });
    const before = await drawn();
    await page.getByTestId("layout-run").click();
    await expect.poll(async () => (await drawn()).xs).not.toEqual(before.xs);
    await page.getByTestId("layout-stop").click();
    const laidOut = await drawn();
    await page.getByTestId("evidence-layer").uncheck();
    await expect.poll(shownEvidence).toBe(0);
    const off = await drawn();
    expect(off).toEqual({ evidence: 0, relations: kb.relations.length, xs: laidOut.xs });
    expect(new URL(page.url()).searchParams.get("ev")).toBeNull();
  });
});

describe("tables", () => {
  it("selecting a row selects in the graph, and a graph selection marks its row", async () => {
    const page = await open("?tab=entities");
    await page.getByTestId("table-entities").locator("tr[data-select='khabarovsk'] .row-link").click();
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("Khabarovsk region");
    await page.getByTestId("search-input").fill("Vladivostok");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("tr[data-select='vladivostok']").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("tr[data-select='khabarovsk']").getAttribute("aria-selected")).toBe("false");
  });

  it("sorts, filters and downloads exactly the rows shown as CSV", async () => {
    const page = await open("?tab=sources");
    await page.getByTestId("sort-cited").click();
    await page.getByTestId("sort-cited").click();
    const first = await page.locator("[data-testid=table-sources] tbody tr").first().getAttribute("data-select");
    const most = [...kb.entities.filter((e) => e.kind === "source" || e.kind === "interviewee")]
      .map((e) => [e.id, claimsCiting(kb, e.id).length] as const)
      .sort((a, b) => b[1] - a[1])[0];
    expect(claimsCiting(kb, first!).length).toBe(most[1]);
    await page.getByTestId("table-filter").fill("Krushanova");
    const shown = await page.locator("[data-testid=table-sources] tbody tr").count();
    expect(shown).toBe(
      kb.entities.filter(
        (e) =>
          (e.kind === "source" || e.kind === "interviewee") &&
          /Krushanova/.test(JSON.stringify(e.attributes) + e.label),
      ).length,
    );
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("table-csv").click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.trim().split("\r\n")).toHaveLength(shown + 1);
  });

  // Opening a claim takes a full re-render, so `npm test` opens every 8th (and the last); `npm run fuzz` opens them all.
  const step = process.env.FUZZ === "1" ? 1 : 8;
  const walked = kb.claims.filter((_, i) => i % step === 0 || i === kb.claims.length - 1);
  it(`every claim is listed in the claims table, and ${walked.length} of ${kb.claims.length} open from it`, async () => {
    const page = await open("?tab=claims");
    const rows = page.getByTestId("table-claims").locator("tbody tr");
    expect(await rows.count()).toBe(kb.claims.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-select")));
    expect(ids).toEqual(kb.claims.map((c) => `c:${c.id}`));
    // Walk them all through the rows' buttons (in the page, for speed): each must open its own claim.
    const mismatches = await page.evaluate(
      async (wanted) => {
        const bad: string[] = [];
        const rows = [...document.querySelectorAll<HTMLTableRowElement>("[data-testid=table-claims] tbody tr")];
        for (const row of rows.filter((r) => wanted.includes(r.dataset.select!))) {
          row.querySelector<HTMLButtonElement>(".row-link")!.click();
          await new Promise((r) => setTimeout(r, 0));
          const id = row.dataset.select!.slice(2);
          const title = document.querySelector("[data-testid=detail-title]")?.textContent ?? "";
          const shown = document.querySelector("[data-testid=detail-panel]")?.textContent ?? "";
          if (!shown.includes(title) || !title) bad.push(`${id}: nothing shown`);
          else bad.push(`${id}=${title}`);
        }
        return bad;
      },
      walked.map((c) => `c:${c.id}`),
    );
    expect(mismatches).toEqual(walked.map((c) => `${c.id}=${c.text}`));
  }, 240_000);
});

describe("figures", () => {
  it("draws one mark per figure, each listed with its source", async () => {
    const page = await open("?tab=figures");
    const points = seriesPoints(kb, "nk-workers");
    expect(points.length).toBeGreaterThanOrEqual(7);
    await expect.poll(() => page.locator("[data-testid=figure-chart] [data-mark=figure]").count()).toBe(points.length);
    const marked = await page
      .locator("[data-mark=figure]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-claim")));
    expect(marked).toEqual(points.map((p) => p.claim));
    // The chart is an image named by its title; each box's tooltip gives the figure as the paper words it, its time
    // and what it counts, approximate figures are drawn as such, and every figure is labelled on the chart.
    expect(
      await page.getByRole("img", { name: "North Korean workers in the USSR/Russia, as the paper gives them" }).count(),
    ).toBe(1);
    expect(await page.locator("[data-mark=figure] > title").allTextContents()).toEqual(
      points.map((p) => `${p.text} (${p.when}) — ${p.measure}`),
    );
    const approximate = await page
      .locator("[data-mark=figure]")
      .evaluateAll((els) => els.map((e) => e.classList.contains("approximate")));
    expect(approximate).toEqual(points.map((p) => p.approximate));
    const labels = await page.locator("[data-testid=figure-chart] text").allTextContents();
    for (const p of points) expect(labels).toContain(p.text);
    const items = await page.getByTestId("figure-list").locator("li").allTextContents();
    for (const [i, p] of points.entries()) {
      expect(items[i]).toContain(p.text);
      const claim = kb.claims.find((c) => c.id === p.claim)!;
      const source = kb.entities.find((e) => e.id === claim.citations[0].source)!;
      expect(items[i]).toContain(source.label);
    }
    await page.locator("[data-mark=figure]").first().click();
    await expect
      .poll(() => page.getByTestId("detail-title").textContent())
      .toBe(kb.claims.find((c) => c.id === points[0].claim)!.text);
  });
});
