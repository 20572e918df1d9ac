// Opening datasets in the browser: file picker and drag-and-drop, in the formats the export writes; invalid files
// list their problems in the page and change nothing; "Back to the paper" returns to the bundled data.

import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/core/formats/gexf.ts";
import { writeGraphml } from "../../src/core/formats/graphml.ts";
import { writeJson } from "../../src/core/formats/json.ts";
import { browserSession, builtDataset, counts } from "./helpers.ts";

const session = browserSession();
const { kb, layout } = builtDataset();
// A smaller dataset than the bundled one: the first 40 entities, every source and interviewee, the relations among
// them and the claims those rest on or that are about them.
const keep = new Set([
  ...kb.entities.slice(0, 40).map((e) => e.id),
  ...kb.entities.filter((e) => e.kind === "source" || e.kind === "interviewee").map((e) => e.id),
]);
const relations = kb.relations.filter((r) => keep.has(r.source) && keep.has(r.target));
const relIds = new Set(relations.map((r) => r.id));
const claims = kb.claims
  .filter((c) => c.relations.some((r) => relIds.has(r)) || c.about.some((a) => keep.has(a)))
  .map((c) => ({
    ...c,
    about: c.about.filter((a) => keep.has(a)),
    relations: c.relations.filter((r) => relIds.has(r)),
  }));
const claimIds = new Set(claims.map((c) => c.id));
const small = {
  ...kb,
  entities: kb.entities
    .filter((e) => keep.has(e.id))
    .map((e) => ({ ...e, claims: e.claims.filter((c) => claimIds.has(c)) })),
  relations: relations
    .map((r) => ({ ...r, claims: r.claims.filter((c) => claimIds.has(c)) }))
    .filter((r) => r.claims.length),
  claims,
  quirks: [],
};

const file = (name: string, text: string) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(text),
});

describe("opening a dataset", () => {
  it.each([
    ["small.json", () => writeJson(small, layout)],
    ["small.gexf", () => writeGexf(small, layout)],
    ["small.graphml", () => writeGraphml(small, layout)],
  ])("%s through the file picker, then back to the paper", async (name, text) => {
    const page = await session.open();
    await page.getByTestId("file-input").setInputFiles(file(name, text()));
    // Reading and checking a file takes a few seconds on a busy machine: poll longer than the default second.
    await expect
      .poll(() => counts(page), { timeout: 20_000 })
      .toEqual({ entities: small.entities.length, relations: small.relations.length });
    await page.getByTestId("close-file").click();
    await expect
      .poll(() => counts(page), { timeout: 20_000 })
      .toEqual({ entities: kb.entities.length, relations: kb.relations.length });
  });

  it("by dropping a file on the page", async () => {
    const page = await session.open();
    await page.evaluate(
      (json) => {
        const dt = new DataTransfer();
        dt.items.add(new File([json], "dropped.json", { type: "application/json" }));
        window.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
        window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      writeJson(small, layout),
    );
    await expect
      .poll(() => counts(page))
      .toEqual({ entities: small.entities.length, relations: small.relations.length });
  });

  it("an invalid file lists every problem in the page and changes nothing", async () => {
    const page = await session.open();
    const broken = JSON.parse(writeJson(small, layout));
    broken.entities[0].kind = "planet";
    broken.relations[0].claims = [];
    await page.getByTestId("file-input").setInputFiles(file("broken.json", JSON.stringify(broken)));
    const dialog = page.getByTestId("open-problems");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const items = await dialog.locator("li").allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.join(" ")).toContain("entities.0.kind");
    expect(items.join(" ")).toContain("relations.0.claims");
    await page.getByTestId("close-problems").click();
    expect(await counts(page)).toEqual({ entities: kb.entities.length, relations: kb.relations.length });
  });

  it("a file that is not a dataset at all is refused with a message", async () => {
    const page = await session.open();
    await page.getByTestId("file-input").setInputFiles(file("notes.txt", "hello <script>window.__pwned = 1</script>"));
    await expect.poll(() => page.getByTestId("open-problems").isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await counts(page)).toEqual({ entities: kb.entities.length, relations: kb.relations.length });
  });
});
