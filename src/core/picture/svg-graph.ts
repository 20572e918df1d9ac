// The graph part of a picture's SVG: arrow-head markers per edge colour, then edges, nodes, edge labels, node labels
// (placed by the label engine, leader lines where a label had to move out) and the highlighted nodes drawn as sigma's
// hover layer, from a scene (./scene.ts). All text is XML-escaped.
import { ARROW_HALF_WIDTH, ARROW_LENGTH, EDGE_LABEL_COLOR, LABEL_COLOR } from "../view/style/index.ts";
import { glyphInk, kindShape, SHAPE_PATHS } from "../view/shapes.ts";
import type { Scene } from "./scene.ts";
import type { Box } from "./svg.ts";
import { escapeXml as x } from "./text.ts";

const n = (v: number): string => String(Math.round(v * 100) / 100);

const markerId = (color: string) => `kg-arrow-${color.replace(/[^0-9a-zA-Z]/g, "").toLowerCase()}`;

/** The stroke-dasharray attribute of a dash pattern from the style module (solid: none). */
export function dashArray(dash: readonly number[]): string {
  return dash.length ? ` stroke-dasharray="${dash.map(n).join(" ")}"` : "";
}

export function defs(scene: Scene, box: Box): string {
  const colors = [...new Set(scene.edges.map((e) => e.color))].sort();
  const markers = colors.map(
    (c) =>
      `<marker id="${markerId(c)}" viewBox="0 ${-ARROW_HALF_WIDTH} ${ARROW_LENGTH} ${2 * ARROW_HALF_WIDTH}" refX="0" refY="0" markerWidth="${ARROW_LENGTH}" markerHeight="${2 * ARROW_HALF_WIDTH}" markerUnits="strokeWidth" orient="auto" overflow="visible"><path d="M0 ${-ARROW_HALF_WIDTH}L${ARROW_LENGTH} 0L0 ${ARROW_HALF_WIDTH}Z" fill="${x(c)}"/></marker>`,
  );
  return [
    `<defs>`,
    `<clipPath id="kg-graph-clip"><rect x="0" y="0" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>`,
    `<filter id="kg-shadow" x="-50%" y="-50%" width="200%" height="200%"><feDropShadow dx="0" dy="0" stdDeviation="4" flood-color="#000000" flood-opacity="0.45"/></filter>`,
    ...markers,
    `</defs>`,
  ].join("\n");
}

export function drawGraph(scene: Scene, box: Box): string {
  const out: string[] = [
    `<g data-role="graph" transform="translate(${n(box.x)} ${n(box.y)})" clip-path="url(#kg-graph-clip)">`,
    `<g data-role="edges" fill="none">`,
  ];
  for (const e of scene.edges)
    out.push(
      `<path data-id="${x(e.id)}" data-relation="${x(e.relation)}" data-state="${e.state}" d="${e.path}" stroke="${x(e.color)}" stroke-width="${n(e.thickness)}"${dashArray(e.dash)} marker-end="url(#${markerId(e.color)})"/>`,
    );
  out.push(`</g>`, `<g data-role="nodes">`);
  for (const v of scene.nodes)
    out.push(
      `<circle data-id="${x(v.id)}" data-kind="${x(v.kind)}" data-state="${v.state}" cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.radius)}" fill="${x(v.color)}"/>`,
      v.state === "faded" ? "" : glyph(v.kind, v.x, v.y, v.radius, v.color),
    );
  out.push(`</g>`);
  // Labels where the label engine put them (./placement.ts), with a white halo so crossing edges stay readable.
  const halo = `stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;
  const edgeLabels = scene.edges.filter((e) => e.label);
  if (edgeLabels.length) {
    out.push(
      `<g data-role="edge-labels" font-size="${n(scene.edgeLabelSize)}" fill="${EDGE_LABEL_COLOR}" text-anchor="middle" ${halo}>`,
    );
    for (const e of edgeLabels) {
      const l = e.label!;
      out.push(`<text data-for="${x(e.id)}" x="${n(l.x)}" y="${n(l.y)}">${x(l.text)}</text>`);
    }
    out.push(`</g>`);
  }
  const size = scene.labelSize;
  const leaders = scene.nodes.filter((v) => v.labelAt?.leader);
  if (leaders.length) {
    out.push(`<g data-role="leaders" stroke="#999999" stroke-width="1">`);
    for (const v of leaders) {
      const l = v.labelAt!.leader!;
      out.push(`<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`);
    }
    out.push(`</g>`);
  }
  out.push(`<g data-role="labels" font-size="${n(size)}" fill="${LABEL_COLOR}" ${halo}>`);
  for (const v of scene.nodes)
    if (v.labelAt && !v.highlighted)
      out.push(`<text data-for="${x(v.id)}" x="${n(v.labelAt.x)}" y="${n(v.labelAt.y)}">${x(v.labelAt.text)}</text>`);
  out.push(`</g>`);
  // Highlighted nodes (the selection) as sigma's hover layer: a white label box with a shadow, the node, the label.
  const highlighted = scene.nodes.filter((v) => v.highlighted);
  if (highlighted.length) {
    out.push(`<g data-role="highlights" font-size="${n(size)}" fill="${LABEL_COLOR}">`);
    for (const v of highlighted) {
      const pad = 2;
      const radius = Math.max(v.radius, size / 2) + pad;
      const b = v.labelAt?.box;
      const rect = b
        ? `<rect x="${n(b.x - pad)}" y="${n(b.y - pad)}" width="${n(b.width + 2 * pad)}" height="${n(b.height + 2 * pad)}" rx="2" fill="#ffffff"`
        : "";
      out.push(
        rect ? `${rect} filter="url(#kg-shadow)"/>` : "",
        `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(radius)}" fill="#ffffff" filter="url(#kg-shadow)"/>`,
        rect ? `${rect}/>` : "",
        `<circle data-for="${x(v.id)}" cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.radius)}" fill="${x(v.color)}"/>`,
        glyph(v.kind, v.x, v.y, v.radius, v.color),
        v.labelAt
          ? `<text data-for="${x(v.id)}" x="${n(v.labelAt.x)}" y="${n(v.labelAt.y)}">${x(v.labelAt.text)}</text>`
          : "",
      );
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out.filter(Boolean).join("\n");
}

/** A kind's glyph inside a node of radius `r` centred on (cx, cy) (see core/view/shapes.ts): shape as well as colour. */
export function glyph(kind: string, cx: number, cy: number, r: number, fill: string): string {
  const half = r * 0.78;
  return `<path data-role="glyph" data-shape="${kindShape(kind)}" transform="translate(${n(cx - half)} ${n(cy - half)}) scale(${n(half / 12)})" d="${SHAPE_PATHS[kindShape(kind)]}" fill="${glyphInk(fill)}" fill-rule="evenodd"/>`;
}
