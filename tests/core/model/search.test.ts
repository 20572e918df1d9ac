// Search: fuzzy, accent-insensitive, over labels, aliases and descriptions, exact names first; the index is built on
// the first non-empty query or warm-up, once, and gives on graph/data exactly what the eager index gave.
import MiniSearch from "minisearch";
import { describe, expect, it, vi } from "vitest";
import type { KbEntity } from "../../../src/core/data/build.ts";
import { buildIndex, createSearch, fold, type EntitySearch, type SearchHit } from "../../../src/core/model/search.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const e = (id: string, label: string, aliases: string[] = [], description = "", kind = "person"): KbEntity =>
  ({ id, kind, label, aliases, description, attributes: {}, claims: [] }) as KbEntity;
const ENTITIES = [
  e("bezik", "Igor Bezík"),
  e("ussr", "USSR", ["Soviet Union"], "The Soviet state", "state"),
  e("sakhalin", "Sakhalin", [], "Island in the Far East", "region"),
  e("kurils", "Kuril Islands", ["Kurils"], "Border islands", "region"),
  e("model-1946", "The 1946 model", ["1946 model"], "Recruitment for fisheries", "model"),
];
const search = createSearch(ENTITIES);

describe("search", () => {
  it.each([
    ["accent-insensitive", "bezik", "bezik"],
    ["accented query", "Bezík", "bezik"],
    ["alias", "soviet union", "ussr"],
    ["prefix", "sakh", "sakhalin"],
    ["typo", "sakalin", "sakhalin"],
    ["description word", "fisheries", "model-1946"],
    ["exact alias first", "Kurils", "kurils"],
  ])("%s: %s → %s", (_n, q, id) => {
    expect(search.search(q)[0]?.id).toBe(id);
  });
  it("returns the kind with each hit and nothing for an empty query", () => {
    expect(search.search("ussr")[0].kind).toBe("state");
    expect(search.search("   ")).toEqual([]);
  });
  it("fold strips accents and case", () => {
    expect(fold("Bezík ÉÀ")).toBe("bezik ea");
  });
});

type Step = string | "warm()";
describe("the index is built on first use, once", () => {
  it.each<[string, Step[], number]>([
    ["createSearch alone", [], 0],
    ["empty and blank queries", ["", "   ", "\t\n"], 0],
    ["a first query", ["sakh"], 1],
    ["a query with no hit", ["zzzzqqq"], 1],
    ["blank, then a query", ["  ", "ussr"], 1],
    ["many queries", ["sakh", "ussr", "Bezík", "kurils", "sakalin"], 1],
    ["warm-up", ["warm()"], 1],
    ["warm-up twice", ["warm()", "warm()"], 1],
    ["warm-up, then queries", ["warm()", "sakh", "ussr"], 1],
    ["a query, then warm-up", ["sakh", "warm()"], 1],
  ])("%s: %j → %i build(s)", (_n, steps, builds) => {
    const index = vi.fn(buildIndex);
    const s = createSearch(ENTITIES, index);
    expect(index).not.toHaveBeenCalled();
    expect(s.built).toBe(false);
    for (const step of steps) {
      if (step === "warm()") s.warm();
      else s.search(step);
    }
    expect(index).toHaveBeenCalledTimes(builds);
    expect(s.built).toBe(builds > 0);
  });

  it("builds from the entities as they are when first used", () => {
    const index = vi.fn(buildIndex);
    createSearch(ENTITIES, index).search("sakh");
    expect(index).toHaveBeenCalledWith(ENTITIES);
  });
});

/** The implementation before the index was built lazily (index built in createSearch), kept as the reference. */
function eagerSearch(entities: KbEntity[]): EntitySearch["search"] {
  const ms = new MiniSearch<{ id: string; label: string; aliases: string; description: string; kind: string }>({
    fields: ["label", "aliases", "description"],
    storeFields: ["label", "kind"],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { label: 3, aliases: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  ms.addAll(
    entities.map((x) => ({
      id: x.id,
      label: x.label,
      aliases: x.aliases.join(" · "),
      description: x.description,
      kind: x.kind,
    })),
  );
  const byId = new Map(entities.map((x) => [x.id, x]));
  return (query, limit = 12): SearchHit[] => {
    const q = query.trim().slice(0, 200);
    if (!q) return [];
    let results = ms.search(q);
    if (!results.length) results = ms.search(q, { combineWith: "OR" });
    const fq = fold(q);
    return results
      .map((r) => {
        const x = byId.get(String(r.id))!;
        const exact = [x.label, ...x.aliases].some((n) => fold(n) === fq);
        return { id: x.id, label: x.label, kind: x.kind, score: r.score + (exact ? 1000 : 0) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  };
}

describe("on graph/data, the lazy index answers exactly as the eager one", () => {
  const kb = requireKnowledgeBase();
  const eager = eagerSearch(kb.entities);
  // Every label and alias, whole, as a 4-letter prefix, with a typo (a letter dropped), and without accents; the
  // first word of each description; and a few hand-picked queries (no hit, blank, accented, several words).
  const names = kb.entities.flatMap((x) => [x.label, ...x.aliases]);
  const queries = [
    ...names,
    ...names.map((n) => n.slice(0, 4)),
    ...names.filter((n) => n.length > 5).map((n) => n.slice(0, 2) + n.slice(3)),
    ...names.map(fold),
    ...kb.entities.map((x) => x.description.split(/\s+/)[0] ?? ""),
    "",
    "   ",
    "zzzzqqq",
    "Bezík",
    "soviet union",
    "north korean workers",
    "1967",
  ];

  it("has enough queries to compare", () => {
    expect(kb.entities.length).toBeGreaterThan(100);
    expect(queries.length).toBeGreaterThan(400);
  });

  it.each([
    ["built by the first query", (s: EntitySearch) => s],
    [
      "warmed up first",
      (s: EntitySearch) => {
        s.warm();
        return s;
      },
    ],
  ])("%s: same hits, order and scores for every query and limit", (_n, prepare) => {
    const lazy = prepare(createSearch(kb.entities));
    for (const q of queries) {
      expect(lazy.search(q), q).toEqual(eager(q));
      expect(lazy.search(q, 3), q).toEqual(eager(q, 3));
    }
    expect(lazy.built).toBe(true);
  });
});
