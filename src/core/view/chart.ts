// The maths of the figures chart (src/app/components/FigureChart): linear scales, "nice" round ticks, and where each
// figure of a series goes as a box, with its label and tooltip. The chart used to be Observable Plot, which cost
// 127 KB gzip of JavaScript for one small chart (issue 6's 250 KB budget); the component now draws plain SVG from
// what these pure functions compute, so the geometry is tested here without a browser. A figure keeps the paper's
// vagueness: a box spans the years it covers and the range of its values, and approximate figures are flagged.
import type { FigurePoint } from "../model/evidence.ts";
import { formatValue, formatYear, linearScale, niceTicks } from "./scale.ts";
import { placeLabels, type ChartLabel } from "./chart-labels.ts";

export { formatValue, formatYear, linearScale, niceTicks, type Ticks, type TickOptions } from "./scale.ts";
export { labelBox, labelWidth, placeLabels, type Box, type ChartLabel } from "./chart-labels.ts";

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
