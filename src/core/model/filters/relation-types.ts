// Relation types filter: hide relations of the unchecked types. URL: ht=cites,pays. Worded by family where it can
// ("Labor relations only", "No Evidence relations"), else by type label, never by id.
import { decodeList, wordList, type FilterDefinition, type FilterWords } from "./definition.ts";

export interface RelationTypesState {
  hiddenTypes: string[];
}

/** Beyond this many families or types, the status line gives a count instead of a list. */
const MAX_NAMED = 5;

/** The given types (a subset of words.types) as whole families plus single types, in panel order. */
function units(words: FilterWords, ids: Set<string>): { families: string[]; types: string[] } {
  const present = new Set(words.types.map((t) => t.id));
  const families: string[] = [];
  const covered = new Set<string>();
  for (const f of words.families) {
    const members = f.types.filter((t) => present.has(t));
    if (members.length && members.every((t) => ids.has(t))) {
      families.push(`${f.label} relations`);
      members.forEach((t) => covered.add(t));
    }
  }
  const types = words.types.filter((t) => ids.has(t.id) && !covered.has(t.id)).map((t) => `“${t.label}”`);
  return { families, types };
}

function phrase(u: { families: string[]; types: string[] }, conjunction: "and" | "or"): string {
  const list = wordList([...u.families, ...u.types], conjunction);
  return u.families.length ? list : `${list} relations`;
}

export const relationTypes: FilterDefinition<RelationTypesState, "relationTypes"> = {
  id: "relationTypes",
  heading: "Relations",
  defaults: { hiddenTypes: [] },
  params: ["ht"],
  encode: (s) => (s.hiddenTypes.length ? [["ht", [...s.hiddenTypes].sort().join(",")]] : []),
  decode(read, vocab) {
    const { items, notices } = decodeList("ht", read, vocab.types);
    return { state: { hiddenTypes: items ?? [] }, notices };
  },
  apply(s) {
    if (!s.hiddenTypes.length) return null;
    const hidden = new Set(s.hiddenTypes);
    return { edge: (_id, a) => (hidden.has(a.relation) ? "hidden" : null) };
  },
  describe(s, words) {
    const hiddenSet = new Set(s.hiddenTypes);
    const hidden = new Set(words.types.filter((t) => hiddenSet.has(t.id)).map((t) => t.id));
    const shown = new Set(words.types.filter((t) => !hiddenSet.has(t.id)).map((t) => t.id));
    if (!hidden.size) return null;
    if (!shown.size) return "No relations";
    const shownUnits = units(words, shown);
    const hiddenUnits = units(words, hidden);
    const size = (u: { families: string[]; types: string[] }) => u.families.length + u.types.length;
    const useShown = size(shownUnits) <= size(hiddenUnits);
    const u = useShown ? shownUnits : hiddenUnits;
    if (size(u) > MAX_NAMED) return `${shown.size} of ${words.types.length} relation types`;
    return useShown ? `${phrase(u, "and")} only` : `No ${phrase(u, "or")}`;
  },
};
