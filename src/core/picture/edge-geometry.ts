// Edge shafts as sigma 3 draws them, for the pictures: straight arrows, or @sigma/edge-curve's quadratic curves for
// parallel edges, each stopped where its arrow head begins.
import { ARROW_LENGTH } from "../view/style/index.ts";
import type { Point } from "./camera.ts";

const r2 = (n: number) => Math.round(n * 100) / 100;

function quadAt(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** Shaft geometry of an edge: straight or sigma's quadratic curve, stopped where the arrow head begins. */
export function edgeGeometry(
  s: Point,
  t: Point,
  targetRadius: number,
  thickness: number,
  curvature: number | undefined,
) {
  const stop = targetRadius + ARROW_LENGTH * thickness;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const d = Math.hypot(dx, dy) || 1e-9;
  if (curvature === undefined) {
    const len = Math.max(d - stop, 0.01);
    const dir = { x: dx / d, y: dy / d };
    const end = { x: s.x + dir.x * len, y: s.y + dir.y * len };
    return { path: `M${r2(s.x)} ${r2(s.y)}L${r2(end.x)} ${r2(end.y)}`, end, direction: dir, mid: null };
  }
  // @sigma/edge-curve: control point = midpoint + (dy, −dx)·curvature in y-down pixels.
  const cp = { x: (s.x + t.x) / 2 + dy * curvature, y: (s.y + t.y) / 2 - dx * curvature };
  const dist = (u: number) => {
    const p = quadAt(s, cp, t, u);
    return Math.hypot(p.x - t.x, p.y - t.y);
  };
  // The last point of the curve at `stop` px from the target centre: step back from the end, then bisect.
  let hi = 1;
  let lo = 1;
  while (lo > 0 && dist(lo) < stop) lo = Math.max(0, lo - 1 / 64);
  if (dist(lo) >= stop) {
    hi = Math.min(1, lo + 1 / 64);
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (dist(mid) >= stop) lo = mid;
      else hi = mid;
    }
  }
  const u = Math.max(lo, 0.01);
  const c1 = { x: s.x + u * (cp.x - s.x), y: s.y + u * (cp.y - s.y) };
  const end = quadAt(s, cp, t, u);
  const tx = end.x - c1.x;
  const ty = end.y - c1.y;
  const tl = Math.hypot(tx, ty) || 1e-9;
  return {
    path: `M${r2(s.x)} ${r2(s.y)}Q${r2(c1.x)} ${r2(c1.y)} ${r2(end.x)} ${r2(end.y)}`,
    end,
    direction: { x: tx / tl, y: ty / tl },
    mid: quadAt(s, cp, t, 0.5),
  };
}
