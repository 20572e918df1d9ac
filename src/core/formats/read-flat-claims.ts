// The claims of a flat file: from claims.csv and citations.csv when given (CSV), else rebuilt from what the node and
// edge rows carry (claim ids with their texts, relations' citation lists). What the rows determine is rebuilt; what
// they do not is said in the notes.
import { CITES_TYPE } from "../data/build.ts";
import { parseEdtf } from "../data/time.ts";
import { LIST_SEPARATOR } from "./flat.ts";
import { type FlatContext, type FlatTables, type LocatedRow, splitList, UNKNOWN_LOCATOR } from "./flat-context.ts";
import type { FlatRecord } from "./read-flat-records.ts";
import { splitLists } from "./split-lists.ts";

export interface ClaimSet {
  claims: Map<string, FlatRecord>;
  /** Where each claim is, for messages. */
  claimAt: Map<string, string>;
  /** Quantities of claims.csv, of which only the wording is read. */
  lostQuantities?: number;
}

/** The claim qualifiers as buildKnowledgeBase computes them from `when`. */
function qualifiersOf(when: string | undefined, whenText: string | undefined): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (when) q.when = when;
  if (whenText) q["when-text"] = whenText;
  const span = when ? parseEdtf(when) : undefined;
  if (span && typeof span !== "string") {
    if (span.start !== undefined) q.start = span.start;
    if (span.end !== undefined) q.end = span.end;
    if (span.approximate) q.approximate = true;
  }
  return q;
}

/** Claims from claims.csv; quantities keep only their wording there (said in a note). */
export function claimsFromTable(rows: LocatedRow[], ctx: FlatContext): ClaimSet {
  let lostQuantities = 0;
  const claims = new Map<string, FlatRecord>();
  const claimAt = new Map<string, string>();
  for (const r of rows) {
    const id = ctx.cells(r).text("id") ?? "";
    const c = ctx.cells(r, id);
    if (claims.has(id)) {
      ctx.problem(r.at, id, "id", `duplicate claim id (first at ${claimAt.get(id)})`);
      continue;
    }
    const when = c.text("when") || undefined;
    const quantities = splitList(c.text("quantities"));
    if (quantities.length) lostQuantities += quantities.length;
    claims.set(id, {
      id,
      text: c.text("text") ?? "",
      locator: c.text("locator") ?? "",
      section: c.text("section") ?? "",
      citations: [],
      qualifiers: qualifiersOf(when, c.text("when_text") || undefined),
      quantities: [],
      about: splitList(c.text("about")),
      relations: splitList(c.text("relations")),
    });
    claimAt.set(id, r.at);
  }
  return { claims, claimAt, lostQuantities };
}

/**
 * Claims from the claim ids and texts beside every node and edge. Each claim_texts cell is its claims' texts joined
 * with " | "; a text may hold " | " itself, so the cells are split like the citation lists: every cell a claim is in
 * must agree on its text.
 */
export function claimsFromTexts(
  tables: FlatTables,
  entities: FlatRecord[],
  edgeClaims: string[][],
  ctx: FlatContext,
): ClaimSet {
  const claims = new Map<string, FlatRecord>();
  const claimAt = new Map<string, string>();
  const lists: { items: string[]; parts: string[] }[] = [];
  const rowsWithClaims: [LocatedRow, string[]][] = [
    ...tables.nodes.map((r, i): [LocatedRow, string[]] => [r, entities[i].claims as string[]]),
    ...tables.edges.map((r, i): [LocatedRow, string[]] => [r, edgeClaims[i]]),
  ];
  for (const [r, ids] of rowsWithClaims) {
    for (const id of ids) if (!claimAt.has(id)) claimAt.set(id, `claim '${ctx.short(id, 40)}' (${r.at})`);
    const joined = ctx.cells(r).text("claim_texts");
    if (joined !== undefined && ids.length) lists.push({ items: ids, parts: splitList(joined) });
  }
  const split = splitLists(lists);
  if (split.error) ctx.problems.push({ path: "claim_texts", message: `claim texts: ${split.error}` });
  for (const id of split.ambiguous ?? [])
    ctx.problem(
      claimAt.get(id)!,
      id,
      "text",
      `its text cannot be told apart from its neighbours' (a text holds " | ")`,
    );
  for (const id of claimAt.keys()) {
    const text = split.parts?.get(id)?.join(LIST_SEPARATOR);
    if (text === undefined && !split.error)
      ctx.problem(claimAt.get(id)!, id, "text", "no claim_texts cell gives its text");
    claims.set(id, {
      id,
      // A placeholder only when a problem is already listed (then no dataset is returned).
      text: text ?? "?",
      locator: UNKNOWN_LOCATOR,
      section: UNKNOWN_LOCATOR,
      citations: [],
      qualifiers: {},
      quantities: [],
      about: [],
      relations: [],
    });
  }
  return { claims, claimAt };
}

/** Citations from citations.csv. */
export function citationsFromTable(rows: LocatedRow[], claims: Map<string, FlatRecord>, ctx: FlatContext): void {
  for (const r of rows) {
    const c = ctx.cells(r);
    const id = c.text("claim") ?? "";
    const claim = claims.get(id);
    if (!claim) {
      ctx.problem(r.at, id, "claim", `citation of unknown claim '${ctx.short(id)}'`);
      continue;
    }
    const ct: Record<string, string> = { source: c.text("source") ?? "" };
    const pages = c.text("pages");
    const basis = c.text("basis");
    const asCited = c.text("as_cited");
    if (pages) ct.pages = pages;
    if (basis) ct.basis = basis;
    if (asCited) ct["as-cited"] = asCited;
    (claim.citations as unknown[]).push(ct);
  }
}

const citationOf = (s: string): Record<string, string> => {
  const i = s.indexOf(":");
  return i < 0 ? { source: s } : { source: s.slice(0, i), pages: s.slice(i + 1) };
};

/**
 * The sources each claim cites besides the root: exactly the targets of the root's `cites` relations resting on it.
 * Undefined when the file has no `cites` relation (then nothing is known about them).
 */
function citedSources(edges: FlatRecord[], root: string): Map<string, Set<string>> | undefined {
  const out = new Map<string, Set<string>>();
  let any = false;
  for (const e of edges) {
    if (e.type !== CITES_TYPE.id || e.source !== root) continue;
    any = true;
    for (const c of e.claims as string[]) out.set(c, (out.get(c) ?? new Set()).add(String(e.target)));
  }
  return any ? out : undefined;
}

/**
 * Which citation lists may be a claim's: with `cites` relations in the file, a claim's non-root sources are known
 * exactly (each at least once, no other), and only claims in the root's claim list may cite the root.
 */
function citationFit(
  root: string,
  cites: Map<string, Set<string>> | undefined,
  rootClaims: Set<string>,
): (claim: string, part: string[]) => boolean {
  const none = new Set<string>();
  return (claim, part) => {
    if (!cites) return true;
    const mine = cites.get(claim) ?? none;
    const seen = new Set<string>();
    for (const s of part) {
      const source = citationOf(s).source;
      if (source === root ? !rootClaims.has(claim) : !mine.has(source)) return false;
      seen.add(source);
    }
    for (const s of mine) if (!seen.has(s)) return false;
    return true;
  };
}

/** Citations split from the relations' citation lists (source and pages only). */
export function citationsFromEdges(
  entities: FlatRecord[],
  edges: FlatRecord[],
  edgeClaims: string[][],
  edgeCitations: (string | undefined)[],
  claims: Map<string, FlatRecord>,
  root: string,
  ctx: FlatContext,
): void {
  const rootClaims = new Set(entities.filter((e) => e.id === root).flatMap((e) => e.claims as string[]));
  const split = splitLists(
    edges.map((_, i) => ({ items: edgeClaims[i], parts: splitList(edgeCitations[i]) })),
    citationFit(root, citedSources(edges, root), rootClaims),
  );
  if (split.error) ctx.problems.push({ path: "citations", message: `relations' citations: ${split.error}` });
  let rootOnly = 0;
  for (const [id, claim] of claims) {
    const list = split.parts?.get(id);
    if (list) claim.citations = list.map(citationOf);
    else if (rootClaims.has(id)) {
      // In no relation, so in no citation list: it cites only the paper itself (pages and basis are not written).
      claim.citations = [{ source: root }];
      rootOnly++;
    }
  }
  ctx.notes.push("citations: source and pages only (basis and as-cited are not in this format)");
  if (rootOnly)
    ctx.notes.push(
      `${rootOnly} claims in no relation cite the paper itself; their pages and basis are not in this format`,
    );
  if (split.ambiguous?.length)
    ctx.notes.push(
      `${split.ambiguous.length} claims share their relations' citations in more than one way that fits; one was taken: ${split.ambiguous
        .slice(0, 10)
        .join(", ")}`,
    );
}

/** Links from claims to relations and entities, when claims.csv did not give them. */
export function linkClaims(
  entities: FlatRecord[],
  edges: FlatRecord[],
  edgeClaims: string[][],
  claims: Map<string, FlatRecord>,
  ctx: FlatContext,
): void {
  edges.forEach((e, i) => {
    for (const id of edgeClaims[i]) {
      const rels = claims.get(id)?.relations as string[] | undefined;
      if (rels && !rels.includes(String(e.id))) rels.push(String(e.id));
    }
  });
  // about = entities listing the claim, less the ends of its relations and its cited sources (what build adds).
  const ends = new Map<string, Set<string>>();
  edges.forEach((e, i) => {
    if (e.type === CITES_TYPE.id) return;
    for (const id of edgeClaims[i]) {
      const s = ends.get(id) ?? new Set<string>();
      s.add(String(e.source)).add(String(e.target));
      ends.set(id, s);
    }
  });
  for (const e of entities)
    for (const id of e.claims as string[]) {
      const claim = claims.get(id);
      if (!claim) continue;
      const cited = (claim.citations as { source: string }[]).some((ct) => ct.source === e.id);
      if (!cited && !ends.get(id)?.has(String(e.id)) && !(claim.about as string[]).includes(String(e.id)))
        (claim.about as string[]).push(String(e.id));
    }
  ctx.notes.push(
    "claims: ids and texts; locators, dates, quantities and the order of the paper are not in this format",
    "claims' 'about' links: rebuilt from the entities' claim lists (an entity that is also an end or a cited source of the claim is not listed)",
  );
}
