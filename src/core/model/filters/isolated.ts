// Isolated entities filter: hide entities left without a visible relation. URL: iso=1.
import { invalid, type FilterDefinition } from "./definition.ts";

export interface IsolatedState {
  hideIsolated: boolean;
}

export const isolated: FilterDefinition<IsolatedState, "isolated"> = {
  id: "isolated",
  heading: "Structure",
  defaults: { hideIsolated: false },
  params: ["iso"],
  encode: (s) => (s.hideIsolated ? [["iso", "1"]] : []),
  decode(read) {
    const v = read("iso");
    if (v === null) return { state: { hideIsolated: false }, notices: [] };
    if (v === "1" || v === "0") return { state: { hideIsolated: v === "1" }, notices: [] };
    return { state: { hideIsolated: false }, notices: [invalid("iso", v)] };
  },
  apply: (s) => (s.hideIsolated ? { minDegree: 1 } : null),
  describe: (s) => (s.hideIsolated ? "No isolated entities" : null),
};
