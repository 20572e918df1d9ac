// A ForceAtlas2 run in a web worker for the canvas, writing a positions map rather than the model graph: the worker
// lays out a copy of the graph sigma draws, and each of its steps is read into `positions` (graph key → x, y).
// `reset` drops the map, so the build-time positions (the model's) show again. The model graph is never written to.
import { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { entityId, type EdgeAttributes, type NodeAttributes, type Positions } from "../../core/model/graph.ts";

/** Positions by graph key. */
export type LayoutPositions = Map<string, { x: number; y: number }>;
type LaidOut = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export class LayoutRun {
  /** Where a layout run put the nodes; null: where the build put them (the model's positions). */
  positions: LayoutPositions | null = null;
  private worker: FA2Layout | null = null;
  private clock: { t0: number; ms: number; onProgress: (p: number) => void } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly model: LaidOut,
    /** Called after each step of the worker and after a reset, with the positions now drawn. */
    private readonly moved: (positions: LayoutPositions | null) => void,
  ) {}

  /** Runs ForceAtlas2 on (a copy of) `graph` for `ms` milliseconds; `onProgress` gets 0..1, then 1 when done. */
  run(graph: LaidOut, ms: number, onProgress: (p: number) => void): void {
    this.stop();
    this.clock = { t0: performance.now(), ms, onProgress };
    this.start(graph);
    const tick = () => {
      const clock = this.clock;
      if (!clock) return;
      const p = Math.min(1, (performance.now() - clock.t0) / clock.ms);
      clock.onProgress(p);
      if (p >= 1) this.stop();
      else this.timer = setTimeout(tick, 100);
    };
    tick();
  }

  /** The graph drawn changed (the evidence layer): a running worker goes on with the new one. */
  graphChanged(graph: LaidOut): void {
    if (!this.worker) return;
    this.killWorker();
    this.start(graph);
  }

  private start(graph: LaidOut): void {
    const work = graph.copy();
    const at = this.positions;
    if (at) work.updateEachNodeAttributes((n, a) => ({ ...a, ...at.get(n) }), { attributes: ["x", "y"] });
    work.on("eachNodeAttributesUpdated", () => {
      const next: LayoutPositions = new Map();
      work.forEachNode((n, a) => next.set(n, { x: a.x, y: a.y }));
      this.positions = next;
      this.moved(next);
    });
    this.worker = new FA2Layout(work, { settings: { ...inferSettings(work), slowDown: 5 }, getEdgeWeight: null });
    this.worker.start();
  }

  private killWorker(): void {
    this.worker?.kill();
    this.worker = null;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.clock = null;
    this.killWorker();
  }

  isRunning(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Back to the positions computed at build time. */
  reset(): void {
    this.stop();
    this.positions = null;
    this.moved(null);
  }

  /** Positions as drawn now, keyed by entity id (no prototype: "__proto__" is an ordinary id). */
  snapshot(): Positions {
    const out: Positions = Object.create(null);
    const at = this.positions;
    this.model.forEachNode((n, a) => {
      const p = at?.get(n) ?? a;
      out[entityId(n)] = [p.x, p.y];
    });
    return out;
  }
}
