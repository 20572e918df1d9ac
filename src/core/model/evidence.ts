// Evidence queries: from a claim or a source to everything it supports, from an item to the claims and quirks that
// concern it, and the figures the paper gives over time. Pure functions over the knowledge base; the panels, tables,
// chart and graph tracing all read these, so they agree with each other and with the export.
import type { KbClaim, KbRelation, KnowledgeBase, KbQuirk } from "../data/build.ts";
import { parseEdtf } from "../data/time.ts";

export interface Support {
  /** Entities the claims are about or relate. */
  entities: Set<string>;
  /** Relations the claims assert (derived `cites` relations excluded). */
  relations: Set<string>;
}

const relationsOf = (kb: KnowledgeBase) => new Map(kb.relations.map((r) => [r.id, r]));

/** What a set of claims supports: their subjects and the relations they assert, with those relations' ends. */
export function supportOfClaims(kb: KnowledgeBase, claims: KbClaim[]): Support {
  const rels = relationsOf(kb);
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const c of claims) {
    c.about.forEach((e) => entities.add(e));
    for (const id of c.relations) {
      const r = rels.get(id);
      if (!r || r.type === "cites") continue;
      relations.add(id);
      entities.add(r.source);
      entities.add(r.target);
    }
  }
  return { entities, relations };
}

/** Claims that cite a source or interviewee, in paper order. */
export function claimsCiting(kb: KnowledgeBase, source: string): KbClaim[] {
  return kb.claims.filter((c) => c.citations.some((ct) => ct.source === source));
}

/**
 * What to light up in the graph when tracing a claim or a source: the supported entities and relations, plus the
 * path from the paper through each cited source (the paper node, the source nodes and the `cites` edges).
 */
export function traceOf(kb: KnowledgeBase, claims: KbClaim[]): { nodes: Set<string>; edges: Set<string> } {
  const sup = supportOfClaims(kb, claims);
  const nodes = new Set(sup.entities);
  const edges = new Set(sup.relations);
  const root = kb.meta.root;
  const cites = new Map(kb.relations.filter((r) => r.type === "cites").map((r) => [r.target, r.id]));
  for (const c of claims)
    for (const ct of c.citations) {
      nodes.add(ct.source);
      const edge = cites.get(ct.source);
      if (edge) {
        nodes.add(root);
        edges.add(edge);
      }
    }
  return { nodes, edges };
}

/** Quirks recorded for an entity, claim or relation (a relation inherits its claims' quirks). */
export function quirksFor(kb: KnowledgeBase, id: string, relation?: KbRelation): KbQuirk[] {
  const ids = new Set([id, ...(relation?.claims ?? [])]);
  return kb.quirks.filter((q) => q.applies.some((a) => ids.has(a)));
}

export interface FigurePoint {
  claim: string;
  /** Years the figure holds for (a single year has start === end). */
  start: number;
  end: number;
  /** The value, or the low and high ends of a range. */
  value?: number;
  low?: number;
  high?: number;
  approximate: boolean;
  /** As the paper writes the figure and its time. */
  text: string;
  when: string;
  measure: string;
  sources: string[];
}

/** Every figure of a series, in time order, with the vagueness the paper gives it. */
export function seriesPoints(kb: KnowledgeBase, series: string): FigurePoint[] {
  const out: FigurePoint[] = [];
  for (const c of kb.claims)
    for (const q of c.quantities) {
      if (q.series !== series) continue;
      const when = q.when ?? c.qualifiers.when;
      const span = when ? parseEdtf(when) : undefined;
      if (!when || !span || typeof span === "string" || span.start === undefined) continue;
      out.push({
        claim: c.id,
        start: span.start,
        end: span.end ?? span.start,
        value: q.value,
        low: q.low,
        high: q.high,
        approximate: q.approximate || span.approximate,
        text: q.text,
        when: c.qualifiers["when-text"] ?? when,
        measure: q.measure,
        sources: c.citations.map((ct) => ct.source),
      });
    }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Links of the evidence layer: each cited source or interviewee → every entity its claims support (unique pairs). */
export function evidenceLinks(kb: KnowledgeBase): [string, string][] {
  const rels = relationsOf(kb);
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const c of kb.claims) {
    const targets = new Set(c.about);
    for (const id of c.relations) {
      const r = rels.get(id);
      if (r && r.type !== "cites") {
        targets.add(r.source);
        targets.add(r.target);
      }
    }
    for (const ct of c.citations) {
      if (ct.source === kb.meta.root) continue;
      for (const t of targets) {
        const key = `${ct.source}\u0000${t}`;
        if (t === ct.source || seen.has(key)) continue;
        seen.add(key);
        out.push([ct.source, t]);
      }
    }
  }
  return out;
}
