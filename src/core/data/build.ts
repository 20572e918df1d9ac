// Turns a validated dataset into the knowledge base the product serves and exports: claims in paper order,
// relations derived from what claims assert (merged per from/type/to/key), `cites` derived from citations, and each
// entity's claims and the years of its curated span. Pure and deterministic: the same dataset gives the same output, byte for byte.
import type { Dataset } from "./load.ts";
import { locatorOrder, sectionOf } from "./locators.ts";
import { isOfKind, type Citation, type Entity, type Quantity } from "./schema.ts";
import { hull, parseEdtf, type YearSpan } from "./time.ts";

/** An entity as served: the curated record plus its claims and the years of its curated span (`span` in the data). */
export type KbEntity = Entity & {
  /** Claims about this entity: listed in `about`, asserting a relation it takes part in, or citing it. */
  claims: string[];
  /** The EDTF value of its curated span, as written ("~2000/..", "1946/195X"); the time filter reads its vagueness. */
  when?: string[];
  start?: number;
  end?: number;
};

export interface KbRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  key?: string;
  /** EDTF values of the assertions, as written. */
  when?: string[];
  start?: number;
  end?: number;
  claims: string[];
}

export interface KbClaim {
  id: string;
  text: string;
  locator: string;
  section: string;
  citations: Citation[];
  qualifiers: { when?: string; "when-text"?: string; start?: number; end?: number; approximate?: boolean };
  quantities: Quantity[];
  about: string[];
  /** Ids of the relations this claim supports. */
  relations: string[];
}

export interface KbQuirk {
  id: string;
  kind: string;
  locators: string[];
  applies: string[];
  note: string;
}

export interface KbRelationType {
  id: string;
  label: string;
  inverse: string;
  description: string;
}

/** The model comparison: rows in order, one cell per model and row (see graph/data/comparison.yaml). */
export interface KbComparison {
  dimensions: { id: string; label: string }[];
  cells: { model: string; dimension: string; text: string; claims: string[]; unsupported?: true }[];
}

export interface KnowledgeBase {
  meta: { title: string; doi: string; root: string; format: "lankov-kg"; version: 1 };
  relationTypes: KbRelationType[];
  entities: KbEntity[];
  relations: KbRelation[];
  claims: KbClaim[];
  quirks: KbQuirk[];
  comparison?: KbComparison;
}

export const CITES_TYPE: KbRelationType = {
  id: "cites",
  label: "cites",
  inverse: "cited by",
  description: "A work (or the paper) cites a source or an interviewee. Derived from claim citations.",
};

export const relationId = (from: string, type: string, to: string, key?: string): string =>
  `${from}--${type}--${to}${key ? `--${key}` : ""}`;

const spanOf = (when: string | undefined): YearSpan | undefined => {
  if (!when) return undefined;
  const s = parseEdtf(when);
  return typeof s === "string" ? undefined : s;
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildKnowledgeBase(ds: Dataset): KnowledgeBase {
  const rootEntity = ds.entities.map((e) => e.value).find((e) => isOfKind(e, "source") && e.attributes.root === true);
  const root = rootEntity?.id ?? "lankov-2020";

  const claims = ds.claims
    .map((c, order) => ({ c: c.value, order }))
    .sort((a, b) => locatorOrder(a.c.locator) - locatorOrder(b.c.locator) || a.order - b.order)
    .map(({ c }) => c);

  // Relations asserted by claims, merged.
  const relations = new Map<string, KbRelation & { spans: YearSpan[] }>();
  const claimRelations = new Map<string, string[]>();
  for (const c of claims) {
    const ids: string[] = [];
    for (const r of c.relations) {
      const id = relationId(r.from, r.type, r.to, r.key);
      let rel = relations.get(id);
      if (!rel) {
        rel = { id, type: r.type, source: r.from, target: r.to, claims: [], spans: [], when: [] };
        if (r.key) rel.key = r.key;
        relations.set(id, rel);
      }
      if (!rel.claims.includes(c.id)) rel.claims.push(c.id);
      const when = r.undated ? undefined : (r.when ?? c.when);
      const span = spanOf(when);
      if (span) rel.spans.push(span);
      if (when && !rel.when!.includes(when)) rel.when!.push(when);
      if (!ids.includes(id)) ids.push(id);
    }
    claimRelations.set(c.id, ids);
  }
  // `cites`: the paper cites each source and interviewee its claims cite.
  for (const c of claims) {
    for (const ct of c.citations) {
      if (ct.source === root) continue;
      const id = relationId(root, "cites", ct.source);
      let rel = relations.get(id);
      if (!rel) {
        rel = { id, type: "cites", source: root, target: ct.source, claims: [], spans: [], when: [] };
        relations.set(id, rel);
      }
      if (!rel.claims.includes(c.id)) rel.claims.push(c.id);
      const ids = claimRelations.get(c.id)!;
      if (!ids.includes(id)) ids.push(id);
    }
  }

  const relList: KbRelation[] = [...relations.values()]
    .sort((a, b) => cmp(a.id, b.id))
    .map(({ spans, when, ...rel }) => {
      const h = hull(spans);
      const out: KbRelation = { ...rel };
      if (when && when.length) out.when = when;
      if (h?.start !== undefined) out.start = h.start;
      if (h?.end !== undefined) out.end = h.end;
      return out;
    });

  const entityClaims = new Map<string, Set<string>>();
  const touch = (entity: string, claim: string) => {
    let s = entityClaims.get(entity);
    if (!s) entityClaims.set(entity, (s = new Set()));
    s.add(claim);
  };
  for (const c of claims) {
    c.about.forEach((id) => touch(id, c.id));
    c.relations.forEach((r) => (touch(r.from, c.id), touch(r.to, c.id)));
    c.citations.forEach((ct) => touch(ct.source, c.id));
  }
  const claimOrder = new Map(claims.map((c, i) => [c.id, i]));
  const entities: KbEntity[] = ds.entities.map(({ value: e }) => {
    // Key order is the export's (read-then-write is byte-identical); kind and attributes travel together.
    const { id, kind, label, aliases, description, attributes } = e;
    const out: KbEntity = {
      ...({ id, kind, label, aliases, description, attributes } as Entity),
      claims: [...(entityClaims.get(e.id) ?? [])].sort((a, b) => claimOrder.get(a)! - claimOrder.get(b)!),
    };
    if (e.span) out.when = [e.span.when];
    const span = spanOf(e.span?.when);
    if (span?.start !== undefined) out.start = span.start;
    if (span?.end !== undefined) out.end = span.end;
    return out;
  });

  const kbClaims: KbClaim[] = claims.map((c) => {
    const span = spanOf(c.when);
    const qualifiers: KbClaim["qualifiers"] = {};
    if (c.when) qualifiers.when = c.when;
    if (c["when-text"]) qualifiers["when-text"] = c["when-text"];
    if (span?.start !== undefined) qualifiers.start = span.start;
    if (span?.end !== undefined) qualifiers.end = span.end;
    if (span?.approximate) qualifiers.approximate = true;
    return {
      id: c.id,
      text: c.text,
      locator: c.locator,
      section: sectionOf(c.locator)?.id ?? "unknown",
      citations: c.citations,
      qualifiers,
      quantities: c.quantities,
      about: c.about,
      relations: claimRelations.get(c.id) ?? [],
    };
  });

  const rootSource = rootEntity && isOfKind(rootEntity, "source") ? rootEntity : undefined;
  const title = rootSource?.attributes.title ?? "";
  const doi = rootSource?.attributes.DOI ?? "";
  return {
    meta: { title, doi, root, format: "lankov-kg", version: 1 },
    relationTypes: [...ds.relationTypes.map((t) => t.value), CITES_TYPE].filter(
      (t, i, all) => all.findIndex((u) => u.id === t.id) === i,
    ),
    entities,
    relations: relList,
    claims: kbClaims,
    quirks: ds.quirks.map((q) => q.value),
    ...(ds.dimensions?.length ? { comparison: comparisonOf(ds) } : {}),
  };
}

function comparisonOf(ds: Dataset): KbComparison {
  const dims = [...(ds.dimensions ?? [])].map((d) => d.value).sort((a, b) => a.order - b.order);
  const row = new Map(dims.map((d, i) => [d.id, i]));
  const cells = [...(ds.cells ?? [])]
    .map((c) => c.value)
    .sort((a, b) => row.get(a.dimension)! - row.get(b.dimension)! || cmp(a.model, b.model));
  return {
    dimensions: dims.map(({ id, label }) => ({ id, label })),
    cells: cells.map(({ model, dimension, text, claims, unsupported }) =>
      unsupported ? { model, dimension, text, claims, unsupported } : { model, dimension, text, claims },
    ),
  };
}
