// Framing: the camera that shows a set of nodes as large as the viewport allows, their labels included, for the
// explorer's Fit, its selections and links without a camera. Framework-free: positions, sizes and labels in, a sigma
// camera out; the fit itself is ./camera.ts' fitCamera (sigma 3's projection re-derived), so the canvas and the
// pictures frame alike.
import {
  fitCamera,
  MAX_CAMERA_RATIO,
  NO_INSETS,
  STAGE_PADDING,
  type Extent,
  type Insets,
  type Viewport,
} from "./camera.ts";
import type { Camera } from "../view/url-state.ts";
import { textWidth } from "./text.ts";

/** A node to frame: its position (graph coordinates), size (radius at camera ratio 1) and label, if drawn. */
export interface FramedNode {
  x: number;
  y: number;
  size: number;
  label?: string | null;
}

export interface FramingOptions {
  viewport: Viewport;
  /** Label size in px; labels are counted to the right of their node, as the label engine puts them first. */
  labelSize: number;
  /** Sides of the viewport kept free (overlays over the canvas). */
  insets?: Insets;
  padding?: number;
  /**
   * The closest the camera comes (sigma's ratio): one node, or two close ones, are shown among their surroundings
   * instead of filling the screen.
   */
  minRatio?: number;
}

/** The closest framing zoom by default: about twelve times the whole graph's scale. */
export const MIN_FRAMING_RATIO = 0.08;
/**
 * Labels count in the frame while the set is this small: every shown node of a view this size gets a label (the label
 * engine's promise). A larger set is framed by its nodes, as the label engine then labels only some of them.
 */
export const LABELLED_SET = 60;

/**
 * The camera that frames `nodes` within `viewport` (less padding and insets), for a graph whose node positions span
 * `extent` (sigma normalises over every node, hidden ones too). Null when there is nothing to frame or no viewport.
 */
export function frameCamera(extent: Extent, nodes: FramedNode[], o: FramingOptions): Camera | null {
  const { width, height } = o.viewport;
  if (!nodes.length || !(width > 0 && height > 0)) return null;
  const labelled = nodes.length <= LABELLED_SET;
  const items = nodes.map((n) => ({
    x: n.x,
    y: n.y,
    size: n.size,
    right: labelled && n.label ? 3 + textWidth(n.label, o.labelSize) : 0,
    halfHeight: labelled && n.label ? o.labelSize * 0.7 : 0,
  }));
  const limits: [number, number] = [o.minRatio ?? MIN_FRAMING_RATIO, MAX_CAMERA_RATIO];
  return fitCamera(extent, o.viewport, items, o.padding ?? STAGE_PADDING, limits, o.insets ?? NO_INSETS);
}
