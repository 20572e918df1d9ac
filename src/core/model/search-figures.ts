// Numbers and dates in a search query, matched by value rather than by text: "12,000" finds the figures of that value
// (exact) and those within a few percent or whose range holds it (near: 12,486 for 12,000); "1969" finds what is
// dated 1969 (exact) and vague dates that may be 1969 ("mid-1960s", near); "April 1969" or "1969-04" finds what is
// dated that month. Only a query made of numbers and month names is read this way; any other word leaves the query
// to the text search. Pure functions, no dependencies.
import type { KbClaim, KbEntity } from "../data/build.ts";

/** How close a figure must be to count as near: within this share of the asked value. */
export const NEAR_SHARE = 0.05;
/** The widest vague date (in years) that still counts as near a year it may be. */
export const NEAR_SPAN = 10;

export interface FigureQuery {
  /** The numbers asked, separators dropped ("12,000" → 12000). */
  values: number[];
  /** A year (a four-digit number without separator between 1900 and 2030). */
  year?: number;
  /** A month (1-12), when a month name or "YYYY-MM" is given with the year. */
  month?: number;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
};

/** The numbers and date a query asks for, or null when it holds any other word (or nothing to match by value). */
export function parseFigureQuery(query: string): FigureQuery | null {
  // Thousands separated by spaces ("12 000") are one number, as in the text search.
  const q = query.trim().replace(/(\d)[\u00a0 ](?=\d{3}(?!\d))/g, "$1");
  if (!q || q.length > 60) return null;
  const iso = /^(\d{4})-(\d{2})$/.exec(q);
  if (iso) {
    const [year, month] = [Number(iso[1]), Number(iso[2])];
    return month >= 1 && month <= 12 && isYear(year) ? { values: [], year, month } : null;
  }
  const out: FigureQuery = { values: [] };
  for (const token of q.split(/\s+/)) {
    const number = /^\d{1,3}(?:[,\u00a0]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.exec(token);
    if (number) {
      const plain = !/[,\u00a0.]/.test(token);
      const v = Number(token.replace(/[,\u00a0]/g, ""));
      if (plain && token.length === 4 && isYear(v) && out.year === undefined) out.year = v;
      else out.values.push(v);
      continue;
    }
    const m = monthOf(token);
    if (m === undefined || out.month !== undefined) return null;
    out.month = m;
  }
  if (out.month !== undefined && out.year === undefined) return null;
  return out.values.length || out.year !== undefined ? out : null;
}

const isYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2030;

export type FigureMatch = "exact" | "near";

/** The stronger of two matches. */
const better = (a: FigureMatch | undefined, b: FigureMatch): FigureMatch =>
  a === "exact" || b === "exact" ? "exact" : b;

/** How a value compares with a figure: equal, near (within NEAR_SHARE, or inside its range), or not at all. */
function valueMatch(v: number, q: KbClaim["quantities"][number]): FigureMatch | undefined {
  const given = [q.value, q.low, q.high].filter((x): x is number => x !== undefined);
  if (given.includes(v)) return "exact";
  if (given.some((x) => Math.abs(x - v) <= Math.abs(v) * NEAR_SHARE)) return "near";
  if (q.low !== undefined && q.high !== undefined && q.low <= v && v <= q.high) return "near";
  return undefined;
}

/** How a dated item compares with a year (and month): dated then, possibly then (a vague date), or not at all. */
function dateMatch(
  span: { start?: number; end?: number; when?: string },
  year: number,
  month: number | undefined,
): FigureMatch | undefined {
  const { start, end } = span;
  if (start === undefined || end === undefined || start > year || end < year) return undefined;
  if (month !== undefined) {
    const ym = `${year}-${String(month).padStart(2, "0")}`;
    if (span.when?.startsWith(ym)) return "exact";
    // Dated that year without a month: possibly that month.
    const yearOnly = span.when === undefined || /^[~?%]?\d{4}[~?%]?$/.test(span.when);
    return start === year && end === year && yearOnly ? "near" : undefined;
  }
  if (start === year && end === year) return "exact";
  return end - start <= NEAR_SPAN ? "near" : undefined;
}

/** Claims (by id) matching a figure query by the values of their quantities and their dates. */
export function matchClaims(claims: readonly KbClaim[], fq: FigureQuery): Map<string, FigureMatch> {
  const out = new Map<string, FigureMatch>();
  const add = (id: string, m: FigureMatch | undefined) => m && out.set(id, better(out.get(id), m));
  // A year is also a number: a figure of that value matches it exactly (never near, as years are not counts).
  const exactValues = fq.year !== undefined && fq.month === undefined ? [fq.year] : [];
  for (const c of claims) {
    for (const q of c.quantities) {
      for (const v of fq.values) add(c.id, valueMatch(v, q));
      for (const v of exactValues) add(c.id, valueMatch(v, q) === "exact" ? "exact" : undefined);
    }
    if (fq.year !== undefined) add(c.id, dateMatch({ ...c.qualifiers }, fq.year, fq.month));
  }
  return out;
}

/** Entities (by id) whose curated span is the asked year (exact) or a vague span that may be it (near). */
export function matchEntities(entities: readonly KbEntity[], fq: FigureQuery): Map<string, FigureMatch> {
  const out = new Map<string, FigureMatch>();
  if (fq.year === undefined || fq.month !== undefined) return out;
  for (const e of entities) {
    const m = dateMatch({ start: e.start, end: e.end }, fq.year, undefined);
    if (m === "exact") out.set(e.id, m);
  }
  return out;
}
