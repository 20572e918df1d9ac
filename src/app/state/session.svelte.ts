// The session: which dataset the explorer shows (the bundled paper or a file the user opened) and the explorer
// state for it. Opening a file validates it with the framework-free readers; a valid dataset replaces the explorer
// (a new graph means a new canvas), an invalid one leaves everything as it was and lists every problem.
import { openDataset, sizeProblem, type OpenFile } from "../../core/formats/open.ts";
import type { Dataset, ReadProblem } from "../../core/formats/json.ts";
import { toGraph } from "../../core/model/graph.ts";
import { computeLayout } from "../../core/model/layout.ts";
import { ExplorerState } from "./explorer.svelte.ts";

/** Above this many entities, a file without positions gets a quick layout instead of the full build-time one. */
const QUICK_LAYOUT_ABOVE = 2000;

export function explorerFor(dataset: Dataset): ExplorerState {
  const graph = toGraph(dataset.kb, dataset.layout);
  const missing = dataset.kb.entities.some((e) => !dataset.layout[e.id]);
  if (missing) {
    const iterations = dataset.kb.entities.length > QUICK_LAYOUT_ABOVE ? 50 : 300;
    computeLayout.assign(graph, { iterations, noverlapIterations: 50 });
  }
  return new ExplorerState(dataset.kb, graph);
}

export class Session {
  state: ExplorerState = $state.raw() as unknown as ExplorerState;
  /** Name of the opened file, or null for the bundled paper. */
  opened: string | null = $state(null);
  problems: ReadProblem[] = $state([]);
  problemSource = $state("");
  busy = $state(false);
  notes: string[] = $state([]);
  /** Whether the opened file is a graph from another tool (no kinds, claims or sources). */
  foreign = $state(false);
  /** The banner naming the opened file and what it lacks; dismissed by the user until the next file. */
  banner = $state(false);
  private readonly bundled: ExplorerState;

  constructor(bundled: ExplorerState) {
    this.bundled = bundled;
    this.state = bundled;
  }

  /** Reads and validates files (one dataset: a JSON, GEXF or GraphML file, or a set of CSV files). */
  async open(files: File[]): Promise<boolean> {
    this.problems = [];
    this.notes = [];
    this.problemSource = files.map((f) => f.name).join(", ");
    const tooBig = sizeProblem(files.reduce((n, f) => n + f.size, 0));
    if (tooBig) {
      this.problems = [tooBig];
      return false;
    }
    this.busy = true;
    try {
      const texts: OpenFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const result = await openDataset(texts);
      if (!result.dataset) {
        this.problems = result.problems.length ? result.problems : [{ path: "", message: "nothing could be read" }];
        return false;
      }
      this.notes = result.notes;
      this.foreign = result.foreign === true;
      this.state = explorerFor(result.dataset);
      this.opened = this.problemSource;
      this.banner = true;
      return true;
    } catch (e) {
      this.problems = [{ path: "", message: `could not open: ${e instanceof Error ? e.message : String(e)}` }];
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Back to the bundled knowledge base. */
  closeFile(): void {
    this.state = this.bundled;
    this.opened = null;
    this.problems = [];
    this.notes = [];
    this.foreign = false;
    this.banner = false;
  }
}
