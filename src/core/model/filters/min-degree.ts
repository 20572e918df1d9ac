// Minimum degree filter: hide entities with fewer visible relations than a threshold. URL: deg=3.
import { invalid, type FilterDefinition } from "./definition.ts";

export interface MinDegreeState {
  /** Hide nodes with fewer visible relations than this. */
  minDegree: number;
}

export const minDegree: FilterDefinition<MinDegreeState, "minDegree"> = {
  id: "minDegree",
  heading: "Structure",
  defaults: { minDegree: 0 },
  params: ["deg"],
  encode: (s) => (s.minDegree ? [["deg", String(s.minDegree)]] : []),
  decode(read) {
    const v = read("deg");
    if (v === null) return { state: { minDegree: 0 }, notices: [] };
    const n = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(n) && n >= 0 && n <= 1000) return { state: { minDegree: n }, notices: [] };
    return { state: { minDegree: 0 }, notices: [invalid("deg", v)] };
  },
  apply: (s) => (s.minDegree > 0 ? { minDegree: s.minDegree } : null),
  describe: (s) =>
    s.minDegree ? `Entities with at least ${s.minDegree} ${s.minDegree === 1 ? "relation" : "relations"}` : null,
};
