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
