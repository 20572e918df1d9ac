// The legend of a picture: only what is visible in it, entity kinds (by colour) and relation families (by colour and
// dash pattern),
// in the palette's order (the evidence layer last), with how many of each are shown. Faded items are not counted:
// their colour is grey. When the view colours an opened file's nodes by one of its attributes, the entities are
// listed by that attribute's categories instead of by kind (src/core/view/colour-by.ts).
import type { KnowledgeBase } from "../data/build.ts";
import { categoryLegend } from "../view/colour-by.ts";
import { familyOf, RELATION_FAMILIES } from "../view/palette.ts";
import { ENTITY_KINDS, KINDS, type EntityKind } from "../data/kinds.ts";
import { EVIDENCE_COLOR, EVIDENCE_RELATION } from "../view/style/index.ts";

const EVIDENCE_LAYER = { id: "evidence-layer", label: "Evidence layer", color: EVIDENCE_COLOR, dash: [] };

export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  /** A relation family's dash pattern ([] solid; always [] for kinds). */
  dash: readonly number[];
  count: number;
  /** The kind whose glyph the swatch carries, when the entry is not a kind (a category); else the id is the kind. */
  kind?: string;
}

export interface Legend {
  kinds: LegendEntry[];
  relations: LegendEntry[];
  /** The attribute the entities are listed by (their categories in `kinds`), when colouring by one. */
  by?: string;
}

/** What the entities are coloured by: an opened file's attribute (see ViewState.colourBy). */
export interface ColourByLegend {
  kb: Pick<KnowledgeBase, "entities">;
  attribute: string;
}

/** The legend with its entities listed by the categories of `colour.attribute` (of the shown entity ids). */
export function byCategory(legend: Legend, colour: ColourByLegend, shown: Iterable<string>): Legend {
  const kinds = categoryLegend(colour.kb, colour.attribute, shown).map((e) => ({ ...e, dash: [], kind: "other" }));
  return { ...legend, kinds, by: colour.attribute };
}

/** Legend of the given shown nodes (their kinds) and shown edges (their relation types). */
export function legendOf(kinds: Iterable<string>, relations: Iterable<string>): Legend {
  const kindCount = new Map<string, number>();
  for (const k of kinds) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
  const familyCount = new Map<string, number>();
  const familyInfo = new Map<string, { label: string; color: string; dash: readonly number[] }>();
  for (const r of relations) {
    const f = r === EVIDENCE_RELATION ? EVIDENCE_LAYER : familyOf(r);
    familyCount.set(f.id, (familyCount.get(f.id) ?? 0) + 1);
    familyInfo.set(f.id, { label: f.label, color: f.color, dash: f.dash });
  }
  const known = ENTITY_KINDS as readonly string[];
  const kindsOut: LegendEntry[] = [
    ...ENTITY_KINDS.filter((k) => kindCount.has(k)).map((k: EntityKind) => ({
      id: k,
      label: KINDS[k].label,
      color: KINDS[k].color,
      dash: [],
      count: kindCount.get(k)!,
    })),
    ...[...kindCount.keys()]
      .filter((k) => !known.includes(k))
      .sort()
      .map((k) => ({ id: k, label: k, color: "#666", dash: [], count: kindCount.get(k)! })),
  ];
  const familyOrder = [...RELATION_FAMILIES.map((f) => f.id), "other", EVIDENCE_LAYER.id];
  const relationsOut = familyOrder
    .filter((id) => familyCount.has(id))
    .map((id) => ({ id, ...familyInfo.get(id)!, count: familyCount.get(id)! }));
  return { kinds: kindsOut, relations: relationsOut };
}

/** The legend of a scene: its shown (not faded) nodes and edges. */
export function legendOfScene(
  scene: {
    nodes: { id: string; kind: string; state: string }[];
    edges: { relation: string; state: string }[];
  },
  colour?: ColourByLegend | null,
): Legend {
  const nodes = scene.nodes.filter((n) => n.state === "shown");
  const legend = legendOf(
    nodes.map((n) => n.kind),
    scene.edges.filter((e) => e.state === "shown").map((e) => e.relation),
  );
  return colour
    ? byCategory(
        legend,
        colour,
        nodes.map((n) => n.id),
      )
    : legend;
}
