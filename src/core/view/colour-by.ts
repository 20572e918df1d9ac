// "Colour by" for a graph opened from another tool: which of the file's node attributes are categorical (string
// values, 2 to 20 distinct ones, e.g. Gephi Lite's `community`, a networkx `group`), and the colour of each node by
// its category. The colours are the kinds table's colour-blind-safe hues (src/core/data/kinds.ts), most frequent
// category first; categories past the palette, and nodes without a value, take the neutral colour of the generic
// kind. The style module reads the colours from the view (the graph is never changed), so canvas and pictures agree.
import type { KnowledgeBase } from "../data/build.ts";
import { ENTITY_KINDS, KINDS } from "../data/kinds.ts";

/** The generic kind of a foreign file's nodes (src/core/formats/read-foreign.ts). */
const FOREIGN_KIND = "other";

/** Fewest and most distinct values an attribute may have to be offered as categories. */
export const MIN_CATEGORIES = 2;
export const MAX_CATEGORIES = 20;
/** Attributes that are the file's look, not categories. */
const NOT_CATEGORIES = new Set(["color", "colour", "size", "description", "label"]);

/** The palette: each kind's hue except the generic kind's, which is the neutral colour. */
export const CATEGORY_PALETTE: readonly string[] = ENTITY_KINDS.filter((k) => k !== "other").map((k) => KINDS[k].color);
export const NEUTRAL_CATEGORY = KINDS.other.color;
/** The legend's name for the values past the palette and nodes without one. */
export const OTHER_VALUES = "(other values)";

export interface Category {
  value: string;
  count: number;
}

export interface CategoricalAttribute {
  attribute: string;
  /** Its distinct values, most frequent first (ties by value). */
  values: Category[];
}

function valueOf(attributes: unknown, attribute: string): string | undefined {
  if (attributes === null || typeof attributes !== "object" || !Object.hasOwn(attributes, attribute)) return undefined;
  const v = (attributes as Record<string, unknown>)[attribute];
  return typeof v === "string" && v.trim() ? v : undefined;
}

/**
 * The attributes of the opened file's nodes (the generic kind's) with string values only and 2-20 distinct values,
 * fewer than the nodes having one (an id or a name is not a category).
 */
export function categoricalAttributes(kb: Pick<KnowledgeBase, "entities">): CategoricalAttribute[] {
  const counts = new Map<string, Map<string, number>>();
  const invalid = new Set<string>();
  for (const e of kb.entities) {
    if (e.kind !== FOREIGN_KIND) continue;
    const attrs = (e as { attributes?: unknown }).attributes;
    if (attrs === null || typeof attrs !== "object") continue;
    for (const [k, v] of Object.entries(attrs)) {
      if (NOT_CATEGORIES.has(k.toLowerCase()) || invalid.has(k)) continue;
      if (typeof v !== "string") {
        invalid.add(k);
        counts.delete(k);
        continue;
      }
      const c = counts.get(k) ?? counts.set(k, new Map()).get(k)!;
      c.set(v, (c.get(v) ?? 0) + 1);
      if (c.size > MAX_CATEGORIES) {
        invalid.add(k);
        counts.delete(k);
      }
    }
  }
  const out: CategoricalAttribute[] = [];
  for (const [attribute, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    if (c.size < MIN_CATEGORIES || c.size >= total) continue;
    const values = [...c]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    out.push({ attribute, values });
  }
  return out.sort((a, b) => a.attribute.localeCompare(b.attribute));
}

/** The colour of each value of `attribute`: the palette in order of frequency, then the neutral colour. */
export function categoryColours(kb: Pick<KnowledgeBase, "entities">, attribute: string): Map<string, string> {
  const found = categoricalAttributes(kb).find((a) => a.attribute === attribute);
  const out = new Map<string, string>();
  found?.values.forEach(({ value }, i) => out.set(value, CATEGORY_PALETTE[i] ?? NEUTRAL_CATEGORY));
  return out;
}

/** The colour of each entity (by id) when coloured by `attribute`; empty when it is not a categorical attribute. */
export function nodeColours(kb: Pick<KnowledgeBase, "entities">, attribute: string): Map<string, string> {
  const colours = categoryColours(kb, attribute);
  const out = new Map<string, string>();
  if (!colours.size) return out;
  for (const e of kb.entities) {
    const v = valueOf((e as { attributes?: unknown }).attributes, attribute);
    out.set(e.id, (v !== undefined && colours.get(v)) || NEUTRAL_CATEGORY);
  }
  return out;
}

export interface CategoryEntry {
  id: string;
  label: string;
  color: string;
  count: number;
}

/**
 * The legend of the categories of the given entity ids (those shown): each coloured value with its count, then one
 * entry for the values past the palette and the entities without one, when there are any.
 */
export function categoryLegend(
  kb: Pick<KnowledgeBase, "entities">,
  attribute: string,
  shown: Iterable<string>,
): CategoryEntry[] {
  const colours = categoryColours(kb, attribute);
  const byId = new Map(kb.entities.map((e) => [e.id, valueOf((e as { attributes?: unknown }).attributes, attribute)]));
  const count = new Map<string, number>();
  let rest = 0;
  for (const id of shown) {
    const v = byId.get(id);
    const c = v === undefined ? undefined : colours.get(v);
    if (v === undefined || c === undefined || c === NEUTRAL_CATEGORY) rest++;
    else count.set(v, (count.get(v) ?? 0) + 1);
  }
  const out = [...colours]
    .filter(([v]) => count.has(v))
    .map(([value, color]) => ({ id: value, label: value, color, count: count.get(value)! }));
  if (rest) out.push({ id: OTHER_VALUES, label: OTHER_VALUES, color: NEUTRAL_CATEGORY, count: rest });
  return out;
}
