// Named views and presentation mode (Svelte 5 runes), one instance per explorer (presentationFor). Shipped views come
// from graph/views.yaml, imported as text and parsed with the same reader as `npm run shot` (both loaded lazily, so
// the YAML parser is not on the path to the first frame); views a user saves live in localStorage and travel as
// views files. Applying a view sets the explorer's state and moves the camera smoothly to the view's camera, or to the
// camera that fits what the view shows (the same fit as the pictures).
import { pictureCaption } from "../../core/picture/caption.ts";
import { NO_INSETS, type Insets } from "../../core/picture/camera.ts";
import { byCategory, legendOf, type Legend } from "../../core/picture/legend.ts";
import { computeScene, styleScene } from "../../core/picture/scene.ts";
import { entityId, type Positions } from "../../core/model/graph.ts";
import { StyleBasis } from "../../core/view/style/index.ts";
import { decodeView, encodeView, type Camera, type ViewState } from "../../core/view/url-state.ts";
import type { NamedView } from "../../core/view/views.ts";
import type { ExplorerState } from "./explorer.svelte.ts";

export const STORAGE_KEY = "lankov-kg:views";
/** Label size in presentation mode, relative to the canvas' usual 12 px. */
export const PRESENTATION_LABEL_SCALE = 1.5;
const TRANSITION_MS = 700;

type ViewsModule = typeof import("../../core/view/views.ts");
let viewsModule: Promise<ViewsModule> | null = null;
const loadViewsModule = () => (viewsModule ??= import("../../core/view/views.ts"));
const loadShippedText = async () => (await import("../../../graph/views.yaml?raw")).default;

export class PresentationState {
  /** Presentation mode: panels hidden, larger labels, legend and caption overlaid. */
  active = $state(false);
  exportOpen = $state(false);
  viewsOpen = $state(false);
  shipped: NamedView[] = $state.raw([]);
  saved: NamedView[] = $state.raw([]);
  /** Problems met reading views (shipped file, storage, an imported file), as plain text lines. */
  problems: string[] = $state([]);
  /** The named view last applied, while the state still comes from it. */
  currentId: string | null = $state(null);
  /** Whether the views (shipped and saved) have been read. */
  loaded = $state(false);
  ready: Promise<void>;
  /** Room the presentation overlays take on each side of the canvas (measured by the component), in px. */
  insets: Insets = NO_INSETS;
  private mod: ViewsModule | null = null;

  constructor(readonly explorer: ExplorerState) {
    // A `view=NAME` link is read now: the URL sync rewrites the address as soon as the app is mounted.
    const initial = typeof location === "undefined" ? "" : location.search;
    this.ready = this.load().then(() => {
      if (new URLSearchParams(initial).has("view")) this.applyLink(initial, { animate: false });
    });
  }

  get views(): NamedView[] {
    return [...this.shipped, ...this.saved];
  }

  /** The named view last applied, as long as the explorer still shows it (camera and panels aside). */
  get current(): NamedView | null {
    const named = this.views.find((v) => v.id === this.currentId);
    if (!named) return null;
    const canonical = (v: ViewState) => {
      const p = encodeView(v);
      for (const k of ["cam", "panel", "tab"]) p.delete(k);
      return p.toString();
    };
    const { view } = decodeView(named.query, this.explorer.vocab);
    return canonical(view) === canonical(this.explorer.toView()) ? named : null;
  }

  private async load(): Promise<void> {
    const mod = await loadViewsModule();
    this.mod = mod;
    const { views, problems } = mod.parseViews(await loadShippedText(), mod.VIEWS_FILE, this.explorer.vocab);
    this.shipped = views;
    const out = problems.map((p) => `${p.file}:${p.line}: ${p.id ? `${p.id}: ` : ""}${p.message}`);
    this.saved = this.readStorage(out);
    this.problems = out;
    this.loaded = true;
  }

  private readStorage(problems: string[]): NamedView[] {
    let raw: unknown;
    try {
      raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    } catch {
      problems.push("saved views: unreadable, ignored");
      return [];
    }
    if (!Array.isArray(raw) || !this.mod) return [];
    const out: NamedView[] = [];
    for (const item of raw.slice(0, this.mod.MAX_VIEWS)) {
      const parsed = this.mod.NamedView.safeParse(item);
      if (!parsed.success || this.mod.viewStateOf(parsed.data, this.explorer.vocab).notices.length) {
        problems.push(
          `saved view ${JSON.stringify(String((item as { id?: unknown })?.id ?? "?")).slice(0, 60)}: not valid here, ignored`,
        );
        continue;
      }
      if (!out.some((v) => v.id === parsed.data.id)) out.push(parsed.data);
    }
    return out;
  }

  private writeStorage(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.saved));
    } catch {
      this.problems = [...this.problems, "saved views: the browser refused to store them"];
    }
  }

  /** Applies the view a `view=NAME` link stands for (its other parameters on top); false if it names no view. */
  applyLink(search: string, opts: { animate: boolean }): boolean {
    if (!this.mod) return false;
    const expanded = this.mod.expandViewParam(search, this.views);
    if (!expanded) return false;
    if ("missing" in expanded) {
      this.explorer.notices = [...this.explorer.notices, `There is no view named “${expanded.missing}”.`];
      return false;
    }
    // The address shows the view's state in place of the link (its `view=` is spent): replaced, not pushed.
    this.explorer.replaceUrl = true;
    this.apply(expanded.view, { animate: opts.animate, search: expanded.search });
    return true;
  }

  /** Sets the explorer to a named view; the camera moves smoothly when `animate`. */
  apply(named: NamedView, opts: { animate: boolean; search?: string }): void {
    const search = opts.search ?? named.query;
    const { view, notices } = decodeView(search, this.explorer.vocab);
    const params = new URLSearchParams(search);
    const next: ViewState = {
      ...view,
      // Panels and the drawer stay as they are unless the view says otherwise.
      panel: params.has("panel") ? view.panel : this.explorer.panel,
      drawer: params.has("tab") ? view.drawer : this.explorer.drawer,
    };
    const target = view.camera ?? this.fitCamera(view);
    this.explorer.applyView({ ...next, camera: null });
    if (target)
      this.explorer.setCamera(target, opts.animate ? { duration: TRANSITION_MS, easing: "quadraticInOut" } : null);
    if (notices.length) this.explorer.notices = notices;
    this.currentId = named.id;
  }

  /** Positions as the canvas shows them now (after a re-run layout), else as built. */
  positions(): Positions {
    return this.explorer.drawnPositions();
  }

  /** The camera that fits what `view` shows on the canvas as it is sized now (the pictures' fit). */
  fitCamera(view: ViewState): Camera | null {
    if (!this.explorer.canvas) return null;
    const { width, height } = this.explorer.viewport;
    if (!(width > 0 && height > 0)) return null;
    const positions = this.positions();
    if (!Object.keys(positions).length) return null;
    return computeScene(
      this.explorer.kb,
      positions,
      { ...view, camera: null },
      {
        viewport: { width, height },
        labelScale: this.active ? PRESENTATION_LABEL_SCALE : 1,
        fitInsets: this.active ? this.insets : NO_INSETS,
      },
    ).camera;
  }

  /** Steps through the named views (wrapping around); from a view that is not named, starts at the first. */
  step(delta: 1 | -1): void {
    if (!this.loaded) {
      void this.ready.then(() => this.step(delta));
      return;
    }
    const list = this.views;
    if (!list.length) return;
    const at = list.findIndex((v) => v.id === this.currentId);
    const next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
    this.apply(list[next], { animate: true });
  }

  enter(): void {
    this.active = true;
    this.viewsOpen = false;
    this.exportOpen = false;
    this.explorer.labelScale = PRESENTATION_LABEL_SCALE;
    // The canvas grows to the window and the labels grow: frame the view again (once more when the canvas has its
    // new size and the overlays theirs, see ExplorerState.reframe).
    this.explorer.frame("lit");
  }

  exit(): void {
    this.active = false;
    this.explorer.labelScale = 1;
    this.explorer.frame("lit");
  }

  /** The legend of what the canvas shows now, from the canvas' own style results (faded items left out). */
  legend(): Legend {
    const basis = (this.basis ??= new StyleBasis(
      this.explorer.graph,
      () => this.explorer.evidenceLinks,
      () => this.explorer.quirkCarriers,
    ));
    const { nodes, edges } = styleScene(basis, { ...this.explorer.canvasView(), hovered: null });
    const graph = this.explorer.graph;
    const shown = nodes.filter(([, l]) => !l.faded);
    const legend = legendOf(
      shown.map(([n]) => graph.getNodeAttribute(n, "kind")),
      edges.filter(([, l]) => !l.faded).map(([, l]) => l.relation),
    );
    const attribute = this.explorer.colour.by;
    return attribute === null
      ? legend
      : byCategory(
          legend,
          { kb: this.explorer.kb, attribute },
          shown.map(([n]) => entityId(n)),
        );
  }
  private basis: StyleBasis | null = null;

  /** The caption of what is shown: the named view's caption, then the source and filters. */
  caption(): string[] {
    const named = this.current;
    return [named?.caption, pictureCaption(this.explorer.kb, this.explorer.filters)].filter((s): s is string => !!s);
  }

  /** A file-name-safe id from free text ("view" when empty or before the views module is loaded). */
  slug(text: string): string {
    return this.mod?.viewIdFrom(text) ?? "view";
  }

  /** Saves the current view under `title`; returns the saved view. */
  save(title: string, caption?: string): NamedView | null {
    if (!this.mod || !title.trim()) return null;
    const view: NamedView = {
      id: this.mod.viewIdFrom(
        title,
        this.views.map((v) => v.id),
      ),
      title: title.trim().slice(0, 200),
      ...(caption?.trim() ? { caption: caption.trim().slice(0, 1000) } : {}),
      query: this.explorer.urlSearch().replace(/^\?/, ""),
    };
    this.saved = [...this.saved, view];
    this.currentId = view.id;
    this.writeStorage();
    return view;
  }

  remove(id: string): void {
    this.saved = this.saved.filter((v) => v.id !== id);
    if (this.currentId === id) this.currentId = null;
    this.writeStorage();
  }

  /** The saved views as a views file (the format of graph/views.yaml). */
  exportFile(): string {
    if (!this.mod) return "";
    return this.mod.writeViews(this.saved, "Views saved in the Lankov 2020 explorer (format of graph/views.yaml)");
  }

  /** Reads a views file the user picked (size-checked before reading); returns a line saying what happened. */
  async importViewsFile(file: File): Promise<string> {
    await this.ready;
    const limit = this.mod!.MAX_VIEWS_BYTES;
    if (file.size > limit) return `${file.name} is larger than ${limit} bytes; nothing was added`;
    const n = this.importFile(await file.text(), file.name);
    return `${n} view${n === 1 ? "" : "s"} added from ${file.name}`;
  }

  /** Adds the valid views of a views file (ids made unique); returns how many were added. */
  importFile(text: string, name: string): number {
    if (!this.mod) return 0;
    const { views, problems } = this.mod.parseViews(text, name, this.explorer.vocab);
    const taken = this.views.map((v) => v.id);
    const added = views.map((v) => {
      const id = this.mod!.viewIdFrom(v.id, taken);
      taken.push(id);
      return { ...v, id };
    });
    this.saved = [...this.saved, ...added];
    this.problems = problems.map((p) => `${p.file}:${p.line}: ${p.id ? `${p.id}: ` : ""}${p.message}`);
    this.writeStorage();
    return added.length;
  }
}

const instances = new WeakMap<ExplorerState, PresentationState>();

/** The presentation state of an explorer (one per explorer, made on first use). */
export function presentationFor(explorer: ExplorerState): PresentationState {
  let p = instances.get(explorer);
  if (!p) instances.set(explorer, (p = new PresentationState(explorer)));
  return p;
}
