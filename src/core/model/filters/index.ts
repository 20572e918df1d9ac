// The list of filters, in panel and URL order. The filter state, its defaults, the URL parameters, the panel
// sections and the status line all come from this list: to add a filter, write its definition file beside this one
// (see definition.ts) and add it here.
import type { FilterDefinition, FilterVocabulary, FilterWords, ParamReader } from "./definition.ts";
import { isolated } from "./isolated.ts";
import { kinds } from "./kinds.ts";
import { minDegree } from "./min-degree.ts";
import { neighbourhood } from "./neighbourhood.ts";
import { quirks } from "./quirks.ts";
import { relationTypes } from "./relation-types.ts";
import { source } from "./source.ts";
import { time } from "./time.ts";

export const FILTERS = [kinds, relationTypes, time, source, quirks, neighbourhood, minDegree, isolated] as const;

type Definition = (typeof FILTERS)[number];
type StateOf<D> = D extends FilterDefinition<infer S> ? S : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Flat<T> = { [K in keyof T]: T[K] };

export type FilterId = Definition["id"];
/** Every filter's state side by side (each filter owns its keys). */
export type FilterState = Flat<Intersection<StateOf<Definition>>>;

/** The list with each definition's state type widened, for code that treats every filter alike. */
export const FILTER_LIST: readonly FilterDefinition<object>[] = FILTERS;

export const FILTER_DEFAULTS: FilterState = Object.assign({}, ...FILTER_LIST.map((d) => d.defaults)) as FilterState;

/** The URL parameters the filters own, in order. */
export const FILTER_PARAMS: readonly string[] = FILTER_LIST.flatMap((d) => d.params);

export const encodeFilters = (f: FilterState): [string, string][] => FILTER_LIST.flatMap((d) => d.encode(f));

export function decodeFilters(read: ParamReader, vocab: FilterVocabulary): { filters: FilterState; notices: string[] } {
  const filters = { ...FILTER_DEFAULTS };
  const notices: string[] = [];
  for (const d of FILTER_LIST) {
    const r = d.decode(read, vocab);
    Object.assign(filters, r.state);
    notices.push(...r.notices);
  }
  return { filters, notices };
}

/** The filters in force, in plain words, for the status line and picture captions (empty when none is). */
export const describeFilters = (f: FilterState, words: FilterWords): string[] =>
  FILTER_LIST.map((d) => d.describe(f, words)).filter((s): s is string => s !== null);
