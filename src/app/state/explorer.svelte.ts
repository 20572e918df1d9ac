// The one state object of the explorer (Svelte 5 runes). Components read and change it through its actions; the
// canvas follows it (the camera, the look, the label scale are state; the canvas reports user camera moves, its size
// and re-run layout positions back). Visibility is derived from the framework-free filters; the URL is written
// from it by one writer (../url-sync.svelte.ts) so links and back/forward reproduce views.
import type { KnowledgeBase, KbClaim, KbEntity, KbRelation, KbRelationType } from "../../core/data/build.ts";
import {
  computeVisibility,
  describeFilters,
  FILTER_DEFAULTS,
  type FilterState,
  type VisibilityResult,
} from "../../core/model/filters.ts";
import type { KbGraph, Positions } from "../../core/model/graph.ts";
import { NO_INSETS, type Insets, type Viewport } from "../../core/picture/camera.ts";
import { evidenceLinks } from "../../core/model/evidence.ts";
import { cachedCarriers, type QuirkCarriers } from "../../core/model/filters/quirks.ts";
import { possiblyInRangeOf } from "../../core/model/filters/time.ts";
import { createSearch, type EntitySearch } from "../../core/model/search.ts";
import { modelPresets, type TimePreset } from "../../core/model/filters/time.ts";
import { filterWords } from "../../core/view/filter-words.ts";
import {
  decodeView,
  encodeView,
  VIEW_DEFAULTS,
  type Camera,
  type Drawer,
  type SizeBy,
  type ViewState,
  type Vocabulary,
} from "../../core/view/url-state.ts";
import { tick } from "svelte";
import { LayoutRun } from "../canvas/layout-run.ts";
import { ReadingState } from "./reading.svelte.ts";
import {
  entitySelection,
  selectedEntityId,
  selectionLookup,
  traceFor,
  type Selection,
} from "../../core/view/selection.ts";
import { ENTITY_KINDS, isCitable } from "../../core/data/kinds.ts";
import { ColourByState } from "./colour-by.svelte.ts";
import { applyViewTo, viewOf } from "./view-io.ts";
import type { CanvasController, CanvasView } from "../canvas/controller.ts";
import type { FrameTarget } from "../canvas/framing.ts";
import { LABEL_SIZE } from "../../core/view/style/look.ts";

/** How long the canvas takes to run a layout, in ms. */
export const LAYOUT_MS = 6000;
/** How long framing and tidying animate, in ms. */
export const [FRAME_MS, TIDY_MS] = [450, 700];

export type CameraMove = { duration: number; easing?: "quadraticInOut" };

export type Preset = TimePreset;

export class ExplorerState {
  readonly search: EntitySearch;
  readonly entityById: Map<string, KbEntity>;
  readonly relationById: Map<string, KbRelation>;
  readonly claimById: Map<string, KbClaim>;
  readonly relationTypeById: Map<string, KbRelationType>;
  readonly yearBounds: [number, number];
  readonly presets: Preset[];
  readonly vocab: Vocabulary;

  filters: FilterState = $state({ ...FILTER_DEFAULTS });
  selected: Selection | null = $state(null);
  hovered: string | null = $state(null);
  sizeBy: SizeBy = $state(VIEW_DEFAULTS.sizeBy);
  labelDensity: number = $state(VIEW_DEFAULTS.labelDensity);
  panel: boolean = $state(true);
  evidence: boolean = $state(false);
  drawer: Drawer | null = $state(null);
  notices: string[] = $state([]);
  layoutProgress: number | null = $state(null);
  /** The canvas (sigma), while mounted: it follows this state; components never call it. Also a test hook. */
  canvas: CanvasController | null = $state.raw(null);
  /** The view's camera (null: none yet, the canvas frames what is shown); the canvas follows it, reports moves back. */
  camera: Camera | null = $state.raw(null);
  /** How the canvas moves to the next camera set by an action (null: at once); read once by the canvas. */
  cameraMove: CameraMove | null = null;
  /** Where a re-run layout put the nodes (null: where the build put them), written by the canvas. */
  positions: Positions | null = $state.raw(null);
  /** The canvas' size in CSS px, written by the canvas. */
  viewport: Viewport = $state.raw({ width: 0, height: 0 });
  /** The next address write replaces the history entry instead of pushing one (a spent `view=NAME` link). */
  replaceUrl = false;
  /** Label size relative to the canvas' usual 12 px (presentation mode shows larger labels). */
  labelScale: number = $state(1);
  /** Sides of the canvas framing keeps clear: presentation overlays (written by them), with `covers` sheets too. */
  frameInsets: Insets = NO_INSETS;
  covers: (() => Insets) | null = null;

  /** What the selected claim or source supports, with the path from the paper, or null. */
  readonly trace: { nodes: Set<string>; edges: Set<string> } | null;
  readonly visibility: VisibilityResult;
  /** Entities and relations dated vaguely and only partly inside the time range: drawn paler ("possibly in range"). */
  readonly possible: Set<string>;
  /** The reading tools (paths, walk, lit comparison cell); the canvas lights a trace, else what they light. */
  readonly reading: ReadingState;
  readonly emphasis: { nodes: Set<string>; edges: Set<string> } | null;
  readonly filterSummary: string[];

  constructor(
    readonly kb: KnowledgeBase,
    readonly graph: KbGraph,
    readonly colour = new ColourByState(kb),
  ) {
    this.visibility = $derived(computeVisibility(this.kb, this.graph, this.filters, this.selectedEntity));
    this.possible = $derived(possiblyInRangeOf(this.kb, this.filters.years));
    this.trace = $derived(traceFor(this.kb, this.selected));
    this.reading = new ReadingState(this);
    this.emphasis = $derived(this.trace ?? this.reading.lit);
    const words = filterWords(kb);
    this.filterSummary = $derived(describeFilters(this.filters, words));
    this.search = createSearch(kb.entities, undefined, { claims: kb.claims, quirks: kb.quirks });
    this.entityById = new Map(kb.entities.map((e) => [e.id, e]));
    this.relationById = new Map(kb.relations.map((r) => [r.id, r]));
    this.claimById = new Map(kb.claims.map((c) => [c.id, c]));
    this.relationTypeById = new Map(kb.relationTypes.map((t) => [t.id, t]));
    const years = [...kb.relations, ...kb.entities]
      .flatMap((x) => [x.start, x.end])
      .filter((y): y is number => y !== undefined);
    this.yearBounds = years.length ? [Math.min(...years), Math.max(...years)] : [1940, 2020];
    this.presets = modelPresets(kb.entities, this.yearBounds);
    // Built here rather than with views.ts' vocabularyOf, which would pull the YAML parser into the first load.
    const items = selectionLookup(kb);
    this.vocab = {
      kinds: ENTITY_KINDS,
      types: kb.relationTypes.map((t) => t.id),
      items,
      isSource: (id) => isCitable(items.entityKind(id)),
      years: this.yearBounds,
      colourAttributes: this.colour.names,
    };
  }

  canvasView = (): CanvasView => ({
    nodes: this.visibility.nodes,
    edges: this.visibility.edges,
    hovered: this.hovered,
    selected: this.selected,
    emphasis: this.emphasis,
    evidence: this.evidence,
    sizeBy: this.sizeBy,
    colours: this.colour.colours,
    possible: this.possible,
    relationLabel: (type) => this.relationTypeLabel(type),
  });

  /** The selected entity's id (an entity or a source), or null. */
  get selectedEntity(): string | null {
    return selectedEntityId(this.selected);
  }

  /** Evidence-layer links, computed once. */
  /** The entities and relations carrying one of the paper's inconsistencies (marked on the canvas and in pictures). */
  get quirkCarriers(): QuirkCarriers {
    return cachedCarriers(this.kb);
  }

  get evidenceLinks(): [string, string][] {
    return (this.#evidenceLinks ??= evidenceLinks(this.kb));
  }
  #evidenceLinks: [string, string][] | undefined;

  relationTypeLabel(type: string): string {
    return this.relationTypeById.get(type)?.label ?? type;
  }

  /** Selects, and frames what the selection lights unless `focus` is false (a click on the canvas: kept still). */
  select(selection: Selection | null, opts: { focus?: boolean } = {}): void {
    this.selected = selection;
    if (selection) this.panel = true;
    if (selection && opts.focus !== false) this.focusSelection();
  }

  /** Selects an entity by id (as a source when claims may cite its kind). */
  selectEntity(id: string, opts: { focus?: boolean } = {}): void {
    this.select(entitySelection(id, this.entityById.get(id)?.kind), opts);
  }

  /** Sets the view's camera; the canvas moves there smoothly when `move` is given. */
  setCamera(camera: Camera | null, move: CameraMove | null = null): void {
    this.#lastFrame = null;
    this.cameraMove = move;
    this.camera = camera;
  }

  zoom(factor: number): void {
    const c = this.camera ?? { x: 0.5, y: 0.5, ratio: 1 };
    this.setCamera({ ...c, ratio: Math.min(4, Math.max(0.02, c.ratio / factor)) }, { duration: 200 });
  }

  /** Node positions as drawn now (after a re-run layout), else as built; keyed by entity id. */
  drawnPositions(): Positions {
    return this.positions ?? LayoutRun.positions(this.graph);
  }

  focusSelection(): void {
    if (this.selected) this.frame("lit");
  }

  focusOn(ids: Iterable<string>): void {
    this.frame([...ids]);
  }

  #lastFrame: { target: FrameTarget; at: number } | null = null;
  /** Frames `target` ("visible": Fit; "lit": the selection's; entity ids: a path's) once the page shows this state. */
  frame(target: FrameTarget, move: CameraMove | null = { duration: FRAME_MS, easing: "quadraticInOut" }): void {
    const asked = (this.#lastFrame = { target, at: performance.now() });
    void tick().then(() => {
      if (this.#lastFrame !== asked) return; // another camera was set meanwhile
      const framing = { labelSize: LABEL_SIZE * this.labelScale, insets: this.covers?.() ?? this.frameInsets };
      const camera = this.canvas?.frameCamera(this.canvasView(), target, framing);
      if (camera) this.setCamera(camera, move);
      this.#lastFrame = asked;
    });
  }

  /** The canvas was resized: a frame asked for just now (the panel opening with a selection) is made again. */
  reframe(): void {
    const last = this.#lastFrame;
    if (!last || performance.now() - last.at >= 1000) return;
    this.frame(last.target, { duration: FRAME_MS / 2 });
    this.#lastFrame!.at = last.at; // the window does not grow with each resize
  }

  runLayout(): void {
    this.canvas?.runLayout(LAYOUT_MS, (p) => (this.layoutProgress = p >= 1 ? null : p));
  }

  stopLayout(): void {
    this.canvas?.stopLayout();
    this.layoutProgress = null;
  }

  /** Back to the build's positions, framing what is visible there. */
  resetLayout(): void {
    this.stopLayout();
    this.canvas?.resetLayout();
    this.frame("visible");
  }

  setFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
  }

  clearFilters(): void {
    this.filters = { ...FILTER_DEFAULTS };
  }

  toggleKind(kind: string): void {
    this.setFilters({ hiddenKinds: toggled(this.filters.hiddenKinds, kind) });
  }

  toggleType(type: string): void {
    this.setFilters({ hiddenTypes: toggled(this.filters.hiddenTypes, type) });
  }

  // ── URL state ──────────────────────────────────────────────────────────────
  toView(): ViewState {
    return viewOf(this);
  }

  applyView(view: ViewState): void {
    applyViewTo(this, view);
  }

  readUrl(search: string): void {
    const { view, notices } = decodeView(search, this.vocab);
    this.notices = notices;
    this.applyView(view);
  }

  urlSearch(): string {
    const s = encodeView(this.toView()).toString();
    return s ? `?${s}` : "";
  }
}

/** `list` with `item` taken out if it is in, else added at the end. */
const toggled = (list: readonly string[], item: string): string[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
