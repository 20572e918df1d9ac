// The one schema of the knowledge base: every type the project uses for curated data is inferred from these zod
// schemas (entity kinds and their attributes come from the kinds table, kinds.ts). The YAML under graph/data/ is
// parsed with them; rules that need the whole dataset (ids resolve, locators exist, no orphans...) live in
// src/core/data/rules.ts and run after the schema.
import "./no-eval.ts";
import { z } from "zod";
import { Edtf, ENTITY_KINDS, KINDS, type EntityKind } from "./kinds.ts";

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z.string().regex(ID_PATTERN, "ids are lower-case words joined by '-' (e.g. 'model-1946')");

// Kinds and dates are declared with the kinds table; re-exported so the schema stays the one import for records.
export { Edtf, ENTITY_KINDS };
export type { EntityKind };

/**
 * The years an entity itself existed or held, as the paper states them (a war, an agreement in force, a model's
 * period), with the claims that state them. Curated, never derived from the dates of claims that mention it; an
 * entity whose years the paper does not give has no span. The time filter and the model presets read these.
 */
export const EntitySpan = z.strictObject({
  when: Edtf,
  /** The paper's wording when the EDTF loses its vagueness ("since the mid-1990s"). */
  "when-text": z.string().optional(),
  claims: z.array(Id).min(1, "a span names the claims that state it"),
});
export type EntitySpan = z.infer<typeof EntitySpan>;

const EntityCommon = z.strictObject({
  id: Id,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  span: EntitySpan.optional(),
});

/** An entity of one kind: its attributes are those of the kind's schema in the kinds table. */
type EntityOf<K extends EntityKind> = z.output<typeof EntityCommon> & {
  kind: K;
  attributes: z.output<(typeof KINDS)[K]["attributes"]>;
};
export type Entity = { [K in EntityKind]: EntityOf<K> }[EntityKind];

/** One record schema per kind, told apart by `kind`; attributes are checked with the kind's schema. */
export const Entity = z.discriminatedUnion(
  "kind",
  ENTITY_KINDS.map((kind) =>
    EntityCommon.extend({ kind: z.literal(kind), attributes: KINDS[kind].attributes }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Entity>;

/** Whether an entity is of the given kind; narrows its attributes to that kind's. */
export const isOfKind = <E extends { kind: string }, K extends EntityKind>(
  e: E,
  kind: K,
): e is Extract<E, { kind: K }> => e.kind === kind;

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
  /**
   * true when the paper prints this citation after a later sentence of the same paragraph and it is extended back
   * over this claim's sentence, which has no citation of its own (the rule is in graph/README.md).
   */
  extended: z.literal(true).optional(),
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
  /** true when the paper gives no date for what the relation states, though the claim has one. */
  undated: z.literal(true).optional(),
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
