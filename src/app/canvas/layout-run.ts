// A ForceAtlas2 run in a web worker for the canvas, on a copy of the graph sigma draws, never on the model graph:
// the copy (`laid`) carries the positions the worker writes, and the canvas draws it instead of the model while it
// exists. `reset` drops it, so the model and its build-time positions are drawn again. When the drawn graph changes
// (the evidence layer), `rebase` moves the laid-out positions onto a copy of the new one. `animateTo` moves the copy
// to given positions (a view's own layout, "Tidy this view") with sigma's animateNodes.
import type { MultiDirectedGraph } from "graphology";
import { animateNodes } from "sigma/utils";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { entityId, type EdgeAttributes, type NodeAttributes, type Positions } from "../../core/model/graph.ts";

type LaidOut = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A copy of `graph` with the node positions of `from`. */
function copyAt(graph: LaidOut, from: LaidOut | null): LaidOut {
  const out = graph.copy();
  if (from)
    out.updateEachNodeAttributes(
      (n, a) => ({ ...a, x: from.getNodeAttribute(n, "x"), y: from.getNodeAttribute(n, "y") }),
      { attributes: ["x", "y"] },
    );
  return out;
}

export class LayoutRun {
  /** The laid-out copy of the drawn graph; null: no layout has run since the last reset (build positions). */
  laid: LaidOut | null = null;
  private worker: FA2Layout | null = null;
  private clock: { t0: number; ms: number; onProgress: (p: number) => void } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelMove: (() => void) | null = null;

  /** Called when a run stops and after a reset, with the graph to draw now (null: the model). */
  constructor(private readonly settled: (laid: LaidOut | null) => void) {}

  /**
   * Runs ForceAtlas2 on the laid-out copy of `base` (made now if there is none) for `ms` milliseconds; returns the
   * graph to draw. `onProgress` gets 0..1, then 1 when done.
   */
  run(base: LaidOut, ms: number, onProgress: (p: number) => void): LaidOut {
    this.stop();
    const laid = (this.laid ??= copyAt(base, null));
    this.clock = { t0: performance.now(), ms, onProgress };
    this.start();
    const tick = () => {
      const clock = this.clock;
      if (!clock) return;
      const p = Math.min(1, (performance.now() - clock.t0) / clock.ms);
      clock.onProgress(p);
      if (p >= 1) this.stop();
      else this.timer = setTimeout(tick, 100);
    };
    tick();
    return laid;
  }

  /** Moves the laid-out copy of `base` (made now if there is none) to `targets` (by graph key) over `ms`. */
  animateTo(base: LaidOut, targets: Record<string, { x: number; y: number }>, ms: number): LaidOut {
    this.stop();
    const laid = (this.laid ??= copyAt(base, null));
    const done = () => {
      this.cancelMove = null;
      this.settled(laid);
    };
    const cancel = animateNodes(laid, targets, { duration: ms, easing: "quadraticInOut" }, done);
    // animateNodes calls back at once when ms is 0; otherwise stop() cancels the move and reports where it got to.
    if (ms > 0) this.cancelMove = () => (cancel(), done());
    return laid;
  }

  /** The drawn graph is now `base` (the evidence layer switched): returns the graph to draw, laid out as before. */
  rebase(base: LaidOut): LaidOut {
    if (!this.laid) return base;
    this.cancelMove?.();
    const running = this.worker !== null;
    this.killWorker();
    this.laid = copyAt(base, this.laid);
    if (running) this.start();
    return this.laid;
  }

  private start(): void {
    const g = this.laid!;
    this.worker = new FA2Layout(g, { settings: { ...inferSettings(g), slowDown: 5 }, getEdgeWeight: null });
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
    this.cancelMove?.();
    if (!this.worker) return;
    this.killWorker();
    this.settled(this.laid);
  }

  isRunning(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Back to the positions computed at build time (the model's). */
  reset(): void {
    this.stop();
    this.laid = null;
    this.settled(null);
  }

  /** Positions of `drawn`, keyed by entity id (no prototype: "__proto__" is an ordinary id). */
  static positions(drawn: LaidOut): Positions {
    const out: Positions = Object.create(null);
    drawn.forEachNode((n, a) => (out[entityId(n)] = [a.x, a.y]));
    return out;
  }
}
