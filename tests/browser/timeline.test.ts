// The timeline tab in Chromium: it draws every dated item, a drag across it sets the time filter (and the list
// under it shows what falls in the period, in time order), clicking a bar selects its item, the selection's bars are
// outlined, Play steps the time filter, and the SVG download carries the title.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { timelineItems } from "../../src/core/view/timeline.ts";
import { browserSession, builtDataset, inkRatio } from "./helpers.ts";

const session = browserSession();
const data = builtDataset();
const items = timelineItems(data.kb);

async function open(path = "?tab=timeline") {
  const page = await session.open(path);
  await page.waitForSelector("[data-testid=timeline-chart] g.item");
  return page;
}

/** Screen x of the start of a year on the chart, from the explorer's own layout maths (read back from the DOM). */
async function yearX(page: Page, year: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator("[data-testid=timeline-brush-area]").boundingBox())!;
  const t = (year - 1940) / (2021 - 1940);
  return { x: box.x + t * box.width + 1, y: box.y + Math.min(20, box.height / 2) };
}

describe("timeline tab", () => {
  it("draws a bar for every dated item in 1940-2020", async () => {
    const page = await open();
    const shown = items.filter((i) => (i.end ?? 2020) >= 1940 && (i.start ?? 1940) <= 2020);
    expect(await page.locator("[data-testid=timeline-chart] g.item").count()).toBe(shown.length);
    const shot = await page.locator("[data-testid=timeline-chart]").screenshot();
    expect(inkRatio(shot)).toBeGreaterThan(0.03);
  });

  it("dragging across 1957-1967 sets the time filter and lists that decade in time order", async () => {
    const page = await open();
    const a = await yearX(page, 1957);
    const b = await yearX(page, 1967);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get("y")).toBe("1957-1967");
    const listed = await page
      .locator("[data-testid=timeline-list] li")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-item")!));
    const summit = listed.indexOf("summit-1966");
    const loggers = listed.findIndex((id) => id.includes("timber-companies-khabarovsk"));
    expect(loggers).toBeGreaterThanOrEqual(0);
    expect(summit).toBeGreaterThan(loggers);
    expect(listed.findIndex((id) => id.includes("signed--agreement-1967"))).toBeGreaterThan(summit);
    await expect.poll(() => page.locator("[data-testid=timeline-window]").count()).toBe(1);
  });

  it("clicking a bar selects its item and outlines the selection's bars", async () => {
    const page = await open();
    await page.locator('[data-testid=timeline-chart] g.item[data-item="summit-1966"] rect').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("summit-1966");
    await expect.poll(() => page.locator('g.item[data-item="summit-1966"]').getAttribute("data-hit")).toBe("1");
    const hits = await page.locator("g.item[data-hit]").count();
    expect(hits).toBeGreaterThan(1);
    expect(hits).toBeLessThan(items.length);
  });

  it("Play steps the time filter through the years, Stop halts it", async () => {
    const page = await open();
    await page.locator("[data-testid=timeline-play]").click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("y"), { timeout: 5000 })
      .toMatch(/^194[1-9]-194[5-9]$/);
    await page.locator("[data-testid=timeline-play]").click();
    const stopped = new URL(page.url()).searchParams.get("y");
    await page.waitForTimeout(1200);
    expect(new URL(page.url()).searchParams.get("y")).toBe(stopped);
  });

  it("downloads an SVG with a title and the chart", async () => {
    const page = await open();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-testid=timeline-svg]").click(),
    ]);
    const text = readFileSync((await svg.path())!, "utf8");
    expect(text).toContain("What the paper dates, 1940-2020");
    expect((text.match(/<g [^>]*data-item="/g) ?? []).length).toBeGreaterThan(100);
  });
});
