// What a filter is: one definition holding its state (with defaults), its URL parameters, what it does to visibility
// and how the status line words it. The composer (../filters.ts), the URL codec (../../view/url-state.ts), the filter
// panel and the status line all read the list in ./index.ts, so adding a filter is one new file here plus its test.
import type { KnowledgeBase } from "../../data/build.ts";
import type { EdgeAttributes, KbGraph, NodeAttributes } from "../graph.ts";

export type Visibility = "shown" | "faded" | "hidden";
/** What a filter says about one item: hide it, fade it, or (null) nothing. */
export type Verdict = "hidden" | "faded" | null;

/** What a filter may consult when it applies. */
export interface FilterContext {
  kb: KnowledgeBase;
  graph: KbGraph;
  /** The selected entity id, or null. */
  selection: string | null;
}

/** The visibility computed so far, by entity id and relation id. */
export interface VisibilitySoFar {
  nodes: ReadonlyMap<string, Visibility>;
  edges: ReadonlyMap<string, Visibility>;
}

/**
 * A filter's contribution, applied in this order by computeVisibility: item verdicts (the strongest of all filters
 * wins, and a relation with a hidden end is hidden, with a faded end faded), then one degree threshold (the highest
 * any filter asks, counted over the relations still visible), then `keep` (only these entities stay).
 */
export interface Contribution {
  node?(id: string, attributes: NodeAttributes): Verdict;
  edge?(id: string, attributes: EdgeAttributes): Verdict;
  /** Entities need at least this many visible relations. */
  minDegree?: number;
  /** The entities that stay, given what is visible so far. */
  keep?(soFar: VisibilitySoFar): ReadonlySet<string>;
}

/** What URL decoding checks values against. */
export interface FilterVocabulary {
  kinds: readonly string[];
  types: readonly string[];
  /** Whether an id names a source or interviewee. */
  isSource: (id: string) => boolean;
  years: [number, number];
}

/** The names the UI gives things, for the status line and captions (never ids). */
export interface FilterWords {
  /** Entity kinds present in the data, in panel order, with their plural labels ("Sources"). */
  kinds: readonly { id: string; label: string }[];
  /** Relation types present in the data, with their labels ("works in"). */
  types: readonly { id: string; label: string }[];
  /** Relation families as the panel groups them ("Labor"). */
  families: readonly { label: string; types: readonly string[] }[];
  entityLabel: (id: string) => string;
}

/** Reads one URL parameter (null when absent or refused as too long). */
export type ParamReader = (key: string) => string | null;

export interface FilterDefinition<S extends object, Id extends string = string> {
  id: Id;
  /** The heading of the filter panel section it appears under (consecutive filters may share one). */
  heading: string;
  /** Its state when off; the keys are its own (no two filters share a key). */
  defaults: S;
  /** The URL parameters it owns. */
  params: readonly string[];
  /** URL parameters for a state; nothing for the defaults. */
  encode(state: S): [string, string][];
  /** The state a link asks for: every missing or invalid value becomes its default, an invalid one with a notice. */
  decode(read: ParamReader, vocab: FilterVocabulary): { state: S; notices: string[] };
  /** What it does to visibility, or null when it is off. */
  apply(state: S, ctx: FilterContext): Contribution | null;
  /** The filter in force in plain words ("Labor relations only"), or null when it is off. */
  describe(state: S, words: FilterWords): string | null;
}

/** The notice for a refused URL value. */
export const invalid = (key: string, value: string): string =>
  `Ignored “${key}”: “${value.slice(0, 60)}” is not valid.`;

/** "A", "A and B", "A, B and C" (or "or"). */
export function wordList(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** Items of a comma-separated URL list (at most 100), the known ones without repeats, and a notice if any was not. */
export function decodeList(
  key: string,
  read: ParamReader,
  known: readonly string[],
): { items: string[] | null; notices: string[] } {
  const v = read(key);
  if (v === null) return { items: null, notices: [] };
  const items = v.split(",").filter(Boolean).slice(0, 100);
  const ok = items.filter((k) => known.includes(k));
  return { items: [...new Set(ok)], notices: ok.length === items.length ? [] : [invalid(key, v)] };
}
