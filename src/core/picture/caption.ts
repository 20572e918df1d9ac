// Captions of pictures: the paper every picture comes from (from the root source entity of the knowledge base, never
// typed in by hand) and the filters in force, in the status line's words (describeFilters), except that a kind or
// relation filter hiding most of its list names what it leaves shown.
import type { KnowledgeBase } from "../data/build.ts";
import { describeFilters, type FilterState } from "../model/filters.ts";
import { ENTITY_KINDS } from "../data/schema.ts";

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

/**
 * The filters in force, as describeFilters words them, except that a kind or relation list hiding most of its
 * vocabulary is given by what it leaves shown ("only kinds: source, interviewee"), which is what a reader needs.
 */
export function pictureFilters(
  filters: FilterState,
  kinds: readonly string[],
  types: readonly string[],
  labelOf: (id: string) => string = (id) => id,
): string[] {
  const parts: string[] = [];
  const rest: FilterState = { ...filters };
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTypes);
  if (hiddenKinds.size > kinds.length / 2) {
    const shown = kinds.filter((k) => !hiddenKinds.has(k));
    parts.push(shown.length ? `only kinds: ${shown.join(", ")}` : "no kinds");
    rest.hiddenKinds = [];
  }
  if (hiddenTypes.size > types.length / 2) {
    const shown = types.filter((t) => !hiddenTypes.has(t));
    parts.push(shown.length ? `only relations: ${shown.join(", ")}` : "no relations");
    rest.hiddenTypes = [];
  }
  return [...parts, ...describeFilters(rest, labelOf)];
}

/** "Source: <paper>; filters: <filters in force or none>". */
export function pictureCaption(kb: KnowledgeBase, filters: FilterState): string {
  const labels = new Map(kb.entities.map((e) => [e.id, e.label]));
  const f = pictureFilters(
    filters,
    ENTITY_KINDS,
    kb.relationTypes.map((t) => t.id),
    (id) => labels.get(id) ?? id,
  );
  return `Source: ${paperReference(kb)}; filters: ${f.length ? f.join("; ") : "none"}`;
}
