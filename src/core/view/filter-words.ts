// The names the UI gives kinds, relation types, relation families and entities, gathered once per knowledge base for
// the filters' plain-words descriptions (status line, picture captions). Only what the data contains is listed, in
// the filter panel's order.
import type { KnowledgeBase } from "../data/build.ts";
import type { FilterWords } from "../model/filters/definition.ts";
import { familyOf, RELATION_FAMILIES } from "./palette.ts";
import { ENTITY_KINDS, kindLabel } from "../data/kinds.ts";

export function filterWords(kb: KnowledgeBase): FilterWords {
  const presentKinds = new Set(kb.entities.map((e) => e.kind));
  const usedTypes = new Set(kb.relations.map((r) => r.type));
  // Families in palette order ("Other" last), each with the used types in vocabulary order.
  const order = (id: string) => RELATION_FAMILIES.findIndex((f) => f.id === id) + 1 || Infinity;
  const families = new Map<string, { label: string; types: string[] }>();
  for (const t of kb.relationTypes) {
    if (!usedTypes.has(t.id)) continue;
    const f = familyOf(t.id);
    const entry = families.get(f.id) ?? { label: f.label, types: [] };
    families.set(f.id, entry);
    entry.types.push(t.id);
  }
  const sorted = [...families.entries()].sort(([a], [b]) => order(a) - order(b)).map(([, f]) => f);
  const typeLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const labels = new Map(kb.entities.map((e) => [e.id, e.label]));
  return {
    kinds: ENTITY_KINDS.filter((k) => presentKinds.has(k)).map((k) => ({ id: k, label: kindLabel(k) })),
    types: sorted.flatMap((f) => f.types.map((id) => ({ id, label: typeLabel.get(id) ?? id }))),
    families: sorted,
    entityLabel: (id) => labels.get(id) ?? id,
  };
}
