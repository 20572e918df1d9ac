// The inconsistencies filter: which entities and relations carry a quirk (on small made-up data and on graph/data),
// and that the filter keeps exactly those, the ends of the kept relations and the subjects of the named claims.
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../../src/core/data/build.ts";
import { computeVisibility, FILTER_DEFAULTS } from "../../../../src/core/model/filters.ts";
import { quirkCarriers, quirks } from "../../../../src/core/model/filters/quirks.ts";
import { toGraph } from "../../../../src/core/model/graph.ts";
import { quirksFor } from "../../../../src/core/model/evidence.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

const kb = {
  meta: { title: "t", doi: "", root: "paper", format: "lankov-kg", version: 1 },
  relationTypes: [],
  entities: ["a", "b", "c", "d", "paper"].map((id) => ({ id, kind: "state", label: id, aliases: [], claims: [] })),
  relations: [
    { id: "a--x--b", type: "x", source: "a", target: "b", claims: ["c1"] },
    { id: "c--x--d", type: "x", source: "c", target: "d", claims: ["c2"] },
  ],
  claims: [
    { id: "c1", about: ["c"], relations: ["a--x--b"], quantities: [], citations: [], qualifiers: {} },
    { id: "c2", about: [], relations: ["c--x--d"], quantities: [], citations: [], qualifiers: {} },
  ],
  quirks: [
    { id: "q1", kind: "wording", locators: ["p1"], applies: ["c1"], note: "" },
    { id: "q2", kind: "spelling", locators: ["p2"], applies: ["d", "c1"], note: "" },
  ],
} as unknown as KnowledgeBase;

describe("quirkCarriers", () => {
  it("an entity carries the quirks naming it, a relation those naming a claim it rests on", () => {
    const c = quirkCarriers(kb);
    expect(Object.fromEntries(c.entities)).toEqual({ d: ["q2"] });
    expect(Object.fromEntries(c.relations)).toEqual({ "a--x--b": ["q1", "q2"] });
    expect([...c.subjects]).toEqual(["c"]);
  });
});

describe("the filter", () => {
  it.each<[string, boolean, Record<string, string>, Record<string, string>]>([
    ["off", false, { a: "shown", b: "shown", c: "shown", d: "shown", paper: "shown" }, {}],
    [
      "on: carriers, the ends of kept relations and the named claims' subjects",
      true,
      { a: "shown", b: "shown", c: "shown", d: "shown", paper: "hidden" },
      { "a--x--b": "shown", "c--x--d": "hidden" },
    ],
  ])("%s", (_n, onlyQuirks, nodes, edges) => {
    const vis = computeVisibility(kb, toGraph(kb), { ...FILTER_DEFAULTS, onlyQuirks });
    expect(Object.fromEntries(vis.nodes)).toEqual(nodes);
    for (const [id, v] of Object.entries(edges)) expect(vis.edges.get(id), id).toBe(v);
  });
  it("reads as plain words and round-trips its URL parameter", () => {
    expect(quirks.describe({ onlyQuirks: true }, { kinds: [], types: [], families: [], entityLabel: String })).toBe(
      "Only what an inconsistency concerns",
    );
    const p = new Map(quirks.encode({ onlyQuirks: true }));
    const vocab = { kinds: [], types: [], isSource: () => false, years: [1900, 2000] as [number, number] };
    expect(quirks.decode((k) => p.get(k) ?? null, vocab)).toEqual({ state: { onlyQuirks: true }, notices: [] });
  });
});

describe("on graph/data", () => {
  const data = requireKnowledgeBase();
  it("every shown relation lists a quirk in its panel, and every quirked relation and entity stays shown", () => {
    const vis = computeVisibility(data, toGraph(data), { ...FILTER_DEFAULTS, onlyQuirks: true });
    const c = quirkCarriers(data);
    expect(c.relations.size).toBeGreaterThan(0);
    for (const r of data.relations) {
      const listed = quirksFor(data, r.id, r).length > 0;
      expect(vis.edges.get(r.id) === "shown", r.id).toBe(listed);
    }
    for (const id of c.entities.keys()) expect(vis.nodes.get(id), id).toBe("shown");
    expect(vis.shownNodes).toBeLessThan(data.entities.length);
  });
});
