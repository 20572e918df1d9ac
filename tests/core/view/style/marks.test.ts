// The quirk mark: an entity or relation carrying one of the paper's inconsistencies gets the mark after its label,
// on the canvas and in pictures alike (both read nodeLook/edgeLook); others keep their label as it is.
import { describe, expect, it } from "vitest";
import { cachedCarriers } from "../../../../src/core/model/filters/quirks.ts";
import { toGraph } from "../../../../src/core/model/graph.ts";
import { computeVisibility, FILTER_DEFAULTS } from "../../../../src/core/model/filters.ts";
import {
  edgeLook,
  markLabel,
  nodeLook,
  QUIRK_MARK,
  StyleBasis,
  viewFocus,
  type StyleView,
} from "../../../../src/core/view/style/index.ts";
import { computeScene } from "../../../../src/core/picture/scene.ts";
import { VIEW_DEFAULTS } from "../../../../src/core/view/url-state.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

describe("markLabel", () => {
  it.each([
    ["Sakhalin", true, `Sakhalin ${QUIRK_MARK}`],
    ["Sakhalin", false, "Sakhalin"],
  ] as const)("%s, marked %s → %s", (text, marked, want) => expect(markLabel(text, marked)).toBe(want));
});

describe("on graph/data", () => {
  const kb = requireKnowledgeBase();
  const graph = toGraph(kb);
  const carriers = cachedCarriers(kb);
  const basis = new StyleBasis(graph, undefined, () => carriers);
  const vis = computeVisibility(kb, graph, FILTER_DEFAULTS);
  const view: StyleView = { ...vis, hovered: null, selected: null, emphasis: null, evidence: false, sizeBy: "degree" };
  const focus = viewFocus(basis, view);

  it("marks exactly the carriers", () => {
    const nodes = graph.filterNodes((n) => nodeLook(basis, view, focus, n).marked);
    expect(nodes.sort()).toEqual([...carriers.entities.keys()].sort());
    const edges = graph.filterEdges((e) => edgeLook(basis, view, focus, e).marked);
    expect(edges.sort()).toEqual([...carriers.relations.keys()].sort());
  });

  it("a picture labels a carrier with the mark and no other node", () => {
    const scene = computeScene(kb, {}, VIEW_DEFAULTS, { viewport: { width: 4000, height: 4000 } });
    const labelled = scene.nodes.filter((n) => n.label);
    expect(labelled.length).toBeGreaterThan(0);
    for (const n of labelled) expect(n.label!.endsWith(QUIRK_MARK), n.id).toBe(carriers.entities.has(n.id));
  });
});
