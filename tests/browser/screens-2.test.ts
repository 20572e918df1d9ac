// Screens with the tables and the details open together (an entity selected, the relations table open): every
// drawer tab lies whole inside the window and is the topmost element at its centre (the details panel must not lie
// over it), and the tables sheet's toolbar and the status line's buttons are not cut off at the window's edge.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRAWERS } from "../../src/core/view/url-state.ts";
import { launch, type TrackedPage } from "./helpers.ts";
import { controlProblems, openAt, settle, SIZES, type SizeName } from "./screen-helpers.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Placement {
  name: string;
  box: { left: number; top: number; right: number; bottom: number };
  inside: boolean;
  topmost: string | null;
}

/** Where each matching element is drawn, whether it lies whole inside the window, and what is on top at its centre. */
async function placements(page: Page, selector: string): Promise<Placement[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)].map((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      const inside = r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      return {
        name: (el.dataset.testid ?? el.textContent ?? "").trim(),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        inside,
        topmost: top && (top === el || el.contains(top)) ? null : (top?.outerHTML.slice(0, 80) ?? "nothing"),
      };
    });
  }, selector);
}

const badly = (ps: Placement[]) => ps.filter((p) => !p.inside || p.topmost !== null);

describe.each<[SizeName]>([["medium"], ["phone"], ["wide"]])("tables and details together at %s size", (size) => {
  let t: TrackedPage;
  let page: Page;
  beforeAll(async () => {
    t = await openAt(browser, size);
    page = t.page;
  });
  afterAll(async () => {
    const errors = t.errors;
    await t.page.close();
    expect(errors).toEqual([]);
  });

  it("every drawer tab is whole in the window and on top, with the details of a selection open", async () => {
    await page.getByTestId("search-input").fill("1967 model");
    await page.keyboard.press("Enter");
    await page.getByTestId("detail-title").waitFor();
    await page.getByTestId("open-tables").click();
    await page.getByTestId("tab-relations").click();
    await settle(page);
    // Below the wide size a phone shows one sheet at a time; at 1024 the details stay open beside the tables.
    if (size !== "phone") expect(await page.getByTestId("detail-panel").isVisible()).toBe(true);
    const tabs = await placements(page, "[data-testid=drawer] [role=tab]");
    expect(tabs.map((p) => p.name)).toEqual(DRAWERS.map((d) => `tab-${d}`));
    expect(badly(tabs)).toEqual([]);
    // ... and with the filters open over the graph instead (on a phone: the details sheet, then the tables again)
    if (size !== "wide") {
      await page.getByTestId(size === "phone" ? "open-details" : "open-filters").click();
      await page.getByTestId(size === "phone" ? "detail-panel" : "filter-panel").waitFor();
      if (size === "phone") {
        await page.getByTestId("open-tables").click();
        await page.getByTestId("tab-relations").click();
      }
      await settle(page);
      expect(badly(await placements(page, "[data-testid=drawer] [role=tab]"))).toEqual([]);
      if (size === "medium") await page.getByTestId("open-details").click();
    }
  });

  it("the table's toolbar, its column headings and the status line's buttons are not cut off", async () => {
    const bar = await placements(
      page,
      "[data-testid=table-filter], [data-testid=table-count], [data-testid=table-all], [data-testid=table-csv], [data-testid=drawer-close], [data-testid=status] button",
    );
    expect(bar.length).toBeGreaterThanOrEqual(9);
    expect(badly(bar)).toEqual([]);
    // the status line's buttons share one row
    const status = bar.filter((p) => /^open-(path|walk|tables|quirks|figures)$/.test(p.name));
    expect(status).toHaveLength(5);
    expect(new Set(status.map((p) => Math.round(p.box.top))).size).toBe(1);
    // the first heading of the table is in sight, not under a panel
    const heads = await placements(page, "[data-testid=table-relations] th:first-child button");
    expect(heads).toHaveLength(1);
    expect(badly(heads)).toEqual([]);
    expect(await controlProblems(page, size === "phone" ? 44 : 0)).toEqual([]);
  });

  it("the filter box is wide enough to read what is typed in it", async () => {
    const box = (await page.getByTestId("table-filter").boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(Math.min(200, SIZES[size].width * 0.5));
  });
});
