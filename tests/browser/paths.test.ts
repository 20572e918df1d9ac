// "How is A connected to B?" in Chromium: from a link or from two searches, the panel lists each step with the
// relations and claims it rests on, the canvas lights the path (pixels change), and closing it leaves the URL.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { connectingPaths } from "../../src/core/model/paths.ts";
import { browserSession, builtDataset } from "./helpers.ts";

const session = browserSession();
const data = builtDataset();

const open = (path = "") => session.open(path);
const canvasShot = async (page: Page) =>
  page.screenshot({ clip: (await page.locator("[data-testid=graph-canvas]").boundingBox())! });

describe("paths", () => {
  it("?path=kgb,nk-workers lists the step and the claim it rests on, and lights it on the canvas", async () => {
    const page = await open("?path=kgb,nk-workers");
    const expected = connectingPaths(data.kb, "kgb", "nk-workers");
    await page.waitForSelector("[data-testid=path-list]");
    expect(await page.locator("[data-testid=path-list] > li").count()).toBe(expected.length);
    const step = page.locator("[data-testid=path-step]").first();
    await expect.poll(() => step.textContent()).toContain("KGB — supervises → North Korean workers");
    const claim = expected[0].steps[0].relations[0].claims[0];
    await step.locator(`[data-claim="${claim}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(`c:${claim}`);
  });

  it("two searches set the path, the canvas changes, and closing removes it from the URL", async () => {
    const page = await open();
    await page.waitForTimeout(400);
    const before = await canvasShot(page);
    await page.locator("[data-testid=open-path]").click();
    for (const [end, q] of [
      [0, "KGB"],
      [1, "North Korea"],
    ] as const) {
      await page.locator(`[data-testid=path-input-${end}]`).fill(q);
      await page.locator(`[data-testid=path-input-${end}]`).press("Enter");
      await page.waitForSelector(`[data-testid=path-end-${end}]`);
    }
    await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBe("kgb,dprk");
    const n = connectingPaths(data.kb, "kgb", "dprk").length;
    expect(await page.locator("[data-testid=path-list] > li").count()).toBe(n);
    await page.waitForTimeout(600);
    expect((await canvasShot(page)).equals(before)).toBe(false);
    await page.getByRole("button", { name: "Close the path panel" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBeNull();
    expect(await page.locator("[data-testid=path-panel]").count()).toBe(0);
  });

  it("says so when the relation types shown do not connect the two", async () => {
    const types = data.kb.relationTypes.map((t) => t.id).join(",");
    const page = await open(`?path=kgb,nk-workers&ht=${types}`);
    await page.waitForSelector("[data-testid=path-none]");
  });
});
