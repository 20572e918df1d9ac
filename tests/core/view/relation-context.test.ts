// A relation's context (model, period) in words: the same period the relations table shows, the model's label, and
// parallel relations in one list never reading alike. Expected values come from graph/data and the table's rule.
import { describe, expect, it } from "vitest";
import type { KbRelation } from "../../../src/core/data/build.ts";
import {
  contextText,
  listContexts,
  relationContext,
  relationTooltip,
} from "../../../src/core/view/relation-context.ts";
import { buildTable } from "../../../src/core/view/tables.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const label = (id: string) => kb.entities.find((e) => e.id === id)!.label;

describe("relationContext", () => {
  const table = buildTable(kb, "relations");
  it("gives every relation the period and model the relations table shows", () => {
    for (const row of table.rows) {
      const r = kb.relations.find((x) => x.id === row.select.id)!;
      const c = relationContext(kb, r);
      expect(c.period, r.id).toBe(row.cells.years);
      if (r.key && kb.entities.some((e) => e.id === r.key)) expect(c.model, r.id).toBe(row.cells.model);
    }
  });

  it.each<[string, (r: KbRelation) => boolean, RegExp]>([
    [
      "the 1967-model supervision",
      (r) => r.source === "nk-supervisors" && r.type === "supervises" && r.key === "model-1967",
      /^The 1967 model · 1967–\d{4}$/,
    ],
    ["a relation under the 2000 model", (r) => r.key === "model-2000" && r.type === "supervises", /^The 2000 model · /],
    ["a relation without key or date", (r) => !r.key && r.start === undefined && r.end === undefined, /^$/],
  ])("%s reads %s", (_n, pick, want) => {
    const r = kb.relations.find(pick)!;
    expect(r).toBeDefined();
    expect(contextText(relationContext(kb, r))).toMatch(want);
  });

  it("a tooltip reads the relation as a sentence, then its context", () => {
    const r = kb.relations.find((x) => x.key === "model-1967" && x.type === "supervises")!;
    const t = relationTooltip(kb, r);
    expect(t.startsWith(`${label(r.source)} `)).toBe(true);
    expect(t).toContain(label(r.target));
    expect(t.endsWith(contextText(relationContext(kb, r)))).toBe(true);
  });
});

describe("listContexts", () => {
  it("no two relations of one type between the same ends read alike (on graph/data)", () => {
    const texts = listContexts(kb, kb.relations);
    const seen = new Map<string, string>();
    for (const r of kb.relations) {
      const k = `${r.source}|${r.type}|${r.target}|${texts.get(r.id)}`;
      expect(seen.get(k), `${r.id} reads like ${seen.get(k)}`).toBeUndefined();
      seen.set(k, r.id);
    }
  });

  it("parallel relations that would read alike say where the paper states them", () => {
    const base = kb.relations.find((r) => !r.key && r.start === undefined && r.end === undefined)!;
    const twin = { ...base, id: `${base.id}--twin`, key: "not-an-entity", claims: base.claims.slice(0, 1) };
    const texts = listContexts(kb, [base, twin]);
    expect(texts.get(base.id)).toMatch(/^as stated in /);
    expect(texts.get(twin.id)).toMatch(/^as stated in /);
  });
});
