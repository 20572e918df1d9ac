// The scene of a picture: what the canvas would draw for a view, computed without a browser. It repeats the canvas'
// recipe (src/app/canvas/controller.ts: sizes by degree/claims/uniform, colours by kind and relation family, faded and
// highlighted states, parallel edges as curves) and sigma 3's own drawing rules (node radius and edge thickness in
// px, arrow heads, the label grid that picks which labels show), on positions projected by ./camera.ts. The SVG
// writer only turns this into markup, so tests can reason about the scene directly.
import type { KnowledgeBase } from "../data/build.ts";
import { claimsCiting, evidenceLinks, traceOf } from "../model/evidence.ts";
import { computeVisibility, type Visibility } from "../model/filters.ts";
import { entityId, nodeKey, toGraph, type KbGraph, type Positions } from "../model/graph.ts";
import { FADED_EDGE, FADED_NODE, KIND_COLORS, relationColor } from "../view/palette.ts";
import type { Camera, SizeBy, ViewState } from "../view/url-state.ts";
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
import { placeSceneLabels } from "./placement.ts";
import { textWidth } from "./text.ts";
import type { PlacedLabel } from "../view/labels.ts";

/** The canvas' node sizes (CANVAS_DEFAULTS in the controller) and sigma's drawing constants there. */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;
export const LABEL_SIZE = 12;
export const EDGE_LABEL_SIZE = 11;
export const LABEL_COLOR = "#222";
export const EDGE_LABEL_COLOR = "#444";
const LABEL_GRID_CELL = 100;
const X_LABEL_MARGIN = 150;
const Y_LABEL_MARGIN = 50;
/** sigma's arrow heads: length and half-width in edge thicknesses. */
export const ARROW_LENGTH = 2.5;
export const ARROW_HALF_WIDTH = 1;
const CURVATURE = 0.25;
/** The canvas' evidence layer: source → supported entity, thin grey straight arrows, relation "supports". */
export const EVIDENCE_RELATION = "supports";
export const EVIDENCE_COLOR = "#B8B8B8";
export const EVIDENCE_SIZE = 0.6;

/** The canvas' label density (0-1) as sigma settings (densitySettings in the controller). */
export function densitySettings(density: number): { labelDensity: number; labelRenderedSizeThreshold: number } {
  return { labelDensity: 0.1 + density * 1.5, labelRenderedSizeThreshold: 9 * (1 - density) };
}

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
  emphasis?: { nodes: Set<string>; edges: Set<string> } | null;
  hovered?: string | null;
  /** When the camera is fitted: sides of the viewport to keep free (overlays on the canvas). */
  fitInsets?: Insets;
}

/** The canvas' size metric: min + (max − min)·sqrt(value / max value). */
export function nodeSizes(graph: KbGraph): Map<string, Record<SizeBy, number>> {
  const maxDegree = Math.max(1, ...graph.mapNodes((n) => graph.degree(n)));
  const maxClaims = Math.max(1, ...graph.mapNodes((_n, a) => a.claimCount));
  const scale = (v: number, max: number) => MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(v / max);
  const out = new Map<string, Record<SizeBy, number>>();
  graph.forEachNode((n, a) =>
    out.set(n, {
      degree: scale(graph.degree(n), maxDegree),
      claims: scale(a.claimCount, maxClaims),
      uniform: (MIN_NODE_SIZE + MAX_NODE_SIZE) / 3,
    }),
  );
  return out;
}

/**
 * Curvature of each edge as the canvas sets it: @sigma/edge-curve's indexParallelEdgesIndex, then
 * 0.25 + 0.75·index/maxIndex for edges that share their two ends; absent for lone edges (drawn straight).
 */
export function edgeCurvatures(graph: KbGraph): Map<string, number> {
  const directed = new Map<string, string[]>();
  const undirectedCount = new Map<string, number>();
  const order = new Map<string, number>();
  graph.forEachNode((n) => order.set(n, order.size + 1));
  graph.forEachEdge((e, _a, s, t) => {
    const [si, ti] = [String(order.get(s)), String(order.get(t))];
    const d = `${si}-${ti}`;
    const u = [si, ti].sort().join("-");
    directed.set(d, [...(directed.get(d) ?? []), e]);
    undirectedCount.set(u, (undirectedCount.get(u) ?? 0) + 1);
  });
  const out = new Map<string, number>();
  const set = (e: string, index: number, max: number) => out.set(e, CURVATURE + (3 * CURVATURE * index) / (max || 1));
  for (const [d, edges] of directed) {
    const n = edges.length;
    const u = undirectedCount.get(d.split("-").sort().join("-"))!;
    if (n === 1 && u === 1) continue;
    if (n === 1) set(edges[0], 1, 1);
    else if (n === u) edges.forEach((e, i) => set(e, -(n - 1) / 2 + i, (n - 1) / 2));
    else edges.forEach((e, i) => set(e, i + 1, n));
  }
  return out;
}

/** What the explorer traces for a selection: a claim ("c:id") or a source or interviewee, else null. */
export function traceFor(
  kb: KnowledgeBase,
  selected: string | null,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!selected) return null;
  if (selected.startsWith("c:")) {
    const c = kb.claims.find((x) => x.id === selected.slice(2));
    return c ? traceOf(kb, [c]) : null;
  }
  const e = kb.entities.find((x) => x.id === selected);
  return e && (e.kind === "source" || e.kind === "interviewee") ? traceOf(kb, claimsCiting(kb, selected)) : null;
}

const entitySelection = (s: string | null) => (s && !s.startsWith("r:") && !s.startsWith("c:") ? s : null);

interface Styled {
  id: string;
  state: Visibility;
  faded: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/** The canvas' node and edge reducers, as pure functions of the view. */
function styleItems(
  graph: KbGraph,
  view: ViewState,
  vis: { nodes: Map<string, Visibility>; edges: Map<string, Visibility> },
  emphasis: SceneOptions["emphasis"],
  options: SceneOptions,
  evidence: [string, string][],
) {
  // As on the canvas, evidence links make neighbours for the selection's highlight only while the layer is on.
  const linked = new Map<string, Set<string>>();
  for (const [a, b] of evidence) {
    if (!linked.has(a)) linked.set(a, new Set());
    if (!linked.has(b)) linked.set(b, new Set());
    linked.get(a)!.add(b);
    linked.get(b)!.add(a);
  }
  // Items are named by entity id; the graph is keyed by nodeKey(id).
  const neighbours = (a: string, b: string) =>
    graph.areNeighbors(nodeKey(a), nodeKey(b)) || (view.evidence && (linked.get(a)?.has(b) ?? false));
  const hovered = options.hovered ?? null;
  const selectedNode = entitySelection(view.selected);
  const focus = hovered ?? selectedNode;
  const selectedEdge = view.selected?.startsWith("r:") ? view.selected.slice(2) : null;
  const edgeEnds = selectedEdge && graph.hasEdge(selectedEdge) ? graph.extremities(selectedEdge).map(entityId) : null;
  const nodes: Styled[] = [];
  graph.forEachNode((key) => {
    const n = entityId(key);
    const state = vis.nodes.get(n) ?? "shown";
    if (state === "hidden") return;
    let faded = state === "faded";
    if (emphasis) {
      if (!emphasis.nodes.has(n) && n !== hovered) faded = true;
    } else if (focus && graph.hasNode(nodeKey(focus)) && n !== focus && !neighbours(n, focus)) faded = true;
    if (selectedEdge && graph.hasEdge(selectedEdge) && !edgeEnds!.includes(n)) faded = true;
    const highlighted = !faded && (n === selectedNode || n === hovered);
    nodes.push({
      id: n,
      state,
      faded,
      highlighted,
      forceLabel: !faded && (highlighted || focus !== null || emphasis !== null),
      zIndex: faded ? 0 : highlighted ? 2 : 1,
    });
  });
  const edges: (Styled & { labelled: boolean; size: number; source: string; target: string; evidence: boolean })[] = [];
  const items: [string, string, string, boolean][] = graph.mapEdges((e, _a, s, t) => [
    e,
    entityId(s),
    entityId(t),
    false,
  ]);
  for (const [a, b] of evidence)
    if (graph.hasNode(nodeKey(a)) && graph.hasNode(nodeKey(b))) items.push([`evidence:${a}->${b}`, a, b, true]);
  for (const [e, s, t, isEvidence] of items) {
    const state: Visibility = isEvidence
      ? view.evidence && vis.nodes.get(s) !== "hidden" && vis.nodes.get(t) !== "hidden"
        ? "shown"
        : "hidden"
      : (vis.edges.get(e) ?? "shown");
    if (state === "hidden") continue;
    const isSelected = selectedEdge === e;
    const touches = focus !== null && (s === focus || t === focus);
    let faded: boolean;
    if (emphasis) faded = isEvidence ? !(emphasis.nodes.has(s) && emphasis.nodes.has(t)) : !emphasis.edges.has(e);
    else {
      faded = state === "faded" || (focus !== null && !touches);
      if (selectedEdge && !isSelected) faded = true;
      if (isSelected || touches) faded = false;
    }
    const labelled = !faded && (isSelected || (touches && !emphasis));
    edges.push({
      id: e,
      source: s,
      target: t,
      evidence: isEvidence,
      state,
      faded,
      highlighted: false,
      forceLabel: labelled,
      labelled,
      size: isSelected ? 3 : labelled || emphasis ? 2 : isEvidence ? EVIDENCE_SIZE : 1,
      zIndex: faded ? 0 : labelled ? 2 : 1,
    });
  }
  const byZ = <T extends { zIndex: number }>(list: T[]) => list.sort((a, b) => a.zIndex - b.zIndex);
  return { nodes: byZ(nodes), edges: byZ(edges) };
}

/**
 * sigma's label selection: a grid of 100 px cells over the viewport at the home camera, each keeping its largest
 * nodes (ties by id), ceil(density / ratio²) per cell; then forced labels; then nodes too small on screen or far
 * outside the viewport are dropped.
 */
function pickLabels(
  candidates: { id: string; size: number; home: Point; screen: Point; force: boolean }[],
  viewport: Viewport,
  ratio: number,
  labelDensity: number,
  scaleSize: (s: number) => number,
): Set<string> {
  const { labelDensity: density, labelRenderedSizeThreshold: threshold } = densitySettings(labelDensity);
  const columns = Math.ceil(viewport.width / LABEL_GRID_CELL);
  const cells: Record<number, { id: string; size: number }[]> = {};
  for (const c of candidates) {
    const index = Math.floor(c.home.y / LABEL_GRID_CELL) * columns + Math.floor(c.home.x / LABEL_GRID_CELL);
    (cells[index] ??= []).push(c);
  }
  const perCell = Math.ceil(
    (density * LABEL_GRID_CELL * LABEL_GRID_CELL) / ratio / ratio / (LABEL_GRID_CELL * LABEL_GRID_CELL),
  );
  const order: string[] = [];
  for (const k in cells) {
    const cell = cells[k].sort((a, b) => (a.size > b.size ? -1 : a.size < b.size ? 1 : a.id > b.id ? 1 : -1));
    for (let i = 0; i < Math.min(perCell, cell.length); i++) order.push(cell[i].id);
  }
  for (const c of candidates) if (c.force) order.push(c.id);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const id of order) {
    const c = byId.get(id)!;
    if (out.has(id)) continue;
    if (!c.force && scaleSize(c.size) < threshold) continue;
    const { x, y } = c.screen;
    if (
      x < -X_LABEL_MARGIN ||
      x > viewport.width + X_LABEL_MARGIN ||
      y < -Y_LABEL_MARGIN ||
      y > viewport.height + Y_LABEL_MARGIN
    )
      continue;
    out.add(id);
  }
  return out;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function quadAt(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** Shaft geometry of an edge: straight or sigma's quadratic curve, stopped where the arrow head begins. */
function edgeGeometry(s: Point, t: Point, targetRadius: number, thickness: number, curvature: number | undefined) {
  const stop = targetRadius + ARROW_LENGTH * thickness;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.hypot(dx, dy) || 1e-9;
  if (curvature === undefined) {
    const len = Math.max(d - stop, 0.01);
    const dir = { x: dx / d, y: dy / d };
    const end = { x: s.x + dir.x * len, y: s.y + dir.y * len };
    return { path: `M${r2(s.x)} ${r2(s.y)}L${r2(end.x)} ${r2(end.y)}`, end, direction: dir, mid: null };
  }
  // @sigma/edge-curve: control point = midpoint + (dy, −dx)·curvature in y-down pixels.
  const cp = { x: (s.x + t.x) / 2 + dy * curvature, y: (s.y + t.y) / 2 - dx * curvature };
  const dist = (u: number) => {
    const p = quadAt(s, cp, t, u);
    return Math.hypot(p.x - t.x, p.y - t.y);
  };
  // The last point of the curve at `stop` px from the target centre: step back from the end, then bisect.
  let hi = 1;
  let lo = 1;
  while (lo > 0 && dist(lo) < stop) lo = Math.max(0, lo - 1 / 64);
  if (dist(lo) >= stop) {
    hi = Math.min(1, lo + 1 / 64);
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (dist(mid) >= stop) lo = mid;
      else hi = mid;
    }
  }
  const u = Math.max(lo, 0.01);
  const c1 = { x: s.x + u * (cp.x - s.x), y: s.y + u * (cp.y - s.y) };
  const end = quadAt(s, cp, t, u);
  const tx = end.x - c1.x;
  const ty = end.y - c1.y;
  const tl = Math.hypot(tx, ty) || 1e-9;
  return {
    path: `M${r2(s.x)} ${r2(s.y)}Q${r2(c1.x)} ${r2(c1.y)} ${r2(end.x)} ${r2(end.y)}`,
    end,
    direction: { x: tx / tl, y: ty / tl },
    mid: quadAt(s, cp, t, 0.5),
  };
}

/** Computes the scene of `view` for a viewport; the camera is the view's, or one that fits what is visible. */
export function computeScene(kb: KnowledgeBase, layout: Positions, view: ViewState, options: SceneOptions): Scene {
  const graph = toGraph(kb, layout);
  const viewport = options.viewport;
  const labelSize = LABEL_SIZE * (options.labelScale ?? 1);
  const edgeLabelSize = EDGE_LABEL_SIZE * (options.labelScale ?? 1);
  const vis = computeVisibility(kb, graph, view.filters, entitySelection(view.selected));
  const sizes = nodeSizes(graph);
  const curvatures = edgeCurvatures(graph);
  const emphasis = options.emphasis !== undefined ? options.emphasis : traceFor(kb, view.selected);
  const styled = styleItems(graph, view, vis, emphasis, options, evidenceLinks(kb));
  const sizeOf = (n: string) => sizes.get(nodeKey(n))![view.sizeBy];
  const extent = graphExtent(graph.mapNodes((_n, a) => [a.x, a.y] as [number, number]));
  const labelDensity = view.labelDensity;

  const labelsFor = (proj: Projection): Set<string> => {
    const home = projection(extent, viewport, { x: 0.5, y: 0.5, ratio: 1 });
    const candidates = styled.nodes
      .filter((n) => !n.faded)
      .map((n) => {
        const a = graph.getNodeAttributes(nodeKey(n.id));
        return {
          id: n.id,
          size: sizeOf(n.id),
          home: home.toViewport(a),
          screen: proj.toViewport(a),
          force: n.forceLabel,
        };
      });
    return pickLabels(candidates, viewport, proj.camera.ratio, labelDensity, proj.scaleSize);
  };

  let camera = view.camera;
  if (!camera) {
    // Fit what is drawn, twice: first the nodes, then the nodes with the labels that camera shows.
    const items = (labels: Set<string>): FitItem[] =>
      styled.nodes.map((n) => {
        const a = graph.getNodeAttributes(nodeKey(n.id));
        const labelled = labels.has(n.id);
        return {
          x: a.x,
          y: a.y,
          size: sizeOf(n.id),
          right: labelled ? 3 + textWidth(a.label, labelSize) : 0,
          halfHeight: labelled ? labelSize * 0.7 : 0,
        };
      });
    const fit = (labels: Set<string>) =>
      fitCamera(extent, viewport, items(labels), STAGE_PADDING, undefined, options.fitInsets);
    camera = fit(new Set());
    camera = fit(labelsFor(projection(extent, viewport, camera)));
  }
  const proj = projection(extent, viewport, camera);

  const nodeById = new Map<string, SceneNode>();
  const nodes: SceneNode[] = styled.nodes.map((n) => {
    const a = graph.getNodeAttributes(nodeKey(n.id));
    const p = proj.toViewport(a);
    const node: SceneNode = {
      id: n.id,
      kind: a.kind,
      x: p.x,
      y: p.y,
      radius: proj.scaleSize(sizeOf(n.id)),
      color: n.faded ? FADED_NODE : (KIND_COLORS[a.kind] ?? "#666"),
      state: n.faded ? "faded" : "shown",
      highlighted: n.highlighted,
      label: n.faded ? null : a.label,
      labelAt: null,
      zIndex: n.zIndex,
    };
    nodeById.set(n.id, node);
    return node;
  });

  const relationLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const edges: SceneEdge[] = styled.edges.map((e) => {
    const [s, t] = [e.source, e.target];
    const relation = e.evidence ? EVIDENCE_RELATION : graph.getEdgeAttribute(e.id, "relation");
    const sn = nodeById.get(s)!;
    const tn = nodeById.get(t)!;
    const thickness = Math.max(proj.scaleSize(e.size), MIN_EDGE_THICKNESS);
    const geo = edgeGeometry(sn, tn, tn.radius, thickness, e.evidence ? undefined : curvatures.get(e.id));
    // sigma shows an edge label when it has one and an end is highlighted or both end labels are drawn.
    const showLabel = e.labelled;
    let label: SceneEdge["label"] = null;
    if (showLabel) {
      const mid = geo.mid ?? { x: (sn.x + tn.x) / 2, y: (sn.y + tn.y) / 2 };
      let angle = (Math.atan2(tn.y - sn.y, tn.x - sn.x) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      label = { text: relationLabel.get(relation) ?? relation, x: mid.x, y: mid.y, angle };
    }
    return {
      id: e.id,
      relation,
      source: s,
      target: t,
      color: e.faded ? FADED_EDGE : e.evidence ? EVIDENCE_COLOR : relationColor(relation),
      state: e.faded ? "faded" : "shown",
      thickness,
      path: geo.path,
      end: geo.end,
      direction: geo.direction,
      label,
      zIndex: e.zIndex,
    };
  });
  const placed = placeSceneLabels(nodes, edges, {
    viewport,
    labelSize,
    edgeLabelSize,
    sizes: new Map(nodes.map((v) => [v.id, sizeOf(v.id)])),
    traced: emphasis?.nodes ?? null,
    neighbours: new Set(styled.nodes.filter((v) => v.forceLabel).map((v) => v.id)),
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
