// Summaries and the results table of the benchmark: medians with min and max, the app/raw ratio, and the budget each
// figure is held to (from issue 6). Pure functions, so run.ts only measures and prints.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(samples: number[]): Summary {
  if (!samples.length) throw new Error("bench: no samples to summarize");
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length };
}

export type Unit = "ms" | "MB" | "KB";

/** How a ratio (app / raw) is judged: at most `max`, or null when the figure has no budget. */
export interface Budget {
  max: number;
  /** The budget as the issue words it. */
  text: string;
}

export interface Row {
  figure: string;
  size: string;
  unit: Unit;
  app: Summary;
  /** The baseline (raw sigma + graphology), or null when there is none. */
  raw: Summary | null;
  /** app.median / raw.median. */
  ratio: number | null;
  budget: Budget | null;
  /** true / false when there is a budget to meet, null otherwise. */
  met: boolean | null;
}

export function row(
  figure: string,
  size: string,
  unit: Unit,
  app: Summary,
  raw: Summary | null,
  budget: Budget | null = null,
): Row {
  const ratio = raw && raw.median > 0 ? app.median / raw.median : null;
  const met = budget && ratio !== null ? ratio <= budget.max : null;
  return { figure, size, unit, app, raw, ratio, budget, met };
}

const num = (v: number, unit: Unit) =>
  unit === "ms" ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : v.toFixed(1);

/** "1234 (1200–1300) ms" or "1234 ms" for a single sample. */
export function formatSummary(s: Summary | null, unit: Unit): string {
  if (!s) return "—";
  return s.n > 1
    ? `${num(s.median, unit)} (${num(s.min, unit)}–${num(s.max, unit)}) ${unit}`
    : `${num(s.median, unit)} ${unit}`;
}

export function formatRatio(r: Row): string {
  if (r.ratio === null) return "—";
  return `${r.ratio.toFixed(2)}x`;
}

export function formatBudget(r: Row): string {
  if (!r.budget) return "";
  return `${r.met ? "met" : "MISSED"} (${r.budget.text})`;
}

const HEADER = ["figure", "size", "app", "raw", "ratio", "budget"];
const cells = (r: Row) => [
  r.figure,
  r.size,
  formatSummary(r.app, r.unit),
  formatSummary(r.raw, r.unit),
  formatRatio(r),
  formatBudget(r),
];

/** A plain-text table for the terminal. */
export function textTable(rows: Row[]): string {
  const all = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(HEADER), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => line(cells(r)))].join("\n");
}

/** The same table in Markdown. */
export function markdownTable(rows: Row[]): string {
  const line = (c: string[]) => `| ${c.map((v) => v.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(HEADER), line(HEADER.map(() => "---")), ...rows.map((r) => line(cells(r)))].join("\n");
}
