// The contract every filter definition keeps, checked over the whole list so a new filter is held to it too: it owns
// its state keys and URL parameters alone, and its defaults encode to nothing, decode from nothing, change no item
// and read as no filter.
import { describe, expect, it } from "vitest";
import { toGraph } from "../../../../src/core/model/graph.ts";
import {
  decodeFilters,
  describeFilters,
  encodeFilters,
  FILTER_DEFAULTS,
  FILTER_LIST,
  FILTER_PARAMS,
} from "../../../../src/core/model/filters/index.ts";
import type { FilterVocabulary, FilterWords } from "../../../../src/core/model/filters/definition.ts";
import type { KnowledgeBase } from "../../../../src/core/data/build.ts";
import { URL_PARAMS } from "../../../../src/core/view/url-state.ts";

const vocab: FilterVocabulary = { kinds: ["state"], types: ["employs"], isSource: () => true, years: [1945, 2020] };
const words: FilterWords = { kinds: [], types: [], families: [], entityLabel: (id) => id };
const kb: KnowledgeBase = {
  meta: { title: "t", doi: "", root: "a", format: "lankov-kg", version: 1 },
  relationTypes: [],
  entities: [],
  relations: [],
  claims: [],
  quirks: [],
};
const ctx = { kb, graph: toGraph(kb), selection: "a" };

describe("the filter list", () => {
  it("gives every state key and every URL parameter to exactly one filter", () => {
    const keys = FILTER_LIST.flatMap((d) => Object.keys(d.defaults));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(FILTER_DEFAULTS).sort()).toEqual([...keys].sort());
    expect(new Set(FILTER_PARAMS).size).toBe(FILTER_PARAMS.length);
    expect(new Set(URL_PARAMS).size).toBe(URL_PARAMS.length);
    expect(new Set(FILTER_LIST.map((d) => d.id)).size).toBe(FILTER_LIST.length);
  });

  it.each(FILTER_LIST.map((d) => [d.id, d] as const))("%s: its defaults are no filter at all", (_id, d) => {
    expect(d.encode(d.defaults)).toEqual([]);
    expect(d.decode(() => null, vocab)).toEqual({ state: d.defaults, notices: [] });
    expect(d.apply(d.defaults, ctx)).toBeNull();
    expect(d.describe(d.defaults, words)).toBeNull();
  });

  it.each(FILTER_LIST.map((d) => [d.id, d] as const))("%s: reads only its own parameters", (_id, d) => {
    const read: string[] = [];
    d.decode((k) => (read.push(k), null), vocab);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((k) => d.params.includes(k))).toBe(true);
  });

  it("composes: the defaults encode to nothing, decode from nothing and describe as nothing", () => {
    expect(encodeFilters(FILTER_DEFAULTS)).toEqual([]);
    expect(decodeFilters(() => null, vocab)).toEqual({ filters: FILTER_DEFAULTS, notices: [] });
    expect(describeFilters(FILTER_DEFAULTS, words)).toEqual([]);
  });
});
