// The figures chart's maths: round ticks that cover the data, scales, one box per figure that keeps its period, its
// range and its vagueness, labels that stay readable, and the text alternative. The chart in the browser draws
// exactly these numbers (tests/browser/evidence.test.ts checks the marks there).
import { describe, expect, it } from "vitest";
import {
  chartLayout,
  describeSeries,
  figureExtent,
  labelBox,
  linearScale,
  MIN_MARK,
  niceTicks,
  placeLabels,
  type ChartLayout,
  type TickOptions,
} from "../../../src/core/view/chart.ts";
import { seriesPoints, type FigurePoint } from "../../../src/core/model/evidence.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const fig = (claim: string, over: Partial<FigurePoint>): FigurePoint => ({
  claim,
  start: 1970,
  end: 1970,
  approximate: false,
  text: "?",
  when: "?",
  measure: "workers",
  sources: ["s"],
  ...over,
});

const SIZE = { width: 700, height: 240 };

/** Every tick list must read as round numbers covering the data. */
function expectRoundTicks(t: ReturnType<typeof niceTicks>, min: number, max: number) {
  const [lo, hi] = [Math.min(min, max), Math.max(min, max)];
  expect(t.values.length).toBeGreaterThanOrEqual(2);
  expect(t.values[0]).toBeLessThanOrEqual(lo);
  expect(t.values.at(-1)).toBeGreaterThanOrEqual(hi);
  expect(t.domain).toEqual([t.values[0], t.values.at(-1)]);
  // The step is 1, 2 or 5 times a power of ten, and every tick a multiple of it with no rounding noise.
  const mantissa = t.step / 10 ** Math.floor(Math.log10(t.step));
  expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
  for (const [i, v] of t.values.entries()) {
    expect(Math.abs(v / t.step - Math.round(v / t.step))).toBeLessThan(1e-9);
    expect(String(v)).not.toMatch(/\d{6,}$|e-/);
    if (i) expect(v - t.values[i - 1]).toBeCloseTo(t.step, 9);
  }
}

describe("niceTicks", () => {
  it.each<[string, number, number, number, TickOptions, number[]]>([
    ["the paper's workers", 0, 35600, 4, {}, [0, 10000, 20000, 30000, 40000]],
    ["the paper's years", 1946.5, 2016.5, 8, { integer: true }, [1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]],
    ["a unit interval", 0, 1, 5, {}, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    ["decimals without rounding noise", 0.1, 0.3, 4, {}, [0.1, 0.15, 0.2, 0.25, 0.3]],
    ["bounds already round", 0, 30000, 3, {}, [0, 10000, 20000, 30000]],
    ["across zero", -12, 47, 5, {}, [-20, 0, 20, 40, 60]],
    ["reversed bounds", 35600, 0, 4, {}, [0, 10000, 20000, 30000, 40000]],
    ["zero alone", 0, 0, 5, {}, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    ["one value", 5000, 5000, 4, {}, [4000, 4500, 5000, 5500, 6000]],
    [
      "one year, widened",
      1969.5,
      1970.5,
      8,
      { integer: true, minSpan: 10 },
      [1964, 1966, 1968, 1970, 1972, 1974, 1976],
    ],
    ["years never fractional", 1969.5, 1970.5, 8, { integer: true }, [1969, 1970, 1971]],
    ["a count below one", 0, 100, 0, {}, [0, 100]],
  ])("%s: [%d, %d] in about %d", (_name, min, max, count, options, expected) => {
    const t = niceTicks(min, max, count, options);
    expect(t.values).toEqual(expected);
    expectRoundTicks(t, min, max);
  });

  it.each([
    [Number.NaN, 1],
    [0, Number.POSITIVE_INFINITY],
  ])("non-finite input (%d, %d) falls back to 0-1", (min, max) => {
    expect(niceTicks(min, max).domain).toEqual([0, 1]);
  });
});

describe("linearScale", () => {
  it.each<[[number, number], [number, number], number, number]>([
    [[0, 40000], [200, 0], 0, 200],
    [[0, 40000], [200, 0], 40000, 0],
    [[0, 40000], [200, 0], 10000, 150],
    [[1940, 2020], [56, 680], 1980, 368],
    [[5, 5], [0, 100], 123, 50],
  ])("%j → %j maps %d to %d", (domain, range, v, px) => {
    expect(linearScale(domain, range)(v)).toBeCloseTo(px, 9);
  });
});

describe("figureExtent", () => {
  it.each<[string, Partial<FigurePoint>, ReturnType<typeof figureExtent>]>([
    [
      "one year, one value",
      { start: 1947, end: 1947, value: 35000 },
      { x1: 1946.5, x2: 1947.5, low: 35000, high: 35000 },
    ],
    ["a period", { start: 1970, end: 1975, value: 15000 }, { x1: 1969.5, x2: 1975.5, low: 15000, high: 15000 }],
    [
      "a range",
      { start: 1980, end: 1989, low: 20000, high: 30000 },
      { x1: 1979.5, x2: 1989.5, low: 20000, high: 30000 },
    ],
    ["at least (low only)", { low: 20000 }, { x1: 1969.5, x2: 1970.5, low: 20000, high: 20000 }],
    ["at most (high only)", { high: 100 }, { x1: 1969.5, x2: 1970.5, low: 100, high: 100 }],
    ["no number", {}, undefined],
  ])("%s", (_name, over, expected) => {
    expect(figureExtent(fig("c", over))).toEqual(expected);
  });
});

/** Invariants of any layout: everything drawn lies inside the picture, boxes are visible, labels overlap nothing. */
function expectSound(l: ChartLayout) {
  for (const t of [...l.xTicks, ...l.yTicks]) expect(Number.isFinite(t.at)).toBe(true);
  for (const m of l.marks) {
    expect(m.width).toBeGreaterThanOrEqual(MIN_MARK - 1e-9);
    expect(m.height).toBeGreaterThanOrEqual(MIN_MARK - 1e-9);
    expect(m.x).toBeGreaterThanOrEqual(l.left - MIN_MARK);
    expect(m.x + m.width).toBeLessThanOrEqual(l.right + MIN_MARK);
    expect(m.y).toBeGreaterThanOrEqual(l.top - MIN_MARK);
    expect(m.y + m.height).toBeLessThanOrEqual(l.bottom + MIN_MARK);
  }
  expect(l.labels).toHaveLength(l.marks.length);
  const marks = l.marks.map((m) => ({ text: m.claim, x1: m.x, x2: m.x + m.width, y1: m.y, y2: m.y + m.height }));
  const labels = l.labels.map((x) => ({ text: x.text, ...labelBox(x, 10) }));
  for (const b of labels) {
    expect(b.x1).toBeGreaterThanOrEqual(-1e-9);
    expect(b.x2).toBeLessThanOrEqual(l.width + 1e-9);
    expect(b.y1).toBeGreaterThanOrEqual(-1e-9);
    expect(b.y2).toBeLessThanOrEqual(l.height);
  }
  for (const [i, a] of labels.entries())
    for (const b of [...labels.slice(i + 1), ...marks]) {
      const apart = a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
      expect(apart, `label ${a.text} overlaps ${b.text}`).toBe(true);
    }
}

describe("chartLayout", () => {
  it("an empty series draws no mark or label, and still has an axis", () => {
    const l = chartLayout([], SIZE);
    expect(l.marks).toEqual([]);
    expect(l.labels).toEqual([]);
    expect(l.yTicks.length).toBeGreaterThanOrEqual(2);
    expectSound(l);
  });

  it("one figure: one small box above the baseline, its year inside the ticks, its label above it", () => {
    const l = chartLayout([fig("a", { start: 1947, end: 1947, value: 35000, text: "some 35,000" })], SIZE);
    expect(l.marks).toHaveLength(1);
    const [m] = l.marks;
    expect(m.kind).toBe("point");
    expect(l.xTicks[0].value).toBeLessThanOrEqual(1947);
    expect(l.xTicks.at(-1)!.value).toBeGreaterThanOrEqual(1948);
    expect(l.yTicks[0].value).toBe(0);
    expect(l.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(35000);
    expect(m.y + m.height).toBeLessThan(l.zero!);
    expect(l.labels).toEqual([expect.objectContaining({ claim: "a", text: "some 35,000" })]);
    expect(l.labels[0].y).toBeLessThan(m.y);
    expectSound(l);
  });

  it("equal values sit at the same height and keep their own years", () => {
    const l = chartLayout(
      [fig("a", { start: 1950, end: 1950, value: 12000 }), fig("b", { start: 1990, end: 1990, value: 12000 })],
      SIZE,
    );
    const [a, b] = l.marks;
    expect(a.y).toBeCloseTo(b.y, 9);
    expect(a.height).toBeCloseTo(b.height, 9);
    expect(a.x).toBeLessThan(b.x);
    expectSound(l);
  });

  it("all values 0 still draw visible boxes on the baseline", () => {
    const l = chartLayout([fig("a", { value: 0 }), fig("b", { start: 1980, end: 1980, value: 0 })], SIZE);
    expect(l.marks).toHaveLength(2);
    for (const m of l.marks) expect(m.y + m.height / 2).toBeCloseTo(l.zero!, 9);
    expectSound(l);
  });

  it("a range spans exactly its low and high values, a period exactly its years", () => {
    const l = chartLayout(
      [
        fig("range", { start: 1980, end: 1989, low: 20000, high: 30000 }),
        fig("period", { start: 1970, end: 1975, value: 15000 }),
      ],
      SIZE,
    );
    const ys = new Map(l.yTicks.map((t) => [t.value, t.at]));
    const xs = new Map(l.xTicks.map((t) => [t.value, t.at]));
    const range = l.marks.find((m) => m.claim === "range")!;
    expect(range.kind).toBe("range");
    expect(range.y).toBeCloseTo(ys.get(30000)!, 9);
    expect(range.y + range.height).toBeCloseTo(ys.get(20000)!, 9);
    const period = l.marks.find((m) => m.claim === "period")!;
    expect(period.kind).toBe("period");
    const perYear = (xs.get(1980)! - xs.get(1970)!) / 10;
    expect(period.x).toBeCloseTo(xs.get(1970)! - perYear / 2, 9);
    expect(period.width).toBeCloseTo(6 * perYear, 9);
    expectSound(l);
  });

  it("approximate figures stay flagged, and the tooltip keeps the paper's wording, time and measure", () => {
    const l = chartLayout(
      [
        fig("a", { value: 15000, approximate: true, text: "just below 15,000", when: "1970/1975" }),
        fig("b", { start: 1980, end: 1980, value: 12486, text: "12,486", when: "1969-04", measure: "officials" }),
      ],
      SIZE,
    );
    expect(l.marks.map((m) => m.approximate)).toEqual([true, false]);
    expect(l.marks[0].title).toBe("just below 15,000 (1970/1975) — workers");
    expect(l.marks[1].title).toBe("12,486 (1969-04) — officials");
  });

  it("a figure without a number is left out of the chart (it stays in the list)", () => {
    const l = chartLayout([fig("a", { value: 100 }), fig("none", {})], SIZE);
    expect(l.marks.map((m) => m.claim)).toEqual(["a"]);
  });

  it("crowded labels are moved apart, and kept inside the picture", () => {
    const crowded = [1969, 1970, 1971, 1972].map((y, i) =>
      fig(`c${i}`, { start: y, end: y, value: 12000 + i * 500, text: `label number ${i}` }),
    );
    crowded.push(fig("edge", { start: 2016, end: 2016, value: 31500, text: "a long label at the right edge" }));
    for (const width of [480, 700, 1400]) expectSound(chartLayout(crowded, { width, height: 240 }));
  });

  it("the paper's series: every figure drawn in order, ticks 0-40,000 and 1940-2020 as round numbers", () => {
    const points = seriesPoints(requireKnowledgeBase(), "nk-workers");
    const l = chartLayout(points, SIZE);
    expect(l.marks.map((m) => m.claim)).toEqual(points.map((p) => p.claim));
    expect(l.yTicks.map((t) => t.label)).toEqual(["0", "10,000", "20,000", "30,000", "40,000"]);
    expect(l.xTicks[0].label).toBe("1940");
    expect(l.xTicks.at(-1)!.label).toBe("2020");
    expect(l.marks.filter((m) => m.approximate).map((m) => m.claim)).toEqual(
      points.filter((p) => p.approximate).map((p) => p.claim),
    );
    expect(l.marks.some((m) => m.kind === "range")).toBe(true);
    expectSound(l);
  });
});

describe("placeLabels", () => {
  const area = { x1: 0, x2: 600, y1: 0, y2: 200 };
  const box = (x1: number, y1: number, x2 = x1 + 10, y2 = y1 + 10) => ({ x1, x2, y1, y2 });
  it.each<[string, { claim: string; text: string; box: ReturnType<typeof box> }[], [number, number, string][]]>([
    ["above its mark when free", [{ claim: "a", text: "abc", box: box(100, 100) }], [[105, 94, "middle"]]],
    [
      "to the left when a mark is just above",
      [
        { claim: "a", text: "abc", box: box(100, 100) },
        { claim: "b", text: "long label", box: box(104, 88, 150, 94) },
      ],
      [
        [96, 108.5, "end"],
        [127, 82, "middle"],
      ],
    ],
    [
      "to the right at the left edge",
      [
        { claim: "a", text: "abc", box: box(2, 100) },
        { claim: "b", text: "x", box: box(0, 84, 40, 94) },
      ],
      [
        [16, 108.5, "start"],
        [20, 78, "middle"],
      ],
    ],
    [
      "lifted over a label when every side is taken",
      [
        { claim: "a", text: "wide label here", box: box(0, 180, 80, 190) },
        { claim: "b", text: "wide label here", box: box(0, 180, 80, 190) },
        { claim: "c", text: "x", box: box(85, 176, 300, 191) },
      ],
      [
        [46.5, 174, "middle"],
        [46.5, 162, "middle"],
        [192.5, 170, "middle"],
      ],
    ],
  ])("%s", (_name, wanted, expected) => {
    const out = placeLabels(wanted, area, 10);
    expect(out.map((l) => [l.x, l.y, l.anchor])).toEqual(expected);
  });
});

describe("describeSeries", () => {
  it.each<[string, FigurePoint[], string]>([
    ["empty", [], "No figures to chart."],
    ["one figure", [fig("a", { value: 5, text: "five", start: 1950, end: 1950 })], "1 figure in 1950: five."],
    [
      "several, with vagueness",
      [
        fig("a", { start: 1947, end: 1947, value: 35000, text: "some 35,000", when: "in 1947", approximate: true }),
        fig("b", { start: 1957, end: 1964, value: 6000, text: "some 6,000", when: "until 1964", approximate: true }),
        fig("c", { start: 2016, end: 2016, value: 31500, text: "31,500", when: "2016" }),
      ],
      "3 figures from 1947 to 2016, from some 6,000 (until 1964) to some 35,000 (in 1947); 2 approximate.",
    ],
  ])("%s", (_name, points, expected) => {
    expect(describeSeries(points)).toBe(expected);
  });
});
