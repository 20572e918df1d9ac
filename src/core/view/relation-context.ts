// A relation's context in words, the same wherever it is shown (relation panel, an entity's relation lists, the
// canvas tooltip): its period (years, or the paper's vague wording with its years, see periodText in ./period.ts,
// the rule the relations table uses) and its model (the key splitting relations of one type between the same ends).
// Parallel relations that would still read alike are told apart by where the paper states them. Pure functions.
import type { KbClaim, KbEntity, KbRelation, KnowledgeBase } from "../data/build.ts";
import { periodText } from "./period.ts";

export interface RelationContext {
  /** "1967–1991", "late 1980s (1985–1989)", or "" when the paper dates it nowhere. */
  period: string;
  /** The label of the relation's model or key entity ("The 1967 model"), or "". */
  model: string;
  /** Where the paper states it (the locators of its claims, in paper order). */
  where: string[];
}

interface Lookup {
  entity: Map<string, KbEntity>;
  claim: Map<string, KbClaim>;
}
const lookups = new WeakMap<KnowledgeBase, Lookup>();
const lookup = (kb: KnowledgeBase): Lookup => {
  let l = lookups.get(kb);
  if (!l)
    lookups.set(
      kb,
      (l = { entity: new Map(kb.entities.map((e) => [e.id, e])), claim: new Map(kb.claims.map((c) => [c.id, c])) }),
    );
  return l;
};

export function relationContext(kb: KnowledgeBase, r: KbRelation): RelationContext {
  const { entity, claim } = lookup(kb);
  const key = r.key ? entity.get(r.key) : undefined;
  const claims = r.claims.flatMap((c) => claim.get(c) ?? []);
  return {
    period: periodText(r, claims, key),
    model: key?.label ?? "",
    where: [...new Set(claims.map((c) => c.locator))],
  };
}

/** "The 1967 model · 1967–1991" (model first, then period; "" when neither is known). */
export const contextText = (c: RelationContext): string => [c.model, c.period].filter(Boolean).join(" · ");

/** The relation as a sentence with its context, for a tooltip ("A supervises B · The 1967 model · 1967–1999"). */
export function relationTooltip(kb: KnowledgeBase, r: KbRelation): string {
  const { entity } = lookup(kb);
  const name = (id: string) => entity.get(id)?.label ?? id;
  const type = kb.relationTypes.find((t) => t.id === r.type)?.label ?? r.type;
  const context = contextText(relationContext(kb, r));
  return [`${name(r.source)} ${type} ${name(r.target)}`, context].filter(Boolean).join(" · ");
}

/**
 * The context text of each relation of a list, by relation id. Relations of the same type between the same ends
 * whose context reads the same (or is empty) also name where the paper states them ("as stated in p30"), so no two
 * rows of a list read alike.
 */
export function listContexts(kb: KnowledgeBase, relations: readonly KbRelation[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, string[]>();
  for (const r of relations) {
    const text = contextText(relationContext(kb, r));
    out.set(r.id, text);
    const k = `${r.source}|${r.type}|${r.target}|${text}`;
    seen.set(k, [...(seen.get(k) ?? []), r.id]);
  }
  const byId = new Map(relations.map((r) => [r.id, r]));
  for (const ids of seen.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const c = relationContext(kb, byId.get(id)!);
      const where = `as stated in ${c.where.join(", ")}`;
      out.set(id, [out.get(id), where].filter(Boolean).join(" · "));
    }
  }
  return out;
}
