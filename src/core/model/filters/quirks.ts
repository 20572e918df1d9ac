// Inconsistencies filter: only what the paper's recorded inconsistencies (quirks) concern, everything else hidden.
// An entity carries a quirk that names it; a relation carries the quirks of the claims it rests on (as its panel
// lists them, see quirksFor in ../evidence.ts). The filter keeps the carriers, the ends of the relations kept and
// the subjects of the claims named, so each inconsistency can be read in place. The canvas marks the carriers with
// the same sets (src/core/view/style). URL: qk=1.
import type { KnowledgeBase } from "../../data/build.ts";
import { invalid, type FilterDefinition } from "./definition.ts";

export interface QuirksState {
  onlyQuirks: boolean;
}

export interface QuirkCarriers {
  /** Entity id → the ids of the quirks naming it. */
  entities: Map<string, string[]>;
  /** Relation id → the ids of the quirks naming a claim it rests on. */
  relations: Map<string, string[]>;
  /** Entities the named claims are about (shown by the filter, not marked). */
  subjects: Set<string>;
}

/** The entities and relations carrying a quirk. */
export function quirkCarriers(kb: KnowledgeBase): QuirkCarriers {
  const entities = new Map<string, string[]>();
  const relations = new Map<string, string[]>();
  const subjects = new Set<string>();
  const add = (m: Map<string, string[]>, key: string, q: string) => {
    const list = m.get(key) ?? m.set(key, []).get(key)!;
    if (!list.includes(q)) list.push(q);
  };
  const ids = new Set(kb.entities.map((e) => e.id));
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  for (const q of kb.quirks)
    for (const a of q.applies) {
      if (ids.has(a)) add(entities, a, q.id);
      const c = claims.get(a);
      if (!c) continue;
      c.about.forEach((e) => subjects.add(e));
      for (const r of c.relations) add(relations, r, q.id);
    }
  return { entities, relations, subjects };
}

// The knowledge base is immutable once built: its carriers are worked out once.
const cache = new WeakMap<KnowledgeBase, QuirkCarriers>();
export function cachedCarriers(kb: KnowledgeBase): QuirkCarriers {
  let c = cache.get(kb);
  if (!c) cache.set(kb, (c = quirkCarriers(kb)));
  return c;
}

export const quirks: FilterDefinition<QuirksState, "quirks"> = {
  id: "quirks",
  heading: "Inconsistencies",
  defaults: { onlyQuirks: false },
  params: ["qk"],
  encode: (s) => (s.onlyQuirks ? [["qk", "1"]] : []),
  decode(read) {
    const v = read("qk");
    if (v === null) return { state: { onlyQuirks: false }, notices: [] };
    if (v === "1" || v === "0") return { state: { onlyQuirks: v === "1" }, notices: [] };
    return { state: { onlyQuirks: false }, notices: [invalid("qk", v)] };
  },
  apply(s, ctx) {
    if (!s.onlyQuirks) return null;
    const c = cachedCarriers(ctx.kb);
    const keep = new Set([...c.entities.keys(), ...c.subjects]);
    for (const r of ctx.kb.relations)
      if (c.relations.has(r.id)) {
        keep.add(r.source);
        keep.add(r.target);
      }
    return {
      node: (id) => (keep.has(id) ? null : "hidden"),
      edge: (id) => (c.relations.has(id) ? null : "hidden"),
    };
  },
  describe: (s) => (s.onlyQuirks ? "Only what an inconsistency concerns" : null),
};
