// The locators of the paper (../shared/seed/paper-paragraphs.md) and the section each one belongs to.
// Embedded so that validation runs the same in Node and in the browser; tests/core/data/locators.test.ts checks
// this list against the seed file whenever ../shared is present.

export interface Section {
  id: string;
  title: string;
}

export const SECTIONS: Section[] = [
  { id: "front", title: "Front matter" },
  { id: "introduction", title: "Introduction" },
  { id: "model-1946", title: "The 1946 model: organized recruitment for fisheries" },
  { id: "model-1967", title: "The 1967 model: logging and camp life" },
  { id: "model-2000", title: "The 2000 model: construction sites and great autonomy" },
  { id: "conclusion", title: "Conclusion" },
  { id: "references", title: "References" },
];

export const PARAGRAPH_COUNT = 75;
export const REFERENCE_COUNT = 32;

/** Paragraph number ranges of each body section (inclusive). */
const BODY: [string, number, number][] = [
  ["introduction", 1, 13],
  ["model-1946", 14, 27],
  ["model-1967", 28, 45],
  ["model-2000", 46, 67],
  ["conclusion", 68, 75],
];

export const LOCATORS: readonly string[] = [
  "front",
  "abstract",
  "keywords",
  ...Array.from({ length: PARAGRAPH_COUNT }, (_, i) => `p${i + 1}`),
  "table-1",
  ...Array.from({ length: REFERENCE_COUNT }, (_, i) => `ref-${i + 1}`),
];
const LOCATOR_SET = new Set(LOCATORS);

export function isLocator(value: string): boolean {
  return LOCATOR_SET.has(value);
}

/** The section a locator belongs to, or undefined for an unknown locator. */
export function sectionOf(locator: string): Section | undefined {
  if (!isLocator(locator)) return undefined;
  const byId = (id: string) => SECTIONS.find((s) => s.id === id);
  if (locator === "front" || locator === "abstract" || locator === "keywords") return byId("front");
  if (locator === "table-1") return byId("model-2000");
  if (locator.startsWith("ref-")) return byId("references");
  const n = Number(locator.slice(1));
  const hit = BODY.find(([, lo, hi]) => n >= lo && n <= hi);
  return hit ? byId(hit[0]) : undefined;
}

/** Reading order of locators, for sorting claims as they appear in the paper. */
export function locatorOrder(locator: string): number {
  const i = LOCATORS.indexOf(locator);
  if (locator === "table-1") return LOCATORS.indexOf("p53") + 0.5;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
