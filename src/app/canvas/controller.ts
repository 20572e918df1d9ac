// The canvas controller: owns the one sigma instance of the page (created once, killed on teardown), a display copy
// of the graph with sigma's attributes (colour, size, curvature for parallel edges), and the ForceAtlas2 worker.
// Appearance (filters, hover, selection, size metric, label density) goes through sigma's reducers, reading a `view`
// callback; callers change things through narrow methods (refresh, setLabelDensity, zoom...), never by recreating.
import Graph, { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { KbGraph, Positions } from "../../core/graph.ts";
import type { Visibility } from "../../core/filters.ts";
import { FADED_EDGE, FADED_NODE, KIND_COLORS, relationColor } from "../../core/palette.ts";
import type { SizeBy } from "../../core/url-state.ts";
// Sizes, label settings and the evidence layer's look are shared with the picture renderer, so pictures match.
import {
  densitySettings,
  EDGE_LABEL_COLOR,
  EDGE_LABEL_SIZE,
  EVIDENCE_COLOR,
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

type DisplayNode = {
  x: number;
  y: number;
  label: string;
  kind: string;
  color: string;
  size: number;
  sizes: Record<SizeBy, number>;
};
type DisplayEdge = {
  relation: string;
  color: string;
  size: number;
  type: string;
  curvature?: number;
  parallelIndex?: number;
  parallelMaxIndex?: number;
};

export class CanvasController {
  readonly sigma: Sigma;
  readonly display: MultiDirectedGraph<DisplayNode, DisplayEdge>;
  private readonly built: Positions;
  private layout: FA2Layout | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | null = null;
  private settings: CanvasSettings;
  /** The view the reducers read: taken once per refresh, not once per node and edge. */
  private current: CanvasView;

  constructor(
    container: HTMLElement,
    private readonly model: KbGraph,
    private view: () => CanvasView,
    settings: Partial<CanvasSettings> = {},
    /** Evidence-layer links (source or interviewee → what its claims support), drawn only when switched on. */
    evidenceLinks: [string, string][] = [],
  ) {
    this.settings = resolveCanvasSettings(settings);
    this.current = view();
    this.display = toDisplayGraph(model);
    for (const [src, tgt] of evidenceLinks) {
      if (this.display.hasNode(src) && this.display.hasNode(tgt))
        this.display.addDirectedEdgeWithKey(`evidence:${src}->${tgt}`, src, tgt, {
          relation: EVIDENCE_RELATION,
          color: EVIDENCE_COLOR,
          size: 0.6,
          type: "arrow",
        });
    }
    this.built = {};
    this.display.forEachNode((n, a) => (this.built[n] = [a.x, a.y]));
    this.sigma = new Sigma(this.display as unknown as Graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
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
      nodeReducer: (node, data) => this.nodeReducer(node, data as DisplayNode),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data as DisplayEdge),
    });
  }

  private nodeReducer(node: string, data: DisplayNode): Partial<NodeDisplayData> {
    const v = this.current;
    const state = v.nodes.get(node) ?? "shown";
    const out: Partial<NodeDisplayData> & { kind?: string } = { ...data, size: data.sizes[v.sizeBy] };
    if (state === "hidden") return { ...out, hidden: true };
    const selectedNode = entitySelection(v.selected);
    const focus = v.hovered ?? selectedNode;
    let faded = state === "faded";
    if (v.emphasis) {
      // Tracing a claim or a source: exactly what it supports (and the path from the paper) stays lit.
      if (!v.emphasis.nodes.has(node) && node !== v.hovered) faded = true;
    } else if (focus && this.display.hasNode(focus) && node !== focus && !this.linked(node, focus, v.evidence)) {
      faded = true;
    }
    if (v.selected?.startsWith("r:")) {
      const edge = v.selected.slice(2);
      if (this.display.hasEdge(edge) && !this.display.extremities(edge).includes(node)) faded = true;
    }
    if (faded) return { ...out, color: FADED_NODE, label: null, zIndex: 0 };
    if (node === selectedNode || node === v.hovered) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
    if (focus || v.emphasis) return { ...out, forceLabel: true, zIndex: 1 };
    return { ...out, zIndex: 1 };
  }

  private edgeReducer(edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
    const v = this.current;
    const [s, t] = this.display.extremities(edge);
    const evidence = data.relation === EVIDENCE_RELATION;
    const state = evidence
      ? v.evidence && v.nodes.get(s) !== "hidden" && v.nodes.get(t) !== "hidden"
        ? "shown"
        : "hidden"
      : (v.edges.get(edge) ?? "shown");
    if (state === "hidden") return { ...data, hidden: true };
    const selectedNode = entitySelection(v.selected);
    const focus = v.hovered ?? selectedNode;
    const selectedEdge = v.selected === `r:${edge}`;
    const touches = focus !== null && (s === focus || t === focus);
    let faded: boolean;
    if (v.emphasis) {
      faded = evidence ? !(v.emphasis.nodes.has(s) && v.emphasis.nodes.has(t)) : !v.emphasis.edges.has(edge);
    } else {
      faded = state === "faded" || (focus !== null && !touches);
      if (v.selected?.startsWith("r:") && !selectedEdge) faded = true;
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

  /** Neighbours in the model graph, plus evidence links while the evidence layer is shown. */
  private linked(a: string, b: string, evidence: boolean): boolean {
    return (
      (this.model.hasNode(a) && this.model.hasNode(b) && this.model.areNeighbors(a, b)) ||
      (evidence && this.display.areNeighbors(a, b))
    );
  }

  /** Re-run the reducers (after a filter, hover or selection change). */
  refresh(): void {
    this.current = this.view();
    this.sigma.refresh({ skipIndexation: true });
  }

  setLabelDensity(density: number): void {
    this.settings = resolveCanvasSettings({ ...this.settings, labelDensity: density });
    const s = densitySettings(density);
    this.sigma.setSetting("labelDensity", s.labelDensity);
    this.sigma.setSetting("labelRenderedSizeThreshold", s.labelRenderedSizeThreshold);
  }

  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
  }

  fitAll(): void {
    this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  }

  /** Moves the camera so that the given nodes fill the view. */
  fitNodes(nodes: string[], duration = 400): void {
    const pts = nodes
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

  /** A node and its neighbours, or a relation's two ends. */
  neighbourhood(selected: string): string[] {
    if (selected.startsWith("r:")) {
      const e = selected.slice(2);
      return this.display.hasEdge(e) ? this.display.extremities(e) : [];
    }
    return this.model.hasNode(selected) ? [selected, ...this.model.neighbors(selected)] : [];
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
    this.layout = new FA2Layout(this.display, {
      settings: { ...inferSettings(this.display), slowDown: 5 },
      getEdgeWeight: null,
    });
    this.layout.start();
    const t0 = performance.now();
    const tick = () => {
      const p = Math.min(1, (performance.now() - t0) / ms);
      onProgress(p);
      if (p >= 1) this.stopLayout();
      else this.layoutTimer = setTimeout(tick, 100);
    };
    tick();
  }

  stopLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
    this.layoutTimer = null;
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
  }

  /** Node and edge label sizes relative to the usual 12 px and 11 px (presentation mode shows them larger). */
  setLabelScale(scale: number): void {
    if (!(scale > 0 && scale <= 10)) throw new Error(`canvas: label scale must be within (0, 10], got ${scale}`);
    this.sigma.setSetting("labelSize", LABEL_SIZE * scale);
    this.sigma.setSetting("edgeLabelSize", EDGE_LABEL_SIZE * scale);
  }
}

/** The selected entity, when the selection is an entity (not "r:relation" or "c:claim"). */
function entitySelection(selected: string | null): string | null {
  return selected && !selected.startsWith("r:") && !selected.startsWith("c:") ? selected : null;
}

/** The display copy: sigma attributes derived once from the model graph. */
export function toDisplayGraph(graph: KbGraph): MultiDirectedGraph<DisplayNode, DisplayEdge> {
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  const sizes = nodeSizes(graph);
  graph.forEachNode((n, a) => {
    display.addNode(n, {
      x: a.x,
      y: a.y,
      label: a.label,
      kind: a.kind,
      color: KIND_COLORS[a.kind] ?? "#666",
      size: sizes.get(n)!.degree,
      sizes: sizes.get(n)!,
    });
  });
  graph.forEachEdge((e, a, src, tgt) => {
    display.addDirectedEdgeWithKey(e, src, tgt, {
      relation: a.relation,
      color: relationColor(a.relation),
      size: 1,
      type: "arrow",
    });
  });
  // Parallel edges (several relation types between the same two entities) become distinct curves.
  indexParallelEdgesIndex(display, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  display.updateEachEdgeAttributes((_e, a) => {
    if (typeof a.parallelIndex === "number" && typeof a.parallelMaxIndex === "number") {
      return {
        ...a,
        type: "curved",
        curvature: DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * a.parallelIndex) / (a.parallelMaxIndex || 1),
      };
    }
    return a;
  });
  return display;
}
