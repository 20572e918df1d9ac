// Pictures a person can read: every named view, and a few selections, rendered to SVG at 1600x1000 and laid out by
// Chromium; the real text boxes must not overlap one another, another shown node or an edge label, every shown node
// of a picture of <= 60 nodes must have a label, and labels must be >= 14 px (edge labels >= 12 px) at 1600 px.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSvg } from "../../src/core/picture/svg.ts";
import { decodeView, type ViewState } from "../../src/core/view/url-state.ts";
import { parseViews, viewStateOf, vocabularyOf, VIEWS_FILE } from "../../src/core/view/views.ts";
import { checkPicture } from "../../src/node/picture-check.ts";
import { builtDataset, launch } from "./helpers.ts";

const { kb, layout } = builtDataset();
const vocab = vocabularyOf(kb);
const named = parseViews(
  readFileSync(join(import.meta.dirname, "..", "..", VIEWS_FILE), "utf8"),
  VIEWS_FILE,
  vocab,
).views;
const selections = ["sel=russia", "sel=lankov-2020", "sel=c:t1-r1", "sel=model-2000&ego=2"];
const cases: [string, ViewState][] = [
  ...named.map((v): [string, ViewState] => [`view ${v.id}`, viewStateOf(v, vocab).view]),
  ...selections.map((q): [string, ViewState] => [q, decodeView(`?${q}`, vocab).view]),
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
});
afterAll(async () => browser?.close());

describe("pictures read cleanly", () => {
  it.each(cases)("%s: no overlaps, every node labelled, type large enough", async (_name, view) => {
    const svg = renderSvg(kb, layout, view, {
      width: 1600,
      height: 1000,
      legend: true,
      background: "white",
      title: "t",
    });
    const report = await checkPicture(page, svg);
    expect(report.shown).toBeGreaterThan(0);
    expect(report.overlaps).toEqual([]);
    expect(report.unlabelled).toEqual([]);
    expect(report.minLabelPx).toBeGreaterThanOrEqual(14);
    if (report.edgeLabels) expect(report.minEdgeLabelPx).toBeGreaterThanOrEqual(12);
  });
});
