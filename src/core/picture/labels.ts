// sigma 3's label selection, re-derived for the pictures: which node labels a view shows at a camera (the label
// grid, the density settings, forced labels, nodes too small or far off screen).
import { densitySettings } from "../view/style/index.ts";
import type { Point, Viewport } from "./camera.ts";

const LABEL_GRID_CELL = 100;
const X_LABEL_MARGIN = 150;
const Y_LABEL_MARGIN = 50;

export interface LabelCandidate {
  id: string;
  size: number;
  /** Position at the home camera and at the view's camera, in viewport px. */
  home: Point;
  screen: Point;
  force: boolean;
}

/**
 * sigma's label selection: a grid of 100 px cells over the viewport at the home camera, each keeping its largest
 * nodes (ties by id), ceil(density / ratio²) per cell; then forced labels; then nodes too small on screen or far
 * outside the viewport are dropped.
 */
export function pickLabels(
  candidates: LabelCandidate[],
  viewport: Viewport,
  ratio: number,
  labelDensity: number,
  scaleSize: (s: number) => number,
): Set<string> {
  const { labelDensity: density, labelRenderedSizeThreshold: threshold } = densitySettings(labelDensity);
  const columns = Math.ceil(viewport.width / LABEL_GRID_CELL);
  const cells: Record<number, { id: string; size: number }[]> = {};
  for (const c of candidates) {
    const index = Math.floor(c.home.y / LABEL_GRID_CELL) * columns + Math.floor(c.home.x / LABEL_GRID_CELL);
    (cells[index] ??= []).push(c);
  }
  const perCell = Math.ceil(
    (density * LABEL_GRID_CELL * LABEL_GRID_CELL) / ratio / ratio / (LABEL_GRID_CELL * LABEL_GRID_CELL),
  );
  const order: string[] = [];
  for (const k in cells) {
    const cell = cells[k].sort((a, b) => (a.size > b.size ? -1 : a.size < b.size ? 1 : a.id > b.id ? 1 : -1));
    for (let i = 0; i < Math.min(perCell, cell.length); i++) order.push(cell[i].id);
  }
  for (const c of candidates) if (c.force) order.push(c.id);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const id of order) {
    const c = byId.get(id)!;
    if (out.has(id)) continue;
    if (!c.force && scaleSize(c.size) < threshold) continue;
    const { x, y } = c.screen;
    if (
      x < -X_LABEL_MARGIN ||
      x > viewport.width + X_LABEL_MARGIN ||
      y < -Y_LABEL_MARGIN ||
      y > viewport.height + Y_LABEL_MARGIN
    )
      continue;
    out.add(id);
  }
  return out;
}
