// Source filter: only what the claims citing one source or interviewee support (and the source itself). URL: src=id.
import type { KnowledgeBase } from "../../data/build.ts";
import { invalid, type FilterDefinition } from "./definition.ts";

export interface SourceState {
  /** A source or interviewee id: show only what its citing claims support. */
  source: string | null;
}

/** Entities and relations supported by the claims that cite `source` (and the source itself). */
export function supportedBy(kb: KnowledgeBase, source: string): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set<string>([source]);
  const relations = new Set<string>();
  for (const c of kb.claims) {
    if (!c.citations.some((ct) => ct.source === source)) continue;
    c.about.forEach((e) => entities.add(e));
    for (const r of c.relations) relations.add(r);
  }
  for (const r of kb.relations) {
    if (relations.has(r.id)) {
      entities.add(r.source);
      entities.add(r.target);
    }
  }
  return { entities, relations };
}

// The knowledge base is immutable once built, so each source's support is computed once per knowledge base.
const cache = new WeakMap<KnowledgeBase, Map<string, ReturnType<typeof supportedBy>>>();
function cachedSupport(kb: KnowledgeBase, source: string): ReturnType<typeof supportedBy> {
  let bySource = cache.get(kb);
  if (!bySource) cache.set(kb, (bySource = new Map()));
  let s = bySource.get(source);
  if (!s) bySource.set(source, (s = supportedBy(kb, source)));
  return s;
}

export const source: FilterDefinition<SourceState, "source"> = {
  id: "source",
  heading: "Source",
  defaults: { source: null },
  params: ["src"],
  encode: (s) => (s.source ? [["src", s.source]] : []),
  decode(read, vocab) {
    const v = read("src");
    if (v === null) return { state: { source: null }, notices: [] };
    return vocab.isSource(v)
      ? { state: { source: v }, notices: [] }
      : { state: { source: null }, notices: [invalid("src", v)] };
  },
  apply(s, ctx) {
    if (!s.source) return null;
    const sup = cachedSupport(ctx.kb, s.source);
    return {
      node: (id) => (sup.entities.has(id) ? null : "hidden"),
      edge: (id) => (sup.relations.has(id) ? null : "hidden"),
    };
  },
  describe: (s, words) => (s.source ? `What ${words.entityLabel(s.source)} supports` : null),
};
