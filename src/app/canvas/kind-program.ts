// The node program of the canvas: sigma's disc in the kind's colour with the kind's glyph drawn inside it
// (@sigma/node-image in "color" mode paints the glyph's pixels with the node's `glyphColor`), so kinds differ by
// shape as well as by colour. The glyphs are data: URLs of the SVGs from src/core/view/shapes.ts (allowed by the
// page's img-src), made once per kind.
import { createNodeImageProgram } from "@sigma/node-image";
import { createNodeCompoundProgram, NodeCircleProgram } from "sigma/rendering";
import { glyphDataUrl, glyphInk } from "../../core/view/shapes.ts";

export const KindNodeProgram = createNodeCompoundProgram([
  NodeCircleProgram,
  createNodeImageProgram({
    drawingMode: "color",
    colorAttribute: "glyphColor",
    padding: 0.2,
    keepWithinCircle: true,
    size: { mode: "force", value: 64 },
  }),
]);

const urls = new Map<string, string>();

/** The glyph image of a kind (black: the program recolours it). */
export function glyphImage(kind: string): string {
  let url = urls.get(kind);
  if (url === undefined) urls.set(kind, (url = glyphDataUrl(kind)));
  return url;
}

/** Node display attributes for the glyph on a node of colour `color` (faded nodes: the glyph fades into the disc). */
export function glyphAttributes(kind: string, color: string, faded: boolean): { image: string; glyphColor: string } {
  return { image: glyphImage(kind), glyphColor: faded ? color : glyphInk(color) };
}
