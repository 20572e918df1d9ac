// Scale and tick maths shared by the figures chart (./chart.ts) and the timeline (./timeline.ts): a linear map from
// data to pixels and "nice" round ticks (1, 2 or 5 × 10^k). Pure functions, tested in tests/core/view/scale.test.ts.

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
