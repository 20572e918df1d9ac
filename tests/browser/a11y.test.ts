// axe-core (WCAG 2.2 A and AA rules) finds nothing in each state of the explorer: the default view, an entity, a
// relation, a claim, a source and a quirk (one of the paper's inconsistencies) selected, each drawer tab, the export dialog, Present, the open-file dialog
// showing an error, and the phone and tablet layouts with their sheets and menu open. axe is served from the app's
// origin, so the page's Content-Security-Policy stays on.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRAWERS } from "../../src/core/view/url-state.ts";
import { builtDataset, launch, type TrackedPage } from "./helpers.ts";
import { axe, openAt, settle, type SizeName } from "./screen-helpers.ts";

let browser: Browser;
const { kb } = builtDataset();
const relation = kb.relations.find((r) => r.claims.length > 0)!;
const claim = kb.claims[0];
const source = kb.entities.find((e) => e.kind === "source")!;
const quirk = kb.quirks[0];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a link in the page (reusing it) and waits for the canvas. */
async function go(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, page.url()).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await settle(page);
}

describe.each<[SizeName]>([["wide"], ["medium"], ["phone"]])("axe at %s size", (size) => {
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

  // Every state at the wide size; the smaller layouts with what they lay out differently (sheets, menu, drawer).
  const all: [string, string][] = [
    ["the default view", "./"],
    ["an entity selected", "./?sel=model-1967"],
    ["a relation selected", `./?sel=r:${relation.id}`],
    ["a claim selected", `./?sel=c:${claim.id}`],
    ["a source selected", `./?sel=${source.id}`],
    ["a quirk selected", `./?sel=q:${quirk.id}`],
    ...DRAWERS.map((d): [string, string] => [`the ${d} tab open`, `./?tab=${d}`]),
  ];
  const smaller = ["the default view", "an entity selected", "a quirk selected", "the entities tab open"];
  const states = size === "wide" ? all : all.filter(([name]) => smaller.includes(name));
  it.each(states)("%s", async (_, path) => {
    await go(page, path);
    // a selection is shown (its details), so axe looks at them
    if (path.includes("sel=")) await page.getByTestId("detail-title").waitFor();
    expect(await axe(page)).toEqual([]);
  });

  // The dialogs and Present lay out the same at medium size as on a phone: checked at the wide and phone sizes.
  const dialogs = size !== "medium";
  if (dialogs)
    it("the export dialog", async () => {
      await go(page, "./?sel=model-1967");
      if (size !== "wide") await page.getByTestId("menu").click();
      await page.getByTestId("export-open").click();
      await page.getByTestId("export-dialog").waitFor();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press("Escape");
    });

  if (dialogs)
    it("Present", async () => {
      await go(page, "./");
      if (size !== "wide") await page.getByTestId("menu").click();
      await page.getByTestId("present").click();
      await page.getByTestId("presentation").waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByTestId("presentation-exit").click();
    });

  it("the open-file dialog showing an error", async () => {
    await go(page, "./");
    await page.getByTestId("file-input").setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a dataset"),
    });
    await page.getByTestId("open-problems").waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByTestId("close-problems").click();
  });

  if (size !== "wide")
    it("the filters sheet, the details sheet and the menu", async () => {
      await go(page, "./?sel=model-1967");
      await page.getByTestId("open-filters").click();
      expect(await axe(page)).toEqual([]);
      await page.getByTestId("open-details").click();
      expect(await axe(page)).toEqual([]);
      await page.getByTestId("menu").click();
      expect(await axe(page)).toEqual([]);
    });
});
