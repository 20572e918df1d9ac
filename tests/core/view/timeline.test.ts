// The timeline's data derivation: which items are dated, how vague and open ends are read from the EDTF values (a
// decade or "~" is vague, ".." is open), the time order, the packing of bars into rows without overlap, and the
// play-through of the time filter.
import { describe, expect, it } from "vitest";
import type { KbRelation, KnowledgeBase } from "../../../src/core/data/build.ts";
import {
  inYears,
  playStep,
  TIMELINE_YEARS,
  timelineItems,
  timelineLayout,
  timelinePicture,
} from "../../../src/core/view/timeline.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const rel = (id: string, when: string[], start?: number, end?: number): KbRelation => ({
  id,
  type: "sends-workers-to",
  source: "dprk",
  target: "ussr",
  claims: ["c-arrivals"],
  when,
  ...(start !== undefined ? { start } : {}),
  ...(end !== undefined ? { end } : {}),
});

function withRelations(relations: KbRelation[]): KnowledgeBase {
  return { ...validKb(), relations };
}

describe("timelineItems: vagueness of the ends", () => {
  it.each([
    ["a year", ["1947"], 1947, 1947, false, false],
    ["a decade (the late 1980s)", ["198X"], 1980, 1989, true, true],
    ["around a year", ["~1970"], 1970, 1970, true, true],
    ["since 1967 (open end)", ["1967-03/.."], 1967, undefined, false, false],
    ["until the 1950s (open start, vague end)", ["../195X"], undefined, 1959, false, true],
    ["a vague start to a sharp end", ["194X/1953"], 1940, 1953, true, false],
    ["two values: the vague one only reaches the start", ["194X", "1946/1953"], 1940, 1953, true, false],
  ])("%s", (_n, when, start, end, vagueStart, vagueEnd) => {
    const [item] = timelineItems(withRelations([rel("r1", when as string[])])).filter((i) => i.kind === "relation");
    expect(item).toMatchObject({ id: "r:r1", start, end, vagueStart, vagueEnd });
  });

  it("leaves out undated relations and the derived cites", () => {
    const kb = withRelations([rel("r1", []), { ...rel("r2", ["1947"]), type: "cites" }]);
    expect(timelineItems(kb).filter((i) => i.kind === "relation")).toEqual([]);
  });
});

describe("timelineItems on the paper", () => {
  const kb = requireKnowledgeBase();
  const items = timelineItems(kb);

  it("has relations, events, agreements and figures, in time order", () => {
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(["relation", "event", "agreement", "figure"]));
    const starts = items.map((i) => i.start ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("answers what happened between 1957 and 1967: the loggers near Khabarovsk, the 1966 summit, the 1967 agreement", () => {
    const window = items.filter((i) => inYears(i, [1957, 1967]) && i.start !== undefined && i.start >= 1957);
    const first = (pred: (id: string) => boolean) => window.findIndex((i) => pred(i.id));
    const loggers = first((id) => id.includes("timber-companies-khabarovsk"));
    const summit = first((id) => id === "summit-1966");
    const signed = first((id) => id.includes("signed--agreement-1967"));
    expect(loggers).toBeGreaterThanOrEqual(0);
    expect(loggers).toBeLessThan(summit);
    expect(summit).toBeLessThan(signed);
  });

  it("draws the 1967 agreement with an open end and the 1940s-1950s model start as vague", () => {
    expect(items.find((i) => i.id === "agreement-1967")).toMatchObject({ start: 1967, end: undefined });
    expect(items.some((i) => i.vagueStart) && items.some((i) => i.vagueEnd)).toBe(true);
  });

  it.each(["kind", "model"] as const)("packs bars by %s into rows where no two overlap", (by) => {
    const layout = timelineLayout(items, { width: 900, by });
    expect(layout.bars.length).toBeGreaterThan(100);
    const rows = new Map<number, [number, number][]>();
    for (const b of layout.bars) {
      expect(b.x1).toBeGreaterThanOrEqual(layout.left - 0.001);
      expect(b.x2).toBeLessThanOrEqual(layout.right + 0.001);
      const row = rows.get(b.y) ?? [];
      for (const [a, z] of row) expect(b.x1 >= z || b.x2 <= a).toBe(true);
      row.push([b.x1, b.x2]);
      rows.set(b.y, row);
    }
    expect(layout.xTicks[0].value).toBe(TIMELINE_YEARS[0]);
    expect(layout.xTicks.at(-1)!.value).toBe(TIMELINE_YEARS[1]);
  });

  it("reads the year under a pixel back, clamped to the axis", () => {
    const layout = timelineLayout(items, { width: 900, by: "kind" });
    expect(layout.yearAt(layout.xOf(1967) + 1)).toBe(1967);
    expect(layout.yearAt(-50)).toBe(TIMELINE_YEARS[0]);
    expect(layout.yearAt(5000)).toBe(TIMELINE_YEARS[1]);
  });
});

describe("playStep", () => {
  it.each([
    [null, [1940, 1944]],
    [
      [1950, 1955],
      [1951, 1956],
    ],
    [[2010, 2020], null],
  ] as const)("from %j to %j", (from, to) => {
    expect(playStep(from as [number, number] | null)).toEqual(to);
  });
});

describe("timelinePicture", () => {
  it("puts the chart under a title and over a wrapped, escaped caption citing the paper", () => {
    const chart = '<svg width="400" height="120"><rect width="10" height="10"/></svg>';
    const pic = timelinePicture(chart, { width: 400, height: 120 }, "Lankov 2020, <doi> & more ".repeat(6));
    expect(pic.svg).toContain("What the paper dates, 1940-2020");
    expect(pic.svg).toContain(chart);
    expect(pic.svg).not.toContain("<doi>");
    expect(pic.svg).toContain("&lt;doi&gt;");
    expect((pic.svg.match(/font-size="11"/g) ?? []).length).toBeGreaterThan(1);
    expect(pic.height).toBeGreaterThan(120 + 64);
  });
});
