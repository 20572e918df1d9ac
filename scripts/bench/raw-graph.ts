// The baseline's data: the same knowledge base as graphology's own serialized JSON (`graph.export()`), ready for
// sigma with no work at load time — positions, colours, sizes and edge programs precomputed. Entities and relations
// keep all their fields as node and edge attributes; claims, quirks and the vocabulary ride as graph attributes, so
// the raw page holds the same information as the explorer. Sizes and curvatures come from the style module
// (src/core/view/style), which the canvas' reducers use too (the controller itself needs a DOM).
import type { SerializedGraph } from "graphology-types";
import type { KnowledgeBase } from "../../src/core/data/build.ts";
import { toGraph, type Positions } from "../../src/core/model/graph.ts";
import { relationColor, relationDash } from "../../src/core/view/palette.ts";
import { glyphDataUrl, glyphInk } from "../../src/core/view/shapes.ts";
import { kindColor } from "../../src/core/data/kinds.ts";
import { edgeCurvatures, nodeSizes } from "../../src/core/view/style/index.ts";

export function toSerializedGraph(kb: KnowledgeBase, layout: Positions): SerializedGraph {
  const model = toGraph(kb, layout);
  const sizes = nodeSizes(model);
  const curvatures = edgeCurvatures(model);
  const nodes = kb.entities.map(({ id, ...e }) => {
    const { x, y } = model.getNodeAttributes(id);
    const color = kindColor(e.kind);
    // The kind's glyph, as the explorer's node program draws it (an image recoloured with glyphColor).
    return {
      key: id,
      attributes: {
        ...e,
        x,
        y,
        size: sizes.get(id)!.degree,
        color,
        image: glyphDataUrl(e.kind),
        glyphColor: glyphInk(color),
      },
    };
  });
  // Parallel edges (in either direction) are drawn curved, as the canvas draws them.
  const edges = kb.relations.map(({ id, source, target, type, ...r }) => {
    const curvature = curvatures.get(id);
    const display = curvature === undefined ? { type: "arrow" } : { type: "curved", curvature };
    return {
      key: id,
      source,
      target,
      attributes: { ...r, relation: type, color: relationColor(type), dash: relationDash(type), size: 1, ...display },
    };
  });
  const { meta, relationTypes, claims, quirks } = kb;
  return {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { meta, relationTypes, claims, quirks },
    nodes,
    edges,
  };
}
