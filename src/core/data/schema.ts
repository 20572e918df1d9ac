// The one schema of the knowledge base: every type the project uses for curated data comes from here.
// The YAML under graph/data/ is parsed with these zod schemas; rules that need the whole dataset
// (ids resolve, locators exist, no orphans...) live in src/core/data/rules.ts and run after the schema.
import { z } from "zod";

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z.string().regex(ID_PATTERN, "ids are lower-case words joined by '-' (e.g. 'model-1946')");

/**
 * A date as the paper gives it, in a small subset of EDTF (Library of Congress Extended Date/Time Format):
 * "1947", "1966-05", "2017-12-02", "194X" (the 1940s), "~1970" (around 1970), "1946/1949" (a range),
 * "1990/.." (open end), "../1950" (open start). Vagueness stays in the string; src/core/data/time.ts reads bounds.
 */
export const Edtf = z.string().min(1);

export const ENTITY_KINDS = [
  "state",
  "agency",
  "model",
  "region",
  "interviewee",
  "source",
  "person",
  "agreement",
  "resolution",
  "event",
  "industry",
  "group",
  "concept",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

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

const EntityBase = {
  id: Id,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
};

export const Entity = z.discriminatedUnion("kind", [
  z.strictObject({ ...EntityBase, kind: z.literal("source"), attributes: SourceAttributes }),
  z.strictObject({ ...EntityBase, kind: z.literal("interviewee"), attributes: IntervieweeAttributes }),
  z.strictObject({ ...EntityBase, kind: z.literal("model"), attributes: ModelAttributes }),
  ...ENTITY_KINDS.filter((k) => k !== "source" && k !== "interviewee" && k !== "model").map((kind) =>
    z.strictObject({ ...EntityBase, kind: z.literal(kind), attributes: GenericAttributes.default({}) }),
  ),
] as unknown as Parameters<typeof z.discriminatedUnion>[1]);
export type EntityInput = z.input<typeof Entity>;
export interface Entity {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  description: string;
  attributes: Record<string, unknown>;
}

/** Where the paper itself is the basis of a claim. */
export const BASES = [
  "author-research",
  "author-estimate",
  "fieldwork",
  "telephone-conversation",
  "interviews",
  "personal-communication",
] as const;

export const Citation = z.strictObject({
  /** A source entity (reference or the paper) or an interviewee entity. */
  source: Id,
  /** Pages as the paper gives them: "133", "70-73", "25, 30", "2, 154-166". */
  pages: z
    .string()
    .regex(/^\d+(?:-\d+)?(?:, ?\d+(?:-\d+)?)*$/, "pages look like '133', '70-73' or '25, 30'")
    .optional(),
  /** For citations of the paper itself: what its authority rests on. */
  basis: z.enum(BASES).optional(),
  /** How the paper writes this citation when it differs from the reference list ("Kim Seung-cheol, 1996"). */
  "as-cited": z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const SERIES = ["nk-workers"] as const;

export const Quantity = z
  .strictObject({
    /** What is counted or measured ("North Korean workers in the Middle East"). */
    measure: z.string().min(1),
    /** A series the figures chart plots this value in (nk-workers: North Koreans working in the USSR/Russia). */
    series: z.enum(SERIES).optional(),
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    /** "people", "USD", "USD per month", "percent", "rubles per month", "km2"... */
    unit: z.string().min(1),
    approximate: z.boolean().default(false),
    /** The figure as the paper writes it ("some 35,000", "$450-800"). */
    text: z.string().min(1),
    /** EDTF date the figure holds for, when it differs from the claim's. */
    when: Edtf.optional(),
  })
  .refine((q) => q.value !== undefined || (q.low !== undefined && q.high !== undefined), {
    message: "a quantity needs either value, or low and high",
  });
export type Quantity = z.infer<typeof Quantity>;

export const RelationSpec = z.strictObject({
  type: Id,
  from: Id,
  to: Id,
  /** Splits relations of the same type between the same ends (e.g. one per period). */
  key: Id.optional(),
  /** EDTF; defaults to the claim's `when`. */
  when: Edtf.optional(),
});
export type RelationSpec = z.infer<typeof RelationSpec>;

export const Claim = z.strictObject({
  id: Id,
  /** Paragraph locator in ../shared/seed/paper-paragraphs.md, without brackets: p12, table-1, abstract, ref-14. */
  locator: z.string().min(1),
  /** Paraphrase of one thing the paper asserts. */
  text: z.string().min(1),
  citations: z.array(Citation).min(1, "a claim needs at least one citation"),
  when: Edtf.optional(),
  /** The time as the paper words it, when `when` alone loses its vagueness ("late 1940s"). */
  "when-text": z.string().optional(),
  quantities: z.array(Quantity).default([]),
  /** Entities the claim is about, beyond the ends of the relations it supports. */
  about: z.array(Id).default([]),
  /** Relations this claim supports. Relations exist only through claims. */
  relations: z.array(RelationSpec).default([]),
});
export type ClaimInput = z.input<typeof Claim>;
export type Claim = z.infer<typeof Claim>;

export const QUIRK_KINDS = [
  "year-mismatch",
  "author-mismatch",
  "page-out-of-range",
  "date-conflict",
  "spelling",
  "figure-conflict",
  "wording",
  "reference-garbled",
] as const;

/** An inconsistency of the paper, recorded as data (never silently fixed). */
export const Quirk = z.strictObject({
  id: Id,
  kind: z.enum(QUIRK_KINDS),
  /** Locators where the inconsistency shows. */
  locators: z.array(z.string().min(1)).min(1),
  /** Entities and claims it applies to. */
  applies: z.array(Id).min(1),
  note: z.string().min(1),
});
export type Quirk = z.infer<typeof Quirk>;

export const RelationType = z.strictObject({
  id: Id,
  label: z.string().min(1),
  /** How to read the edge backwards ("employed by"). */
  inverse: z.string().min(1),
  description: z.string().min(1),
});
export type RelationType = z.infer<typeof RelationType>;

/** What each folder of graph/data may hold. */
export const EntitiesFile = z.strictObject({ entities: z.array(z.unknown()) });
export const ClaimsFile = z.strictObject({ claims: z.array(z.unknown()) });
export const QuirksFile = z.strictObject({ quirks: z.array(z.unknown()) });
export const VocabularyFile = z.strictObject({ "relation-types": z.array(z.unknown()) });

/** A row of the model comparison (graph/data/comparison.yaml): one dimension the paper compares the models on. */
export const ComparisonDimension = z.strictObject({
  id: Id,
  /** The row heading ("Who recruits and selects the workers"). */
  label: z.string().min(1),
  /** Position of the row, from 1 at the top. */
  order: z.number().int().min(1),
});
export type ComparisonDimension = z.infer<typeof ComparisonDimension>;

/** A cell of the model comparison: a short paraphrase of what the paper says of one model on one dimension. */
export const ComparisonCell = z.strictObject({
  /** A `model` entity (a column). */
  model: Id,
  /** A dimension id (a row). */
  dimension: Id,
  /** Paraphrase (never the paper's sentences); for an unsupported cell, what the paper does not say. */
  text: z.string().min(1),
  /** The claims the cell rests on; each is about the model or mentions it. */
  claims: z.array(Id).default([]),
  /** true when the paper says nothing on this model along this dimension (then `claims` is empty). */
  unsupported: z.boolean().default(false),
});
export type ComparisonCell = z.infer<typeof ComparisonCell>;

export const ComparisonFile = z.strictObject({ dimensions: z.array(z.unknown()), cells: z.array(z.unknown()) });
