// The second channel for entity kinds (WCAG 1.4.1: not by colour alone): one glyph per kind, drawn inside the node
// on the canvas, beside each kind in the legends and inside the nodes of exported pictures. Which kind has which
// shape is the kinds table's (src/core/data/kinds.ts); this file draws them: SVG path data in a 24x24 box centred on
// (12, 12), and the glyph's ink colour for a node colour (white on dark, near-black on light, whichever contrasts more).
import { isKind, KINDS, type KindShape } from "../data/kinds.ts";

export type ShapeName = KindShape;

export const SHAPE_PATHS: Record<ShapeName, string> = {
  square: "M6 6h12v12H6z",
  triangle: "M12 4l8.5 15h-17z",
  "triangle-down": "M3.5 5h17L12 20z",
  diamond: "M12 3l9 9-9 9-9-9z",
  pentagon: "M12 3l9 6.5-3.4 10.5H6.4L3 9.5z",
  hexagon: "M7.5 4h9l4.5 8-4.5 8h-9L3 12z",
  star: "M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7-6.3-3.9-6.3 3.9 1.7-7L2 9.5l7.1-.6z",
  plus: "M9.5 4h5v5.5H20v5h-5.5V20h-5v-5.5H4v-5h5.5z",
  cross: "M4.5 8l3.5-3.5 4 4 4-4L19.5 8l-4 4 4 4-3.5 3.5-4-4-4 4L4.5 16l4-4z",
  ring: "M12 3.5a8.5 8.5 0 1 0 .01 0zM12 7.5a4.5 4.5 0 1 1-.01 0z",
  bars: "M4 6h16v4.5H4zM4 13.5h16V18H4z",
  chevron: "M3 6.5l9 7 9-7v5l-9 7-9-7z",
  hourglass: "M6 4h12l-4.5 8 4.5 8H6l4.5-8z",
  dot: "M12 7.5a4.5 4.5 0 1 0 .01 0z",
};

export function kindShape(kind: string): ShapeName {
  return isKind(kind) ? KINDS[kind].shape : "dot";
}

/** Relative luminance of a #rrggbb colour (WCAG 2 definition). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The glyph's colour on a node of colour `fill`: white or near-black, whichever contrasts more. */
export function glyphInk(fill: string): string {
  const l = luminance(fill);
  const dark = 0.0144; // luminance of #222222
  return 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) ? "#ffffff" : "#222222";
}

/** A standalone SVG of a kind's glyph (for the canvas' image program and the page's legends). */
export function glyphSvg(kind: string, ink: string, size = 48): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24"><path fill="${ink}" fill-rule="evenodd" d="${SHAPE_PATHS[kindShape(kind)]}"/></svg>`;
}

/** The kind's glyph in black as a data: URL, for image-based node programs that recolour it (the canvas, the bench). */
export function glyphDataUrl(kind: string, size = 64): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(glyphSvg(kind, "#000000", size))}`;
}
