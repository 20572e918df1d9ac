// The embedded locator list must match the paragraph ids of the seed paper (../shared/seed/paper-paragraphs.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isLocator,
  locatorOrder,
  LOCATORS,
  PARAGRAPH_COUNT,
  REFERENCE_COUNT,
  SECTIONS,
  sectionOf,
} from "../../../src/core/data/locators.ts";
import { PAPER_PATH, sharedMissing, titled } from "../../shared.ts";

const SKIP = sharedMissing("seed/paper-paragraphs.md");
const seed = SKIP ? "" : readFileSync(PAPER_PATH, "utf8");
/** Bracketed ids that open a line, in order: [front], [p1], [table-1], [ref]... */
const opened = [...seed.matchAll(/^\[([a-z0-9-]+)\]/gm)].map((m) => m[1]);

describe.skipIf(SKIP)(titled("LOCATORS and the seed paper", SKIP), () => {
  it("the seed has 32 [ref] lines", () => {
    expect(opened.filter((id) => id === "ref")).toHaveLength(32);
    expect(REFERENCE_COUNT).toBe(32);
  });

  it("match the bracketed ids of the seed, in order, with [ref] lines numbered ref-1..ref-32", () => {
    let n = 0;
    const fromSeed = opened.map((id) => (id === "ref" ? `ref-${++n}` : id));
    // LOCATORS puts table-1 after the paragraphs; the seed prints it inside the 2000 section. Compare as sets, then
    // check the paragraph order separately.
    expect([...LOCATORS].sort()).toEqual([...fromSeed].sort());
    expect(fromSeed.filter((id) => /^p\d+$/.test(id))).toEqual(LOCATORS.filter((id) => /^p\d+$/.test(id)));
    expect(new Set(LOCATORS).size).toBe(LOCATORS.length);
  });

  it("has as many paragraphs as the seed", () => {
    expect(opened.filter((id) => /^p\d+$/.test(id))).toHaveLength(PARAGRAPH_COUNT);
  });

  it("puts each body paragraph in the section whose heading precedes it in the seed", () => {
    const headings = new Map(SECTIONS.map((s) => [s.title, s.id]));
    let section: string | undefined;
    for (const line of seed.split("\n")) {
      const h = /^## (.+)$/.exec(line);
      if (h) section = headings.get(h[1].trim()) ?? (h[1].trim() === "Front matter" ? "front" : `unknown: ${h[1]}`);
      const m = /^\[([a-z0-9-]+)\]/.exec(line);
      if (m && m[1] !== "ref") expect([m[1], sectionOf(m[1])?.id]).toEqual([m[1], section]);
    }
  });
});

describe("sectionOf", () => {
  it.each([
    ["front", "front"],
    ["abstract", "front"],
    ["keywords", "front"],
    ["p1", "introduction"],
    ["p13", "introduction"],
    ["p14", "model-1946"],
    ["p27", "model-1946"],
    ["p28", "model-1967"],
    ["p45", "model-1967"],
    ["p46", "model-2000"],
    ["table-1", "model-2000"],
    ["p67", "model-2000"],
    ["p68", "conclusion"],
    ["p75", "conclusion"],
    ["ref-1", "references"],
    ["ref-3", "references"],
    ["ref-32", "references"],
  ])("%s -> %s", (locator, section) => {
    expect(sectionOf(locator)?.id).toBe(section);
  });

  it.each(["p0", "p76", "ref-0", "ref-33", "table-2", "P14", "p14 ", "[p14]", ""])("%j is in no section", (locator) => {
    expect(sectionOf(locator)).toBeUndefined();
    expect(isLocator(locator)).toBe(false);
  });
});

describe("locatorOrder", () => {
  it("follows the paper: front matter, paragraphs, table-1 between p53 and p54, references", () => {
    const order = [
      "front",
      "abstract",
      "keywords",
      "p1",
      "p2",
      "p10",
      "p53",
      "table-1",
      "p54",
      "p75",
      "ref-1",
      "ref-2",
      "ref-10",
      "ref-32",
    ];
    const sorted = [...order].reverse().sort((a, b) => locatorOrder(a) - locatorOrder(b));
    expect(sorted).toEqual(order);
  });

  it("puts unknown locators last", () => {
    expect(locatorOrder("p99")).toBeGreaterThan(locatorOrder("ref-32"));
  });
});
