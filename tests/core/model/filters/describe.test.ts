// The status line and picture captions say what each filter does in the words the panel uses (kind and family
// labels, relation type labels, entity labels), never ids, and name the shorter side of a list.
import { describe, expect, it } from "vitest";
import { describeFilters, FILTER_DEFAULTS, type FilterState } from "../../../../src/core/model/filters/index.ts";
import type { FilterWords } from "../../../../src/core/model/filters/definition.ts";
import { filterWords } from "../../../../src/core/view/filter-words.ts";
import { familyOf } from "../../../../src/core/view/palette.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

// Loaded once for the file, outside any test's time limit.
const paper = requireKnowledgeBase();

const words: FilterWords = {
  kinds: [
    { id: "state", label: "States" },
    { id: "interviewee", label: "Interviewees" },
    { id: "source", label: "Sources" },
    { id: "concept", label: "Concepts" },
    { id: "group", label: "Groups" },
  ],
  types: [
    { id: "employs", label: "employs" },
    { id: "works-in", label: "works in" },
    { id: "regulates", label: "regulates" },
    { id: "party-to", label: "party to" },
    { id: "cites", label: "cites" },
  ],
  families: [
    { label: "Labor", types: ["employs", "works-in"] },
    { label: "Rules & control", types: ["regulates", "party-to"] },
    { label: "Evidence", types: ["cites"] },
  ],
  entityLabel: (id) => (id === "krushanova-2014" ? "Krushanova 2014" : id),
};

describe("describeFilters", () => {
  it.each<[string, Partial<FilterState>, string[]]>([
    ["nothing", {}, []],
    ["one kind hidden", { hiddenKinds: ["source"] }, ["No Sources"]],
    ["two kinds hidden", { hiddenKinds: ["source", "concept"] }, ["No Sources or Concepts"]],
    [
      "most kinds hidden: what is left",
      { hiddenKinds: ["state", "concept", "group"] },
      ["Interviewees and Sources only"],
    ],
    ["every kind hidden", { hiddenKinds: ["state", "interviewee", "source", "concept", "group"] }, ["No entities"]],
    ["a kind absent from the data", { hiddenKinds: ["agreement"] }, []],
    ["one family shown", { hiddenTypes: ["regulates", "party-to", "cites"] }, ["Labor relations only"]],
    ["one family hidden", { hiddenTypes: ["cites"] }, ["No Evidence relations"]],
    ["one type shown", { hiddenTypes: ["employs", "works-in", "party-to", "cites"] }, ["“regulates” relations only"]],
    [
      "two types shown",
      { hiddenTypes: ["works-in", "party-to", "cites"] },
      ["“employs” and “regulates” relations only"],
    ],
    ["a family and a type shown", { hiddenTypes: ["party-to", "cites"] }, ["Labor relations and “regulates” only"]],
    ["one type hidden", { hiddenTypes: ["party-to"] }, ["No “party to” relations"]],
    ["every type hidden", { hiddenTypes: ["employs", "works-in", "regulates", "party-to", "cites"] }, ["No relations"]],
    ["years, others faded", { years: [1967, 1991] }, ["Years 1967–1991 (others faded)"]],
    ["years, others hidden", { years: [1946, 1960], timeMode: "hide" }, ["Years 1946–1960 (others hidden)"]],
    ["a source by its label", { source: "krushanova-2014" }, ["What Krushanova 2014 supports"]],
    ["neighbourhood", { egoDepth: 2 }, ["Within 2 steps of the selected entity"]],
    ["minimum degree", { minDegree: 3 }, ["Entities with at least 3 relations"]],
    ["isolated", { hideIsolated: true }, ["No isolated entities"]],
  ])("%s", (_name, f, want) => {
    expect(describeFilters({ ...FILTER_DEFAULTS, ...f }, words)).toEqual(want);
  });

  it("on the paper's data, a family reads by its label and no relation id appears", () => {
    const w = filterWords(paper);
    const labor = familyOf("works-in");
    const hiddenTypes = w.types.map((t) => t.id).filter((t) => familyOf(t).id !== labor.id);
    const [text] = describeFilters({ ...FILTER_DEFAULTS, hiddenTypes }, w);
    expect(text).toBe(`${labor.label} relations only`);
    const many = describeFilters({ ...FILTER_DEFAULTS, hiddenTypes: w.types.slice(0, 20).map((t) => t.id) }, w);
    for (const t of w.types) if (t.id.includes("-")) expect(many.join(" ")).not.toContain(t.id);
  });
});
