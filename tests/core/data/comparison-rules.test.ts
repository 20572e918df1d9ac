// The model comparison file (graph/data/comparison.yaml): one broken fixture per curator mistake, each reported as
// file:line: id: message [comparison] at the line to fix, and a valid one that builds into the knowledge base.
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../../src/core/data/build.ts";
import { parseFiles, problemToString } from "../../../src/core/data/load.ts";
import { validate } from "../../../src/core/data/rules.ts";
import { check, DATA_ROOT, lineOf, withFiles, yaml } from "../../fixtures/fixtures.ts";

const VALID = yaml`
  dimensions:
    - { id: agreements, order: 2, label: The agreements behind the model }
    - { id: numbers, order: 1, label: How many there were }
  cells:
    - model: model-1946
      dimension: numbers
      text: Some 35,000 arrived in 1947 alone.
      claims: [c-arrivals, c-recruitment]
    - model: model-1946
      dimension: agreements
      unsupported: true
      text: The paper names no agreement.
`;

interface Case {
  name: string;
  text: string;
  /** A token on the line the problem must point at. */
  at: string;
  id: string;
  message: string;
  rule?: string;
  /** Problems in all (a dropped or misplaced cell also leaves its row without a cell). */
  count?: number;
}

const CASES: Case[] = [
  {
    name: "a claim about another model",
    text: VALID.replace("[c-arrivals, c-recruitment]", "\n        - c-arrivals\n        - c-logging"),
    at: "- c-logging",
    id: "model-1946/numbers",
    message: "claim 'c-logging' is neither about 'model-1946' nor mentions it",
  },
  {
    name: "an unknown claim",
    text: VALID.replace("[c-arrivals, c-recruitment]", "\n        - c-arrivals\n        - c-nowhere"),
    at: "- c-nowhere",
    id: "model-1946/numbers",
    message: "cites unknown claim 'c-nowhere'",
  },
  {
    name: "a missing cell",
    text: VALID.replace(/ {2}- model: model-1946\n {4}dimension: agreements[\s\S]*$/, ""),
    at: "id: agreements",
    id: "agreements",
    message: "no cell for 'model-1946' (add one, with 'unsupported: true' if the paper does not say)",
  },
  {
    name: "an unsupported cell with claims",
    text: VALID.replace("unsupported: true", "unsupported: true\n    claims: [c-arrivals]"),
    at: "claims: [c-arrivals]",
    id: "model-1946/agreements",
    message: "an unsupported cell cites no claims (remove them or 'unsupported')",
  },
  {
    name: "a cell without claims that does not say it is unsupported",
    text: VALID.replace("    unsupported: true\n", ""),
    at: "text: The paper names no agreement.",
    id: "model-1946/agreements",
    message: "a cell rests on claims; mark it 'unsupported: true' when the paper does not say",
  },
  {
    name: "a state as a column",
    text: VALID.replace("model: model-1946\n    dimension: numbers", "model: dprk\n    dimension: numbers"),
    at: "model: dprk",
    id: "dprk/numbers",
    message: "'dprk' is a state, not a model",
    count: 2,
  },
  {
    name: "two rows in the same place",
    text: VALID.replace("order: 2", "order: 1"),
    at: "id: numbers",
    id: "numbers",
    message: "order 1 is also the order of 'agreements'",
  },
  {
    name: "a field the schema does not know",
    text: VALID.replace("text: Some 35,000", "note: x\n    text: Some 35,000"),
    at: "note: x",
    id: "model-1946/numbers",
    message: "Unrecognized key",
    rule: "schema",
    count: 2,
  },
];

describe("comparison.yaml", () => {
  it("a valid comparison has no problem and builds rows in their order", () => {
    const files = withFiles({ "comparison.yaml": VALID });
    expect(check(files)).toEqual([]);
    const { dataset } = parseFiles(files, DATA_ROOT);
    expect(validate(dataset)).toEqual([]);
    const kb = buildKnowledgeBase(dataset);
    expect(kb.comparison?.dimensions.map((d) => d.id)).toEqual(["numbers", "agreements"]);
    expect(kb.comparison?.cells.map((c) => [c.dimension, c.unsupported ?? false])).toEqual([
      ["numbers", false],
      ["agreements", true],
    ]);
  });

  it("data without a comparison builds without one", () => {
    const { dataset } = parseFiles(withFiles({}), DATA_ROOT);
    expect(buildKnowledgeBase(dataset).comparison).toBeUndefined();
  });

  it.each(CASES)("$name", ({ text, at, id, message, rule, count }) => {
    const problems = check(withFiles({ "comparison.yaml": text }));
    expect(problems.map(problemToString)).toHaveLength(count ?? 1);
    const p = problems.find((q) => q.message.includes(message));
    expect(p).toBeDefined();
    expect(p).toMatchObject({ file: `${DATA_ROOT}comparison.yaml`, id, rule: rule ?? "comparison" });
    expect(p!.line).toBe(lineOf(text, at));
  });
});
