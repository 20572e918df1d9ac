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
import { entityId, nodeKey, type KbGraph, type Positions } from "../../core/model/graph.ts";
import { cameraAround, type Viewport } from "../../core/picture/camera.ts";
import { evidenceLinks } from "../../core/model/evidence.ts";
import { cachedCarriers, type QuirkCarriers } from "../../core/model/filters/quirks.ts";
import { possiblyInRange } from "../../core/model/filters/time.ts";
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
import { ReadingState } from "./reading.svelte.ts";
import {
  entitySelection,
  selectedEntityId,
  selectedRelationId,
  selectionLookup,
  traceFor,
  type Selection,
} from "../../core/view/selection.ts";
import { ENTITY_KINDS, isCitable } from "../../core/data/kinds.ts";
import { ColourByState } from "./colour-by.svelte.ts";
import type { CanvasController, CanvasView } from "../canvas/controller.ts";

/** How long the canvas takes to run a layout, in ms. */
export const LAYOUT_MS = 6000;

export interface CameraMove {
  duration: number;
  easing?: "quadraticInOut";
}

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
  /** The view's camera (null: the whole graph); the canvas follows it and reports user moves back. */
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

  /** What the selected claim or source supports, with the path from the paper, or null. */
  readonly trace: { nodes: Set<string>; edges: Set<string> } | null;
  readonly visibility: VisibilityResult;
  /** Relations dated vaguely and only partly inside the time range: drawn paler ("possibly in range"). */
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
    this.possible = $derived(possiblyInRange(this.kb.relations, this.filters.years));
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

  select(selection: Selection | null, opts: { focus?: boolean } = {}): void {
    this.selected = selection;
    if (selection) this.panel = true;
    if (selection && opts.focus) this.focusSelection();
  }

  /** Selects an entity by id (as a source when claims may cite its kind). */
  selectEntity(id: string, opts: { focus?: boolean } = {}): void {
    this.select(entitySelection(id, this.entityById.get(id)?.kind), opts);
  }

  // ── Camera and layout ─────────────────────────────────────────────────────
  /** Sets the view's camera; the canvas moves there smoothly when `move` is given. */
  setCamera(camera: Camera | null, move: CameraMove | null = null): void {
    this.cameraMove = move;
    this.camera = camera;
  }

  zoom(factor: number): void {
    const c = this.camera ?? { x: 0.5, y: 0.5, ratio: 1 };
    this.setCamera({ ...c, ratio: Math.min(4, Math.max(0.02, c.ratio / factor)) }, { duration: 200 });
  }

  fitAll(): void {
    this.setCamera({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 300 });
  }

  /** Node positions as drawn now (after a re-run layout), else as built; keyed by entity id. */
  drawnPositions(): Positions {
    if (this.positions) return this.positions;
    const out: Positions = Object.create(null);
    this.graph.forEachNode((n, a) => (out[entityId(n)] = [a.x, a.y]));
    return out;
  }

  /** Moves the camera onto the selection: a trace, an entity and its neighbours, or a relation's two ends. */
  focusSelection(): void {
    const sel = this.selected;
    if (!sel) return;
    let ids: string[] = [];
    const edge = selectedRelationId(sel);
    const node = selectedEntityId(sel);
    if (this.trace) ids = [...this.trace.nodes];
    else if (edge !== null) ids = this.graph.hasEdge(edge) ? this.graph.extremities(edge).map(entityId) : [];
    else if (node !== null && this.graph.hasNode(nodeKey(node)))
      ids = [node, ...this.graph.neighbors(nodeKey(node)).map(entityId)];
    this.focusOn(ids);
  }

  /** Moves the camera onto these entities (a path, a paragraph's or a comparison cell's support). */
  focusOn(ids: Iterable<string>): void {
    const at = this.drawnPositions();
    const points = [...ids].filter((id) => id in at).map((id) => at[id]);
    const camera = cameraAround(Object.values(at), points);
    if (camera) this.setCamera(camera, { duration: 400 });
  }

  runLayout(): void {
    this.canvas?.runLayout(LAYOUT_MS, (p) => (this.layoutProgress = p >= 1 ? null : p));
  }

  stopLayout(): void {
    this.canvas?.stopLayout();
    this.layoutProgress = null;
  }

  resetLayout(): void {
    this.stopLayout();
    this.canvas?.resetLayout();
  }

  setFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
  }

  clearFilters(): void {
    this.filters = { ...FILTER_DEFAULTS };
  }

  toggleKind(kind: string): void {
    const hidden = new Set(this.filters.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    this.setFilters({ hiddenKinds: [...hidden] });
  }

  toggleType(type: string): void {
    const hidden = new Set(this.filters.hiddenTypes);
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    this.setFilters({ hiddenTypes: [...hidden] });
  }

  // ── URL state ──────────────────────────────────────────────────────────────
  toView(): ViewState {
    return {
      filters: this.filters,
      selected: this.selected,
      camera: this.camera,
      sizeBy: this.sizeBy,
      labelDensity: this.labelDensity,
      panel: this.panel,
      evidence: this.evidence,
      drawer: this.drawer,
      path: this.reading.path,
      walk: this.reading.walk,
      colourBy: this.colour.by,
    };
  }

  applyView(view: ViewState): void {
    this.filters = { ...view.filters };
    this.selected = view.selected;
    this.sizeBy = view.sizeBy;
    this.labelDensity = view.labelDensity;
    this.panel = view.panel;
    this.evidence = view.evidence;
    this.drawer = view.drawer;
    this.reading.path = view.path;
    this.reading.walk = view.walk;
    this.colour.by = view.colourBy;
    if (view.camera) this.setCamera(view.camera);
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
