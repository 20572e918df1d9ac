// The canvas controller: owns the one sigma instance of the page (created once, killed on teardown) and the
// ForceAtlas2 worker. It follows the explorer's state, never the other way round: every item's look comes from the
// style module (src/core/view/style), read by sigma's reducers from a `view` callback; the camera is set from the
// state's camera and reports user moves back. Sigma draws the model graph with its build-time positions (a copy
// while the evidence layer adds its edges), or the laid-out copy a layout run writes its positions into
// (./layout-run.ts) or a tidy animates: the model graph is never written to. It computes, never sets, the camera
// that frames a set of nodes (./framing.ts). Callers change things through narrow methods.
import Graph, { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeDashedCurveProgram } from "./dash-curve-program.ts";
import { EdgeDashedArrowProgram } from "./dash-program.ts";
import { glyphAttributes, KindNodeProgram } from "./kind-program.ts";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { type EdgeAttributes, type KbGraph, type NodeAttributes, type Positions } from "../../core/model/graph.ts";
import type { Camera } from "../../core/view/url-state.ts";
import { sameSelection } from "../../core/view/selection.ts";
import {
  densitySettings,
  EDGE_LABEL_COLOR,
  EDGE_LABEL_SIZE,
  edgeLook,
  EVIDENCE_RELATION,
  LABEL_COLOR,
  LABEL_SIZE,
  markLabel,
  nodeLook,
  StyleBasis,
  viewFocus,
  type Marks,
  type StyleView,
  type ViewFocus,
} from "../../core/view/style/index.ts";
import { LabelLayer, type CanvasLabels } from "./label-layer.ts";
import { LayoutRun } from "./layout-run.ts";
import { resolveCanvasSettings, type CanvasSettings } from "./settings.ts";
import { drawHoverHalo } from "./hover.ts";
import type { Insets } from "../../core/picture/camera.ts";
import { frameOnCanvas, layoutTargets, type FrameContext, type FrameTarget } from "./framing.ts";

export interface CanvasView extends StyleView {
  relationLabel: (type: string) => string;
}

/** What the canvas tells its owner: user camera moves, and node positions after a layout run stops or a reset. */
export interface CanvasHooks {
  /** Evidence-layer links (entity ids), asked for the first time the layer is needed. */
  evidenceLinks?: () => [string, string][];
  /** What carries one of the paper's inconsistencies (its label gets the mark), asked once. */
  quirkMarks?: () => Marks;
  onCamera?: (camera: Camera) => void;
  /** Positions by entity id; null: the build-time ones. */
  onPositions?: (positions: Positions | null) => void;
}

type DisplayGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
const HOME: Camera = { x: 0.5, y: 0.5, ratio: 1 };
const same = (a: Camera, b: Camera) =>
  Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.ratio - b.ratio) < 1e-9;

export class CanvasController {
  readonly sigma: Sigma;
  private readonly basis: StyleBasis;
  /** The relations plus the evidence layer's edges, built the first time the layer is switched on. */
  private withEvidence: DisplayGraph | null = null;
  /** The graph sigma draws (the reducers run inside sigma's constructor, before `this.sigma` is set). */
  private shown: DisplayGraph;
  private readonly layout: LayoutRun;
  private settings: CanvasSettings;
  private labelScale = 1;
  private readonly labels: LabelLayer;
  /** The view the reducers read: taken once per refresh, not once per node and edge. */
  private current: CanvasView;
  private focus: ViewFocus;

  constructor(
    container: HTMLElement,
    /** The model graph: what sigma draws while the evidence layer is off. Never written to. */
    private readonly model: KbGraph,
    private view: () => CanvasView,
    settings: Partial<CanvasSettings> = {},
    private readonly hooks: CanvasHooks = {},
  ) {
    this.settings = resolveCanvasSettings(settings);
    this.basis = new StyleBasis(model, hooks.evidenceLinks, hooks.quirkMarks);
    this.current = view();
    this.focus = viewFocus(this.basis, this.current);
    this.layout = new LayoutRun((laid) => {
      if (!laid) this.show(this.base());
      this.hooks.onPositions?.(laid && LayoutRun.positions(laid));
    });
    // The evidence layer's edges stay out of the graph sigma indexes and uploads while the layer is off: at 10k
    // entities they are as many as the relations, and sigma processes hidden edges on every refresh too.
    this.shown = this.current.evidence ? this.evidenceGraph() : this.model;
    this.sigma = new Sigma(this.shown as unknown as Graph, container, {
      allowInvalidContainer: true,
      // Labels are placed and drawn by ./label-layer.ts (the label engine the pictures use), not by sigma's grid.
      renderLabels: false,
      renderEdgeLabels: false,
      defaultDrawNodeHover: drawHoverHalo,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      // Edges dash by relation family; parallel edges curve (./dash-program.ts, ./dash-curve-program.ts).
      edgeProgramClasses: { arrow: EdgeDashedArrowProgram, curved: EdgeDashedCurveProgram },
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
    this.labels = new LabelLayer(this.sigma, () => ({
      font: this.settings.labelFont,
      size: LABEL_SIZE * this.labelScale,
      edgeSize: EDGE_LABEL_SIZE * this.labelScale,
      color: LABEL_COLOR,
      edgeColor: EDGE_LABEL_COLOR,
      density: this.settings.labelDensity,
    }));
    this.sigma.on("afterRender", () => this.labels.draw());
    this.sigma.getCamera().on("updated", (s) => this.hooks.onCamera?.({ x: s.x, y: s.y, ratio: s.ratio }));
  }

  /** The graph sigma draws now: the relations, plus the evidence layer's edges while it is shown. */
  get display(): DisplayGraph {
    return this.shown;
  }

  /** The graph with build-time positions for the current view: the model, or its copy with the evidence edges. */
  private base(): DisplayGraph {
    return this.current.evidence ? this.evidenceGraph() : this.model;
  }

  private show(graph: DisplayGraph): void {
    if (graph === this.shown) return;
    this.shown = graph;
    this.sigma.setGraph(graph as unknown as Graph);
  }

  private evidenceGraph(): DisplayGraph {
    if (this.withEvidence) return this.withEvidence;
    const g = this.model.copy();
    for (const [key, [s, t]] of this.basis.evidence.ends)
      g.addDirectedEdgeWithKey(key, s, t, { relation: EVIDENCE_RELATION, claimCount: 0 });
    return (this.withEvidence = g);
  }

  private nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const look = nodeLook(this.basis, this.current, this.focus, node);
    const out = { ...data, color: look.color, size: look.size, ...glyphAttributes(data.kind, look.color, look.faded) };
    if (look.hidden) return { ...out, hidden: true };
    return {
      ...out,
      label: look.faded ? null : markLabel(data.label, look.marked),
      highlighted: look.highlighted,
      forceLabel: look.forceLabel,
      zIndex: look.zIndex,
    };
  }

  private edgeReducer(
    edge: string,
    attributes: EdgeAttributes,
  ): Partial<EdgeDisplayData> & { curvature?: number; dash: readonly number[] } {
    const look = edgeLook(this.basis, this.current, this.focus, edge);
    const { color, size, curvature, dash } = look;
    const data = { ...attributes, color, size, curvature, dash, type: curvature === undefined ? "arrow" : "curved" };
    if (look.hidden) return { ...data, hidden: true };
    if (look.faded) return { ...data, label: null, zIndex: 0 };
    const label = markLabel(look.evidence ? EVIDENCE_RELATION : this.current.relationLabel(look.relation), look.marked);
    return { ...data, label: look.labelled ? label : null, forceLabel: look.labelled, zIndex: look.zIndex };
  }

  /**
   * Re-run the reducers after a filter, hover or selection change. Nothing happens when the view is the one drawn
   * (a sigma refresh re-indexes and re-uploads every node and edge); switching the evidence layer swaps the graph.
   */
  refresh(): void {
    const next = this.view();
    if (sameView(next, this.current)) return;
    const evidenceSwitched = next.evidence !== this.current.evidence;
    this.current = next;
    this.focus = viewFocus(this.basis, next);
    // Switching the evidence layer swaps the graph drawn (laid out as before, when a layout has run).
    if (evidenceSwitched) this.show(this.layout.laid ? this.layout.rebase(this.base()) : this.base());
    else this.sigma.refresh();
  }

  /** Follows the state's camera (null: the whole graph); smoothly when `animation` is given. */
  followCamera(target: Camera | null, animation: { duration: number; easing?: "quadraticInOut" } | null): void {
    const camera = this.sigma.getCamera();
    const c = target ?? HOME;
    if (same(camera.getState(), c)) return;
    if (animation) void camera.animate(c, animation);
    else camera.setState(c);
  }

  /** The camera that frames `target` in `view` (./framing.ts) on the canvas as sized now; null: nothing to frame. */
  frameCamera(view: CanvasView, target: FrameTarget, o: { labelSize?: number; insets?: Insets } = {}): Camera | null {
    return frameOnCanvas({ ...this.frameContext(), ...o }, view, target);
  }

  private frameContext(): FrameContext {
    return { sigma: this.sigma, basis: this.basis, labelSize: LABEL_SIZE * this.labelScale };
  }

  /**
   * Moves the nodes to `positions` (by entity id; others stay) over `ms` on the laid-out copy, never the model
   * ("Tidy this view"); returns the camera that frames what `view` shows once they are there.
   */
  animateLayout(positions: Positions, ms: number, view: CanvasView): Camera | null {
    const base = this.base();
    const { targets, extent } = layoutTargets(base, this.shown, positions);
    const camera = frameOnCanvas({ ...this.frameContext(), at: (key) => targets[key], extent }, view, "visible");
    this.show(this.layout.animateTo(base, targets, ms));
    return camera;
  }

  getCamera(): Camera {
    const { x, y, ratio } = this.sigma.getCamera().getState();
    return { x, y, ratio };
  }

  /** Sigma's container changed size: resize, then draw again (resizing a canvas clears it). */
  resize(): void {
    this.sigma.resize();
    this.sigma.refresh();
  }

  setLabelDensity(density: number): void {
    if (density === this.settings.labelDensity) return;
    this.settings = resolveCanvasSettings({ ...this.settings, labelDensity: density });
    // One call: each setting change makes sigma re-index the whole graph.
    this.sigma.setSettings(densitySettings(density));
  }

  /** Node and edge label sizes relative to the usual 12 px and 11 px (presentation mode shows them larger). */
  setLabelScale(scale: number): void {
    if (!(scale > 0 && scale <= 10)) throw new Error(`canvas: label scale must be within (0, 10], got ${scale}`);
    if (scale === this.labelScale) return;
    this.labelScale = scale;
    this.sigma.refresh();
  }

  /** Runs ForceAtlas2 in a web worker for `ms` milliseconds; `onProgress` gets 0..1, then 1 when done. */
  runLayout(ms: number, onProgress: (p: number) => void): void {
    this.show(this.layout.run(this.base(), ms, onProgress));
  }

  stopLayout(): void {
    this.layout.stop();
  }

  isLayoutRunning(): boolean {
    return this.layout.isRunning();
  }

  /** Back to the positions computed at build time. */
  resetLayout(): void {
    this.layout.reset();
  }

  /** The labels drawn in the last frame and their boxes in viewport px (for the overlap check). */
  placedLabels(): CanvasLabels {
    return this.labels.last;
  }

  kill(): void {
    this.layout.stop();
    this.sigma.kill();
  }
}

/** Whether two views draw the same (the label function is the session's and does not change). */
function sameView(a: CanvasView, b: CanvasView): boolean {
  return (
    a.nodes === b.nodes &&
    a.edges === b.edges &&
    a.hovered === b.hovered &&
    sameSelection(a.selected, b.selected) &&
    a.emphasis === b.emphasis &&
    a.evidence === b.evidence &&
    a.sizeBy === b.sizeBy &&
    a.colours === b.colours &&
    a.possible === b.possible
  );
}
