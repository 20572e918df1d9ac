// Time filter: a year range (the panel offers the three models as presets); dated items outside it fade or hide,
// undated items stay. URL: y=1967-1991, tm=hide.
import { overlaps } from "../../data/time.ts";
import { invalid, type FilterDefinition, type Verdict } from "./definition.ts";

export interface TimeState {
  /** Inclusive year range, or null for all time. */
  years: [number, number] | null;
  /** What happens to items outside the year range. */
  timeMode: "fade" | "hide";
}

export const time: FilterDefinition<TimeState, "time"> = {
  id: "time",
  heading: "Time",
  defaults: { years: null, timeMode: "fade" },
  params: ["y", "tm"],
  encode(s) {
    const p: [string, string][] = [];
    if (s.years) p.push(["y", `${s.years[0]}-${s.years[1]}`]);
    if (s.timeMode !== "fade") p.push(["tm", s.timeMode]);
    return p;
  },
  decode(read, vocab) {
    const state: TimeState = { years: null, timeMode: "fade" };
    const notices: string[] = [];
    const y = read("y");
    if (y !== null) {
      const m = /^(\d{4})-(\d{4})$/.exec(y);
      const [lo, hi] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
      if (m && lo <= hi && lo >= vocab.years[0] - 100 && hi <= vocab.years[1] + 100) state.years = [lo, hi];
      else notices.push(invalid("y", y));
    }
    const tm = read("tm");
    if (tm !== null) {
      if (tm === "fade" || tm === "hide") state.timeMode = tm;
      else notices.push(invalid("tm", tm));
    }
    return { state, notices };
  },
  apply(s) {
    const range = s.years;
    if (!range) return null;
    const verdict: Verdict = s.timeMode === "hide" ? "hidden" : "faded";
    const out = (span: { start?: number; end?: number }): Verdict =>
      (span.start !== undefined || span.end !== undefined) && !overlaps(span, range[0], range[1]) ? verdict : null;
    return { node: (_id, a) => out(a), edge: (_id, a) => out(a) };
  },
  describe: (s) =>
    s.years ? `Years ${s.years[0]}–${s.years[1]} (others ${s.timeMode === "hide" ? "hidden" : "faded"})` : null,
};

/** Whether an EDTF value is vague: a decade or century ("198X"), approximate ("~1970") or uncertain ("1970?"). */
export const isVague = (when: string): boolean => /[X~?%]/.test(when);

/**
 * The relations "possibly in range": dated vaguely ("the late 1980s", "194X") and overlapping the range only partly,
 * so the paper leaves open whether they fall inside it. They stay shown and are drawn paler (the style module);
 * wholly inside, or precisely dated, they are certainly in range; not overlapping, out.
 */
export function possiblyInRange(
  relations: readonly { id: string; when?: string[]; start?: number; end?: number }[],
  range: [number, number] | null,
): Set<string> {
  const out = new Set<string>();
  if (!range) return out;
  const [from, to] = range;
  for (const r of relations) {
    if (!r.when?.some(isVague) || (r.start === undefined && r.end === undefined)) continue;
    if (!overlaps(r, from, to)) continue;
    const inside = r.start !== undefined && r.start >= from && r.end !== undefined && r.end <= to;
    if (!inside) out.add(r.id);
  }
  return out;
}

export interface TimePreset {
  id: string;
  label: string;
  /** The years the preset sets, or null for all time. */
  years: [number, number] | null;
}

/**
 * The time presets: all time, then one per model entity in the order of its year, set to the years of its curated
 * span (the build's start/end; an open end takes the data's bound). A model without a span sets no range.
 */
export function modelPresets(
  entities: { id: string; kind: string; start?: number; end?: number; attributes: object }[],
  bounds: [number, number],
): TimePreset[] {
  const year = (e: { attributes: object }) => Number((e.attributes as { year?: unknown }).year ?? 0);
  return [
    { id: "all", label: "All", years: null },
    ...entities
      .filter((e) => e.kind === "model")
      .sort((a, b) => year(a) - year(b))
      .map((e) => ({
        id: e.id,
        label: String(year(e)),
        years:
          e.start === undefined && e.end === undefined
            ? null
            : ([e.start ?? bounds[0], e.end ?? bounds[1]] as [number, number]),
      })),
  ];
}
