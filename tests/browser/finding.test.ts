// Finding things in a real browser: the Quirks tab lists every inconsistency the paper has with links to what each
// concerns, the status line counts them, the relations table tells parallel relations apart by model and years, and
// tables follow the graph's filters unless "All rows" is on. Expected values come from the built data.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { buildTable, inView } from "../../src/core/view/tables.ts";
import { browserSession, builtDataset, counts } from "./helpers.ts";

const session = browserSession({ width: 1440, height: 900 });
const { kb } = builtDataset();

const open = (path = "") => session.open(path);

describe("the paper's inconsistencies", () => {
  it("?tab=quirks lists every quirk with type, locators, note and links that select what it concerns", async () => {
    const page = await open("?tab=quirks");
    const rows = page.getByTestId("table-quirks").locator("tbody tr");
    expect(await rows.count()).toBe(kb.quirks.length);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-select")));
    expect(ids).toEqual(kb.quirks.map((q) => `q:${q.id}`));
    const q = kb.quirks[0];
    const first = rows.first();
    for (const l of q.locators) await expect(first.textContent()).resolves.toContain(l);
    await expect(first.textContent()).resolves.toContain(q.note.slice(0, 40));
    expect(await first.locator(".links button").count()).toBe(q.applies.length);
    await first.locator(".links button").first().click();
    await page.waitForURL((u) => u.searchParams.get("sel")?.endsWith(q.applies[0]) ?? false);
    // What is shown (the wide label, not the phone's "quirks"), with the no-break space as a space.
    const status = (await page.getByTestId("status").innerText()).replace(/\s+/g, " ");
    expect(status).toContain(`${kb.quirks.length} inconsistencies`);
  });
});

describe("search over claims and figures", () => {
  it("typing 12,486 and pressing Enter opens the claim that gives that figure, with its page", async () => {
    const page = await open();
    const claim = kb.claims.find((c) => c.quantities.some((q) => q.value === 12486))!;
    await page.getByTestId("search-input").fill("12,486");
    const results = page.getByTestId("search-results");
    await expect.poll(() => results.locator("li").count()).toBeGreaterThan(0);
    expect(await results.locator("li").first().textContent()).toContain("claim");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL((u) => u.searchParams.get("sel") === `c:${claim.id}`);
    await expect(page.getByTestId("detail-title").textContent()).resolves.toBe(claim.text);
    await expect(page.getByTestId("claim-locator").textContent()).resolves.toContain(claim.locator);
  });
});

describe("relations table", () => {
  it("shows the 1967-model supervision with its model and years, sortable by years", async () => {
    const page = await open("?tab=relations");
    await page.getByTestId("table-filter").fill("North Korean supervisors supervises 1967");
    const rel = kb.relations.find(
      (r) => r.source === "nk-supervisors" && r.type === "supervises" && r.key === "model-1967",
    )!;
    const row = page.locator(`[data-testid=table-relations] tbody tr[data-select="r:${rel.id}"]`);
    const text = (await row.textContent()) ?? "";
    const model = kb.entities.find((e) => e.id === "model-1967")!;
    expect(text).toContain(model.label);
    expect(text).toContain(String(rel.start ?? model.start));
    await page.getByTestId("table-filter").fill("");
    await page.getByTestId("sort-years").click();
    const firstSel = await page.locator("[data-testid=table-relations] tbody tr").first().getAttribute("data-select");
    const first = (r: (typeof kb.relations)[number]) =>
      r.start ?? r.end ?? kb.entities.find((e) => e.id === r.key)?.start ?? Infinity;
    const r0 = kb.relations.find((r) => `r:${r.id}` === firstSel)!;
    expect(first(r0)).toBe(Math.min(...kb.relations.map(first)));
  });
});

describe("tables follow the graph's filters", () => {
  it("lists what the graph shows, all rows on request, and downloads a CSV with a BOM, ids and sections", async () => {
    const page = await open("?tab=entities&y=1967-1991&tm=hide");
    const shown = (await counts(page)).entities;
    const rows = page.getByTestId("table-entities").locator("tbody tr");
    expect(shown).toBeLessThan(kb.entities.length);
    expect(await rows.count()).toBe(shown);
    await page.getByTestId("table-all").check();
    expect(await rows.count()).toBe(kb.entities.length);
    await page.getByTestId("table-all").uncheck();
    await page.getByTestId("tab-claims").click();
    await page.getByTestId("table-filter").fill("Sakhalin");
    const n = await page.locator("[data-testid=table-claims] tbody tr").count();
    expect(n).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("table-csv").click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Where,Claim,When,Citations,Id,Section");
    expect(lines).toHaveLength(n + 1);
    // The status line's inconsistency count follows the filters too.
    const vis = await page.evaluate(() => {
      const e = (
        window as unknown as { __explorer: { visibility: { nodes: Map<string, string>; edges: Map<string, string> } } }
      ).__explorer;
      return { nodes: [...e.visibility.nodes], edges: [...e.visibility.edges] };
    });
    const inQuirks = buildTable(kb, "quirks").rows.filter(
      inView(kb, { nodes: new Map(vis.nodes), edges: new Map(vis.edges) } as Parameters<typeof inView>[1]),
    ).length;
    const button = (await page.getByTestId("open-quirks").innerText()).replace(/\s+/g, " ");
    expect(button).toContain(`${inQuirks} inconsistenc`);
  });

  it("screenshot: quirks tab and relations table at 1440x900", async () => {
    const page = await open("?tab=quirks");
    await page.screenshot({ path: "/tmp/finding-quirks-1440.png" });
    await page.getByTestId("tab-relations").click();
    await page.getByTestId("sort-years").click();
    await page.screenshot({ path: "/tmp/finding-relations-1440.png" });
    expect(await page.locator("[data-testid=table-relations] tbody tr").count()).toBe(kb.relations.length);
  });
});
