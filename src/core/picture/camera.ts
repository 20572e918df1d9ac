// Sigma 3's mapping from graph coordinates to the screen, re-derived from sigma 3.0.3's source (utils: graphExtent,
// createNormalizationFunction, getCorrectionRatio, matrixFromCamera; Sigma#framedGraphToViewport), so that a picture
// of a view frames exactly the region the canvas shows for the same camera and viewport size. Cameras are sigma's
// {x, y, ratio} in normalised ("framed") coordinates, as the URL carries them; the angle is always 0 here.
import type { Camera } from "../view/url-state.ts";

export interface Extent {
  x: [number, number];
  y: [number, number];
}
export interface Viewport {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** The canvas' `stagePadding` (src/app/canvas/controller.ts). */
export const STAGE_PADDING = 40;
/** The canvas' camera limits. */
export const MIN_CAMERA_RATIO = 0.02;
export const MAX_CAMERA_RATIO = 4;
/** sigma's default `minEdgeThickness`, in px. */
export const MIN_EDGE_THICKNESS = 1.7;

/** Extent of every node position (sigma normalises over all nodes, hidden ones included). */
export function graphExtent(points: Iterable<readonly [number, number]>): Extent {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return x0 === Infinity ? { x: [0, 1], y: [0, 1] } : { x: [x0, x1], y: [y0, y1] };
}

export interface Normalization {
  (p: Point): Point;
  inverse(p: Point): Point;
  ratio: number;
}

/** Graph coordinates to the [0, 1] "framed" square, keeping the aspect ratio (sigma's createNormalizationFunction). */
export function normalization(extent: Extent): Normalization {
  const [minX, maxX] = extent.x;
  const [minY, maxY] = extent.y;
  let ratio = Math.max(maxX - minX, maxY - minY);
  let dX = (maxX + minX) / 2;
  let dY = (maxY + minY) / 2;
  if (ratio === 0 || Math.abs(ratio) === Infinity || Number.isNaN(ratio)) ratio = 1;
  if (Number.isNaN(dX)) dX = 0;
  if (Number.isNaN(dY)) dY = 0;
  const fn = (p: Point): Point => ({ x: 0.5 + (p.x - dX) / ratio, y: 0.5 + (p.y - dY) / ratio });
  return Object.assign(fn, {
    inverse: (p: Point): Point => ({ x: dX + ratio * (p.x - 0.5), y: dY + ratio * (p.y - 0.5) }),
    ratio,
  });
}

/** Graph width and height as sigma's getGraphDimensions gives them (0 becomes 1). */
export function graphDimensions(extent: Extent): Viewport {
  return { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
}

/** sigma's getCorrectionRatio: how the framed square is stretched to make the graph touch opposite sides. */
export function correctionRatio(viewport: Viewport, graph: Viewport): number {
  const viewportRatio = viewport.height / viewport.width;
  const graphRatio = graph.height / graph.width;
  if ((viewportRatio < 1 && graphRatio > 1) || (viewportRatio > 1 && graphRatio < 1)) return 1;
  return Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(1 / viewportRatio, viewportRatio));
}

export interface Projection {
  camera: Camera;
  viewport: Viewport;
  /** Graph coordinates to viewport pixels (y down). */
  toViewport(p: Point): Point;
  /** Framed coordinates to viewport pixels. */
  framedToViewport(p: Point): Point;
  /** A node size or edge thickness to on-screen pixels (sigma's scaleSize with zoomToSizeRatioFunction = sqrt). */
  scaleSize(size: number): number;
  /** Pixels per framed unit. */
  pixelsPerFramed: number;
}

/**
 * Sigma's framedGraphToViewport(normalization(p)) for a camera with angle 0. matrixFromCamera scales clip space by
 * 2·(s/w)·c and 2·(s/h)·c (s = min(w, h) − 2·padding, c = the correction ratio) after translating by the camera and
 * dividing by its ratio; mapping clip space to pixels multiplies by w/2 and h/2, so both axes get s·c/ratio px per
 * framed unit, and y flips.
 */
export function projection(extent: Extent, viewport: Viewport, camera: Camera, padding = STAGE_PADDING): Projection {
  const norm = normalization(extent);
  const smallest = Math.min(viewport.width, viewport.height) - 2 * padding;
  const k = (smallest * correctionRatio(viewport, graphDimensions(extent))) / camera.ratio;
  const framedToViewport = (p: Point): Point => ({
    x: viewport.width / 2 + k * (p.x - camera.x),
    y: viewport.height / 2 - k * (p.y - camera.y),
  });
  return {
    camera,
    viewport,
    framedToViewport,
    toViewport: (p) => framedToViewport(norm(p)),
    scaleSize: (size) => size / Math.sqrt(camera.ratio),
    pixelsPerFramed: k,
  };
}

/** Space along the viewport's sides that the fit must leave free (overlays over the canvas), in px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** What must stay inside the picture around a point: its position and its reach in px on each side. */
export interface FitItem {
  x: number;
  y: number;
  /** Node size (radius at camera ratio 1). */
  size: number;
  /** Extra px to the right of the node (a label), beyond the node itself. */
  right?: number;
  /** Extra px above and below the centre (half a label's height). */
  halfHeight?: number;
}

/**
 * The camera that shows all `items` (graph coordinates) as large as possible within the viewport less its padding
 * and `insets`, nodes and labels included, centred in that free area. With no item, sigma's home camera.
 */
export function fitCamera(
  extent: Extent,
  viewport: Viewport,
  items: FitItem[],
  padding = STAGE_PADDING,
  limits: [number, number] = [MIN_CAMERA_RATIO, MAX_CAMERA_RATIO],
  insets: Insets = NO_INSETS,
): Camera {
  if (!items.length) return { x: 0.5, y: 0.5, ratio: 1 };
  const norm = normalization(extent);
  const framed = items.map((it) => ({ ...norm(it), it }));
  const smallest = Math.min(viewport.width, viewport.height) - 2 * padding;
  const base = smallest * correctionRatio(viewport, graphDimensions(extent));
  const availW = Math.max(1, viewport.width - insets.left - insets.right - 2 * padding);
  const availH = Math.max(1, viewport.height - insets.top - insets.bottom - 2 * padding);
  // Span in px along each axis at a camera ratio; the node radius grows as 1/sqrt(ratio) like sigma's sizes.
  const spans = (ratio: number) => {
    const k = base / ratio;
    let [l, r, t, b] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of framed) {
      const rad = p.it.size / Math.sqrt(ratio);
      const px = k * p.x;
      const py = -k * p.y;
      l = Math.min(l, px - rad);
      r = Math.max(r, px + rad + (p.it.right ?? 0));
      t = Math.min(t, py - Math.max(rad, p.it.halfHeight ?? 0));
      b = Math.max(b, py + Math.max(rad, p.it.halfHeight ?? 0));
    }
    return { l, r, t, b, k };
  };
  const fits = (ratio: number) => {
    const s = spans(ratio);
    return s.r - s.l <= availW && s.b - s.t <= availH;
  };
  let ratio: number;
  if (fits(limits[0])) ratio = limits[0];
  else if (!fits(limits[1])) ratio = limits[1];
  else {
    // The spans shrink as the ratio grows: bisect for the smallest ratio that fits (deterministic, 40 steps).
    let [lo, hi] = [limits[0], limits[1]];
    for (let i = 0; i < 40; i++) {
      const mid = Math.sqrt(lo * hi);
      if (fits(mid)) hi = mid;
      else lo = mid;
    }
    ratio = hi;
  }
  const s = spans(ratio);
  // Centre the spans on the free area: screen x = w/2 + (px − k·camera.x), screen y = h/2 + (py + k·camera.y).
  const offsetX = viewport.width / 2 - (insets.left + (viewport.width - insets.right)) / 2;
  const offsetY = (insets.top + (viewport.height - insets.bottom)) / 2 - viewport.height / 2;
  return { x: ((s.l + s.r) / 2 + offsetX) / s.k, y: (offsetY - (s.t + s.b) / 2) / s.k, ratio };
}
