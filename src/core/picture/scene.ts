// The scene of a picture: what the canvas would draw for a view, computed without a browser. Each item's look comes
// from the style module the canvas' reducers use (src/core/view/style), sigma 3's drawing rules from ./camera.ts
// (positions, node radius and edge thickness in px), ./edge-geometry.ts (arrows, curves) and ./labels.ts (the label
// grid that picks which labels show). The SVG writer only turns this into markup, so tests can reason about the
// scene directly.
import type { KnowledgeBase } from "../data/build.ts";
import { evidenceLinks } from "../model/evidence.ts";
import { cachedCarriers } from "../model/filters/quirks.ts";
import { possiblyInRangeOf } from "../model/filters/time.ts";
import { computeVisibility } from "../model/filters.ts";
import { entityId, toGraph, type Positions } from "../model/graph.ts";
import type { Camera, ViewState } from "../view/url-state.ts";
import { selectedEntityId, traceFor } from "../view/selection.ts";
import { nodeColours } from "../view/colour-by.ts";
import {
  EDGE_LABEL_SIZE,
  edgeEnds,
  edgeLook,
  LABEL_SIZE,
  markLabel,
  nodeLook,
  StyleBasis,
  viewFocus,
  type EdgeLook,
  type NodeLook,
  type StyleView,
  type Trace,
} from "../view/style/index.ts";
import {
  fitCamera,
  graphExtent,
  MIN_EDGE_THICKNESS,
  projection,
  STAGE_PADDING,
  type FitItem,
  type Insets,
  type Point,
  type Projection,
  type Viewport,
} from "./camera.ts";
import { edgeGeometry } from "./edge-geometry.ts";
import { pickLabels } from "./labels.ts";
import { placeSceneLabels } from "./placement.ts";
import type { PlacedLabel } from "../view/labels.ts";
import { textWidth } from "./text.ts";

export interface SceneNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  radius: number;
  color: string;
  state: "shown" | "faded";
  highlighted: boolean;
  /** The label as drawn, or null when the label engine (./placement.ts) finds it no place or the node is faded. */
  label: string | null;
  /** Where the label engine put the label. */
  labelAt: PlacedLabel | null;
  zIndex: number;
}

export interface SceneEdge {
  id: string;
  relation: string;
  source: string;
  target: string;
  color: string;
  /** Dash pattern in px from the style ([] solid). */
  dash: readonly number[];
  state: "shown" | "faded";
  /** Stroke width in px. */
  thickness: number;
  /** Shaft from the source centre to the base of the arrow head, as SVG path data. */
  path: string;
  /** End of the shaft and the unit direction of the arrow head there. */
  end: Point;
  direction: Point;
  /** Placed by the label engine: centre of the baseline, horizontal. */
  label: { text: string; x: number; y: number; angle: number } | null;
  zIndex: number;
}

export interface Scene {
  viewport: Viewport;
  camera: Camera;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labelSize: number;
  edgeLabelSize: number;
}

export interface SceneOptions {
  viewport: Viewport;
  /** Label font size relative to the canvas' 12 px (presentation mode uses more). */
  labelScale?: number;
  /** What a trace keeps lit (everything else fades); by default the trace of a selected claim or source. */
  emphasis?: Trace | null;
  hovered?: string | null;
  /** When the camera is fitted: sides of the viewport to keep free (overlays on the canvas). */
  fitInsets?: Insets;
}

/** The looks of what `view` shows (hidden items left out), by graph key, lowest z-index first as sigma draws. */
export function styleScene(
  basis: StyleBasis,
  view: StyleView,
): { nodes: [string, NodeLook][]; edges: [string, EdgeLook][] } {
  const focus = viewFocus(basis, view);
  const nodes = basis.graph
    .mapNodes((n): [string, NodeLook] => [n, nodeLook(basis, view, focus, n)])
    .filter(([, l]) => !l.hidden);
  const keys = basis.graph.edges();
  if (view.evidence) keys.push(...basis.evidence.ends.keys());
  const edges = keys.map((e): [string, EdgeLook] => [e, edgeLook(basis, view, focus, e)]).filter(([, l]) => !l.hidden);
  const byZ = <T extends { zIndex: number }>(list: [string, T][]) => list.sort((a, b) => a[1].zIndex - b[1].zIndex);
  return { nodes: byZ(nodes), edges: byZ(edges) };
}

/** Computes the scene of `view` for a viewport; the camera is the view's, or one that fits what is visible. */
export function computeScene(kb: KnowledgeBase, layout: Positions, view: ViewState, options: SceneOptions): Scene {
  const graph = toGraph(kb, layout);
  const viewport = options.viewport;
  const labelSize = LABEL_SIZE * (options.labelScale ?? 1);
  const edgeLabelSize = EDGE_LABEL_SIZE * (options.labelScale ?? 1);
  const vis = computeVisibility(kb, graph, view.filters, selectedEntityId(view.selected));
  const basis = new StyleBasis(
    graph,
    () => evidenceLinks(kb),
    () => cachedCarriers(kb),
  );
  const emphasis = options.emphasis !== undefined ? options.emphasis : traceFor(kb, view.selected);
  const tracedIds = emphasis ? new Set(emphasis.nodes) : null;
  const styled = styleScene(basis, {
    nodes: vis.nodes,
    edges: vis.edges,
    hovered: options.hovered ?? null,
    selected: view.selected,
    emphasis,
    evidence: view.evidence,
    sizeBy: view.sizeBy,
    colours: view.colourBy ? nodeColours(kb, view.colourBy) : null,
    possible: possiblyInRangeOf(kb, view.filters.years),
  });
  const extent = graphExtent(graph.mapNodes((_n, a) => [a.x, a.y] as [number, number]));
  const labelDensity = view.labelDensity;

  // Labels are picked by entity id (sigma's label grid breaks ties by the node's id).
  const labelsFor = (proj: Projection): Set<string> => {
    const home = projection(extent, viewport, { x: 0.5, y: 0.5, ratio: 1 });
    const candidates = styled.nodes
      .filter(([, l]) => !l.faded)
      .map(([n, l]) => {
        const a = graph.getNodeAttributes(n);
        return {
          id: entityId(n),
          size: l.size,
          home: home.toViewport(a),
          screen: proj.toViewport(a),
          force: l.forceLabel,
        };
      });
    return pickLabels(candidates, viewport, proj.camera.ratio, labelDensity, proj.scaleSize);
  };

  let camera = view.camera;
  if (!camera) {
    // Fit what is drawn, twice: first the nodes, then the nodes with the labels that camera shows.
    // A selection or trace frames what it lights; faded items may fall outside the frame.
    const lit = styled.nodes.filter(([, l]) => !l.faded);
    const framed = lit.length ? lit : styled.nodes;
    const items = (labels: Set<string>): FitItem[] =>
      framed.map(([n, l]) => {
        const a = graph.getNodeAttributes(n);
        const labelled = labels.has(entityId(n));
        return {
          x: a.x,
          y: a.y,
          size: l.size,
          right: labelled ? 3 + textWidth(markLabel(a.label, l.marked), labelSize) : 0,
          halfHeight: labelled ? labelSize * 0.7 : 0,
        };
      });
    const fit = (labels: Set<string>) =>
      fitCamera(extent, viewport, items(labels), STAGE_PADDING, undefined, options.fitInsets);
    camera = fit(new Set());
    camera = fit(labelsFor(projection(extent, viewport, camera)));
  }
  const proj = projection(extent, viewport, camera);

  const nodeByKey = new Map<string, SceneNode>();
  const nodes: SceneNode[] = styled.nodes.map(([n, l]) => {
    const a = graph.getNodeAttributes(n);
    const p = proj.toViewport(a);
    const id = entityId(n);
    const node: SceneNode = {
      id,
      kind: a.kind,
      x: p.x,
      y: p.y,
      radius: proj.scaleSize(l.size),
      color: l.color,
      state: l.faded ? "faded" : "shown",
      highlighted: l.highlighted,
      label: l.faded ? null : markLabel(a.label, l.marked),
      labelAt: null,
      zIndex: l.zIndex,
    };
    nodeByKey.set(n, node);
    return node;
  });

  const relationLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const edges: SceneEdge[] = styled.edges.map(([e, l]) => {
    const [s, t] = edgeEnds(basis, e);
    const sn = nodeByKey.get(s)!;
    const tn = nodeByKey.get(t)!;
    const thickness = Math.max(proj.scaleSize(l.size), MIN_EDGE_THICKNESS);
    const geo = edgeGeometry(sn, tn, tn.radius, thickness, l.curvature);
    // Edge labels the style asks for; the label engine then keeps only those that fit.
    const showLabel = l.labelled;
    let label: SceneEdge["label"] = null;
    if (showLabel) {
      const mid = geo.mid ?? { x: (sn.x + tn.x) / 2, y: (sn.y + tn.y) / 2 };
      let angle = (Math.atan2(tn.y - sn.y, tn.x - sn.x) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      label = { text: markLabel(relationLabel.get(l.relation) ?? l.relation, l.marked), x: mid.x, y: mid.y, angle };
    }
    return {
      id: e,
      relation: l.relation,
      source: sn.id,
      target: tn.id,
      color: l.color,
      dash: l.dash,
      state: l.faded ? "faded" : "shown",
      thickness,
      path: geo.path,
      end: geo.end,
      direction: geo.direction,
      label,
      zIndex: l.zIndex,
    };
  });
  const placed = placeSceneLabels(nodes, edges, {
    viewport,
    labelSize,
    edgeLabelSize,
    sizes: new Map(styled.nodes.map(([n, l]) => [entityId(n), l.size])),
    traced: tracedIds,
    neighbours: new Set(styled.nodes.filter(([, l]) => l.forceLabel && !l.faded).map(([n]) => entityId(n))),
  });
  for (const v of nodes) {
    v.labelAt = placed.nodes.get(v.id) ?? null;
    if (!v.labelAt) v.label = null;
  }
  for (const e of edges) {
    const at = placed.edges.get(e.id);
    e.label = e.label && at ? { text: e.label.text, x: at.x, y: at.y, angle: 0 } : null;
  }
  return { viewport, camera, nodes, edges, labelSize, edgeLabelSize };
}
