// The canvas controller: owns the one sigma instance of the page (created once, killed on teardown) and the
// ForceAtlas2 worker. Sigma draws the model graph itself (a copy only while the evidence layer adds its edges); all
// appearance (colour, size, curvature of parallel edges, filters, hover, selection, size metric) comes from sigma's
// reducers, reading a `view` callback and sizes and curvatures worked out once. Only a re-run layout moves nodes.
// Callers change things through narrow methods (refresh, setLabelDensity, zoom...), never by recreating.
import Graph, { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { glyphAttributes, KindNodeProgram } from "./kind-program.ts";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import {
  entityId,
  nodeKey,
  type EdgeAttributes,
  type KbGraph,
  type NodeAttributes,
  type Positions,
} from "../../core/model/graph.ts";
import type { Visibility } from "../../core/model/filters.ts";
import { FADED_EDGE, FADED_NODE, KIND_COLORS, relationColor } from "../../core/view/palette.ts";
import type { SizeBy } from "../../core/view/url-state.ts";
// Sizes, label settings and the evidence layer's look are shared with the picture renderer, so pictures match.
import {
  densitySettings,
  EDGE_LABEL_COLOR,
  edgeCurvatures,
  EDGE_LABEL_SIZE,
  EVIDENCE_COLOR,
  EVIDENCE_SIZE,
  EVIDENCE_RELATION,
  LABEL_COLOR,
  LABEL_SIZE,
  nodeSizes,
} from "../../core/picture/scene.ts";

export interface CanvasView {
  nodes: Map<string, Visibility>;
  edges: Map<string, Visibility>;
  hovered: string | null;
  /** Selected entity id, or relation id prefixed with "r:". */
  selected: string | null;
  /** What to keep lit while tracing a claim or a source (everything else fades), or null. */
  emphasis: { nodes: Set<string>; edges: Set<string> } | null;
  /** Whether the evidence layer (source → supported entity edges) is shown. */
  evidence: boolean;
  sizeBy: SizeBy;
  relationLabel: (type: string) => string;
}

export interface CanvasSettings {
  /** 0 (few labels) to 1 (all labels). */
  labelDensity: number;
  labelFont: string;
}

export const CANVAS_DEFAULTS: CanvasSettings = {
  labelDensity: 0.5,
  labelFont: '"DejaVu Sans", "Inter", system-ui, sans-serif',
};

export function resolveCanvasSettings(partial: Partial<CanvasSettings> = {}): CanvasSettings {
  const s = { ...CANVAS_DEFAULTS, ...partial };
  if (!(s.labelDensity >= 0 && s.labelDensity <= 1))
    throw new Error(`canvas: labelDensity must be within 0-1, got ${s.labelDensity}`);
  return s;
}

/**
 * What sigma draws: the model graph itself (colours, sizes and curvatures come from the reducers, so no display
 * copy is built at load), or, while the evidence layer is on, a copy of it with the evidence edges added.
 */
type DisplayGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Per-graph appearance that does not depend on the view, worked out once. */
export interface DisplayLook {
  sizes: Map<string, Record<SizeBy, number>>;
  /** Curvature of the relations that share their two ends (absent: drawn straight). */
  curvatures: Map<string, number>;
}

/** The view's entity ids as the display graph's node keys, worked out once per refresh. */
interface ViewKeys {
  hovered: string | null;
  selectedNode: string | null;
  focus: string | null;
  /** The selected relation (edge key), when the selection is one. */
  selectedEdge: string | null;
}

export class CanvasController {
  readonly sigma: Sigma;
  private readonly look: DisplayLook;
  private readonly edgeColors = new Map<string, string>();
  /** The relations plus the evidence layer's edges, built the first time the layer is switched on. */
  private withEvidence: DisplayGraph | null = null;
  /** The graph sigma draws (the reducers run inside sigma's constructor, before `this.sigma` is set). */
  private shown: DisplayGraph;
  private readonly built: Positions;
  private layout: FA2Layout | null = null;
  private layoutClock: { t0: number; ms: number; onProgress: (p: number) => void } | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | null = null;
  private settings: CanvasSettings;
  private labelScale = 1;
  /** The view the reducers read: taken once per refresh, not once per node and edge. */
  private current: CanvasView;
  private keys: ViewKeys;

  constructor(
    container: HTMLElement,
    /** The model graph: what sigma draws while the evidence layer is off. */
    private readonly model: KbGraph,
    private view: () => CanvasView,
    settings: Partial<CanvasSettings> = {},
    /**
     * Evidence-layer links (source or interviewee → what its claims support), drawn only when switched on: asked
     * for the first time the layer is.
     */
    private readonly evidenceLinks: () => [string, string][] = () => [],
  ) {
    this.settings = resolveCanvasSettings(settings);
    this.current = view();
    this.keys = viewKeys(this.current);
    this.look = displayLook(model);
    // Keyed by graph key, without a prototype (see nodeKey).
    this.built = Object.create(null) as Positions;
    this.model.forEachNode((n, a) => (this.built[n] = [a.x, a.y]));
    // The evidence layer's edges stay out of the graph sigma indexes and uploads while the layer is off: at 10k
    // entities they are as many as the relations, and sigma processes hidden edges on every refresh too.
    this.shown = this.current.evidence ? this.evidenceGraph() : this.model;
    this.sigma = new Sigma(this.shown as unknown as Graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
      // Every node is a disc with its kind's glyph (shape as well as colour tells kinds apart).
      defaultNodeType: "kind",
      nodeProgramClasses: { kind: KindNodeProgram },
      labelFont: this.settings.labelFont,
      edgeLabelFont: this.settings.labelFont,
      labelSize: LABEL_SIZE,
      edgeLabelSize: EDGE_LABEL_SIZE,
      labelColor: { color: LABEL_COLOR },
      edgeLabelColor: { color: EDGE_LABEL_COLOR },
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 40,
      ...densitySettings(this.settings.labelDensity),
      nodeReducer: (node, data) => this.nodeReducer(node, data as NodeAttributes),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data as EdgeAttributes),
    });
  }

  /** The graph sigma draws now: the relations, plus the evidence layer's edges while it is shown. */
  get display(): DisplayGraph {
    return this.shown;
  }

  private evidenceGraph(): DisplayGraph {
    if (this.withEvidence) return this.withEvidence;
    const g = this.model.copy();
    for (const [src, tgt] of this.evidenceLinks()) {
      const [s, t] = [nodeKey(src), nodeKey(tgt)];
      if (g.hasNode(s) && g.hasNode(t))
        g.addDirectedEdgeWithKey(`evidence:${src}->${tgt}`, s, t, { relation: EVIDENCE_RELATION, claimCount: 0 });
    }
    return (this.withEvidence = g);
  }

  private nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const v = this.current;
    const k = this.keys;
    const id = entityId(node);
    const state = v.nodes.get(id) ?? "shown";
    const color = KIND_COLORS[data.kind] ?? "#666";
    const out: Partial<NodeDisplayData> & { kind?: string } = {
      ...data,
      color,
      size: this.look.sizes.get(node)![v.sizeBy],
      ...glyphAttributes(data.kind, color, false),
    };
    if (state === "hidden") return { ...out, hidden: true };
    let faded = state === "faded";
    if (v.emphasis) {
      // Tracing a claim or a source: exactly what it supports (and the path from the paper) stays lit.
      if (!v.emphasis.nodes.has(id) && node !== k.hovered) faded = true;
    } else if (k.focus && this.model.hasNode(k.focus) && node !== k.focus && !this.linked(node, k.focus, v.evidence)) {
      faded = true;
    }
    if (k.selectedEdge !== null) {
      const g = this.display;
      if (g.hasEdge(k.selectedEdge) && !g.extremities(k.selectedEdge).includes(node)) faded = true;
    }
    if (faded)
      return { ...out, color: FADED_NODE, ...glyphAttributes(data.kind, FADED_NODE, true), label: null, zIndex: 0 };
    if (node === k.selectedNode || node === k.hovered)
      return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
    if (k.focus || v.emphasis) return { ...out, forceLabel: true, zIndex: 1 };
    return { ...out, zIndex: 1 };
  }

  private edgeReducer(edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> & { curvature?: number } {
    const v = this.current;
    const k = this.keys;
    const evidence = attributes.relation === EVIDENCE_RELATION;
    const curvature = evidence ? undefined : this.look.curvatures.get(edge);
    const type = curvature === undefined ? "arrow" : "curved";
    const color = evidence ? EVIDENCE_COLOR : this.edgeColor(attributes.relation);
    const size = evidence ? EVIDENCE_SIZE : 1;
    // A relation's state is the filters'; its ends only matter for the evidence layer, a focus or a trace. This
    // path (every refresh after a filter change) builds one object per edge.
    const plain = !evidence && k.focus === null && k.selectedEdge === null && !v.emphasis;
    if (plain) {
      const state = v.edges.get(edge) ?? "shown";
      if (state === "hidden") return { ...attributes, color, size, type, curvature, hidden: true };
      if (state === "faded") return { ...attributes, color: FADED_EDGE, size, type, curvature, label: null, zIndex: 0 };
      return { ...attributes, color, size, type, curvature, label: null, forceLabel: false, zIndex: 1 };
    }
    const data = { ...attributes, color, size, type, curvature };
    const [s, t] = this.display.extremities(edge);
    const [sid, tid] = [entityId(s), entityId(t)];
    const state = evidence
      ? v.evidence && v.nodes.get(sid) !== "hidden" && v.nodes.get(tid) !== "hidden"
        ? "shown"
        : "hidden"
      : (v.edges.get(edge) ?? "shown");
    if (state === "hidden") return { ...data, hidden: true };
    const selectedEdge = k.selectedEdge === edge;
    const touches = k.focus !== null && (s === k.focus || t === k.focus);
    let faded: boolean;
    if (v.emphasis) {
      faded = evidence ? !(v.emphasis.nodes.has(sid) && v.emphasis.nodes.has(tid)) : !v.emphasis.edges.has(edge);
    } else {
      faded = state === "faded" || (k.focus !== null && !touches);
      if (k.selectedEdge !== null && !selectedEdge) faded = true;
      if (selectedEdge || touches) faded = false;
    }
    if (faded) return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
    const labelled = selectedEdge || (touches && !v.emphasis);
    return {
      ...data,
      label: labelled ? (evidence ? "supports" : v.relationLabel(data.relation)) : null,
      forceLabel: labelled,
      size: selectedEdge ? 3 : labelled || v.emphasis ? 2 : data.size,
      zIndex: labelled ? 2 : 1,
    };
  }

  private edgeColor(relation: string): string {
    let c = this.edgeColors.get(relation);
    if (c === undefined) this.edgeColors.set(relation, (c = relationColor(relation)));
    return c;
  }

  /** Neighbours (graph keys) in the model graph, plus evidence links while the evidence layer is shown. */
  private linked(a: string, b: string, evidence: boolean): boolean {
    return (
      (this.model.hasNode(a) && this.model.hasNode(b) && this.model.areNeighbors(a, b)) ||
      (evidence && this.display.areNeighbors(a, b))
    );
  }

  /**
   * Re-run the reducers after a filter, hover or selection change. Nothing happens when the view is the one drawn
   * (a sigma refresh re-indexes and re-uploads every node and edge); switching the evidence layer swaps the graph.
   */
  refresh(): void {
    const next = this.view();
    if (sameView(next, this.current)) return;
    this.current = next;
    this.keys = viewKeys(next);
    const wanted = next.evidence ? this.evidenceGraph() : this.model;
    if (wanted !== this.display) this.swapGraph(wanted);
    else this.sigma.refresh();
  }

  /** Shows `next` instead of the current graph, with the nodes where they are now (a re-run layout moves them). */
  private swapGraph(next: DisplayGraph): void {
    const from = this.display;
    const running = this.layout !== null;
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
    next.updateEachNodeAttributes(
      (n, a) => {
        const p = from.getNodeAttributes(n);
        return { ...a, x: p.x, y: p.y };
      },
      { attributes: ["x", "y"] },
    );
    this.shown = next;
    this.sigma.setGraph(next as unknown as Graph);
    if (running) this.startWorker();
  }

  setLabelDensity(density: number): void {
    if (density === this.settings.labelDensity) return;
    this.settings = resolveCanvasSettings({ ...this.settings, labelDensity: density });
    // One call: each setting change makes sigma re-index the whole graph.
    this.sigma.setSettings(densitySettings(density));
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
  }

  fitAll(): void {
    this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  }

  /** Moves the camera so that the given entities fill the view. */
  fitNodes(ids: string[], duration = 400): void {
    const pts = ids
      .map(nodeKey)
      .filter((n) => this.display.hasNode(n))
      .map((n) => this.sigma.getNodeDisplayData(n))
      .filter((d) => d !== undefined);
    if (!pts.length) return;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(x1 - x0, y1 - y0) * 1.4));
    this.sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration });
  }

  /** An entity and its neighbours, or a relation's two ends (entity ids). */
  neighbourhood(selected: string): string[] {
    if (selected.startsWith("r:")) {
      const e = selected.slice(2);
      return this.display.hasEdge(e) ? this.display.extremities(e).map(entityId) : [];
    }
    const key = nodeKey(selected);
    return this.model.hasNode(key) ? [selected, ...this.model.neighbors(key).map(entityId)] : [];
  }

  getCamera(): { x: number; y: number; ratio: number } {
    const { x, y, ratio } = this.sigma.getCamera().getState();
    return { x, y, ratio };
  }

  setCamera(c: { x: number; y: number; ratio: number }): void {
    this.sigma.getCamera().setState(c);
  }

  /** Runs ForceAtlas2 in a web worker for `ms` milliseconds; `onProgress` gets 0..1, then 1 when done. */
  runLayout(ms: number, onProgress: (p: number) => void): void {
    this.stopLayout();
    this.layoutClock = { t0: performance.now(), ms, onProgress };
    this.startWorker();
    const tick = () => {
      const clock = this.layoutClock;
      if (!clock) return;
      const p = Math.min(1, (performance.now() - clock.t0) / clock.ms);
      clock.onProgress(p);
      if (p >= 1) this.stopLayout();
      else this.layoutTimer = setTimeout(tick, 100);
    };
    tick();
  }

  /** The worker lays out the graph sigma shows (it writes positions into it). */
  private startWorker(): void {
    const g = this.display;
    this.layout = new FA2Layout(g, { settings: { ...inferSettings(g), slowDown: 5 }, getEdgeWeight: null });
    this.layout.start();
  }

  stopLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
    this.layoutTimer = null;
    this.layoutClock = null;
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
  }

  isLayoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Back to the positions computed at build time. */
  resetLayout(): void {
    this.stopLayout();
    this.display.updateEachNodeAttributes((n, a) => ({ ...a, x: this.built[n][0], y: this.built[n][1] }));
  }

  kill(): void {
    this.stopLayout();
    this.sigma.kill();
    // A re-run layout moved the model's nodes: the next canvas starts from the built positions again.
    this.model.updateEachNodeAttributes((n, a) => ({ ...a, x: this.built[n][0], y: this.built[n][1] }), {
      attributes: ["x", "y"],
    });
  }

  /** Node and edge label sizes relative to the usual 12 px and 11 px (presentation mode shows them larger). */
  setLabelScale(scale: number): void {
    if (!(scale > 0 && scale <= 10)) throw new Error(`canvas: label scale must be within (0, 10], got ${scale}`);
    if (scale === this.labelScale) return;
    this.labelScale = scale;
    this.sigma.setSettings({ labelSize: LABEL_SIZE * scale, edgeLabelSize: EDGE_LABEL_SIZE * scale });
  }
}

/** Whether two views draw the same (the label function is the session's and does not change). */
function sameView(a: CanvasView, b: CanvasView): boolean {
  return (
    a.nodes === b.nodes &&
    a.edges === b.edges &&
    a.hovered === b.hovered &&
    a.selected === b.selected &&
    a.emphasis === b.emphasis &&
    a.evidence === b.evidence &&
    a.sizeBy === b.sizeBy
  );
}

function viewKeys(v: CanvasView): ViewKeys {
  const hovered = v.hovered === null ? null : nodeKey(v.hovered);
  const sel = entitySelection(v.selected);
  const selectedNode = sel === null ? null : nodeKey(sel);
  return {
    hovered,
    selectedNode,
    focus: hovered ?? selectedNode,
    selectedEdge: v.selected?.startsWith("r:") ? v.selected.slice(2) : null,
  };
}

/** The selected entity, when the selection is an entity (not "r:relation" or "c:claim"). */
function entitySelection(selected: string | null): string | null {
  return selected && !selected.startsWith("r:") && !selected.startsWith("c:") ? selected : null;
}

/** Sizes (for each size metric) and curvatures of a graph, as the pictures compute them, so pictures match. */
export function displayLook(graph: KbGraph): DisplayLook {
  return { sizes: nodeSizes(graph), curvatures: edgeCurvatures(graph) };
}
