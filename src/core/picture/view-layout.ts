// A layout made for what a view shows: the drawn subgraph (shown and faded nodes, hidden ones left where they are)
// laid out again, seeded from the global positions, by ForceAtlas2 (LinLog, so clusters such as the three models and
// the sources stand apart), stretched to the frame's shape, then spread by noverlap with each node's size counting its
// label's box, so labels find room. Deterministic: same data, view and frame give the same positions.
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { subgraph } from "graphology-operators";
import type { KnowledgeBase } from "../data/build.ts";
import { computeVisibility } from "../model/filters.ts";
import { entityId, toGraph, type Positions } from "../model/graph.ts";
import { selectedEntityId } from "../view/selection.ts";
import type { ViewState } from "../view/url-state.ts";
import { textWidth } from "./text.ts";

export interface ViewLayoutOptions {
  /** Shape of the frame the view is drawn in (px). */
  frame: { width: number; height: number };
  /** Label size in px, to leave room for labels. */
  labelSize?: number;
  iterations?: number;
}

/** Positions for every entity: the drawn ones laid out for `view` and `frame`, the others as in `layout`. */
export function viewLayout(kb: KnowledgeBase, layout: Positions, view: ViewState, o: ViewLayoutOptions): Positions {
  const graph = toGraph(kb, layout);
  const vis = computeVisibility(kb, graph, view.filters, selectedEntityId(view.selected));
  const drawn = graph.filterNodes((key) => (vis.nodes.get(entityId(key)) ?? "shown") !== "hidden");
  const out: Positions = Object.assign(Object.create(null) as Positions, layout);
  if (drawn.length < 3) return out;
  const work = subgraph(graph, drawn);
  const size = o.labelSize ?? 14;
  const { width, height } = o.frame;
  const maxDegree = Math.max(1, ...work.mapNodes((n) => work.degree(n)));
  forceAtlas2.assign(work, {
    iterations: o.iterations ?? 300,
    getEdgeWeight: null,
    settings: {
      ...forceAtlas2.inferSettings(work),
      linLogMode: true,
      gravity: 1,
      strongGravityMode: true,
      scalingRatio: 4,
    },
  });
  // Into frame pixels, stretched to the frame's shape (a view drawn 16:10 should not sit in a square).
  const xs = work.mapNodes((_n, a) => a.x);
  const ys = work.mapNodes((_n, a) => a.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width * 0.8) / Math.max(x1 - x0, 1e-9);
  const sy = (height * 0.8) / Math.max(y1 - y0, 1e-9);
  work.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - (x0 + x1) / 2) * sx, y: (a.y - (y0 + y1) / 2) * sy }));
  // A circle around the node and about a third of its label: noverlap then leaves room for the label beside it.
  const radius = (n: string) =>
    3 + 13 * Math.sqrt(work.degree(n) / maxDegree) + 0.35 * textWidth(work.getNodeAttribute(n, "label"), size);
  noverlap.assign(work, {
    maxIterations: 300,
    inputReducer: (n, a) => ({ x: a.x, y: a.y, size: radius(n) }),
    settings: { margin: size * 0.6, ratio: 1, expansion: 1.05 },
  });
  // noverlap spreads evenly in every direction: stretch again to the frame's shape (only ever apart, so no overlap
  // comes back).
  const bx = work.mapNodes((_n, a) => a.x);
  const by = work.mapNodes((_n, a) => a.y);
  const aspect = (Math.max(...bx) - Math.min(...bx)) / Math.max(Math.max(...by) - Math.min(...by), 1e-9);
  const want = width / height;
  const [fx, fy] = aspect < want ? [want / aspect, 1] : [1, aspect / want];
  work.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x * fx, y: a.y * fy }));
  // Back into the global layout's units, so hidden nodes (not drawn) and the camera's normalisation stay sensible.
  const gx = drawn.map((k) => layout[entityId(k)]?.[0] ?? 0);
  const gy = drawn.map((k) => layout[entityId(k)]?.[1] ?? 0);
  const scale =
    Math.max(Math.max(...gx) - Math.min(...gx), Math.max(...gy) - Math.min(...gy), 1) / Math.max(width, height);
  const cx = (Math.max(...gx) + Math.min(...gx)) / 2;
  const cy = (Math.max(...gy) + Math.min(...gy)) / 2;
  work.forEachNode((n, a) => {
    out[entityId(n)] = [Math.round((cx + a.x * scale) * 100) / 100, Math.round((cy + a.y * scale) * 100) / 100];
  });
  return out;
}
