// The maths of the figures chart (src/app/components/FigureChart): linear scales, "nice" round ticks, and where each
// figure of a series goes as a box, with its label and tooltip. The chart used to be Observable Plot, which cost
// 127 KB gzip of JavaScript for one small chart (issue 6's 250 KB budget); the component now draws plain SVG from
// what these pure functions compute, so the geometry is tested here without a browser. A figure keeps the paper's
// vagueness: a box spans the years it covers and the range of its values, and approximate figures are flagged.
import type { FigurePoint } from "../model/evidence.ts";

/** A linear map from a domain to a range; a domain of zero width maps everything to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

export interface Ticks {
  /** The domain rounded out to whole steps: the first and last tick. */
  domain: [number, number];
  /** 1, 2 or 5 times a power of ten. */
  step: number;
  values: number[];
}

export interface TickOptions {
  /** Only whole-number ticks (years). */
  integer?: boolean;
  /** Widen a narrower domain around its middle to this span first (one year alone should not fill the chart). */
  minSpan?: number;
}

/** The smallest of 1, 2, 5 × 10^k that is at least `raw`. */
function niceStep(raw: number): number {
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/**
 * About `count` round ticks covering [min, max]: the first tick is at or below min, the last at or above max, all
 * multiples of a step of 1, 2 or 5 × 10^k. A domain of one value is widened around it; non-finite input gives [0, 1].
 */
export function niceTicks(min: number, max: number, count = 5, options: TickOptions = {}): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return niceTicks(0, 1, count, options);
  if (min > max) [min, max] = [max, min];
  const minSpan = options.minSpan ?? 0;
  if (max - min < minSpan) {
    const mid = (min + max) / 2;
    [min, max] = [mid - minSpan / 2, mid + minSpan / 2];
  }
  if (min === max) {
    // One value: a step of its own magnitude on each side (0 alone becomes 0-1).
    if (min === 0) max = 1;
    else {
      const mag = Math.max(options.integer ? 1 : 0, 10 ** Math.floor(Math.log10(Math.abs(min))));
      [min, max] = [min - mag, max + mag];
    }
  }
  let step = niceStep((max - min) / Math.max(1, Math.floor(count)));
  if (options.integer) step = Math.max(1, Math.round(step));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (v: number) => Number(v.toFixed(decimals));
  // The epsilon keeps a bound that is already a multiple of the step from gaining a step through rounding noise.
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(round(i * step));
  return { domain: [values[0], values[values.length - 1]], step, values };
}

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
/** A value tick as a reader expects it: 40,000. */
export const formatValue = (v: number): string => grouped.format(v);
/** A year tick without a thousands separator: 1970. */
export const formatYear = (v: number): string => String(v);

/** What a figure covers, in data units: the years (a single year is the whole year) and the values. */
export interface FigureExtent {
  x1: number;
  x2: number;
  low: number;
  high: number;
}

/** The extent of a figure, or undefined when it gives no number to place (it stays in the list under the chart). */
export function figureExtent(p: FigurePoint): FigureExtent | undefined {
  const low = p.low ?? p.value ?? p.high;
  const high = p.high ?? p.value ?? p.low;
  if (low === undefined || high === undefined || !Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  if (!Number.isFinite(p.start) || !Number.isFinite(p.end)) return undefined;
  return {
    x1: Math.min(p.start, p.end) - 0.5,
    x2: Math.max(p.start, p.end) + 0.5,
    low: Math.min(low, high),
    high: Math.max(low, high),
  };
}

/** A point is one figure for one year; a period holds one figure over several years; a range gives low and high. */
export type MarkKind = "point" | "period" | "range";

export interface ChartMark {
  claim: string;
  kind: MarkKind;
  approximate: boolean;
  /** The box in pixels (top-left corner, size). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Tooltip: the figure as the paper words it, its time and what it counts. */
  title: string;
}

export interface ChartLabel {
  claim: string;
  text: string;
  /** The anchor point of the text (its baseline), in pixels, and which end of the text it is. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

export interface Tick {
  value: number;
  /** Position along the axis, in pixels. */
  at: number;
  label: string;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area, in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Where the value 0 is, when it is shown (the baseline). */
  zero?: number;
  marks: ChartMark[];
  labels: ChartLabel[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  margin?: Margin;
  /** Font size of the labels, for their estimated extent. */
  fontSize?: number;
}

export const DEFAULT_MARGIN: Margin = { top: 24, right: 20, bottom: 34, left: 56 };
/** A box is never thinner than this many pixels, so a single figure stays visible and clickable. */
export const MIN_MARK = 6;
/** Years shown at least, so one figure alone does not fill the width. */
const MIN_YEARS = 10;

/** Estimated width of a label: DejaVu Sans and similar average about 0.62 em per character. */
export const labelWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.62;

/** A rectangle in pixels, from (x1, y1) to (x2, y2). */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
const intersects = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, area: Box) => a.x1 >= area.x1 && a.x2 <= area.x2 && a.y1 >= area.y1 && a.y2 <= area.y2;

/** The estimated extent of a placed label: from its cap height to just under its baseline. */
export function labelBox(l: Pick<ChartLabel, "text" | "x" | "y" | "anchor">, fontSize: number): Box {
  const w = labelWidth(l.text, fontSize);
  const x1 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { x1, x2: x1 + w, y1: l.y - fontSize, y2: l.y + 2 };
}

/**
 * A label for each mark, where it overlaps no other mark and no label placed before it: above the mark if that is
 * free, else to its left, to its right or below it; if none is free, above it and lifted over whatever it would
 * overlap. Labels stay inside `area` (lifted ones at least below its top edge).
 */
export function placeLabels(
  wanted: { claim: string; text: string; box: Box }[],
  area: Box,
  fontSize: number,
): ChartLabel[] {
  const taken: Box[] = wanted.map((w) => w.box);
  const out: ChartLabel[] = [];
  const gap = 4;
  for (const w of wanted) {
    const { box } = w;
    const half = labelWidth(w.text, fontSize) / 2;
    const cx = Math.min(Math.max((box.x1 + box.x2) / 2, area.x1 + half), Math.max(area.x1 + half, area.x2 - half));
    const midline = (box.y1 + box.y2) / 2 + fontSize * 0.35;
    const candidates: ChartLabel[] = [
      { claim: w.claim, text: w.text, x: cx, y: box.y1 - gap - 2, anchor: "middle" },
      { claim: w.claim, text: w.text, x: box.x1 - gap, y: midline, anchor: "end" },
      { claim: w.claim, text: w.text, x: box.x2 + gap, y: midline, anchor: "start" },
      { claim: w.claim, text: w.text, x: cx, y: box.y2 + gap + fontSize, anchor: "middle" },
    ];
    const free = (l: ChartLabel) => {
      const b = labelBox(l, fontSize);
      return inside(b, area) && !taken.some((t) => t !== box && intersects(t, b));
    };
    let label = candidates.find(free);
    if (!label) {
      label = candidates[0];
      for (let tries = 0; tries < 20; tries++) {
        const b = labelBox(label, fontSize);
        const hit = taken.find((t) => t !== box && intersects(t, b));
        if (!hit) break;
        label = { ...label, y: hit.y1 - 2 }; // just above what it hit
      }
      label = { ...label, y: Math.max(label.y, area.y1 + fontSize) };
    }
    taken.push(labelBox(label, fontSize));
    out.push(label);
  }
  return out;
}

/**
 * Everything the chart draws for a series: axes with round ticks covering every figure (values from 0 up; years
 * rounded out to whole steps), one box per figure that has a number (its years by its low-high range, at least
 * MIN_MARK pixels each way), and one label per box, next to it (above it when there is room).
 */
export function chartLayout(points: readonly FigurePoint[], options: LayoutOptions): ChartLayout {
  const { width, height } = options;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const fontSize = options.fontSize ?? 10;
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top + 1, height - margin.bottom);

  const placed = points.flatMap((p) => {
    const e = figureExtent(p);
    return e ? [{ p, e }] : [];
  });
  const xs = placed.flatMap(({ e }) => [e.x1, e.x2]);
  const ys = placed.flatMap(({ e }) => [e.low, e.high]);
  const xt = xs.length
    ? niceTicks(Math.min(...xs), Math.max(...xs), Math.max(2, Math.floor((right - left) / 80)), {
        integer: true,
        minSpan: MIN_YEARS,
      })
    : niceTicks(0, 1, 2);
  // Counts start at 0, so box heights compare; negative values (none in the paper) would extend the axis down.
  const yt = niceTicks(Math.min(0, ...ys), Math.max(0, ...ys), Math.max(2, Math.floor((bottom - top) / 40)));
  const x = linearScale(xt.domain, [left, right]);
  const y = linearScale(yt.domain, [bottom, top]);

  const marks: ChartMark[] = placed.map(({ p, e }) => {
    let x1 = x(e.x1);
    let x2 = x(e.x2);
    if (x2 - x1 < MIN_MARK) [x1, x2] = [(x1 + x2 - MIN_MARK) / 2, (x1 + x2 + MIN_MARK) / 2];
    let y1 = y(e.high);
    let y2 = y(e.low);
    if (y2 - y1 < MIN_MARK) [y1, y2] = [(y1 + y2 - MIN_MARK) / 2, (y1 + y2 + MIN_MARK) / 2];
    return {
      claim: p.claim,
      kind: e.low < e.high ? "range" : p.end > p.start ? "period" : "point",
      approximate: p.approximate,
      x: x1,
      y: y1,
      width: x2 - x1,
      height: y2 - y1,
      title: `${p.text} (${p.when}) — ${p.measure}`,
    };
  });
  const labels = placeLabels(
    marks.map((m, i) => ({
      claim: m.claim,
      text: placed[i].p.text,
      box: { x1: m.x, x2: m.x + m.width, y1: m.y, y2: m.y + m.height },
    })),
    { x1: left, x2: width, y1: 0, y2: bottom },
    fontSize,
  );
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    xTicks: xt.values.map((v) => ({ value: v, at: x(v), label: formatYear(v) })),
    yTicks: yt.values.map((v) => ({ value: v, at: y(v), label: formatValue(v) })),
    zero: yt.domain[0] <= 0 && yt.domain[1] >= 0 ? y(0) : undefined,
    marks,
    labels,
  };
}

/** A one-sentence text alternative of the chart: how many figures, over which years, between which values. */
export function describeSeries(points: readonly FigurePoint[]): string {
  const placed = points.flatMap((p) => {
    const e = figureExtent(p);
    return e ? [{ p, e }] : [];
  });
  if (!placed.length) return "No figures to chart.";
  const first = Math.min(...placed.map(({ p }) => Math.min(p.start, p.end)));
  const last = Math.max(...placed.map(({ p }) => Math.max(p.start, p.end)));
  const low = placed.reduce((a, b) => (b.e.low < a.e.low ? b : a));
  const high = placed.reduce((a, b) => (b.e.high > a.e.high ? b : a));
  const years = first === last ? `in ${first}` : `from ${first} to ${last}`;
  const n = placed.length === 1 ? "1 figure" : `${placed.length} figures`;
  const approx = placed.filter(({ p }) => p.approximate).length;
  const values =
    placed.length === 1 ? `: ${low.p.text}` : `, from ${low.p.text} (${low.p.when}) to ${high.p.text} (${high.p.when})`;
  return `${n} ${years}${values}${approx ? `; ${approx} approximate` : ""}.`;
}
