// The benchmark's summaries and table: medians, ratios and budgets are what the recorded results are judged by.
import { describe, expect, it } from "vitest";
import { formatSummary, markdownTable, row, summarize, textTable } from "../../scripts/bench/stats.ts";

describe("summarize", () => {
  it.each([
    [[5], { median: 5, min: 5, max: 5, n: 1 }],
    [[3, 1, 2], { median: 2, min: 1, max: 3, n: 3 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4, n: 4 }],
  ])("%j", (samples, expected) => {
    expect(summarize(samples)).toEqual(expected);
  });

  it("refuses an empty list", () => expect(() => summarize([])).toThrow(/bench: no samples/));
});

describe("row", () => {
  const s = (v: number) => summarize([v]);
  it.each([
    ["within budget", 110, 100, { max: 1.2, text: "" }, 1.1, true],
    ["over budget", 130, 100, { max: 1.2, text: "" }, 1.3, false],
    ["no budget", 130, 100, null, 1.3, null],
  ] as const)("%s", (_name, app, raw, budget, ratio, met) => {
    const r = row("f", "10k", "ms", s(app), s(raw), budget);
    expect(r.ratio).toBeCloseTo(ratio);
    expect(r.met).toBe(met);
  });

  it("has no ratio without a baseline", () => {
    const r = row("f", "paper", "ms", s(5), null, { max: 1, text: "" });
    expect([r.ratio, r.met]).toEqual([null, null]);
  });
});

describe("tables", () => {
  const rows = [
    row("load", "10k", "ms", summarize([1200, 1000, 1100]), summarize([1000]), { max: 1, text: "<= 1.0x raw" }),
    row("heap", "10k", "MB", summarize([20]), summarize([10])),
  ];

  it("show median (min–max), the ratio and whether the budget is met", () => {
    expect(formatSummary(rows[0].app, "ms")).toBe("1100 (1000–1200) ms");
    const text = textTable(rows);
    expect(text).toMatch(/load\s+10k\s+1100 \(1000–1200\) ms\s+1000 ms\s+1.10x\s+MISSED \(<= 1.0x raw\)/);
    expect(text).toMatch(/heap\s+10k\s+20.0 MB\s+10.0 MB\s+2.00x$/m);
  });

  it("in Markdown, one line per row under a header", () => {
    const md = markdownTable(rows).split("\n");
    expect(md).toHaveLength(4);
    expect(md[0]).toBe("| figure | size | app | raw | ratio | budget |");
    expect(md[2]).toContain("| 1.10x | MISSED (<= 1.0x raw) |");
  });
});
