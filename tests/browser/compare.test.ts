// The model comparison tab in Chromium: the table comes from the data (rows, models, unsupported cells), a claim's
// paragraph opens its panel and lights its trace on the canvas, a cell lights what its claims support, every control
// is reachable by keyboard, and the CSV and PNG downloads hold the table.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { compareTable } from "../../src/core/view/compare.ts";
import { browserSession, builtDataset, inkRatio } from "./helpers.ts";

const session = browserSession();
const data = builtDataset();
const table = compareTable(data.kb);

async function open(path = "?tab=compare") {
  const page = await session.open(path);
  await page.waitForSelector("[data-testid=compare] table");
  return page;
}

const canvasShot = async (page: Page) =>
  page.screenshot({ clip: (await page.locator("[data-testid=graph-canvas]").boundingBox())! });

/** Ids the canvas keeps lit, read from the explorer. */
const lit = (page: Page) =>
  page.evaluate(() => {
    const em = (window as unknown as { __explorer: { emphasis: { nodes: Set<string> } | null } }).__explorer.emphasis;
    return em ? [...em.nodes].sort() : null;
  });

describe("compare tab", () => {
  it("shows the three models and every dimension of the data, with unsupported cells saying so", async () => {
    const page = await open();
    const heads = await page.locator("[data-testid=compare] thead th").allTextContents();
    expect(heads.slice(1).map((h) => h.trim())).toEqual(table.columns.map((c) => c.label));
    const rows = await page.locator("[data-testid=compare] tbody th").allTextContents();
    expect(rows.map((r) => r.trim())).toEqual(table.rows.map((r) => r.label));
    const unsupported = table.rows.flatMap((r) => r.cells).filter((c) => c.unsupported);
    expect(await page.locator("td.unsupported").count()).toBe(unsupported.length);
    await expect.poll(() => page.locator("td.unsupported").first().textContent()).toContain("not in the paper");
  });

  it("a paragraph under a cell opens its claim and lights its trace on the canvas", async () => {
    const page = await open();
    const cell = table.rows.find((r) => r.dimension === "control")!.cells[1];
    const claim = cell.claims[0];
    const before = await canvasShot(page);
    await page.locator(`td[data-cell="${cell.model}/control"] [data-claim="${claim.id}"]`).click();
    await expect.poll(() => page.locator("[data-testid=detail-title]").textContent()).toBe(claim.text);
    expect(new URL(page.url()).searchParams.get("sel")).toBe(`c:${claim.id}`);
    await expect.poll(async () => (await lit(page))?.length ?? 0).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    const after = await canvasShot(page);
    expect(after.equals(before)).toBe(false);
    expect(inkRatio(after)).toBeGreaterThan(0.005);
  });

  it("a cell's text lights what all its claims support, and again turns it off; keyboard only", async () => {
    const page = await open();
    const cell = table.rows.find((r) => r.dimension === "numbers")!.cells[1];
    const button = page.locator(`td[data-cell="${cell.model}/numbers"] button.text`);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    const nodes = await lit(page);
    for (const c of cell.claims) for (const e of c.about) expect(nodes).toContain(e);
    await page.keyboard.press("Enter");
    await expect.poll(() => lit(page)).toBeNull();
  });

  it("downloads the table as CSV with a byte-order mark, and as a PNG picture", async () => {
    const page = await open();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=compare-csv]").click()]);
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trimEnd().split("\r\n")).toHaveLength(table.rows.length + 1);
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=compare-png]").click()]);
    const buf = readFileSync((await png.path())!);
    const img = PNG.sync.read(buf);
    expect(img.width).toBe(2800);
    expect(inkRatio(buf)).toBeGreaterThan(0.01);
  });

  it("is open from a link and its tab is keyboard-reachable from the drawer", async () => {
    const page = await session.open("?tab=entities");
    await page.locator("[data-testid=tab-compare]").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=compare] table");
    expect(new URL(page.url()).searchParams.get("tab")).toBe("compare");
  });
});
