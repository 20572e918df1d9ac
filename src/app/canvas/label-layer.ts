// The canvas' labels, placed by the same label engine as the pictures (src/core/view/labels.ts). Sigma's own label
// pass is switched off (renderLabels/renderEdgeLabels false): its grid picks labels per 100 px cell without looking
// at collisions and always draws them to the right. Instead, after each render ("afterRender") this layer places the
// labels of the nodes on screen by priority (selection, hover and its neighbours, larger nodes) and draws them into
// sigma's own label canvases, which sigma clears and sizes on every render. It is one pass over the nodes on screen
// with a spatial grid and cached text widths, so frames stay fast; no second canvas and no per-node sigma hook
// (defaultDrawNodeLabel draws one label at a time and cannot see the others). The last placement is kept for tests.
import type Sigma from "sigma";
import {
  labelPriority,
  placeLabels,
  type EdgeLabelInput,
  type LabelLayout,
  type NodeLabelInput,
} from "../../core/view/labels.ts";

export interface LabelStyle {
  font: string;
  size: number;
  edgeSize: number;
  color: string;
  edgeColor: string;
  /** 0..1: how many labels the screen may hold. */
  density: number;
}

/** A frame's placement and the nodes on screen it avoided (viewport px), for the overlap check. */
export type CanvasLabels = LabelLayout & { shown: { id: string; x: number; y: number; radius: number }[] };

const EMPTY: CanvasLabels = { nodes: [], edges: [], dropped: [], shown: [] };

export class LabelLayer {
  private widths = new Map<string, number>();
  last: CanvasLabels = EMPTY;

  constructor(
    private readonly sigma: Sigma,
    private style: () => LabelStyle,
  ) {}

  private measure(ctx: CanvasRenderingContext2D, font: string) {
    return (text: string, size: number): number => {
      const key = `${size}|${text}`;
      let w = this.widths.get(key);
      if (w === undefined) {
        ctx.font = `${size}px ${font}`;
        w = ctx.measureText(text).width;
        this.widths.set(key, w);
      }
      return w;
    };
  }

  /** Places and draws the labels of the frame sigma just rendered. */
  draw(): void {
    const s = this.sigma;
    const canvases = s.getCanvases();
    const ctx = canvases.labels?.getContext("2d");
    const edgeCtx = canvases.edgeLabels?.getContext("2d");
    if (!ctx || !edgeCtx) return;
    const st = this.style();
    const { width, height } = s.getDimensions();
    const graph = s.getGraph();
    const nodes: NodeLabelInput[] = [];
    const onScreen = new Map<string, { x: number; y: number; r: number }>();
    graph.forEachNode((key) => {
      const d = s.getNodeDisplayData(key);
      // Faded nodes carry no label (the style's rule); labels may cover them, as they do in the pictures.
      if (!d || d.hidden || !d.label) return;
      const p = s.framedGraphToViewport(d);
      const r = s.scaleSize(d.size);
      if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
      onScreen.set(key, { x: p.x, y: p.y, r });
      nodes.push({
        id: key,
        x: p.x,
        y: p.y,
        radius: r,
        text: d.label,
        priority: labelPriority({ selected: d.highlighted, neighbour: d.forceLabel, size: d.size }),
      });
    });
    const edges: EdgeLabelInput[] = [];
    graph.forEachEdge((key, _a, source, target) => {
      const d = s.getEdgeDisplayData(key) as
        (ReturnType<Sigma["getEdgeDisplayData"]> & { curvature?: number }) | undefined;
      const a = onScreen.get(source);
      const b = onScreen.get(target);
      if (!d || d.hidden || !d.label || !a || !b) return;
      const c = d.curvature ?? 0;
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const len = Math.hypot(dx, dy) || 1;
      // The midpoint of @sigma/edge-curve's quadratic curve (control point = midpoint + (dy, -dx)·curvature).
      edges.push({
        id: key,
        text: d.label,
        x: (a.x + b.x) / 2 + (dy * c) / 2,
        y: (a.y + b.y) / 2 - (dx * c) / 2,
        direction: { x: dx / len, y: dy / len },
        slide: len / 4,
        priority: d.forceLabel ? 1 : 0,
      });
    });
    const layout = placeLabels(nodes, edges, {
      measure: this.measure(ctx, st.font),
      size: st.size,
      edgeSize: st.edgeSize,
      bounds: { x: 0, y: 0, width, height },
      // The density setting as a label budget per screen area; hubs may move out with a leader line.
      maxLabels: Math.round(8 + (st.density * width * height) / 4000),
      leaderFirst: 8,
    });
    this.last = { ...layout, shown: nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, radius: n.radius })) };
    const highlighted = new Set(nodes.filter((n) => n.priority >= 4000).map((n) => n.id));
    drawText(edgeCtx, layout.edges, `${st.edgeSize}px ${st.font}`, st.edgeColor, "center");
    ctx.strokeStyle = "#999999";
    ctx.lineWidth = 1;
    for (const l of layout.nodes)
      if (l.leader) {
        ctx.beginPath();
        ctx.moveTo(l.leader.x1, l.leader.y1);
        ctx.lineTo(l.leader.x2, l.leader.y2);
        ctx.stroke();
      }
    // The selection's and the hovered node's labels sit on a white box, as sigma's hover label does.
    ctx.save();
    ctx.fillStyle = "#ffffff";
    ctx.shadowColor = "rgba(0,0,0,0.4)";
    ctx.shadowBlur = 6;
    for (const l of layout.nodes)
      if (highlighted.has(l.id)) ctx.fillRect(l.box.x - 2, l.box.y - 2, l.box.width + 4, l.box.height + 4);
    ctx.restore();
    drawText(ctx, layout.nodes, `${st.size}px ${st.font}`, st.color, "left");
  }
}

function drawText(
  ctx: CanvasRenderingContext2D,
  labels: { text: string; x: number; y: number }[],
  font: string,
  color: string,
  align: CanvasTextAlign,
): void {
  ctx.font = font;
  ctx.textAlign = align;
  ctx.textBaseline = "alphabetic";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = color;
  for (const l of labels) {
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillText(l.text, l.x, l.y);
  }
}
