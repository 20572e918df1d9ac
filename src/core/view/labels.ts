// The one label engine of the canvas and the pictures: given the shown nodes on screen (position, radius, text,
// priority), optional edge labels with their anchors and a text-measuring function, it decides which labels are drawn
// and where. Labels go in priority order (selection and trace, hover and its neighbours, larger nodes, the rest) to the
// first of eight places around their node (right, left, above, below, then the corners) that overlaps no placed
// label, no other shown node and stays in bounds; with `labelAll` a label that finds no place is moved further out on
// rings with a leader line. Edge labels come last and only where they fit. Framework-free and deterministic.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLabelInput {
  id: string;
  x: number;
  y: number;
  radius: number;
  text: string;
  /** Higher first; see labelPriority. */
  priority: number;
}

export interface EdgeLabelInput {
  id: string;
  text: string;
  /** Anchor: the label is centred here (or nudged along the edge up to `slide` px). */
  x: number;
  y: number;
  priority: number;
  /** Unit direction of the edge at the anchor, to slide the label along it. */
  direction?: { x: number; y: number };
  slide?: number;
}

export interface LabelOptions {
  /** Width in px of `text` at `size` px. */
  measure: (text: string, size: number) => number;
  /** Node label font size in px. */
  size: number;
  /** Edge label font size in px (default 0.85 × size). */
  edgeSize?: number;
  /** Labels must stay inside this box (the viewport); none when absent. */
  bounds?: Box;
  /** Give every node a label, moving it out with a leader line as a last resort (pictures of <= 60 nodes). */
  labelAll?: boolean;
  /** Free space kept between a label and what it must not touch, px (default 2). */
  gap?: number;
  /** Nodes other than the labelled ones that labels must not cover (e.g. shown but unlabelled nodes). */
  obstacles?: { x: number; y: number; radius: number }[];
  /** Stop after this many node labels (the canvas' density); default all. */
  maxLabels?: number;
  /** Without labelAll, the first this many labels in priority order (the hubs) may still move out with a leader. */
  leaderFirst?: number;
}

export type Placement =
  "right" | "left" | "above" | "below" | "above-right" | "below-right" | "above-left" | "below-left" | "leader";

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where to draw the text: left end of its baseline (text-anchor start). */
  x: number;
  y: number;
  box: Box;
  placement: Placement;
  /** From the node's rim to the label, when the label had to move out. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacedEdgeLabel {
  id: string;
  text: string;
  /** Centre of the baseline (text-anchor middle). */
  x: number;
  y: number;
  box: Box;
}

export interface LabelLayout {
  nodes: PlacedLabel[];
  edges: PlacedEdgeLabel[];
  /** Ids of nodes that wanted a label and got none. */
  dropped: string[];
}

/** DejaVu Sans (the app's font): ascent and descent as fractions of the font size, as getBBox reports them. */
export const ASCENT = 0.93;
export const DESCENT = 0.24;

/** Label priority: selection/trace first, then hover and its neighbours, then by size (degree), ties by id order. */
export function labelPriority(o: {
  selected?: boolean;
  traced?: boolean;
  hovered?: boolean;
  neighbour?: boolean;
  size: number;
}): number {
  return (o.selected || o.hovered ? 4000 : 0) + (o.traced ? 3000 : 0) + (o.neighbour ? 2000 : 0) + o.size;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

export function boxHitsCircle(b: Box, c: { x: number; y: number; radius: number }, gap = 0): boolean {
  const dx = c.x - Math.max(b.x, Math.min(c.x, b.x + b.width));
  const dy = c.y - Math.max(b.y, Math.min(c.y, b.y + b.height));
  return dx * dx + dy * dy < (c.radius + gap) * (c.radius + gap);
}

const inside = (b: Box, bounds: Box | undefined) =>
  !bounds ||
  (b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height);

/** Uniform grid over boxes, so a frame of a few hundred labels checks only its neighbourhood. */
class BoxGrid<T extends Box> {
  private cells = new Map<string, T[]>();
  constructor(private cell: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.width) / this.cell); i++)
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.height) / this.cell); j++)
        out.push(`${i},${j}`);
    return out;
  }
  add(b: T) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  /** Items whose box comes within `gap` of `b`. */
  near(b: Box, gap: number): T[] {
    const probe = { x: b.x - gap, y: b.y - gap, width: b.width + 2 * gap, height: b.height + 2 * gap };
    const out = new Set<T>();
    for (const k of this.keys(probe)) for (const o of this.cells.get(k) ?? []) if (boxesOverlap(b, o, gap)) out.add(o);
    return [...out];
  }
}

/** The eight places around a node, in the order they are tried, as the box's top-left corner. */
function candidates(n: NodeLabelInput, w: number, h: number, gap: number): [Placement, number, number][] {
  const r = n.radius + gap;
  const d = r * Math.SQRT1_2;
  return [
    ["right", n.x + r, n.y - h / 2],
    ["left", n.x - r - w, n.y - h / 2],
    ["above", n.x - w / 2, n.y - r - h],
    ["below", n.x - w / 2, n.y + r],
    ["above-right", n.x + d, n.y - d - h],
    ["below-right", n.x + d, n.y + d],
    ["above-left", n.x - d - w, n.y - d - h],
    ["below-left", n.x - d - w, n.y + d],
  ];
}

/** Places node labels, then edge labels; see the file comment. */
export function placeLabels(nodes: NodeLabelInput[], edges: EdgeLabelInput[], options: LabelOptions): LabelLayout {
  const { measure, size, bounds, labelAll = false } = options;
  const gap = options.gap ?? 2;
  const edgeSize = options.edgeSize ?? size * 0.85;
  const h = size * (ASCENT + DESCENT);
  const grid = new BoxGrid<Box>(Math.max(32, size * 6));
  type Circle = Box & { id: string; cx: number; cy: number; r: number };
  const circleGrid = new BoxGrid<Circle>(Math.max(32, size * 6));
  for (const c of [...nodes, ...(options.obstacles ?? []).map((o) => ({ ...o, id: "" }))])
    circleGrid.add({
      x: c.x - c.radius,
      y: c.y - c.radius,
      width: 2 * c.radius,
      height: 2 * c.radius,
      id: c.id,
      cx: c.x,
      cy: c.y,
      r: c.radius,
    });
  const hitsNode = (b: Box, self: string) =>
    circleGrid.near(b, gap).some((c) => c.id !== self && boxHitsCircle(b, { x: c.cx, y: c.cy, radius: c.r }, gap));
  const free = (b: Box, self: string) => inside(b, bounds) && grid.near(b, gap).length === 0 && !hitsNode(b, self);

  const order = [...nodes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const limit = options.maxLabels ?? Infinity;
  const place = (n: NodeLabelInput, box: Box, placement: Placement, leader: PlacedLabel["leader"]) => {
    grid.add(box);
    placed.push({ id: n.id, text: n.text, x: box.x, y: box.y + size * ASCENT, box, placement, leader });
  };
  for (const n of order) {
    if (!n.text) continue;
    if (placed.length >= limit) {
      dropped.push(n.id);
      continue;
    }
    const w = measure(n.text, size);
    const spot = candidates(n, w, h, gap).find(([, x, y]) => free({ x, y, width: w, height: h }, n.id));
    if (spot) {
      place(n, { x: spot[1], y: spot[2], width: w, height: h }, spot[0], null);
      continue;
    }
    if (labelAll || placed.length + dropped.length < (options.leaderFirst ?? 0)) {
      const out = leaderSpot(n, w, h, size, (b) => free(b, n.id));
      if (out) {
        place(n, out.box, "leader", out.leader);
        continue;
      }
    }
    dropped.push(n.id);
  }

  const edgeH = edgeSize * (ASCENT + DESCENT);
  const placedEdges: PlacedEdgeLabel[] = [];
  for (const e of [...edges].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))) {
    if (!e.text) continue;
    const w = measure(e.text, edgeSize);
    const dir = e.direction ?? { x: 0, y: 0 };
    const slide = e.slide ?? 0;
    for (const t of [0, 0.5, -0.5, 1, -1]) {
      const cx = e.x + dir.x * slide * t;
      const cy = e.y + dir.y * slide * t;
      const box = { x: cx - w / 2, y: cy - edgeH / 2, width: w, height: edgeH };
      if (!free(box, "")) continue;
      grid.add(box);
      placedEdges.push({ id: e.id, text: e.text, x: cx, y: box.y + edgeSize * ASCENT, box });
      break;
    }
  }
  return { nodes: placed, edges: placedEdges, dropped };
}

/** A free place on rings further out (16 directions each), for a label that must be drawn; with its leader line. */
function leaderSpot(n: NodeLabelInput, w: number, h: number, size: number, free: (b: Box) => boolean) {
  for (const ring of [1.5, 2.5, 4, 6, 9, 13]) {
    const dist = n.radius + ring * size;
    for (let k = 0; k < 16; k++) {
      const a = (k * Math.PI) / 8;
      const ax = n.x + Math.cos(a) * dist;
      const ay = n.y + Math.sin(a) * dist;
      // The box touches the ring point on the side facing the node.
      const c = Math.cos(a);
      const s = Math.sin(a);
      const x = c > 0.3 ? ax : c < -0.3 ? ax - w : ax - w / 2;
      const y = s > 0.3 ? ay : s < -0.3 ? ay - h : ay - h / 2;
      const box = { x, y, width: w, height: h };
      if (!free(box)) continue;
      return {
        box,
        leader: { x1: n.x + c * n.radius, y1: n.y + s * n.radius, x2: ax, y2: ay },
      };
    }
  }
  return null;
}

export type Overlap = { kind: string; a: string; b: string };

/**
 * Every overlap among drawn labels and shown nodes: label/label, label/other node, label/edge label and edge
 * label/edge label. Used by the checks on the pictures (boxes measured by the browser) and on the canvas.
 */
export function findOverlaps(
  labels: { id: string; box: Box }[],
  edgeLabels: { id: string; box: Box }[],
  nodes: { id: string; x: number; y: number; radius: number }[],
  tolerance = 0.5,
): Overlap[] {
  const shrink = (b: Box): Box => ({
    x: b.x + tolerance,
    y: b.y + tolerance,
    width: b.width - 2 * tolerance,
    height: b.height - 2 * tolerance,
  });
  const out: Overlap[] = [];
  const L = labels.map((l) => ({ id: l.id, box: shrink(l.box) }));
  const E = edgeLabels.map((l) => ({ id: l.id, box: shrink(l.box) }));
  for (let i = 0; i < L.length; i++) {
    for (let j = i + 1; j < L.length; j++)
      if (boxesOverlap(L[i].box, L[j].box)) out.push({ kind: "label/label", a: L[i].id, b: L[j].id });
    for (const n of nodes)
      if (n.id !== L[i].id && boxHitsCircle(L[i].box, n)) out.push({ kind: "label/node", a: L[i].id, b: n.id });
    for (const e of E) if (boxesOverlap(L[i].box, e.box)) out.push({ kind: "label/edge-label", a: L[i].id, b: e.id });
  }
  for (let i = 0; i < E.length; i++)
    for (let j = i + 1; j < E.length; j++)
      if (boxesOverlap(E[i].box, E[j].box)) out.push({ kind: "edge-label/edge-label", a: E[i].id, b: E[j].id });
  return out;
}
