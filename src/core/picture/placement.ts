// Where a picture's labels go: the scene's shown nodes and labelled edges handed to the one label engine
// (../view/labels.ts) with the picture's font metrics, so no label covers another label, another shown node or an
// edge label. In a picture of <= 60 shown nodes every shown node is labelled (with a leader line as a last resort).
import { labelPriority, placeLabels, type PlacedLabel, type EdgeLabelInput } from "../view/labels.ts";
import type { Viewport } from "./camera.ts";
import { textWidth } from "./text.ts";

/** Pictures with this many shown nodes or fewer label every one of them. */
export const LABEL_ALL_LIMIT = 60;

export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  state: "shown" | "faded";
  highlighted: boolean;
  label: string | null;
}

export interface LabelledEdge {
  id: string;
  state: "shown" | "faded";
  label: { text: string; x: number; y: number; angle: number } | null;
  direction: { x: number; y: number };
}

export interface PlacedScene {
  nodes: Map<string, PlacedLabel>;
  edges: Map<string, { x: number; y: number }>;
}

/**
 * Places the labels of `nodes` (those with label text, shown) and `edges` (those with a label); `traced` and
 * `neighbours` raise a node's priority, `sizes` orders the rest (larger first).
 */
export function placeSceneLabels(
  nodes: LabelledNode[],
  edges: LabelledEdge[],
  o: {
    viewport: Viewport;
    labelSize: number;
    edgeLabelSize: number;
    sizes: Map<string, number>;
    traced?: Set<string> | null;
    neighbours?: Set<string>;
  },
): PlacedScene {
  const shown = nodes.filter((v) => v.state === "shown");
  const inputs = shown
    .filter((v) => v.label)
    .map((v) => ({
      id: v.id,
      x: v.x,
      y: v.y,
      radius: v.radius,
      text: v.label!,
      priority: labelPriority({
        selected: v.highlighted,
        traced: o.traced?.has(v.id) ?? false,
        neighbour: o.neighbours?.has(v.id) ?? false,
        size: o.sizes.get(v.id) ?? 0,
      }),
    }));
  const edgeInputs: EdgeLabelInput[] = edges
    .filter((e) => e.label && e.state === "shown")
    .map((e) => ({
      id: e.id,
      text: e.label!.text,
      x: e.label!.x,
      y: e.label!.y,
      direction: e.direction,
      slide: 40,
      priority: 0,
    }));
  const layout = placeLabels(inputs, edgeInputs, {
    measure: (t, s) => textWidth(t, s),
    size: o.labelSize,
    edgeSize: o.edgeLabelSize,
    bounds: { x: 0, y: 0, width: o.viewport.width, height: o.viewport.height },
    labelAll: shown.length <= LABEL_ALL_LIMIT,
    leaderFirst: 12,
    obstacles: shown.filter((v) => !v.label),
  });
  return {
    nodes: new Map(layout.nodes.map((p) => [p.id, p])),
    edges: new Map(layout.edges.map((p) => [p.id, { x: p.x, y: p.y }])),
  };
}
