// Captions of pictures: the paper every picture comes from (from the root source entity of the knowledge base, never
// typed in by hand) and the filters in force, in the status line's plain words (each filter definition's describe).
import type { KnowledgeBase } from "../data/build.ts";
import { describeFilters, type FilterState } from "../model/filters.ts";
import { filterWords } from "../view/filter-words.ts";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** "Lankov 2020, “Title”, 18(3): 152–176, doi:…" from the root source's CSL fields. */
export function paperReference(kb: KnowledgeBase): string {
  const root = kb.entities.find((e) => e.id === kb.meta.root);
  const a: Record<string, unknown> = root?.attributes ?? {};
  const title = str(a.title) ?? kb.meta.title;
  const volume = str(a.volume);
  const issue = str(a.issue);
  const pages = str(a.page)?.replace("-", "–");
  const doi = str(a.DOI) ?? kb.meta.doi;
  const parts = [root?.label ?? kb.meta.root];
  if (title) parts.push(`“${title}”`);
  const where = [volume ? `${volume}${issue ? `(${issue})` : ""}` : "", pages ?? ""].filter(Boolean).join(": ");
  if (where) parts.push(where);
  if (doi) parts.push(`doi:${doi}`);
  return parts.join(", ");
}

/** "Source: <paper>; filters: <filters in force or none>". */
export function pictureCaption(kb: KnowledgeBase, filters: FilterState): string {
  const f = describeFilters(filters, filterWords(kb));
  return `Source: ${paperReference(kb)}; filters: ${f.length ? f.join("; ") : "none"}`;
}
