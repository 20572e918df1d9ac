// The canvas is always drawn and every screen size works: painted pixels after each change of the canvas' size
// (drawer tabs, panels, window, Present, an opened dataset, a lost and restored WebGL context), then the phone,
// tablet and wide layouts: canvas size, painted pixels, every visible control on top where it is drawn, 44 px
// touch targets, the title, tap to select and pinch to zoom on a phone.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DRAWERS } from "../../src/core/view/url-state.ts";
import { builtDataset, counts, launch, type TrackedPage } from "./helpers.ts";
import { fitRatio } from "./framing-helpers.ts";
import {
  cameraRatio,
  canvasBox,
  canvasInk,
  controlProblems,
  nodePosition,
  openAt,
  settle,
  SIZES,
  type SizeName,
} from "./screen-helpers.ts";

let browser: Browser;
const data = builtDataset();
/** Below this share of non-white pixels the canvas counts as blank (the drawn graph covers several percent). */
const PAINTED = 0.01;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function close(t: TrackedPage): Promise<void> {
  const errors = t.errors;
  await t.page.close();
  expect(errors).toEqual([]);
}

describe("the canvas is drawn after every change of its size (1440x900)", () => {
  let t: TrackedPage;
  let page: Page;
  beforeAll(async () => {
    t = await openAt(browser, "wide");
    page = t.page;
  });
  afterAll(async () => close(t));

  const painted = async (what: string) => expect(await canvasInk(page), what).toBeGreaterThan(PAINTED);

  it("at first", async () => painted("initial"));

  it("opening each drawer tab and closing the drawer", async () => {
    const before = await canvasBox(page);
    await page.getByTestId("open-tables").click();
    for (const tab of DRAWERS) {
      await page.getByTestId(`tab-${tab}`).click();
      await painted(`tab ${tab} open`);
      expect((await canvasBox(page)).height).toBeLessThan(before.height);
    }
    await page.getByTestId("drawer-close").click();
    await painted("drawer closed");
    expect((await canvasBox(page)).height).toBe(before.height);
    await page.getByTestId("open-figures").click();
    await painted("figures open");
    await page.getByTestId("open-figures").click();
    await painted("figures closed");
  });

  it("toggling the panels", async () => {
    const before = await canvasBox(page);
    await page.getByTestId("toggle-panel").click();
    await painted("panels hidden");
    expect((await canvasBox(page)).width).toBeGreaterThan(before.width);
    await page.getByTestId("toggle-panel").click();
    await painted("panels shown");
  });

  it("resizing the window through every size class and back", async () => {
    for (const [w, h] of [
      [1100, 800],
      [700, 800],
      [390, 844],
      [1440, 900],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await painted(`${w}x${h}`);
    }
  });

  it("entering and leaving Present", async () => {
    await page.getByTestId("present").click();
    await page.getByTestId("presentation").waitFor();
    await painted("presenting");
    await page.getByTestId("presentation-exit").click();
    await painted("after presenting");
  });

  it("losing and getting back the WebGL context", async () => {
    const lose = (fn: "loseContext" | "restoreContext") =>
      page.evaluate((f) => {
        const w = window as unknown as { __lost?: WEBGL_lose_context[] };
        w.__lost ??= [...document.querySelectorAll<HTMLCanvasElement>("[data-testid=graph-canvas] canvas")]
          .map((c) => c.getContext("webgl2") ?? c.getContext("webgl"))
          .filter((gl) => gl !== null)
          .map((gl) => gl.getExtension("WEBGL_lose_context"))
          .filter((x) => x !== null);
        w.__lost.forEach((x) => x[f]());
        if (f === "restoreContext") delete w.__lost;
        return true;
      }, fn);
    await lose("loseContext");
    await page.getByTestId("context-lost").waitFor();
    await lose("restoreContext");
    await expect.poll(() => page.getByTestId("context-lost").count()).toBe(0);
    await painted("context restored");
    // and the rebuilt renderer follows size changes too
    await page.getByTestId("toggle-panel").click();
    await painted("panels hidden after restore");
    await page.getByTestId("toggle-panel").click();
  });

  it("opening a dataset", async () => {
    // The bundled dataset itself, opened as a file: the explorer and its canvas are replaced.
    const json = readFileSync(join(import.meta.dirname, "..", "..", "dist", "data", "graph.json"));
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "paper.json", mimeType: "application/json", buffer: json });
    await page.getByTestId("close-file").waitFor();
    await painted("dataset opened");
    await page.getByTestId("close-file").click();
    await expect.poll(async () => (await counts(page)).entities).toBe(data.kb.entities.length);
    await painted("back to the paper");
  });
});

describe.each<[SizeName]>([["phone"], ["medium"], ["wide"]])("at %s size", (size) => {
  const { width } = SIZES[size];
  let t: TrackedPage;
  let page: Page;
  beforeAll(async () => {
    t = await openAt(browser, size);
    page = t.page;
  });
  afterAll(async () => close(t));

  it("the canvas has its width and is painted; the title is shown whole", async () => {
    const box = await canvasBox(page);
    if (size === "wide") expect(box.width).toBeGreaterThanOrEqual(width - 43 * 16 - 4);
    else expect(box.width).toBe(width);
    expect(await canvasInk(page)).toBeGreaterThan(PAINTED);
    const title = await page.getByTestId("app-title").evaluate((h) => ({
      shown: [...h.children].filter((c) => getComputedStyle(c).display !== "none").map((c) => c.textContent),
      whole: h.scrollWidth <= h.clientWidth + 1,
      width: h.getBoundingClientRect().width,
    }));
    expect(title.shown).toHaveLength(1);
    expect(title.shown[0]).toMatch(/^Lankov 2020 · .*labor export/);
    expect(title.whole).toBe(true);
  });

  it("every visible control is on top where it is drawn (and on a phone at least 44 px)", async () => {
    const min = size === "phone" ? 44 : 0;
    expect(await controlProblems(page, min)).toEqual([]);
    // with the filters open, scrolled to their end (the status line must not cover the last check boxes)
    if (size === "wide") await page.locator("aside.left").evaluate((a) => (a.scrollTop = a.scrollHeight));
    else await page.getByTestId("open-filters").click();
    await settle(page);
    expect(await controlProblems(page, min)).toEqual([]);
    if (size !== "wide") {
      const canvas = await canvasBox(page);
      const panel = (await page.locator("aside.left").boundingBox())!;
      if (size === "medium") expect(canvas.width - panel.width).toBeGreaterThanOrEqual(0.6 * width);
      await page.getByTestId("close-filters").click();
    }
    // with the toolbar menu open
    if (size !== "wide") {
      await page.getByTestId("menu").click();
      expect(await controlProblems(page, min)).toEqual([]);
      await page.getByTestId("menu").click();
    }
    // with a table open and an entity selected
    await page.getByTestId("open-tables").click();
    expect(await controlProblems(page, min)).toEqual([]);
    await page.getByTestId("drawer-close").click();
    await page.getByTestId("search-input").fill("1967 model");
    await page.keyboard.press("Enter");
    await page.getByTestId("detail-title").waitFor();
    await settle(page);
    expect(await controlProblems(page, min)).toEqual([]);
    expect(await canvasInk(page)).toBeGreaterThan(PAINTED);
  });

  it("filters and details open one at a time below the wide size", async () => {
    if (size === "wide") {
      expect(await page.locator("aside.left [data-testid=filter-panel]").isVisible()).toBe(true);
      expect(await page.locator("aside.right [data-testid=detail-panel]").isVisible()).toBe(true);
      return;
    }
    await page.getByTestId("open-filters").click();
    expect(await page.getByTestId("filter-panel").isVisible()).toBe(true);
    expect(await page.getByTestId("detail-panel").count()).toBe(0);
    await page.getByTestId("open-details").click();
    expect(await page.getByTestId("filter-panel").count()).toBe(0);
    expect(await page.getByTestId("detail-panel").isVisible()).toBe(true);
    await page.getByTestId("close-details").click();
    expect(await page.getByTestId("detail-panel").count()).toBe(0);
  });
});

describe("on a phone (390x844, touch)", () => {
  let t: TrackedPage;
  let page: Page;
  beforeAll(async () => {
    t = await openAt(browser, "phone");
    page = t.page;
  });
  afterAll(async () => close(t));

  it("a tap on an entity selects it and opens its details as a sheet", async () => {
    const pos = await nodePosition(page, "model-1967");
    await page.touchscreen.tap(pos.x, pos.y);
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe("The 1967 model");
    const sheet = (await page.locator("aside.right").boundingBox())!;
    expect(sheet.width).toBe(SIZES.phone.width);
    expect(sheet.y).toBeGreaterThan(SIZES.phone.height * 0.2);
    await page.getByTestId("close-details").click();
  });

  it("two fingers spreading apart zoom in", async () => {
    const before = await cameraRatio(page);
    const box = await canvasBox(page);
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", d: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch("touchStart", 20);
    for (let d = 30; d <= 140; d += 10) await touch("touchMove", d);
    await touch("touchEnd", 0);
    await settle(page);
    expect(await cameraRatio(page)).toBeLessThan(before * 0.7);
    expect(await canvasInk(page)).toBeGreaterThan(PAINTED);
  });

  it("the toolbar folds into a menu whose buttons work", async () => {
    expect(await page.getByTestId("zoom-fit").isVisible()).toBe(false);
    await page.getByTestId("menu").click();
    expect(await page.getByTestId("zoom-fit").isVisible()).toBe(true);
    await page.getByTestId("zoom-fit").click();
    const fitted = await fitRatio(page);
    await expect.poll(() => cameraRatio(page)).toBeCloseTo(fitted, 3);
    await page.keyboard.press("Escape");
    expect(await page.getByTestId("zoom-fit").isVisible()).toBe(false);
  });
});
