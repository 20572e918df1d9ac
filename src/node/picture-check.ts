// The readability check of a picture: lays an SVG out in Chromium, measures the real text boxes of node and edge
// labels (getBoundingClientRect, so rotations count) and reports every overlap (label/label, label/other node,
// label/edge label, edge label/edge label), every shown node without a label in a picture of <= 60 shown nodes and
// the smallest label sizes scaled to a 1600 px wide picture. Used by tests/browser/pictures.test.ts and
// `npm run check:pictures` (the before/after numbers of issue 12).
import type { Page } from "playwright-core";
import { findOverlaps, type Box, type Overlap } from "../core/view/labels.ts";

export interface PictureReport {
  shown: number;
  labels: number;
  edgeLabels: number;
  overlaps: Overlap[];
  /** Shown nodes without a label, counted only when the picture shows <= 60 nodes. */
  unlabelled: string[];
  /** Smallest node / edge label font size in px, at a 1600 px wide picture (Infinity when there are none). */
  minLabelPx: number;
  minEdgeLabelPx: number;
}

interface Measured {
  width: number;
  labels: { id: string; box: Box; size: number }[];
  edgeLabels: { id: string; box: Box; size: number }[];
  nodes: { id: string; x: number; y: number; radius: number }[];
}

export const LABEL_ALL_LIMIT = 60;

export async function checkPicture(page: Page, svg: string): Promise<PictureReport> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  // A string, so that no bundler helper (tsx's __name) leaks into the page.
  const m = (await page.evaluate(`(() => {
    const root = document.querySelector("svg");
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const texts = (sel) =>
      [...root.querySelectorAll(sel)].map((t) => ({
        id: t.getAttribute("data-for") ?? "",
        box: box(t),
        size: parseFloat(getComputedStyle(t).fontSize),
      }));
    return {
      width: root.getBoundingClientRect().width,
      labels: texts('[data-role="labels"] text, [data-role="highlights"] text'),
      edgeLabels: texts('[data-role="edge-labels"] text'),
      nodes: [...root.querySelectorAll('[data-role="nodes"] circle[data-state="shown"]')].map((c) => {
        const r = c.getBoundingClientRect();
        return { id: c.getAttribute("data-id") ?? "", x: r.x + r.width / 2, y: r.y + r.height / 2, radius: r.width / 2 };
      }),
    };
  })()`)) as Measured;
  const labelled = new Set(m.labels.map((l) => l.id));
  const scale = 1600 / m.width;
  return {
    shown: m.nodes.length,
    labels: m.labels.length,
    edgeLabels: m.edgeLabels.length,
    overlaps: findOverlaps(m.labels, m.edgeLabels, m.nodes),
    unlabelled: m.nodes.length <= LABEL_ALL_LIMIT ? m.nodes.filter((n) => !labelled.has(n.id)).map((n) => n.id) : [],
    minLabelPx: Math.min(...m.labels.map((l) => l.size * scale)),
    minEdgeLabelPx: Math.min(...m.edgeLabels.map((l) => l.size * scale)),
  };
}

/** One line per kind of problem, for a report or a failing test. */
export function summarize(r: PictureReport): Record<string, number> {
  const count = (k: string) => r.overlaps.filter((o) => o.kind === k).length;
  return {
    shown: r.shown,
    labels: r.labels,
    edgeLabels: r.edgeLabels,
    "label/label": count("label/label"),
    "label/node": count("label/node"),
    "label/edge-label": count("label/edge-label"),
    "edge-label/edge-label": count("edge-label/edge-label"),
    unlabelled: r.unlabelled.length,
    minLabelPx: Math.round(r.minLabelPx * 10) / 10,
    minEdgeLabelPx: Math.round(r.minEdgeLabelPx * 10) / 10,
  };
}
