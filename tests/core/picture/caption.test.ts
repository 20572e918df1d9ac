// Captions cite the paper from the knowledge base's root source and say which filters are in force, naming what is
// left shown when a filter hides most kinds or relation types, in the words the panel uses.
import { describe, expect, it } from "vitest";
import { FILTER_DEFAULTS, type FilterState } from "../../../src/core/model/filters.ts";
import { paperReference, pictureCaption } from "../../../src/core/picture/caption.ts";
import { ENTITY_KINDS } from "../../../src/core/data/schema.ts";
import { kindLabel } from "../../../src/core/data/kinds.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const root = kb.entities.find((e) => e.id === kb.meta.root)!;
const rootAttributes: Record<string, unknown> = root.attributes;

describe("paperReference", () => {
  it("names the paper with its title, volume, issue, pages and DOI, from the data", () => {
    const ref = paperReference(kb);
    expect(ref.startsWith(`${root.label}, “${String(rootAttributes.title)}”`)).toBe(true);
    expect(ref).toContain(`${String(rootAttributes.volume)}(${String(rootAttributes.issue)})`);
    expect(ref).toContain(String(rootAttributes.page).replace("-", "–"));
    expect(ref).toContain(`doi:${kb.meta.doi}`);
  });
});

describe("pictureCaption", () => {
  const types = kb.relationTypes.map((t) => t.id);
  const cases: [string, Partial<FilterState>, RegExp][] = [
    ["no filter", {}, /; filters: none$/],
    [
      "a few hidden kinds",
      { hiddenKinds: ["source", "concept"] },
      new RegExp(`filters: No ${kindLabel("source")} or ${kindLabel("concept")}$`),
    ],
    [
      "most kinds hidden: the shown ones are named",
      { hiddenKinds: ENTITY_KINDS.filter((k) => k !== "source" && k !== "interviewee") },
      new RegExp(`filters: ${kindLabel("interviewee")} and ${kindLabel("source")} only$`),
    ],
    [
      "most relation types hidden",
      { hiddenTypes: types.filter((t) => t !== "regulates") },
      /filters: “regulates” relations only$/,
    ],
    ["a source, by its label", { source: "krushanova-2014" }, /What Krushanova 2014 supports/],
    [
      "years and isolated",
      { years: [1946, 1960], hideIsolated: true },
      /Years 1946–1960 \(others faded\); No isolated entities$/,
    ],
  ];
  for (const [name, f, want] of cases)
    it(name, () => {
      const caption = pictureCaption(kb, { ...FILTER_DEFAULTS, ...f });
      expect(caption.startsWith(`Source: ${paperReference(kb)}; filters: `)).toBe(true);
      expect(caption).toMatch(want);
    });

  it("every kind or type hidden reads as none", () => {
    const caption = pictureCaption(kb, { ...FILTER_DEFAULTS, hiddenKinds: [...ENTITY_KINDS], hiddenTypes: types });
    expect(caption).toMatch(/filters: No entities; No relations$/);
  });
});
