// A view's own layout: the same every time, shaped like the frame it is drawn in, and leaving what the view does not
// draw where the global layout put it.
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../../src/core/model/filters.ts";
import { entityId, toGraph } from "../../../src/core/model/graph.ts";
import { viewLayout } from "../../../src/core/picture/view-layout.ts";
import { selectedEntityId } from "../../../src/core/view/selection.ts";
import { decodeView } from "../../../src/core/view/url-state.ts";
import { vocabularyOf } from "../../../src/core/view/views.ts";
import { buildDataset } from "../../../src/node/dataset.ts";

const { kb, layout } = buildDataset();
const vocab = vocabularyOf(kb);

describe("viewLayout", () => {
  it.each([
    ["sel=model-1967&ego=1", { width: 1280, height: 850 }],
    ["sel=model-2000&ego=1", { width: 800, height: 1000 }],
    ["iso=1", { width: 1280, height: 850 }],
  ])("%s in a %o frame: deterministic, frame-shaped, hidden nodes untouched", (query, frame) => {
    const view = decodeView(`?${query}`, vocab).view;
    const a = viewLayout(kb, layout, view, { frame });
    expect(viewLayout(kb, layout, view, { frame })).toEqual(a);
    const graph = toGraph(kb, layout);
    const vis = computeVisibility(kb, graph, view.filters, selectedEntityId(view.selected));
    const drawn = graph
      .nodes()
      .map(entityId)
      .filter((id) => vis.nodes.get(id) !== "hidden");
    const xs = drawn.map((id) => a[id][0]);
    const ys = drawn.map((id) => a[id][1]);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    // noverlap moves nodes after the stretch, so the shape is the frame's within a margin, not exactly.
    expect(aspect).toBeGreaterThan((frame.width / frame.height) * 0.75);
    expect(aspect).toBeLessThan((frame.width / frame.height) * 1.33);
    for (const id of Object.keys(layout)) if (!drawn.includes(id)) expect(a[id]).toEqual(layout[id]);
  });
});
