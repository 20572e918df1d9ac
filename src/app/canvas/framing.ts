// What the canvas frames, read from the canvas as drawn: which nodes (by the style rules the reducers use, so "lit"
// means exactly what the person sees lit), their positions in the drawn graph (after a layout run or a tidy), and
// sigma's own extent and viewport; the camera itself comes from the framework-free ../../core/picture/framing.ts.
import type Graph from "graphology";
import type Sigma from "sigma";
import { entityId, type Positions } from "../../core/model/graph.ts";
import { graphExtent as extentOf, type Extent, type Insets } from "../../core/picture/camera.ts";
import { graphExtent } from "sigma/utils";
import { frameCamera, type FramedNode } from "../../core/picture/framing.ts";
import type { Camera } from "../../core/view/url-state.ts";
import { nodeLook, viewFocus, type StyleBasis, type StyleView } from "../../core/view/style/index.ts";

/**
 * What to frame: "visible", every node the filters leave drawn (faded ones too); "lit", the drawn nodes the view
 * lights (a selection and its neighbours, a trace); or these entity ids, where drawn.
 */
export type FrameTarget = "visible" | "lit" | Iterable<string>;

export interface FrameContext {
  sigma: Sigma;
  basis: StyleBasis;
  labelSize: number;
  /** Sides of the canvas kept clear (overlays). */
  insets?: Insets;
  /** Node positions to frame at, by graph key, when not the drawn ones (a tidy about to animate there). */
  at?: (key: string) => { x: number; y: number };
  /** The extent of every node at those positions (sigma normalises over all of them). */
  extent?: Extent;
}

/** The nodes `target` picks in `view`, with their positions and drawn sizes and labels. */
export function framedNodes(ctx: FrameContext, view: StyleView, target: FrameTarget): FramedNode[] {
  const calm = { ...view, hovered: null };
  const focus = viewFocus(ctx.basis, calm);
  const wanted = typeof target === "string" ? null : new Set(target);
  const graph = ctx.sigma.getGraph();
  const out: FramedNode[] = [];
  graph.forEachNode((key, a) => {
    if (wanted && !wanted.has(entityId(key))) return;
    if (!ctx.basis.graph.hasNode(key)) return;
    const look = nodeLook(ctx.basis, calm, focus, key);
    if (look.hidden || (target === "lit" && look.faded)) return;
    const p = ctx.at ? ctx.at(key) : (a as { x: number; y: number });
    out.push({ x: p.x, y: p.y, size: look.size, label: look.faded ? null : (a.label as string) });
  });
  return out;
}

/** The camera that frames `target` on the canvas as it is sized now, or null when there is nothing to frame. */
export function frameOnCanvas(ctx: FrameContext, view: StyleView, target: FrameTarget): Camera | null {
  const nodes = framedNodes(ctx, view, target);
  return frameCamera(ctx.extent ?? graphExtent(ctx.sigma.getGraph()), nodes, {
    viewport: ctx.sigma.getDimensions(),
    labelSize: ctx.labelSize,
    insets: ctx.insets,
  });
}

/**
 * Where each node of `base` goes (by graph key) for `positions` (by entity id; a node without one stays where `now`
 * draws it), and the extent of them all (a tidy is framed before its animation ends).
 */
export function layoutTargets(
  base: Graph,
  now: Graph,
  positions: Positions,
): { targets: Record<string, { x: number; y: number }>; extent: Extent } {
  const targets: Record<string, { x: number; y: number }> = Object.create(null);
  base.forEachNode((key) => {
    const p = positions[entityId(key)];
    targets[key] = p ? { x: p[0], y: p[1] } : { x: now.getNodeAttribute(key, "x"), y: now.getNodeAttribute(key, "y") };
  });
  return { targets, extent: extentOf(Object.values(targets).map((p) => [p.x, p.y] as const)) };
}
