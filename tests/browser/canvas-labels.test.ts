// The canvas' labels come from the same label engine as the pictures: in the overview and with a hub selected, the
// labels it placed (and drew) overlap no other label, no other node on screen and no edge label, and the selected hub
// is labelled.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CanvasLabels } from "../../src/app/canvas/label-layer.ts";
import { findOverlaps } from "../../src/core/view/labels.ts";
import { launch, openPage } from "./helpers.ts";

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function placed(page: import("playwright-core").Page) {
  await page.waitForFunction("typeof window.kgCanvasLabels === 'function' && window.kgCanvasLabels().nodes.length > 0");
  await page.waitForTimeout(700);
  return (await page.evaluate("window.kgCanvasLabels()")) as CanvasLabels;
}

describe("canvas labels", () => {
  it.each(["", "?sel=russia", "?sel=lankov-2020"])("%s: placed labels never overlap", async (query) => {
    const { page, errors } = await openPage(browser, query, { width: 1440, height: 900 });
    const layout = await placed(page);
    expect(layout.nodes.length).toBeGreaterThan(5);
    expect(findOverlaps(layout.nodes, layout.edges, layout.shown)).toEqual([]);
    if (query)
      expect(layout.nodes.map((l) => l.text).join("|")).toMatch(query.includes("russia") ? /Russia/ : /Lankov 2020/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
