// The one state object of the explorer (Svelte 5 runes). Components read and change it; the canvas controller is
// held as a raw handle. Visibility is derived from the framework-free filters; the URL is kept in sync with the
// view (push for meaningful changes, replace for camera moves) so links and back/forward reproduce views.
import type { KnowledgeBase, KbClaim, KbEntity, KbRelation, KbRelationType } from "../../core/data/build.ts";
import {
  computeVisibility,
  describeFilters,
  FILTER_DEFAULTS,
  supportedBy,
  type FilterState,
  type VisibilityResult,
} from "../../core/model/filters.ts";
import type { KbGraph } from "../../core/model/graph.ts";
import { claimsCiting, evidenceLinks, traceOf } from "../../core/model/evidence.ts";
import { createSearch, type EntitySearch } from "../../core/model/search.ts";
import { connectingPaths, pathEmphasis, type ConnectingPath } from "../../core/model/paths.ts";
import { walkEmphasis, walkSteps, type WalkStep } from "../../core/view/walk.ts";
import { ENTITY_KINDS } from "../../core/data/schema.ts";
import { parseEdtf } from "../../core/data/time.ts";
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
import type { CanvasController, CanvasView } from "../canvas/controller.ts";

export interface Preset {
  id: string;
  label: string;
  years: [number, number] | null;
}

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
  selected: string | null = $state(null);
  hovered: string | null = $state(null);
  sizeBy: SizeBy = $state(VIEW_DEFAULTS.sizeBy);
  labelDensity: number = $state(VIEW_DEFAULTS.labelDensity);
  panel: boolean = $state(true);
  evidence: boolean = $state(false);
  drawer: Drawer | null = $state(null);
  notices: string[] = $state([]);
  layoutProgress: number | null = $state(null);
  canvas: CanvasController | null = $state.raw(null);
  /** "How is A connected to B?": the two entities, or null. */
  path: [string, string] | null = $state(null);
  /** Whether the "How is A connected to B?" panel is open (it stays open while a path is shown). */
  pathPicker: boolean = $state(false);
  /** The paragraph the walk through the paper is at, or null. */
  walk: string | null = $state(null);
  /** What a comparison cell lights in the graph (the support of its claims), with the cell's name, or null. */
  highlight: { nodes: Set<string>; edges: Set<string>; label: string } | null = $state.raw(null);
  /** Camera waiting for the canvas (from the URL at start-up). */
  pendingCamera: Camera | null = null;

  readonly support: { entities: Set<string>; relations: Set<string> } | null;
  /** What the selected claim or source supports, with the path from the paper, or null. */
  readonly trace: { nodes: Set<string>; edges: Set<string> } | null;
  readonly visibility: VisibilityResult;
  /** Up to three shortest paths between the two ends of `path`, over the relation types shown. */
  readonly paths: ConnectingPath[];
  /** The paper's paragraphs in reading order with their claims (computed once). */
  readonly walkSteps: WalkStep[];
  /** What the canvas keeps lit: a traced claim or source, else the walk's paragraph, the paths, a comparison cell. */
  readonly emphasis: { nodes: Set<string>; edges: Set<string> } | null;
  readonly filterSummary: string[];

  constructor(
    readonly kb: KnowledgeBase,
    readonly graph: KbGraph,
  ) {
    this.support = $derived(this.filters.source ? supportedBy(this.kb, this.filters.source) : null);
    this.visibility = $derived(
      computeVisibility(this.kb, this.graph, this.filters, this.selectedEntity, this.support ?? undefined),
    );
    this.trace = $derived.by(() => {
      const sel = this.selected;
      if (!sel) return null;
      if (sel.startsWith("c:")) {
        const c = this.claimById.get(sel.slice(2));
        return c ? traceOf(this.kb, [c]) : null;
      }
      const e = this.entityById.get(sel);
      return e && (e.kind === "source" || e.kind === "interviewee")
        ? traceOf(this.kb, claimsCiting(this.kb, sel))
        : null;
    });
    this.paths = $derived(
      this.path ? connectingPaths(this.kb, this.path[0], this.path[1], { hiddenTypes: this.filters.hiddenTypes }) : [],
    );
    this.walkSteps = walkSteps(kb);
    this.emphasis = $derived.by(() => {
      if (this.trace) return this.trace;
      const step = this.walk ? this.walkSteps.find((s) => s.locator === this.walk) : undefined;
      if (step) return walkEmphasis(this.kb, step);
      if (this.path)
        return this.paths.length ? pathEmphasis(this.paths) : { nodes: new Set(this.path), edges: new Set<string>() };
      return this.highlight;
    });
    this.filterSummary = $derived(describeFilters(this.filters, (id) => this.entityById.get(id)?.label ?? id));
    this.search = createSearch(kb.entities);
    this.entityById = new Map(kb.entities.map((e) => [e.id, e]));
    this.relationById = new Map(kb.relations.map((r) => [r.id, r]));
    this.claimById = new Map(kb.claims.map((c) => [c.id, c]));
    this.relationTypeById = new Map(kb.relationTypes.map((t) => [t.id, t]));
    const years = [...kb.relations, ...kb.entities]
      .flatMap((x) => [x.start, x.end])
      .filter((y): y is number => y !== undefined);
    this.yearBounds = years.length ? [Math.min(...years), Math.max(...years)] : [1940, 2020];
    this.presets = [
      { id: "all", label: "All", years: null },
      ...kb.entities
        .filter((e) => e.kind === "model")
        .sort((a, b) => Number(a.attributes.year) - Number(b.attributes.year))
        .map((e) => {
          const span = parseEdtf(String(e.attributes.period ?? ""));
          const years: [number, number] | null =
            typeof span === "string" ? null : [span.start ?? this.yearBounds[0], span.end ?? this.yearBounds[1]];
          return { id: e.id, label: String(e.attributes.year), years };
        }),
    ];
    this.vocab = {
      kinds: ENTITY_KINDS,
      types: kb.relationTypes.map((t) => t.id),
      hasItem: (id) =>
        this.entityById.has(id) ||
        (id.startsWith("r:") && this.relationById.has(id.slice(2))) ||
        (id.startsWith("c:") && this.claimById.has(id.slice(2))),
      isSource: (id) => ["source", "interviewee"].includes(this.entityById.get(id)?.kind ?? ""),
      years: this.yearBounds,
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
    relationLabel: (type) => this.relationTypeLabel(type),
  });

  /** The selected entity id (not a relation "r:..." or a claim "c:..."), or null. */
  get selectedEntity(): string | null {
    const s = this.selected;
    return s && !s.startsWith("r:") && !s.startsWith("c:") ? s : null;
  }

  /** Evidence-layer links, computed once. */
  get evidenceLinks(): [string, string][] {
    return (this.#evidenceLinks ??= evidenceLinks(this.kb));
  }
  #evidenceLinks: [string, string][] | undefined;

  relationTypeLabel(type: string): string {
    return this.relationTypeById.get(type)?.label ?? type;
  }

  select(id: string | null, opts: { focus?: boolean } = {}): void {
    this.selected = id;
    if (id) this.panel = true;
    if (id && opts.focus) this.focusSelection();
  }

  focusSelection(): void {
    if (!this.canvas || !this.selected) return;
    if (this.trace) this.canvas.fitNodes([...this.trace.nodes]);
    else this.canvas.fitNodes(this.canvas.neighbourhood(this.selected));
  }

  /** Sets one end of the path question; once both ends are set, the paths are shown (and put in the URL). */
  setPathEnd(end: 0 | 1, id: string | null): void {
    const ends: [string | null, string | null] = this.path ? [...this.path] : [this.#pathDraft[0], this.#pathDraft[1]];
    ends[end] = id;
    this.#pathDraft = ends;
    this.pathPicker = true;
    this.path = ends[0] && ends[1] && ends[0] !== ends[1] ? [ends[0], ends[1]] : null;
    if (this.path && this.canvas) this.canvas.fitNodes([...new Set(this.paths.flatMap((p) => p.nodes))]);
  }

  /** The ends chosen so far (a path needs both). */
  pathEnds(): [string | null, string | null] {
    return this.path ? [...this.path] : [...this.#pathDraft];
  }
  #pathDraft: [string | null, string | null] = $state([null, null]);

  closePath(): void {
    this.path = null;
    this.pathPicker = false;
    this.#pathDraft = [null, null];
  }

  /** Starts, steps or leaves the walk through the paper. */
  walkTo(locator: string | null): void {
    this.walk = locator;
    if (this.selected?.startsWith("c:")) this.selected = null;
    if (locator && this.canvas && this.emphasis?.nodes.size) this.canvas.fitNodes([...this.emphasis.nodes]);
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
      camera: this.canvas ? this.canvas.getCamera() : this.pendingCamera,
      sizeBy: this.sizeBy,
      labelDensity: this.labelDensity,
      panel: this.panel,
      evidence: this.evidence,
      drawer: this.drawer,
      path: this.path,
      walk: this.walk,
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
    this.path = view.path;
    this.walk = view.walk;
    if (view.camera) {
      if (this.canvas) this.canvas.setCamera(view.camera);
      else this.pendingCamera = view.camera;
    }
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
