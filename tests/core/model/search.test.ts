// Search: fuzzy, accent-insensitive, over labels, aliases and descriptions, exact names first; the index is built on
// the first non-empty query or warm-up, once, and gives on graph/data exactly what the eager index gave.
import { describe, expect, it, vi } from "vitest";
import type { KbClaim, KbEntity } from "../../../src/core/data/build.ts";
import { buildIndex, createSearch, fold, HIT_TYPES, type EntitySearch } from "../../../src/core/model/search.ts";
import { NEAR_SHARE, NEAR_SPAN } from "../../../src/core/model/search-figures.ts";
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

describe("on graph/data, the lazy index answers exactly as one built ahead", () => {
  const kb = requireKnowledgeBase();
  const more = { claims: kb.claims, quirks: kb.quirks };
  const ahead = createSearch(kb.entities, undefined, more);
  ahead.warm();
  const eager = (q: string, limit?: number) => ahead.search(q, limit);
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
    const lazy = prepare(createSearch(kb.entities, undefined, more));
    for (const q of queries) {
      expect(lazy.search(q), q).toEqual(eager(q));
      expect(lazy.search(q, 3), q).toEqual(eager(q, 3));
    }
    expect(lazy.built).toBe(true);
  });
});

describe("search over what the paper says", () => {
  const kb = requireKnowledgeBase();
  const s = createSearch(kb.entities, undefined, { claims: kb.claims, quirks: kb.quirks });
  const claimsWith = (pred: (c: (typeof kb.claims)[number]) => boolean) => kb.claims.filter(pred).map((c) => c.id);

  it("groups hits by type: entities, sources, then claims, then inconsistencies", () => {
    const types = [...s.search("Sakhalin", 50), ...s.search("Lankov", 50)].map((h) => h.type);
    expect(types).toContain("source");
    expect(types).toContain("entity");
    expect(types).toContain("claim");
    for (const q of ["Sakhalin", "Lankov", "1969"]) {
      const t = s.search(q, 50).map((h) => h.type);
      expect(t, q).toEqual([...t].sort((a, b) => HIT_TYPES.indexOf(a) - HIT_TYPES.indexOf(b)));
    }
  });

  it("a number finds the figures of that value, then near ones, never a fuzzy neighbour", () => {
    const withValue = claimsWith((c) => c.quantities.some((q) => [q.value, q.low, q.high].includes(12000)));
    expect(withValue.length).toBeGreaterThan(0);
    const hits = s.search("12,000", 50).filter((h) => h.type === "claim");
    const exact = hits.filter((h) => !h.near);
    expect(exact.map((h) => h.id)).toEqual(expect.arrayContaining(withValue));
    for (const h of exact) {
      const c = kb.claims.find((x) => x.id === h.id)!;
      const text = (c.text + c.quantities.map((q) => `${q.text} ${q.value} ${q.low} ${q.high}`).join(" ")).replace(
        /(\d),(\d{3})/g,
        "$1$2",
      );
      expect(text, h.id).toMatch(/(^|\D)12000(\D|$)/);
    }
    // Near: a figure within NEAR_SHARE of the value, listed after every exact one.
    const near = hits.filter((h) => h.near);
    expect(near.map((h) => h.id)).toContain(claimsWith((c) => c.quantities.some((q) => q.value === 12486))[0]);
    for (const h of near) {
      const c = kb.claims.find((x) => x.id === h.id)!;
      const values = c.quantities.flatMap((q) => [q.value, q.low, q.high].filter((v) => v !== undefined));
      expect(
        values.some((v) => Math.abs(v - 12000) <= 12000 * NEAR_SHARE),
        h.id,
      ).toBe(true);
    }
    expect(hits).toEqual([...exact, ...near]);
    expect(
      s
        .search("12000", 50)
        .filter((h) => h.type === "claim")
        .map((h) => h.id),
    ).toEqual(hits.map((h) => h.id));
  });

  // What a reader types, and what must come first in its group (expected ids read from the data).
  const firstOf = (type: string, pred: (x: never) => boolean) =>
    ((type === "claim" ? kb.claims : type === "quirk" ? kb.quirks : kb.entities) as never[])
      .filter(pred)
      .map((x) => (x as { id: string }).id);
  const source = (x: { kind: string; attributes: Record<string, unknown> }) => x.kind === "source";
  const author = (x: { attributes: Record<string, unknown> }) =>
    ((x.attributes.author as { family?: string }[] | undefined) ?? []).map((a) => a.family ?? "");
  const baxandall = kb.entities.find((x) => source(x) && author(x).includes("Baxandall"))!;
  const titleWord = String((baxandall.attributes as Record<string, unknown>).title)
    .split(/\W+/)
    .find((w) => w.length > 8)!;
  it.each<[string, string, string, (x: never) => boolean, boolean]>([
    ["an author's surname", "Baxandall", "source", (x: { id: string }) => x.id === baxandall.id, true],
    ["a word of a title only", titleWord, "source", (x: { id: string }) => x.id === baxandall.id, false],
    ["an interviewee id", "R7", "source", (x: { id: string }) => x.id === "r7", true],
    ["a year", "1969", "claim", (c: KbClaim) => c.qualifiers.start === 1969 && c.qualifiers.end === 1969, true],
    [
      "a month and year",
      "April 1969",
      "claim",
      (c: KbClaim) => c.qualifiers.when?.startsWith("1969-04") ?? false,
      true,
    ],
    ["a month as ISO", "1969-04", "claim", (c: KbClaim) => c.qualifiers.when?.startsWith("1969-04") ?? false, true],
    ["a figure as worded", "12,486", "claim", (c: KbClaim) => c.quantities.some((q) => q.value === 12486), true],
  ])("%s: %s → the first %s hits (exact: %s)", (_n, q, type, pred, exact) => {
    const want = firstOf(type, pred);
    expect(want.length, "the data has what the query asks for").toBeGreaterThan(0);
    const hits = s.search(q, 50).filter((h) => h.type === type);
    expect(
      hits
        .slice(0, want.length)
        .map((h) => h.id)
        .sort(),
    ).toEqual([...want].sort());
    expect(hits.slice(0, want.length).every((h) => !h.near && h.score >= 1000)).toBe(exact);
  });

  it("a year finds vague dates that may be it as near, never dates far wider", () => {
    const hits = s.search("1969", 100).filter((h) => h.type === "claim");
    const near = hits.filter((h) => h.near).map((h) => kb.claims.find((c) => c.id === h.id)!);
    expect(near.length).toBeGreaterThan(0);
    for (const c of near) {
      const { start, end } = c.qualifiers;
      expect(start! <= 1969 && end! >= 1969 && end! - start! <= NEAR_SPAN, c.id).toBe(true);
    }
  });

  it("finds claims by locator and quirks by their type, choosing selects them", () => {
    const p30 = s.search("p30", 100).filter((h) => h.type === "claim");
    expect(p30.map((h) => h.id).sort()).toEqual(claimsWith((c) => c.locator === "p30").sort());
    expect(p30.every((h) => h.select.kind === "claim" && h.select.id === h.id)).toBe(true);
    const dates = s.search("date conflict", 100).filter((h) => h.type === "quirk");
    expect(dates.map((h) => h.id)).toEqual(
      expect.arrayContaining(kb.quirks.filter((q) => q.kind === "date-conflict").map((q) => q.id)),
    );
    expect(dates.every((h) => h.select.kind === "quirk")).toBe(true);
  });

  it("ranks exact wording above fuzzy matches", () => {
    const c = kb.claims.find((x) => x.quantities.some((q) => /\d/.test(q.text)))!;
    const q = c.quantities.find((x) => /\d/.test(x.text))!.text;
    const hits = s.search(q, 100).filter((h) => h.type === "claim");
    const exact = hits.filter((h) => h.score >= 1000);
    expect(exact.map((h) => h.id)).toContain(c.id);
    expect(hits.slice(0, exact.length)).toEqual(exact);
  });
});
