// Entities named like Object.prototype members (__proto__, constructor, toString), with relations starting and
// ending at them, go through every core function that builds or reads a graphology graph: the model graph, the
// layout, the filters, the picture scene and the GEXF writer. Each must treat them as ordinary ids, give the same
// answers it gives for any other id, and write nothing into the prototypes.
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/core/formats/gexf.ts";
import { computeVisibility, egoNetwork, FILTER_DEFAULTS } from "../../src/core/model/filters.ts";
import { entityId, nodeKey, toGraph } from "../../src/core/model/graph.ts";
import { computeLayout } from "../../src/core/model/layout.ts";
import { computeScene } from "../../src/core/picture/scene.ts";
import { VIEW_DEFAULTS } from "../../src/core/view/url-state.ts";
import { circleLayout, hostileKb, pollution, PROTO_IDS } from "../fixtures/hostile.ts";

const kb = hostileKb({ protoLinks: "targets" });
const layout = circleLayout(kb);
/** Every relation end, by entity id, as the knowledge base has it. */
const neighboursInKb = (id: string) =>
  [...new Set(kb.relations.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : [])))].sort();

/** Runs `f` and fails if it wrote anything where every object, function or string would inherit it. */
function clean<T>(f: () => T): T {
  const before = pollution();
  const out = f();
  expect(pollution()).toEqual(before);
  expect(Object.values(before).flat()).toEqual([]);
  return out;
}

describe("ids named like Object.prototype members", () => {
  it("the hostile knowledge base has relations starting and ending at each of them", () => {
    for (const id of PROTO_IDS) {
      expect(kb.relations.some((r) => r.target === id)).toBe(true);
      expect(neighboursInKb(id).length).toBeGreaterThan(0);
    }
    expect(kb.relations.some((r) => r.source === "__proto__")).toBe(true);
  });

  it("toGraph: one node each, with the knowledge base's neighbours and relations", () => {
    const g = clean(() => toGraph(kb, layout));
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    for (const id of PROTO_IDS) {
      const key = nodeKey(id);
      expect(g.hasNode(key)).toBe(true);
      expect(g.neighbors(key).map(entityId).sort()).toEqual(neighboursInKb(id));
      expect([g.getNodeAttribute(key, "x"), g.getNodeAttribute(key, "y")]).toEqual(layout[id]);
    }
    // Every relation joins the entities it names.
    for (const r of kb.relations) expect(g.extremities(r.id).map(entityId)).toEqual([r.source, r.target]);
    // Iteration gives every entity exactly once.
    expect(g.mapNodes(entityId).sort()).toEqual(kb.entities.map((e) => e.id).sort());
  });

  it("computeLayout: positions keyed by entity id, one for each entity, in a null-prototype object", () => {
    const pos = clean(() => computeLayout(toGraph(kb), { iterations: 5, noverlapIterations: 5 }));
    expect(Object.getPrototypeOf(pos)).toBeNull();
    expect(Object.keys(pos).sort()).toEqual(kb.entities.map((e) => e.id).sort());
    for (const id of PROTO_IDS) expect(pos[id].every(Number.isFinite)).toBe(true);
    const g = toGraph(kb);
    clean(() => computeLayout.assign(g, { iterations: 5, noverlapIterations: 5 }));
    for (const id of PROTO_IDS) expect(g.getNodeAttribute(nodeKey(id), "x")).toBe(pos[id][0]);
  });

  it("computeVisibility: states by entity id; hiding a kind hides them and their relations", () => {
    const g = toGraph(kb, layout);
    const all = clean(() => computeVisibility(kb, g, FILTER_DEFAULTS));
    expect([...all.nodes.keys()].sort()).toEqual(kb.entities.map((e) => e.id).sort());
    for (const id of PROTO_IDS) expect(all.nodes.get(id)).toBe("shown");
    const hidden = computeVisibility(kb, g, { ...FILTER_DEFAULTS, hiddenKinds: ["concept"] });
    expect(hidden.nodes.get("__proto__")).toBe("hidden");
    for (const r of kb.relations.filter((x) => x.source === "__proto__" || x.target === "__proto__"))
      expect(hidden.edges.get(r.id)).toBe("hidden");
    // Degree filters count relations at them like at any node.
    const isolated = computeVisibility(kb, g, { ...FILTER_DEFAULTS, hideIsolated: true });
    for (const id of PROTO_IDS) expect(isolated.nodes.get(id)).toBe("shown");
  });

  it("egoNetwork and the neighbourhood filter start from them and reach them", () => {
    const g = toGraph(kb, layout);
    for (const id of PROTO_IDS) expect([...egoNetwork(g, id, 1)].sort()).toEqual([id, ...neighboursInKb(id)].sort());
    const ego = computeVisibility(kb, g, { ...FILTER_DEFAULTS, egoDepth: 1 }, "constructor");
    const shown = [...ego.nodes].filter(([, v]) => v !== "hidden").map(([id]) => id);
    expect(shown.sort()).toEqual(["constructor", ...neighboursInKb("constructor")].sort());
  });

  it("computeScene: draws them, their relations, and highlights a selection of one", () => {
    const view = { ...VIEW_DEFAULTS, selected: { kind: "entity" as const, id: "__proto__" } };
    const scene = clean(() => computeScene(kb, layout, view, { viewport: { width: 800, height: 600 } }));
    const ids = scene.nodes.map((n) => n.id);
    for (const id of PROTO_IDS) expect(ids).toContain(id);
    const edges = new Map(scene.edges.map((e) => [e.id, e]));
    for (const r of kb.relations.filter((x) => PROTO_IDS.includes(x.target as (typeof PROTO_IDS)[number])))
      expect(edges.has(r.id)).toBe(true);
    // Selected: it and its neighbours keep their colour, the others fade.
    const lit = new Set(["__proto__", ...neighboursInKb("__proto__")]);
    for (const n of scene.nodes) expect([n.id, n.state]).toEqual([n.id, lit.has(n.id) ? "shown" : "faded"]);
  });

  it("writeGexf: node ids, sources and targets are the entity ids", () => {
    const gexf = clean(() => writeGexf(kb, layout));
    for (const id of PROTO_IDS) expect(gexf).toContain(`<node id="${id}"`);
    expect(gexf).toContain(`target="__proto__"`);
    expect(gexf).toContain(`source="__proto__"`);
    expect(gexf).not.toContain("\uE000");
  });
});
