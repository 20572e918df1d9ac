// Reads the small EDTF subset the data uses into year bounds, so filters can compare times while the data keeps
// the paper's vagueness ("194X" is the 1940s, "~1970" around 1970). Pure functions, no dependencies.

export interface YearSpan {
  /** First year the value may cover; undefined for an open start. */
  start?: number;
  /** Last year the value may cover; undefined for an open end. */
  end?: number;
  approximate: boolean;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2030;

const POINT = /^([~?%]?)(\d{3}[\dX]|\d{2}XX)(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/;

/** A point also carries its first and last day as YYYYMMDD strings, to compare the ends of a range. */
function parsePoint(text: string): (YearSpan & { first?: string; last?: string }) | string {
  const m = POINT.exec(text);
  if (!m) return `'${text}' is not a date this project reads (1947, 1966-05, 2017-12-02, 194X, ~1970)`;
  const [, pre, year, month, day, post] = m;
  if (month !== undefined && (year.includes("X") || Number(month) < 1 || Number(month) > 12))
    return `'${text}' has an impossible month`;
  if (day !== undefined) {
    const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (d.getUTCDate() !== Number(day)) return `'${text}' has an impossible day`;
  }
  const start = Number(year.replace(/X/g, "0"));
  const end = Number(year.replace(/X/g, "9"));
  return {
    start,
    end,
    approximate: Boolean(pre || post),
    first: `${start}${month ?? "01"}${day ?? "01"}`,
    last: `${end}${month ?? "12"}${day ?? "31"}`,
  };
}

/** Parses an EDTF value into year bounds, or returns a message saying what is wrong. */
export function parseEdtf(value: string): YearSpan | string {
  const text = value.trim();
  if (!text.includes("/")) return checkRange(parsePoint(text), value);
  const parts = text.split("/");
  if (parts.length !== 2) return `'${value}' has more than one '/'`;
  const [a, b] = parts;
  const lo = a === ".." || a === "" ? { approximate: false } : parsePoint(a);
  const hi = b === ".." || b === "" ? { approximate: false } : parsePoint(b);
  if (typeof lo === "string") return lo;
  if (typeof hi === "string") return hi;
  const first = (lo as { first?: string }).first;
  const last = (hi as { last?: string }).last;
  if (first !== undefined && last !== undefined && first > last) return `'${value}' runs backwards`;
  return checkRange({ start: lo.start, end: hi.end, approximate: lo.approximate || hi.approximate }, value);
}

function checkRange(point: YearSpan | string, value: string): YearSpan | string {
  if (typeof point === "string") return point;
  const span: YearSpan = { start: point.start, end: point.end, approximate: point.approximate };
  for (const y of [span.start, span.end]) {
    if (y !== undefined && (y < MIN_YEAR || y > MAX_YEAR)) return `'${value}' falls outside ${MIN_YEAR}-${MAX_YEAR}`;
  }
  return span;
}

/** Smallest span covering all given spans (open ends stay open). */
export function hull(spans: YearSpan[]): YearSpan | undefined {
  if (spans.length === 0) return undefined;
  let start: number | undefined = Infinity;
  let end: number | undefined = -Infinity;
  for (const s of spans) {
    start = s.start === undefined || start === undefined ? undefined : Math.min(start, s.start);
    end = s.end === undefined || end === undefined ? undefined : Math.max(end, s.end);
  }
  return { start, end, approximate: spans.some((s) => s.approximate) };
}

/** Whether a span overlaps the closed year range [from, to]. Open ends overlap everything on their side. */
export function overlaps(span: { start?: number; end?: number }, from: number, to: number): boolean {
  return (span.start === undefined || span.start <= to) && (span.end === undefined || span.end >= from);
}
