// Colours of the explorer. Entity kinds take theirs from the kinds table (src/core/data/kinds.ts); relation types are
// grouped into six families (a legend of 36 hues would be unreadable), each one colour and one dash pattern (so the
// families differ by more than colour, WCAG 1.4.1): [dash, gap] or [dash, gap, dash, gap] in px, [] for solid.
export interface RelationFamily {
  id: string;
  label: string;
  color: string;
  dash: readonly number[];
  types: string[];
}

export const RELATION_FAMILIES: RelationFamily[] = [
  {
    id: "labor",
    label: "Labor",
    color: "#0072B2",
    dash: [],
    types: ["employs", "recruits", "works-in", "sends-workers-to", "engaged-in", "belongs-to", "defects-to"],
  },
  {
    id: "power",
    label: "Rules & control",
    color: "#CC3311",
    dash: [7, 4],
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
    dash: [2, 3],
    types: ["pays", "trades-with", "sells-to", "smuggles", "harvests", "funds"],
  },
  {
    id: "place",
    label: "Place",
    color: "#009988",
    dash: [10, 3, 2, 3],
    types: ["operates-in", "located-in", "part-of"],
  },
  {
    id: "history",
    label: "History & ideas",
    color: "#AA4499",
    dash: [16, 5],
    types: ["succeeded-by", "led-to", "participated-in", "based-on", "concerns", "alternative-to"],
  },
  { id: "evidence", label: "Evidence", color: "#9E9E9E", dash: [2, 6], types: ["cites", "authored", "interviewed"] },
];
const OTHER: RelationFamily = { id: "other", label: "Other", color: "#777777", dash: [], types: [] };

export function familyOf(type: string): RelationFamily {
  return RELATION_FAMILIES.find((f) => f.types.includes(type)) ?? OTHER;
}

export const relationColor = (type: string): string => familyOf(type).color;
export const relationDash = (type: string): readonly number[] => familyOf(type).dash;
export const FADED_NODE = "#E4E4E4";
export const FADED_EDGE = "#EFEFEF";

/** A colour mixed halfway with white ("#RRGGBB" only; others are returned as they are): "possibly in range". */
export function paler(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  const mix = (h: string) =>
    Math.round((parseInt(h, 16) + 255) / 2)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(m[1])}${mix(m[2])}${mix(m[3])}`.toUpperCase();
}
