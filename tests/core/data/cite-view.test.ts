// "Copy citation" texts: a claim, a source and a view, on the paper's data.
import { describe, expect, it } from "vitest";
import { citeClaim, citeEntity, citeView, locatorText } from "../../../src/core/data/cite-view.ts";
import { formatReference } from "../../../src/core/data/cite.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const link = "https://example.org/?sel=c%3Ax";

describe("locatorText", () => {
  it.each([
    ["p30", "para. 30"],
    ["table-1", "Table 1"],
    ["abstract", "abstract"],
  ])("%s -> %s", (locator, want) => expect(locatorText(locator)).toBe(want));
});

describe("citations", () => {
  it("a claim: the paper in APA with its paragraph and the view's permalink", () => {
    const claim = kb.claims.find((c) => c.locator === "p30")!;
    expect(citeClaim(kb, claim, link)).toBe(`Lankov (2020), para. 30; view: ${link}`);
  });
  it("a view: the paper and the permalink", () => {
    expect(citeView(kb, link)).toBe(`Lankov (2020); view: ${link}`);
  });
  it("a source: its own APA entry, as cited in the paper", () => {
    const source = kb.entities.find((e) => e.id === "krushanova-2014")!;
    const text = citeEntity(kb, source.id, link);
    expect(text.startsWith(formatReference(source.attributes).text)).toBe(true);
    expect(text).toContain("Krushanova, L. (2014).");
    expect(text).toContain(`as cited in Lankov (2020); view: ${link}`);
  });
  it("the paper as a source: its own APA entry and the view", () => {
    const paper = kb.entities.find((e) => e.id === kb.meta.root)!;
    expect(citeEntity(kb, paper.id, link)).toBe(`${formatReference(paper.attributes).text} (view: ${link})`);
    expect(citeEntity(kb, paper.id, link)).toContain("Lankov, A. N. (2020).");
  });
  it("an entity that is not a source: the paper and the view", () => {
    expect(citeEntity(kb, "ussr", link)).toBe(`Lankov (2020); view: ${link}`);
  });
});
