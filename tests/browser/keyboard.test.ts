// Keyboard and screen readers: skip links and landmarks, the graph explored without a mouse (arrows, N/P through
// the selection's relations, Enter, a live region), focus into and back out of the drawer and dialogs, the "only"
// buttons, shortcuts after a check box and the setting that turns them off, the polite status line, and the hover
// label gone once the pointer leaves the canvas.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationsInOrder } from "../../src/core/view/graph-keys.ts";
import { builtDataset, launch, type TrackedPage } from "./helpers.ts";
import { cameraRatio, nodePosition, openAt, settle } from "./screen-helpers.ts";
import { fitRatio } from "./framing-helpers.ts";

let browser: Browser;
let t: TrackedPage;
let page: Page;
const { kb } = builtDataset();
const label = (id: string) => kb.entities.find((e) => e.id === id)!.label;

beforeAll(async () => {
  browser = await launch();
  t = await openAt(browser, "wide");
  page = t.page;
});
afterAll(async () => {
  const errors = t.errors;
  await t.page.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

async function reset(path = "./"): Promise<void> {
  await page.goto(new URL(path, page.url()).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await settle(page);
}
const focused = () =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.dataset.testid ?? a?.getAttribute("aria-label") ?? a?.textContent?.trim() ?? a?.tagName ?? null;
  });
const hovered = () =>
  page.evaluate(() => (window as unknown as { __explorer: { hovered: string | null } }).__explorer.hovered);
const live = () => page.getByTestId("graph-live").textContent();

describe("skip links and landmarks", () => {
  it("the first Tab reaches the skip links; each landmark is named", async () => {
    await reset();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to search");
    expect(await page.locator(":focus").isVisible()).toBe(true);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll("[role=search], aside, main, nav, footer, header, [role=application]")].map(
        (el) => `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? ""}`,
      ),
    );
    for (const want of ["search:", "aside:Filters", "aside:Details", "main:Graph and tables", "application:Graph"])
      expect(names.some((n) => n.startsWith(want))).toBe(true);
  });

  it("skip to tables opens the drawer and focuses its open tab; skip to the graph focuses the canvas", async () => {
    await reset();
    await page.keyboard.press("Tab");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to tables");
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("tab-entities");
    expect(await page.locator("section[aria-label='Tables and figures']").count()).toBe(1);
    await page.getByRole("link", { name: "Skip to the graph" }).focus();
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("graph-canvas");
  });
});

describe("the graph by keyboard", () => {
  it("arrows move to the nearest entity that way, Enter selects it, and the live region says so", async () => {
    await reset();
    await page.getByTestId("graph-canvas").focus();
    await page.keyboard.press("ArrowRight");
    const first = (await hovered())!;
    expect(first).not.toBeNull();
    expect(await live()).toContain(label(first));
    await page.keyboard.press("ArrowRight");
    const second = (await hovered())!;
    expect(second).not.toBe(first);
    expect((await nodePosition(page, second)).x).toBeGreaterThan((await nodePosition(page, first)).x);
    await page.keyboard.press("ArrowDown");
    const third = (await hovered())!;
    expect((await nodePosition(page, third)).y).toBeGreaterThan((await nodePosition(page, second)).y);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe(label(third));
    expect(await live()).toContain(`Selected ${label(third)}`);
  });

  it("N and P step through the selection's relations in order; Enter moves the selection along", async () => {
    await reset("./?sel=model-1967");
    const steps = relationsInOrder(kb, "model-1967");
    await page.getByTestId("graph-canvas").focus();
    expect(await live()).toContain(`${steps.length} relations`);
    await page.keyboard.press("n");
    expect(await hovered()).toBe(steps[0].other);
    expect(await live()).toContain(`Relation 1 of ${steps.length}: ${steps[0].label} ${label(steps[0].other)}`);
    await page.keyboard.press("n");
    expect(await hovered()).toBe(steps[1].other);
    await page.keyboard.press("p");
    await page.keyboard.press("p");
    expect(await hovered()).toBe(steps[steps.length - 1].other);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("detail-title").textContent()).toBe(label(steps[steps.length - 1].other));
  });

  it("the details panel lists the same relations, each a button", async () => {
    await reset("./?sel=model-1967");
    const steps = relationsInOrder(kb, "model-1967");
    const listed = await page.locator("[data-testid=detail-panel] ul.rels li > button:first-child").allTextContents();
    expect(listed).toEqual(steps.map((s) => label(s.other)));
  });
});

describe("focus follows what opens and closes", () => {
  it("the drawer takes the focus, its tabs answer the arrow keys, and closing gives the focus back", async () => {
    await reset();
    await page.getByTestId("open-tables").focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("tab-entities");
    await page.keyboard.press("ArrowRight");
    await expect.poll(focused).toBe("tab-relations");
    expect(await page.getByTestId("tab-relations").getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("drawer-close").focus();
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("open-tables");
  });

  it("the export dialog takes the focus and gives it back on Esc", async () => {
    await reset();
    await page.getByTestId("export-open").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("export-dialog").waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(focused).toBe("export-open");
  });

  it("the 'only' buttons are reached with Tab and work", async () => {
    await reset();
    await page.getByTestId("kind-state").focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("kind-only-state");
    expect(await page.locator(":focus").getAttribute("aria-label")).toBe("Only States");
    expect(await page.locator(":focus").evaluate((b) => getComputedStyle(b).opacity)).toBe("1");
    await page.keyboard.press("Enter");
    expect(await page.getByTestId("kind-state").isChecked()).toBe(true);
    expect(await page.getByTestId("kind-source").isChecked()).toBe(false);
  });
});

describe("shortcuts", () => {
  it("work after ticking a check box; the setting turns the single-key ones off and is remembered", async () => {
    await reset();
    await page.getByTestId("kind-source").click();
    await page.keyboard.press("/");
    expect(await focused()).toBe("search-input");
    await page.getByTestId("hide-isolated").click();
    const before = await cameraRatio(page);
    await page.keyboard.press("+");
    await expect.poll(() => cameraRatio(page)).toBeLessThan(before * 0.8);
    await page.keyboard.press("f");
    const fitted = await fitRatio(page);
    await expect.poll(() => cameraRatio(page)).toBeCloseTo(fitted, 3);

    await page.getByTestId("shortcuts-toggle").click();
    expect(await page.getByTestId("shortcuts-toggle").getAttribute("aria-pressed")).toBe("false");
    await page.getByTestId("kind-source").click();
    await page.keyboard.press("/");
    expect(await focused()).toBe("kind-source");
    await page.keyboard.press("+");
    await settle(page);
    expect(await cameraRatio(page)).toBeCloseTo(fitted, 3);
    await reset("./?sel=model-1967");
    expect(await page.getByTestId("shortcuts-toggle").getAttribute("aria-pressed")).toBe("false");
    await page.getByTestId("kind-source").click();
    await page.keyboard.press("Escape"); // not a character key: still clears the selection
    await expect.poll(() => page.getByTestId("detail-title").count()).toBe(0);
    await page.getByTestId("shortcuts-toggle").click();
  });
});

describe("screen reader and pointer details", () => {
  it("the status line is a polite live region that follows the filters", async () => {
    await reset();
    const status = page.getByTestId("status-live");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    const before = await status.textContent();
    await page.getByTestId("kind-source").click();
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(await status.getByTestId("status-filter").count()).toBeGreaterThan(0);
  });

  it("the hover label goes when the pointer leaves the canvas for a panel", async () => {
    await reset();
    const hoverInk = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>("[data-testid=graph-canvas] canvas.sigma-hovers")!;
        const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
      });
    const pos = await nodePosition(page, "model-1967");
    await page.mouse.move(pos.x, pos.y);
    await expect.poll(hovered).toBe("model-1967");
    await expect.poll(hoverInk).toBeGreaterThan(0);
    const panel = (await page.getByTestId("filter-panel").boundingBox())!;
    // straight onto the panel, without passing over the rest of the canvas
    await page.mouse.move(panel.x + panel.width / 2, pos.y, { steps: 1 });
    await expect.poll(hovered).toBeNull();
    await expect.poll(hoverInk).toBe(0);
  });
});
