// The walk through the paper in Chromium: ?walk=p30 shows the paragraph's claims and lights them on the canvas,
// the arrow keys step (the URL follows), Esc leaves, and the button starts at the front matter.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { walkSteps } from "../../src/core/view/walk.ts";
import { browserSession, builtDataset } from "./helpers.ts";

const session = browserSession();
const data = builtDataset();
const steps = walkSteps(data.kb);

const open = (path = "") => session.open(path);
const canvasShot = async (page: Page) =>
  page.screenshot({ clip: (await page.locator("[data-testid=graph-canvas]").boundingBox())! });
const walkParam = (page: Page) => new URL(page.url()).searchParams.get("walk");

describe("walk through the paper", () => {
  it("?walk=p30 lists the paragraph's claims as paraphrases and lights them", async () => {
    const page = await open("?walk=p30");
    const p30 = steps.find((s) => s.locator === "p30")!;
    await page.waitForSelector("[data-testid=walk-claims]");
    const texts = await page.locator("[data-testid=walk-claims] li").allTextContents();
    expect(texts.map((t) => t.trim())).toEqual(p30.claims.map((c) => c.text));
    const lit = await page.evaluate(
      () =>
        (window as unknown as { __explorer: { emphasis: { nodes: Set<string> } | null } }).__explorer.emphasis?.nodes
          .size,
    );
    expect(lit).toBeGreaterThan(0);
  });

  it("arrow keys step, the canvas follows, Esc leaves", async () => {
    const page = await open("?walk=p30");
    await page.waitForSelector("[data-testid=walk-panel]");
    await page.waitForTimeout(500);
    const at30 = await canvasShot(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => walkParam(page)).toBe("p31");
    await expect.poll(() => page.locator("[data-testid=walk-locator]").textContent()).toBe("[p31]");
    await page.waitForTimeout(600);
    expect((await canvasShot(page)).equals(at30)).toBe(false);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => walkParam(page)).toBe("p29");
    await page.keyboard.press("Escape");
    await expect.poll(() => walkParam(page)).toBeNull();
    expect(await page.locator("[data-testid=walk-panel]").count()).toBe(0);
  });

  it("the button starts at the front matter; Table 1 follows p53; a claim opens its panel", async () => {
    const page = await open();
    await page.locator("[data-testid=open-walk]").click();
    await expect.poll(() => walkParam(page)).toBe("front");
    await page.locator("[data-testid=walk-close]").click();
    await page.goto(new URL("?walk=p53", page.url()).toString());
    await page.waitForSelector("[data-testid=walk-panel]");
    await page.locator("[data-testid=walk-next]").click();
    await expect.poll(() => walkParam(page)).toBe("table-1");
    const first = steps.find((s) => s.locator === "table-1")!.claims[0];
    await page.locator(`[data-testid=walk-claims] [data-claim="${first.id}"]`).click();
    await expect.poll(() => page.locator("[data-testid=detail-title]").textContent()).toBe(first.text);
  });
});
