// Entity kinds filter: hide every entity of the unchecked kinds (and so their relations). URL: hk=source,concept.
import { decodeList, wordList, type FilterDefinition } from "./definition.ts";

export interface KindsState {
  hiddenKinds: string[];
}

export const kinds: FilterDefinition<KindsState, "kinds"> = {
  id: "kinds",
  heading: "Entities",
  defaults: { hiddenKinds: [] },
  params: ["hk"],
  encode: (s) => (s.hiddenKinds.length ? [["hk", [...s.hiddenKinds].sort().join(",")]] : []),
  decode(read, vocab) {
    const { items, notices } = decodeList("hk", read, vocab.kinds);
    return { state: { hiddenKinds: items ?? [] }, notices };
  },
  apply(s) {
    if (!s.hiddenKinds.length) return null;
    const hidden = new Set(s.hiddenKinds);
    return { node: (_id, a) => (hidden.has(a.kind) ? "hidden" : null) };
  },
  describe(s, words) {
    const hiddenSet = new Set(s.hiddenKinds);
    const hidden = words.kinds.filter((k) => hiddenSet.has(k.id)).map((k) => k.label);
    const shown = words.kinds.filter((k) => !hiddenSet.has(k.id)).map((k) => k.label);
    if (!hidden.length) return null;
    if (!shown.length) return "No entities";
    // Name the shorter side: what is left when most is hidden, else what is hidden.
    return shown.length <= hidden.length ? `${wordList(shown)} only` : `No ${wordList(hidden, "or")}`;
  },
};
