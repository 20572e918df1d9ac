// "Copy citation": plain-text citations a reader pastes into their own writing. A claim cites the paper in APA
// in-text form with its paragraph locator and the view's permalink ("Lankov (2020), para. 30; view: <link>"); an
// entity or a view cites the paper with the permalink; a source cites itself with its own APA reference-list entry
// (and the paper's in-text form, since the knowledge base knows it through the paper).
import type { KbClaim, KnowledgeBase } from "./build.ts";
import { formatReference } from "./cite.ts";

/** "para. 30", "Table 1", "abstract", "reference 12": a locator as a reader finds it in the paper. */
export function locatorText(locator: string): string {
  const para = /^p(\d+)$/.exec(locator);
  if (para) return `para. ${para[1]}`;
  const table = /^table-(\d+)$/.exec(locator);
  if (table) return `Table ${table[1]}`;
  const ref = /^ref-(.+)$/.exec(locator);
  if (ref) return `reference list`;
  return locator;
}

/** The paper as APA cites it in running text: "Lankov (2020)". */
export function paperInText(kb: KnowledgeBase): string {
  const root = kb.entities.find((e) => e.id === kb.meta.root);
  const a = (root?.attributes ?? {}) as Record<string, unknown>;
  const authors = Array.isArray(a.author)
    ? (a.author as { family?: string; literal?: string }[]).map((a) => a.family ?? a.literal ?? "")
    : [];
  const who =
    authors.length > 2 ? `${authors[0]} et al.` : authors.length === 2 ? authors.join(" & ") : (authors[0] ?? "");
  const year = typeof a.issued === "string" ? a.issued : "n.d.";
  return `${who || root?.label || kb.meta.title} (${year})`;
}

export function citeClaim(kb: KnowledgeBase, claim: KbClaim, permalink: string): string {
  return `${paperInText(kb)}, ${locatorText(claim.locator)}; view: ${permalink}`;
}

export function citeView(kb: KnowledgeBase, permalink: string): string {
  return `${paperInText(kb)}; view: ${permalink}`;
}

/**
 * An entity: the paper and the view. A source: its own APA entry first; a reference of the paper says it is cited
 * there, the paper itself needs no such note.
 */
export function citeEntity(kb: KnowledgeBase, entityId: string, permalink: string): string {
  const e = kb.entities.find((x) => x.id === entityId);
  const a = (e?.attributes ?? {}) as Record<string, unknown>;
  if (e?.kind !== "source" || typeof a.title !== "string") return citeView(kb, permalink);
  const reference = formatReference(a).text;
  return e.id === kb.meta.root
    ? `${reference} (view: ${permalink})`
    : `${reference} (as cited in ${paperInText(kb)}; view: ${permalink})`;
}
