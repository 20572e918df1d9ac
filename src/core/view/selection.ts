// What the explorer has selected, typed: an entity, a source (a citable entity), a relation, a claim or a quirk.
// One codec writes and reads it as the URL's `sel=` value: an entity or source is its id, a relation "r:id", a claim
// "c:id", a quirk "q:id". An entity whose id happens to start with "r:" stays that entity (entities are looked up
// first, as links have always been read).
import type { KnowledgeBase } from "../data/build.ts";
import { isCitable } from "../data/kinds.ts";
import { claimsCiting, traceOf } from "../model/evidence.ts";

export type SelectionKind = "entity" | "relation" | "claim" | "source" | "quirk";

export interface Selection {
  kind: SelectionKind;
  id: string;
}

const PREFIX = { relation: "r:", claim: "c:", quirk: "q:" } as const;

/** What the decoder needs to know of the knowledge base. */
export interface SelectionLookup {
  /** The kind of the entity with this id, or undefined when there is none. */
  entityKind: (id: string) => string | undefined;
  hasRelation: (id: string) => boolean;
  hasClaim: (id: string) => boolean;
  hasQuirk: (id: string) => boolean;
}

/** The selection of an entity: "source" when claims may cite its kind, else "entity". */
export const entitySelection = (id: string, kind: string | undefined): Selection => ({
  kind: isCitable(kind) ? "source" : "entity",
  id,
});

export const relationSelection = (id: string): Selection => ({ kind: "relation", id });
export const claimSelection = (id: string): Selection => ({ kind: "claim", id });

/** The selection as the URL writes it. */
export function encodeSelection(s: Selection): string {
  return s.kind === "entity" || s.kind === "source" ? s.id : PREFIX[s.kind] + s.id;
}

/** The selection a `sel=` value names, or null when it names nothing in the knowledge base. */
export function decodeSelection(text: string, kb: SelectionLookup): Selection | null {
  const kind = kb.entityKind(text);
  if (kind !== undefined) return entitySelection(text, kind);
  const rest = text.slice(2);
  if (text.startsWith(PREFIX.relation) && kb.hasRelation(rest)) return relationSelection(rest);
  if (text.startsWith(PREFIX.claim) && kb.hasClaim(rest)) return claimSelection(rest);
  if (text.startsWith(PREFIX.quirk) && kb.hasQuirk(rest)) return { kind: "quirk", id: rest };
  return null;
}

/** A lookup over a knowledge base's records. */
export function selectionLookup(kb: {
  entities: { id: string; kind: string }[];
  relations: { id: string }[];
  claims: { id: string }[];
  quirks: { id: string }[];
}): SelectionLookup {
  const entities = new Map(kb.entities.map((e) => [e.id, e.kind]));
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const [relations, claims, quirks] = [ids(kb.relations), ids(kb.claims), ids(kb.quirks)];
  return {
    entityKind: (id) => entities.get(id),
    hasRelation: (id) => relations.has(id),
    hasClaim: (id) => claims.has(id),
    hasQuirk: (id) => quirks.has(id),
  };
}

export const sameSelection = (a: Selection | null, b: Selection | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

/** The selected entity's id (an entity or a source), else null. */
export const selectedEntityId = (s: Selection | null): string | null =>
  s && (s.kind === "entity" || s.kind === "source") ? s.id : null;

/** The selected relation's id, else null. */
export const selectedRelationId = (s: Selection | null): string | null => (s?.kind === "relation" ? s.id : null);

/** What the explorer traces for a selection: a claim or a citable entity (source, interviewee), else null. */
export function traceFor(
  kb: KnowledgeBase,
  selected: Selection | null,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (selected?.kind === "claim") {
    const c = kb.claims.find((x) => x.id === selected.id);
    return c ? traceOf(kb, [c]) : null;
  }
  const id = selectedEntityId(selected);
  const e = id === null ? undefined : kb.entities.find((x) => x.id === id);
  return e && isCitable(e.kind) ? traceOf(kb, claimsCiting(kb, e.id)) : null;
}
