// Pictures of views as SVG: one element per visible node and edge (none for hidden ones), text escaped so hostile
// labels and titles stay text, a legend of only what is visible, the selection drawn as the canvas draws it, and the
// same output for the same input. Checked on a small hand-made knowledge base, then on every shipped view.
import { selectedEntityId } from "../../../src/core/view/selection.ts";
import { DOMParser } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { KbEntity, KbRelation, KnowledgeBase } from "../../../src/core/data/build.ts";
import { computeVisibility, FILTER_DEFAULTS, type FilterState } from "../../../src/core/model/filters.ts";
import { toGraph, type Positions } from "../../../src/core/model/graph.ts";
import { FADED_NODE, familyOf, RELATION_FAMILIES } from "../../../src/core/view/palette.ts";
import { KINDS } from "../../../src/core/data/kinds.ts";
import { renderPicture, renderSvg, type PictureOptions } from "../../../src/core/picture/svg.ts";
import { VIEW_DEFAULTS, type ViewState } from "../../../src/core/view/url-state.ts";
import { parseViews, viewStateOf, vocabularyOf, VIEWS_FILE } from "../../../src/core/view/views.ts";
import { buildDataset } from "../../../src/node/dataset.ts";
import { claimsCiting, evidenceLinks, traceOf } from "../../../src/core/model/evidence.ts";

type XmlDocument = Document;
type XmlElement = Element;

const HOSTILE = `<script>alert("x")</script> & 'quotes' ]]> <!-- -->`;

// Attributes are left empty: the pictures do not read them.
const entity = (id: string, kind: KbEntity["kind"], label = id.toUpperCase(), span?: [number, number]): KbEntity =>
  ({
    id,
    kind,
    label,
    aliases: [],
    description: "",
    attributes: {},
    claims: ["c1"],
    ...(span ? { start: span[0], end: span[1] } : {}),
  }) as KbEntity;
const relation = (source: string, type: string, target: string, span?: [number, number], key?: string): KbRelation => ({
  id: `${source}--${type}--${target}${key ? `--${key}` : ""}`,
  type,
  source,
  target,
  claims: ["c1"],
  ...(key ? { key } : {}),
  ...(span ? { start: span[0], end: span[1] } : {}),
});

// a ⇄ b (two opposite relations: curves), a → b twice more with keys, b → c, c → d, e isolated, f dated 1990s.
const kb: KnowledgeBase = {
  meta: { title: "T", doi: "10.1/x", root: "c", format: "lankov-kg", version: 1 },
  relationTypes: [
    { id: "employs", label: "employs", inverse: "employed by", description: "" },
    { id: "regulates", label: "regulates", inverse: "regulated by", description: "" },
    { id: "cites", label: "cites", inverse: "cited by", description: "" },
  ],
  entities: [
    entity("a", "state", HOSTILE),
    entity("b", "group", "Workers"),
    entity("c", "source", "Paper 2020"),
    entity("d", "source", "Ref 1999"),
    entity("e", "concept", "Lonely idea"),
    entity("f", "event", "Late event", [1990, 1999]),
  ],
  relations: [
    relation("a", "employs", "b", [1950, 1960], "k1"),
    relation("a", "employs", "b", [1961, 1970], "k2"),
    relation("b", "regulates", "a"),
    relation("b", "cites", "c"),
    relation("c", "cites", "d"),
    relation("f", "regulates", "b", [1990, 1999]),
  ],
  claims: [],
  quirks: [],
};
const layout: Positions = { a: [0, 0], b: [10, 2], c: [20, -5], d: [30, 0], e: [-10, 8], f: [5, 12] };
const graph = toGraph(kb, layout);

const OPTIONS: PictureOptions = { width: 800, height: 600, legend: true, background: "white" };
const view = (patch: Partial<ViewState> = {}, filters: Partial<FilterState> = {}): ViewState => ({
  ...VIEW_DEFAULTS,
  ...patch,
  filters: { ...FILTER_DEFAULTS, ...filters },
});

function parse(svg: string): XmlDocument {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: unknown) => {
      if (level !== "warning") errors.push(String(msg));
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  expect(doc.documentElement!.nodeName).toBe("svg");
  return doc;
}
const all = (doc: XmlDocument, tag: string): XmlElement[] => Array.from(doc.getElementsByTagName(tag));
const byRole = (doc: XmlDocument, role: string): XmlElement[] =>
  all(doc, "*").filter((e) => e.getAttribute("data-role") === role);
const ids = (els: XmlElement[]) => els.map((e) => e.getAttribute("data-id")!).sort();
const nodeEls = (doc: XmlDocument) => byRole(doc, "nodes").flatMap((g) => Array.from(g.getElementsByTagName("circle")));
const edgeEls = (doc: XmlDocument) => byRole(doc, "edges").flatMap((g) => Array.from(g.getElementsByTagName("path")));

/** Node and edge ids the filters leave visible (shown or faded). */
function visibleIds(v: ViewState) {
  const vis = computeVisibility(kb, graph, v.filters, selectedEntityId(v.selected));
  const keep = (m: Map<string, string>) =>
    [...m]
      .filter(([, s]) => s !== "hidden")
      .map(([id]) => id)
      .sort();
  return { nodes: keep(vis.nodes), edges: keep(vis.edges) };
}

describe("renderSvg on a small knowledge base", () => {
  const cases: [string, ViewState][] = [
    ["the default view", view()],
    ["a hidden kind", view({}, { hiddenKinds: ["source"] })],
    ["a hidden relation type", view({}, { hiddenTypes: ["employs"] })],
    ["years with others faded", view({}, { years: [1950, 1960] })],
    ["years with others hidden", view({}, { years: [1950, 1960], timeMode: "hide" })],
    ["isolated hidden", view({}, { hideIsolated: true })],
    ["neighbourhood of a selection", view({ selected: { kind: "source", id: "c" } }, { egoDepth: 1 })],
    ["a selected relation", view({ selected: { kind: "relation", id: "b--cites--c" } })],
    ["a camera", view({ camera: { x: 0.4, y: 0.6, ratio: 0.5 } })],
  ];
  for (const [name, v] of cases)
    it(`one element per visible node and edge: ${name}`, () => {
      const doc = parse(renderSvg(kb, layout, v, OPTIONS));
      const want = visibleIds(v);
      expect(ids(nodeEls(doc))).toEqual(want.nodes);
      expect(ids(edgeEls(doc))).toEqual(want.edges);
    });

  it("draws parallel relations as distinct curves and lone ones straight", () => {
    const { scene } = renderPicture(kb, layout, view(), OPTIONS);
    const path = (id: string) => scene.edges.find((e) => e.id === id)!.path;
    expect(path("a--employs--b--k1")).toContain("Q");
    expect(path("a--employs--b--k1")).not.toBe(path("a--employs--b--k2"));
    expect(path("b--regulates--a")).toContain("Q");
    expect(path("c--cites--d")).not.toContain("Q");
  });

  it("escapes every text: hostile labels, titles and captions stay text", () => {
    const svg = renderSvg(kb, layout, view({}, { hideIsolated: true }), {
      ...OPTIONS,
      title: `</text></svg><script>alert(1)</script>`,
      caption: `Caption with <b>tags</b> & "quotes"\n${HOSTILE}`,
      labelScale: 1.5,
    });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<b>");
    const doc = parse(svg);
    expect(all(doc, "script")).toHaveLength(0);
    expect(all(doc, "b")).toHaveLength(0);
    expect(byRole(doc, "title")[0].textContent).toBe(`</text></svg><script>alert(1)</script>`);
    expect(all(doc, "title")[0].textContent).toBe(`</text></svg><script>alert(1)</script>`);
    const labels = byRole(doc, "labels")[0];
    const a = Array.from(labels.getElementsByTagName("text")).find((t) => t.getAttribute("data-for") === "a");
    expect(a?.textContent).toBe(HOSTILE);
    expect(byRole(doc, "caption")[0].textContent).toContain(`Caption with <b>tags</b> & "quotes"`);
  });

  it("escapes ids in attributes and drops characters XML cannot hold", () => {
    const odd: KnowledgeBase = {
      ...kb,
      entities: [...kb.entities, entity(`x"y`, "concept", "bell\u0007 and <tag>")],
    };
    const doc = parse(renderSvg(odd, { ...layout, 'x"y': [1, 1] }, view({ labelDensity: 1 }), OPTIONS));
    expect(ids(nodeEls(doc))).toContain(`x"y`);
  });

  const legendKinds = (svg: string) => byRole(parse(svg), "legend-kind").map((g) => g.getAttribute("data-id"));
  const legendRelations = (svg: string) => byRole(parse(svg), "legend-relation").map((g) => g.getAttribute("data-id"));

  it("the legend lists the visible kinds and relation families, in the palette's order", () => {
    expect(legendKinds(renderSvg(kb, layout, view(), OPTIONS))).toEqual([
      "state",
      "source",
      "event",
      "group",
      "concept",
    ]);
    expect(legendRelations(renderSvg(kb, layout, view(), OPTIONS))).toEqual(["labor", "power", "evidence"]);
  });

  it("the legend leaves out hidden and faded kinds and families", () => {
    const hidden = renderSvg(kb, layout, view({}, { hiddenKinds: ["source", "concept"] }), OPTIONS);
    expect(legendKinds(hidden)).toEqual(["state", "event", "group"]);
    expect(legendRelations(hidden)).toEqual(["labor", "power"]);
    // 1950-1960: f (1990s) and its relation fade; undated items stay.
    const faded = renderSvg(kb, layout, view({}, { years: [1950, 1960], hiddenTypes: ["regulates"] }), OPTIONS);
    expect(legendKinds(faded)).not.toContain("event");
    expect(legendRelations(faded)).toEqual(["labor", "evidence"]);
    const circle = nodeEls(parse(faded)).find((c) => c.getAttribute("data-id") === "f")!;
    expect(circle.getAttribute("fill")).toBe(FADED_NODE);
    expect(circle.getAttribute("data-state")).toBe("faded");
  });

  it("without legend, title or caption, the graph takes the whole picture", () => {
    const p = renderPicture(kb, layout, view(), { ...OPTIONS, legend: false });
    expect(p.graphBox).toEqual({ x: 0, y: 0, width: 800, height: 600 });
    const doc = parse(p.svg);
    expect(byRole(doc, "legend")).toHaveLength(0);
    expect(byRole(doc, "title")).toHaveLength(0);
    expect(byRole(doc, "caption")).toHaveLength(0);
    const withAll = renderPicture(kb, layout, view(), { ...OPTIONS, title: "T", caption: "C" });
    expect(withAll.graphBox.y).toBeGreaterThan(0);
    expect(withAll.graphBox.y + withAll.graphBox.height).toBeLessThan(600);
    expect(withAll.graphBox.width).toBeLessThan(800);
  });

  it("a transparent background has no background rectangle", () => {
    expect(byRole(parse(renderSvg(kb, layout, view(), OPTIONS)), "background")).toHaveLength(1);
    const t = parse(renderSvg(kb, layout, view(), { ...OPTIONS, background: "transparent" }));
    expect(byRole(t, "background")).toHaveLength(0);
  });

  it("a selected entity is highlighted with its label; what is not its neighbour fades", () => {
    const { scene } = renderPicture(kb, layout, view({ selected: { kind: "entity", id: "b" } }), OPTIONS);
    const node = (id: string) => scene.nodes.find((n) => n.id === id)!;
    expect(node("b")).toMatchObject({ highlighted: true, label: "Workers", state: "shown" });
    expect(node("c")).toMatchObject({ state: "shown", label: "Paper 2020", color: KINDS.source.color });
    expect(node("d")).toMatchObject({ state: "faded", label: null, color: FADED_NODE });
    const labelled = scene.edges.filter((e) => e.label).map((e) => e.label!.text);
    expect(labelled.sort()).toEqual(["cites", "employs", "employs", "regulates", "regulates"]);
    expect(scene.edges.find((e) => e.id === "c--cites--d")!.state).toBe("faded");
  });

  it("a selected source with no claim to trace fades everything, as the canvas does", () => {
    const { scene } = renderPicture(kb, layout, view({ selected: { kind: "source", id: "d" } }), OPTIONS);
    expect(scene.nodes.every((n) => n.state === "faded")).toBe(true);
  });

  it("labels scale with labelScale, node sizes do not", () => {
    const one = renderPicture(kb, layout, view(), OPTIONS).scene;
    const two = renderPicture(kb, layout, view(), { ...OPTIONS, labelScale: 2 }).scene;
    expect(two.labelSize).toBe(2 * one.labelSize);
    const radii = (s: typeof one) => s.nodes.map((n) => n.radius / s.nodes[0].radius);
    radii(two).forEach((r, i) => expect(r).toBeCloseTo(radii(one)[i], 9));
  });

  it("is deterministic: the same input gives the same SVG", () => {
    const v = view({ selected: { kind: "entity", id: "b" } }, { years: [1950, 1970] });
    const o = { ...OPTIONS, title: "Same", caption: "Same caption" };
    expect(renderSvg(kb, layout, v, o)).toBe(renderSvg(kb, layout, v, o));
  });

  it("rejects impossible sizes with a message naming the option", () => {
    expect(() => renderSvg(kb, layout, view(), { ...OPTIONS, width: 0 })).toThrow(/picture: width/);
    expect(() => renderSvg(kb, layout, view(), { ...OPTIONS, height: 1e6 })).toThrow(/picture: height/);
    expect(() => renderSvg(kb, layout, view(), { ...OPTIONS, width: 640.5 })).toThrow(/picture: width/);
    expect(() => renderSvg(kb, layout, view(), { ...OPTIONS, labelScale: -1 })).toThrow(/labelScale/);
  });
});

describe("every shipped view on the real data", () => {
  let real: ReturnType<typeof buildDataset>;
  beforeAll(() => {
    real = buildDataset();
  });

  it("renders with one element per visible node and edge", () => {
    const vocab = vocabularyOf(real.kb);
    const text = readFileSync(join(import.meta.dirname, "..", "..", "..", VIEWS_FILE), "utf8");
    const { views, problems } = parseViews(text, VIEWS_FILE, vocab);
    expect(problems).toEqual([]);
    expect(views.length).toBeGreaterThanOrEqual(6);
    const realGraph = toGraph(real.kb, real.layout);
    for (const named of views) {
      const { view: v } = viewStateOf(named, vocab);
      const { svg, scene } = renderPicture(real.kb, real.layout, v, { ...OPTIONS, title: named.title });
      const doc = parse(svg);
      const vis = computeVisibility(real.kb, realGraph, v.filters, selectedEntityId(v.selected));
      const visible = (m: Map<string, string>) => [...m.values()].filter((s) => s !== "hidden").length;
      expect(nodeEls(doc), named.id).toHaveLength(visible(vis.nodes));
      expect(edgeEls(doc), named.id).toHaveLength(visible(vis.edges));
      expect(scene.nodes.length, named.id).toBeGreaterThan(0);
      // A fitted camera keeps every drawn node inside the graph area.
      for (const n of scene.nodes) {
        expect(n.x, `${named.id} ${n.id}`).toBeGreaterThanOrEqual(0);
        expect(n.x).toBeLessThanOrEqual(scene.viewport.width);
        expect(n.y).toBeGreaterThanOrEqual(0);
        expect(n.y).toBeLessThanOrEqual(scene.viewport.height);
      }
    }
  });

  it("draws the evidence layer when the view has it on, one element per link", () => {
    const v = { ...VIEW_DEFAULTS, evidence: true };
    const doc = parse(renderSvg(real.kb, real.layout, v, OPTIONS));
    const links = evidenceLinks(real.kb);
    const drawn = edgeEls(doc).filter((e) => e.getAttribute("data-id")!.startsWith("evidence:"));
    expect(links.length).toBeGreaterThan(0);
    expect(drawn).toHaveLength(links.length);
    expect(drawn.every((e) => e.getAttribute("data-relation") === "supports")).toBe(true);
    expect(byRole(doc, "legend-relation").map((g) => g.getAttribute("data-id"))).toContain("evidence-layer");
  });

  it("a selected source lights exactly what it supports, as the canvas' trace does", () => {
    const source = "krushanova-2014";
    const trace = traceOf(real.kb, claimsCiting(real.kb, source));
    const { scene } = renderPicture(
      real.kb,
      real.layout,
      { ...VIEW_DEFAULTS, selected: { kind: "source", id: source } },
      OPTIONS,
    );
    const lit = scene.nodes.filter((n) => n.state === "shown").map((n) => n.id);
    expect(lit.sort()).toEqual([...trace.nodes].sort());
    const litEdges = scene.edges.filter((e) => e.state === "shown").map((e) => e.id);
    expect(litEdges.sort()).toEqual([...trace.edges].sort());
  });
});

describe("kinds by shape as well as colour", () => {
  it("every shown node carries its kind's glyph, in an ink that contrasts with the node, and so does the legend", () => {
    const doc = parse(renderSvg(kb, layout, view(), OPTIONS));
    const nodes = all(doc, "circle").filter((c) => c.getAttribute("data-kind"));
    const glyphs = byRole(doc, "glyph");
    const shown = nodes.filter((c) => c.getAttribute("data-state") === "shown");
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) {
      const kind = c.getAttribute("data-kind")!;
      expect(glyphs.some((g) => g.getAttribute("data-shape") === KINDS[kind as keyof typeof KINDS].shape)).toBe(true);
    }
    const legendKinds = byRole(doc, "legend-kind");
    expect(legendKinds.length).toBeGreaterThan(0);
    for (const g of legendKinds)
      expect(g.getElementsByTagName("path")[0]?.getAttribute("data-shape")).toBe(
        KINDS[g.getAttribute("data-id") as keyof typeof KINDS].shape,
      );
  });
});

describe("relation families by dash pattern as well as colour", () => {
  const dashOf = (el: XmlElement) => (el.hasAttribute("stroke-dasharray") ? el.getAttribute("stroke-dasharray") : null);
  const expected = (relation: string) => (familyOf(relation).dash.length ? familyOf(relation).dash.join(" ") : null);

  it("every edge carries its family's dash pattern from the style (solid ones none), and the families differ", () => {
    const { svg, scene } = renderPicture(kb, layout, view(), OPTIONS);
    const edges = edgeEls(parse(svg));
    expect(edges.length).toBe(scene.edges.length);
    for (const el of edges) {
      const sceneEdge = scene.edges.find((e) => e.id === el.getAttribute("data-id"))!;
      expect(sceneEdge.dash).toEqual(familyOf(sceneEdge.relation).dash);
      expect(dashOf(el), el.getAttribute("data-relation")!).toBe(expected(el.getAttribute("data-relation")!));
    }
    const patterns = new Set(edges.map(dashOf));
    // employs (labor, solid), regulates (rules, dashed), cites (evidence, dotted)
    expect(patterns).toEqual(new Set([null, expected("regulates"), expected("cites")]));
    expect(expected("regulates")).not.toBe(expected("cites"));
  });

  it("faded edges keep their dash pattern (only their colour fades)", () => {
    const { svg } = renderPicture(kb, layout, view({ selected: { kind: "entity", id: "d" } }), OPTIONS);
    const faded = edgeEls(parse(svg)).filter((e) => e.getAttribute("data-state") === "faded");
    expect(faded.length).toBeGreaterThan(0);
    for (const el of faded) expect(dashOf(el)).toBe(expected(el.getAttribute("data-relation")!));
  });

  it("the legend draws each family's line with the same pattern", () => {
    const rows = byRole(parse(renderSvg(kb, layout, view(), OPTIONS)), "legend-relation");
    expect(rows.length).toBe(3);
    for (const g of rows) {
      const family = RELATION_FAMILIES.find((f) => f.id === g.getAttribute("data-id"))!;
      const line = g.getElementsByTagName("path")[0]!;
      expect(line.getAttribute("stroke")).toBe(family.color);
      expect(dashOf(line)).toBe(family.dash.length ? family.dash.join(" ") : null);
    }
  });
});
