// Colours of the explorer. Entity kinds use Paul Tol's colour-blind-safe "muted" scheme extended with Okabe–Ito
// hues; relation types are grouped into six families (a legend of 36 hues would be unreadable), each one colour.
import type { EntityKind } from "../data/schema.ts";

export const KIND_COLORS: Record<EntityKind, string> = {
  state: "#332288",
  agency: "#88CCEE",
  model: "#CC6677",
  region: "#117733",
  interviewee: "#E69F00",
  source: "#999933",
  person: "#AA4499",
  agreement: "#882255",
  resolution: "#D55E00",
  event: "#44AA99",
  industry: "#DDCC77",
  group: "#0072B2",
  concept: "#888888",
  other: "#5B7083",
};

export const KIND_LABELS: Record<EntityKind, string> = {
  state: "States",
  agency: "Agencies & bodies",
  model: "Labor-export models",
  region: "Regions & places",
  interviewee: "Interviewees",
  source: "Sources",
  person: "People",
  agreement: "Agreements",
  resolution: "UN resolutions",
  event: "Events",
  industry: "Industries",
  group: "Groups",
  concept: "Concepts",
  other: "Other (from the opened file)",
};

export interface RelationFamily {
  id: string;
  label: string;
  color: string;
  types: string[];
}

export const RELATION_FAMILIES: RelationFamily[] = [
  {
    id: "labor",
    label: "Labor",
    color: "#0072B2",
    types: ["employs", "recruits", "works-in", "sends-workers-to", "engaged-in", "belongs-to", "defects-to"],
  },
  {
    id: "power",
    label: "Rules & control",
    color: "#CC3311",
    types: [
      "regulates",
      "supervises",
      "signed",
      "party-to",
      "bans",
      "adopted",
      "leads",
      "member-of",
      "reports",
      "obstructs",
      "repatriates",
      "grants-citizenship",
    ],
  },
  {
    id: "money",
    label: "Money & goods",
    color: "#EE7733",
    types: ["pays", "trades-with", "sells-to", "smuggles", "harvests", "funds"],
  },
  { id: "place", label: "Place", color: "#009988", types: ["operates-in", "located-in", "part-of"] },
  {
    id: "history",
    label: "History & ideas",
    color: "#AA4499",
    types: ["succeeded-by", "led-to", "participated-in", "based-on", "concerns", "alternative-to"],
  },
  { id: "evidence", label: "Evidence", color: "#9E9E9E", types: ["cites", "authored", "interviewed"] },
];
const OTHER: RelationFamily = { id: "other", label: "Other", color: "#777777", types: [] };

export function familyOf(type: string): RelationFamily {
  return RELATION_FAMILIES.find((f) => f.types.includes(type)) ?? OTHER;
}

export const relationColor = (type: string): string => familyOf(type).color;
export const FADED_NODE = "#E4E4E4";
export const FADED_EDGE = "#EFEFEF";
