// The picture of a view as a standalone SVG string: the graph drawn as the canvas draws it (./scene.ts, drawn by
// ./svg-graph.ts), plus an optional title, a legend of what is visible and a caption. Framework-free and deterministic, so the browser export
// (SVG, or PNG by drawing this SVG on a canvas at 1x/2x/4x) and `npm run shot` (Chromium rasterising it) give the same
// picture; labels and sizes are in CSS px, so every scale keeps their proportions. All text is XML-escaped.
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import type { ViewState } from "../view/url-state.ts";
import { legendOfScene, type ColourByLegend, type Legend } from "./legend.ts";
import { dashArray, defs, drawGraph, glyph } from "./svg-graph.ts";
import { computeScene, type Scene, type SceneOptions } from "./scene.ts";
import { escapeXml as x, PICTURE_FONT, textWidth, truncate, wrapText } from "./text.ts";

export interface PictureOptions {
  /** Size of the whole picture in CSS px (a PNG at scale s has width·s × height·s pixels). */
  width: number;
  height: number;
  title?: string;
  /** Text under the picture; "\n" starts a new paragraph. */
  caption?: string;
  legend: boolean;
  background: "white" | "transparent";
  /** Label size relative to the canvas' (1 = 12 px). */
  labelScale?: number;
  emphasis?: SceneOptions["emphasis"];
  hovered?: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Picture {
  svg: string;
  scene: Scene;
  legend: Legend;
  /** Where the graph is drawn inside the picture. */
  graphBox: Box;
}

export const MAX_PICTURE_SIDE = 10_000;
const MARGIN = 24;
const TITLE = { size: 26, line: 32, top: 16, bottom: 10, maxLines: 2 };
const CAPTION = { size: 13, line: 18, top: 12, bottom: 14, maxLines: 6, color: "#555" };
const LEGEND = { size: 14, row: 20, header: 26, pad: 16, swatch: 28, min: 164, color: "#333", count: "#888" };

const n = (v: number): string => String(Math.round(v * 100) / 100);

function checkOptions(o: PictureOptions): void {
  for (const side of ["width", "height"] as const) {
    const v = o[side];
    if (!Number.isInteger(v) || v < 64 || v > MAX_PICTURE_SIDE)
      throw new Error(`picture: ${side} must be a whole number of px from 64 to ${MAX_PICTURE_SIDE}, got ${v}`);
  }
  if (o.labelScale !== undefined && !(o.labelScale > 0 && o.labelScale <= 10))
    throw new Error(`picture: labelScale must be within (0, 10], got ${o.labelScale}`);
}

interface Furniture {
  titleLines: string[];
  captionLines: string[];
  titleHeight: number;
  captionHeight: number;
}

function furniture(o: PictureOptions): Furniture {
  const inner = o.width - 2 * MARGIN;
  const titleLines = o.title?.trim() ? wrapText(o.title.trim(), TITLE.size, inner, TITLE.maxLines, "bold") : [];
  const captionLines: string[] = [];
  for (const para of (o.caption ?? "").split("\n").filter((p) => p.trim()))
    captionLines.push(...wrapText(para, CAPTION.size, inner));
  if (captionLines.length > CAPTION.maxLines) {
    captionLines.length = CAPTION.maxLines;
    captionLines[CAPTION.maxLines - 1] = truncate(
      captionLines[CAPTION.maxLines - 1],
      CAPTION.size,
      inner,
      "normal",
      true,
    );
  }
  return {
    titleLines,
    captionLines,
    titleHeight: titleLines.length ? TITLE.top + titleLines.length * TITLE.line + TITLE.bottom : 0,
    captionHeight: captionLines.length ? CAPTION.top + captionLines.length * CAPTION.line + CAPTION.bottom : 0,
  };
}

const entryText = (e: { label: string; count: number }) => `${e.label} ${e.count}`;

/** What the view colours the entities by, for the legend. */
const colourOf = (kb: KnowledgeBase, view: ViewState): ColourByLegend | null =>
  view.colourBy ? { kb, attribute: view.colourBy } : null;

function legendWidth(legend: Legend, pictureWidth: number): number {
  const entries = [...legend.kinds, ...legend.relations];
  const widest = Math.max(
    textWidth("Relations", LEGEND.size, "bold"),
    ...entries.map((e) => textWidth(entryText(e), LEGEND.size)),
  );
  return Math.round(Math.min(pictureWidth * 0.35, Math.max(LEGEND.min, widest + LEGEND.swatch + 10 + 2 * LEGEND.pad)));
}

/**
 * Label size of a picture relative to the canvas' 12 px: 14 px node labels (12.8 px edge labels) at 1600 px width,
 * growing with wider pictures (a projector's 1920 or a 3200 px poster), times the caller's scale (Present).
 */
export function pictureLabelScale(o: { width: number; labelScale?: number }): number {
  return (o.labelScale ?? 1) * (14 / 12) * Math.max(1, o.width / 1600);
}

/** Renders the picture and returns the SVG with the scene and legend it was made from. */
export function renderPicture(kb: KnowledgeBase, layout: Positions, view: ViewState, o: PictureOptions): Picture {
  checkOptions(o);
  const labelScale = pictureLabelScale(o);
  const f = furniture(o);
  const top = f.titleHeight;
  const bottom = o.height - f.captionHeight;
  // The legend depends on what is visible, which does not depend on the viewport: measure it on a first scene.
  let legendW = 0;
  if (o.legend) {
    const probe = computeScene(kb, layout, view, {
      viewport: { width: o.width, height: Math.max(1, bottom - top) },
      labelScale,
      emphasis: o.emphasis,
      hovered: o.hovered,
    });
    legendW = legendWidth(legendOfScene(probe, colourOf(kb, view)), o.width);
  }
  const graphBox: Box = { x: 0, y: top, width: Math.max(1, o.width - legendW), height: Math.max(1, bottom - top) };
  const scene = computeScene(kb, layout, view, {
    viewport: { width: graphBox.width, height: graphBox.height },
    labelScale,
    emphasis: o.emphasis,
    hovered: o.hovered,
  });
  const legend = legendOfScene(scene, colourOf(kb, view));
  const out: string[] = [];
  const fullTitle = o.title?.trim() || "Graph of Lankov 2020";
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="${x(PICTURE_FONT)}" role="img" aria-labelledby="kg-title">`,
    `<title id="kg-title">${x(fullTitle)}</title>`,
  );
  if (o.caption?.trim()) out.push(`<desc>${x(o.caption.trim())}</desc>`);
  out.push(defs(scene, graphBox));
  if (o.background === "white") out.push(`<rect data-role="background" width="100%" height="100%" fill="#ffffff"/>`);
  out.push(drawGraph(scene, graphBox));
  if (o.legend) out.push(drawLegend(legend, { x: o.width - legendW, y: top, width: legendW, height: graphBox.height }));
  if (f.titleLines.length) {
    const lines = f.titleLines.map(
      (line, i) =>
        `<tspan x="${MARGIN}" y="${TITLE.top + TITLE.size + i * TITLE.line}">${x(i < f.titleLines.length - 1 ? `${line} ` : line)}</tspan>`,
    );
    out.push(
      `<text data-role="title" x="${MARGIN}" font-size="${TITLE.size}" font-weight="bold" fill="#1a1a1a">${lines.join("")}</text>`,
    );
  }
  if (f.captionLines.length) {
    out.push(`<g data-role="caption" font-size="${CAPTION.size}" fill="${CAPTION.color}">`);
    out.push(
      `<line x1="${MARGIN}" x2="${o.width - MARGIN}" y1="${n(bottom + 0.5)}" y2="${n(bottom + 0.5)}" stroke="#dddddd"/>`,
    );
    f.captionLines.forEach((line, i) =>
      out.push(`<text x="${MARGIN}" y="${bottom + CAPTION.top + CAPTION.size + i * CAPTION.line}">${x(line)}</text>`),
    );
    out.push(`</g>`);
  }
  out.push(`</svg>`);
  return { svg: out.join("\n") + "\n", scene, legend, graphBox };
}

/** The picture of `view` as an SVG document (see renderPicture). */
export function renderSvg(kb: KnowledgeBase, layout: Positions, view: ViewState, options: PictureOptions): string {
  return renderPicture(kb, layout, view, options).svg;
}

function drawLegend(legend: Legend, box: Box): string {
  const out: string[] = [
    `<g data-role="legend" font-size="${LEGEND.size}" fill="${LEGEND.color}">`,
    `<line x1="${n(box.x + 0.5)}" x2="${n(box.x + 0.5)}" y1="${n(box.y + LEGEND.pad)}" y2="${n(box.y + box.height - LEGEND.pad)}" stroke="#e2e2e2"/>`,
  ];
  const left = box.x + LEGEND.pad;
  const textX = left + LEGEND.swatch + 8;
  const maxText = box.x + box.width - LEGEND.pad - textX;
  const limit = box.y + box.height - LEGEND.pad;
  let y = box.y + LEGEND.pad;
  let dropped = 0;
  const section = (
    name: string,
    role: string,
    entries: Legend["kinds"],
    swatch: (cy: number, entry: Legend["kinds"][number]) => string,
  ) => {
    if (!entries.length) return;
    if (y + LEGEND.header > limit) {
      dropped += entries.length;
      return;
    }
    y += LEGEND.header;
    out.push(`<text data-role="legend-heading" x="${n(left)}" y="${n(y - 8)}" font-weight="bold">${x(name)}</text>`);
    for (const e of entries) {
      if (y + LEGEND.row > limit) {
        dropped++;
        continue;
      }
      const cy = y + LEGEND.row / 2;
      const label = truncate(e.label, LEGEND.size, Math.max(10, maxText - textWidth(` ${e.count}`, LEGEND.size)));
      out.push(
        `<g data-role="${role}" data-id="${x(e.id)}">${swatch(cy, e)}<text x="${n(textX)}" y="${n(cy + LEGEND.size / 3)}">${x(label)}<tspan fill="${LEGEND.count}"> ${e.count}</tspan></text></g>`,
      );
      y += LEGEND.row;
    }
    y += 6;
  };
  section(
    legend.by ?? "Entities",
    legend.by ? "legend-category" : "legend-kind",
    legend.kinds,
    (cy, { color: c, id, kind }) =>
      `<circle cx="${n(left + LEGEND.swatch / 2)}" cy="${n(cy)}" r="6" fill="${x(c)}"/>` +
      glyph(kind ?? id, left + LEGEND.swatch / 2, cy, 6, c),
  );
  section(
    "Relations",
    "legend-relation",
    legend.relations,
    (cy, { color: c, dash }) =>
      `<path d="M${n(left)} ${n(cy)}H${n(left + LEGEND.swatch - 5)}" stroke="${x(c)}" stroke-width="2"${dashArray(dash)}/><path d="M${n(left + LEGEND.swatch - 6)} ${n(cy - 4)}L${n(left + LEGEND.swatch)} ${n(cy)}L${n(left + LEGEND.swatch - 6)} ${n(cy + 4)}Z" fill="${x(c)}"/>`,
  );
  if (!legend.kinds.length && !legend.relations.length)
    out.push(`<text x="${n(left)}" y="${n(y + LEGEND.header - 8)}" fill="${LEGEND.count}">Nothing visible</text>`);
  if (dropped) out.push(`<text x="${n(left)}" y="${n(limit)}" fill="${LEGEND.count}">+${dropped} more</text>`);
  out.push(`</g>`);
  return out.join("\n");
}

/**
 * The picture size whose graph area is exactly `graph` (e.g. the canvas on screen) once the title, caption and legend
 * the options ask for are added around it, so an export frames exactly what the canvas shows.
 */
export function pictureSizeFor(
  kb: KnowledgeBase,
  layout: Positions,
  view: ViewState,
  graph: { width: number; height: number },
  o: Omit<PictureOptions, "width" | "height">,
): { width: number; height: number } {
  const clamp = (v: number) => Math.min(MAX_PICTURE_SIDE, Math.max(64, Math.round(v)));
  let legendW = 0;
  if (o.legend) {
    const probe = computeScene(kb, layout, view, {
      viewport: graph,
      labelScale: o.labelScale,
      emphasis: o.emphasis,
      hovered: o.hovered,
    });
    legendW = legendWidth(legendOfScene(probe, colourOf(kb, view)), Infinity);
  }
  const width = clamp(graph.width + legendW);
  const f = furniture({ ...o, width, height: 64 });
  return { width, height: clamp(graph.height + f.titleHeight + f.captionHeight) };
}
