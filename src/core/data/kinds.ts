// The entity kinds, declared once: each kind's label, colour, shape (a second visual channel beside colour), the
// schema of its attributes and whether claims may cite it. The schema (schema.ts), the rules, the palette, the
// legend, the filters and the detail panels all read this table; adding a kind is one entry here.
// Colours: Paul Tol's colour-blind-safe "muted" scheme extended with Okabe–Ito hues.
import "./no-eval.ts";
import { z } from "zod";

/**
 * A date as the paper gives it, in a small subset of EDTF (Library of Congress Extended Date/Time Format):
 * "1947", "1966-05", "2017-12-02", "194X" (the 1940s), "~1970" (around 1970), "1946/1949" (a range),
 * "1990/.." (open end), "../1950" (open start). Vagueness stays in the string; src/core/data/time.ts reads bounds.
 */
export const Edtf = z.string().min(1);

/** A CSL-JSON name (family, given) or a literal name for institutions ("KOTRA"). */
const CslName = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().optional() }),
  z.strictObject({ literal: z.string().min(1) }),
]);

/** Bibliographic fields named as in CSL-JSON, so a reference manager can take them as they are. */
export const SourceAttributes = z.strictObject({
  /** CSL item type. */
  type: z.enum(["article-journal", "article-newspaper", "article-magazine", "book", "report", "webpage", "thesis"]),
  author: z.array(CslName).min(1),
  /** Publication year as printed in the reference list. */
  issued: z.string().regex(/^\d{4}$/),
  title: z.string().min(1),
  /** English translation of the title, as the reference list gives it in brackets. */
  "title-translated": z.string().optional(),
  "container-title": z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  /** Page range of the whole work, as in the reference list ("64-74"). */
  page: z.string().optional(),
  publisher: z.string().optional(),
  "publisher-place": z.string().optional(),
  /** Day and month of a newspaper or web item, as printed ("17 April"). */
  "issued-date": z.string().optional(),
  URL: z.string().optional(),
  /** "Accessed ..." as printed. */
  accessed: z.string().optional(),
  DOI: z.string().optional(),
  language: z.string().optional(),
  /** How the paper cites it in running text ("Krushanova, 2014"). */
  "citation-key": z.string().min(1),
  /** Position in the paper's reference list (1-32); absent for the paper itself. */
  "ref-index": z.number().int().min(1).optional(),
  /** true for the paper this knowledge base is built from. */
  root: z.boolean().optional(),
});
export type SourceAttributes = z.infer<typeof SourceAttributes>;

export const IntervieweeAttributes = z.strictObject({
  /** Each column of Table 1, as printed ("Around 1970", "n/a"). */
  "birth-year": z.string().min(1),
  "period-in-russia": z.string().min(1),
  position: z.string().min(1),
  "interview-date": z.string().min(1),
  /** The same interview date as ISO 8601, for sorting and filters. */
  "interview-date-iso": z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const ModelAttributes = z.strictObject({
  /** The year that names the model. */
  year: z.number().int(),
  /** The period the model covers, as EDTF. */
  period: Edtf,
  /** Main industry of the model in the paper's words. */
  industry: z.string().optional(),
});

/** Free, typed attributes for the other kinds: short scalar facts only. */
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export const GenericAttributes = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), Scalar);
const Generic = GenericAttributes.default({});

/**
 * Shapes a kind may be drawn with, so kinds differ by more than colour (WCAG 1.4.1): a glyph inside the node on the
 * canvas, in the legends and in pictures. Each kind has its own; the paths are in src/core/view/shapes.ts.
 */
export type KindShape =
  | "square"
  | "triangle"
  | "triangle-down"
  | "diamond"
  | "pentagon"
  | "hexagon"
  | "star"
  | "plus"
  | "cross"
  | "ring"
  | "bars"
  | "chevron"
  | "hourglass"
  | "dot";

export interface KindSpec {
  /** Plural, as the legend and the filters name the kind. */
  label: string;
  color: string;
  shape: KindShape;
  attributes: z.ZodType;
  /** Whether claims may cite an entity of this kind (a source of the paper or an interviewee). */
  citable: boolean;
}

export const KINDS = {
  state: { label: "States", color: "#332288", shape: "square", attributes: Generic, citable: false },
  agency: { label: "Agencies & bodies", color: "#88CCEE", shape: "pentagon", attributes: Generic, citable: false },
  model: {
    label: "Labor-export models",
    color: "#CC6677",
    shape: "diamond",
    attributes: ModelAttributes,
    citable: false,
  },
  region: { label: "Regions & places", color: "#117733", shape: "triangle", attributes: Generic, citable: false },
  interviewee: {
    label: "Interviewees",
    color: "#E69F00",
    shape: "ring",
    attributes: IntervieweeAttributes,
    citable: true,
  },
  source: { label: "Sources", color: "#999933", shape: "bars", attributes: SourceAttributes, citable: true },
  person: { label: "People", color: "#AA4499", shape: "plus", attributes: Generic, citable: false },
  agreement: { label: "Agreements", color: "#882255", shape: "cross", attributes: Generic, citable: false },
  resolution: {
    label: "UN resolutions",
    color: "#D55E00",
    shape: "triangle-down",
    attributes: Generic,
    citable: false,
  },
  event: { label: "Events", color: "#44AA99", shape: "star", attributes: Generic, citable: false },
  industry: { label: "Industries", color: "#DDCC77", shape: "hexagon", attributes: Generic, citable: false },
  group: { label: "Groups", color: "#0072B2", shape: "chevron", attributes: Generic, citable: false },
  concept: { label: "Concepts", color: "#888888", shape: "dot", attributes: Generic, citable: false },
  // Nodes of a graph opened from another tool (Gephi, networkx...), which has no kinds: src/core/formats/read-foreign.ts.
  other: {
    label: "Other (from the opened file)",
    color: "#5B7083",
    shape: "hourglass",
    attributes: z.record(z.string(), Scalar),
    citable: false,
  },
} as const satisfies Record<string, KindSpec>;

export type EntityKind = keyof typeof KINDS;
export const ENTITY_KINDS = Object.keys(KINDS) as EntityKind[];

export const isKind = (kind: string): kind is EntityKind => Object.hasOwn(KINDS, kind);

/** Whether claims may cite an entity of this kind; false for an unknown kind (or none). */
export const isCitable = (kind: string | undefined): boolean =>
  kind !== undefined && isKind(kind) && KINDS[kind].citable;

/** The colour of a kind, grey for a kind the table does not know (an opened foreign file). */
export const kindColor = (kind: string): string => (isKind(kind) ? KINDS[kind].color : "#666666");

/** The label of a kind, the kind itself when the table does not know it. */
export const kindLabel = (kind: string): string => (isKind(kind) ? KINDS[kind].label : kind);
