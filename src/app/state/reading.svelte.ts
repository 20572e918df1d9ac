// State of the reading tools (Svelte 5 runes), held by the explorer: the path question ("How is A connected to
// B?"), the walk through the paper and the comparison cell lit in the graph. What they light joins the explorer's
// emphasis (a traced claim or source comes first); `path` and `walk` are part of the view and of the URL.
import type { KnowledgeBase } from "../../core/data/build.ts";
import { connectingPaths, pathEmphasis, type ConnectingPath } from "../../core/model/paths.ts";
import { walkEmphasis, walkSteps, type WalkStep } from "../../core/view/walk.ts";
import type { Selection } from "../../core/view/selection.ts";

export type Lit = { nodes: Set<string>; edges: Set<string> };

/** What the reading tools need from the explorer. */
export interface ReadingHost {
  readonly kb: KnowledgeBase;
  readonly filters: { hiddenTypes: string[] };
  selected: Selection | null;
  focusOn(ids: Iterable<string>): void;
}

export class ReadingState {
  /** "How is A connected to B?": the two entities, or null. */
  path: [string, string] | null = $state(null);
  /** Whether the path panel is open (it stays open while a path is shown). */
  pathPicker: boolean = $state(false);
  /** The paragraph the walk through the paper is at, or null. */
  walk: string | null = $state(null);
  /** What a comparison cell lights in the graph (the support of its claims), with the cell's name, or null. */
  highlight: (Lit & { label: string }) | null = $state.raw(null);
  /** Up to three shortest paths between the two ends of `path`, over the relation types shown. */
  readonly paths: ConnectingPath[];
  /** The paper's paragraphs in reading order with their claims (computed once). */
  readonly walkSteps: WalkStep[];
  /** What the reading tools light: the walk's paragraph, else the paths, else a comparison cell; or null. */
  readonly lit: Lit | null;
  #pathDraft: [string | null, string | null] = $state([null, null]);

  constructor(private readonly host: ReadingHost) {
    this.paths = $derived(
      this.path ? connectingPaths(host.kb, this.path[0], this.path[1], { hiddenTypes: host.filters.hiddenTypes }) : [],
    );
    this.walkSteps = walkSteps(host.kb);
    this.lit = $derived.by(() => {
      const step = this.walk ? this.walkSteps.find((s) => s.locator === this.walk) : undefined;
      if (step) return walkEmphasis(host.kb, step);
      if (this.path)
        return this.paths.length ? pathEmphasis(this.paths) : { nodes: new Set(this.path), edges: new Set<string>() };
      return this.highlight;
    });
  }

  /** Sets one end of the path question; once both ends are set, the paths are shown (and put in the URL). */
  setPathEnd(end: 0 | 1, id: string | null): void {
    const ends: [string | null, string | null] = this.path ? [...this.path] : [...this.#pathDraft];
    ends[end] = id;
    this.#pathDraft = ends;
    this.pathPicker = true;
    this.path = ends[0] && ends[1] && ends[0] !== ends[1] ? [ends[0], ends[1]] : null;
    if (this.path) this.host.focusOn(new Set(this.paths.flatMap((p) => p.nodes)));
  }

  /** The ends chosen so far (a path needs both). */
  pathEnds(): [string | null, string | null] {
    return this.path ? [...this.path] : [...this.#pathDraft];
  }

  closePath(): void {
    this.path = null;
    this.pathPicker = false;
    this.#pathDraft = [null, null];
  }

  /** Starts, steps or leaves the walk through the paper (a selected claim gives way to the paragraph). */
  walkTo(locator: string | null): void {
    this.walk = locator;
    if (this.host.selected?.kind === "claim") this.host.selected = null;
    if (locator && this.lit?.nodes.size) this.host.focusOn(this.lit.nodes);
  }
}
