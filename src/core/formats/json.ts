// The JSON export: the knowledge base as the product serves it (entities, relations, claims, quirks, relation types)
// plus the build-time layout. The same file is what the browser loads and what `npm run export` writes, so a file
// a user opens goes through the same reader (`readJson`), which validates it and lists every problem. `checkExport`
// is that validation on an already parsed value: the GEXF, GraphML and CSV readers rebuild a knowledge base and
// pass it through the same checks. Ids and keys such as `__proto__` or `constructor` are ordinary data here:
// layouts are null-prototype objects and attribute objects are kept as parsed (never copied key by key).
// First: turns off zod's eval probe in the browser before any schema is built (the CSP forbids eval).
import "../data/no-eval.ts";
import { z } from "zod";
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import { fastAccepts } from "./schema-fast.ts";
import { Citation, Quantity } from "../data/schema.ts";
import { ENTITY_KINDS, isCitable, KINDS, type EntityKind } from "../data/kinds.ts";

export interface Dataset {
  kb: KnowledgeBase;
  layout: Positions;
}

export function writeJson(kb: KnowledgeBase, layout: Positions): string {
  // Null prototype and own-key lookups: an entity named "constructor" or "__proto__" is a key like any other.
  const sortedLayout: Positions = Object.create(null);
  for (const e of kb.entities) if (Object.hasOwn(layout, e.id)) sortedLayout[e.id] = layout[e.id];
  return JSON.stringify({ ...kb, layout: sortedLayout }, null, 2) + "\n";
}

const Year = z.number().int();
const Str = z.string().max(100_000);
const Entity = z.strictObject({
  id: Str.min(1),
  kind: z.enum(ENTITY_KINDS),
  label: Str.min(1),
  aliases: z.array(Str),
  description: Str,
  // Checked by kind in attributeProblems (the schema of the curated data); kept as parsed, so no key is lost.
  attributes: z.custom<Record<string, unknown>>(isObject, "attributes must be an object"),
  claims: z.array(Str),
  when: z.array(Str).optional(),
  start: Year.optional(),
  end: Year.optional(),
});
// Key order follows buildKnowledgeBase's output, so read-then-write is byte-identical.
const Relation = z.strictObject({
  id: Str.min(1),
  type: Str.min(1),
  source: Str.min(1),
  target: Str.min(1),
  claims: z.array(Str).min(1, "a relation rests on at least one claim"),
  key: Str.optional(),
  when: z.array(Str).optional(),
  start: Year.optional(),
  end: Year.optional(),
});
const Claim = z.strictObject({
  id: Str.min(1),
  text: Str.min(1),
  locator: Str.min(1),
  section: Str,
  citations: z.array(Citation).min(1, "a claim needs at least one citation"),
  qualifiers: z.strictObject({
    when: Str.optional(),
    "when-text": Str.optional(),
    start: Year.optional(),
    end: Year.optional(),
    approximate: z.boolean().optional(),
  }),
  quantities: z.array(Quantity),
  about: z.array(Str),
  relations: z.array(Str),
});
const Quirk = z.strictObject({ id: Str, kind: Str, locators: z.array(Str), applies: z.array(Str), note: Str });
const RelationType = z.strictObject({ id: Str, label: Str, inverse: Str, description: Str });
export const ExportFile = z.strictObject({
  meta: z.strictObject({
    title: Str,
    doi: Str,
    root: Str,
    format: z.literal("lankov-kg"),
    version: z.literal(1),
  }),
  relationTypes: z.array(RelationType),
  entities: z.array(Entity),
  relations: z.array(Relation),
  claims: z.array(Claim),
  quirks: z.array(Quirk),
  comparison: z
    .strictObject({
      dimensions: z.array(z.strictObject({ id: Str.min(1), label: Str.min(1) })),
      cells: z.array(
        z.strictObject({
          model: Str.min(1),
          dimension: Str.min(1),
          text: Str.min(1),
          claims: z.array(Str),
          unsupported: z.literal(true).optional(),
        }),
      ),
    })
    .optional(),
  // Checked in layoutProblems and copied into a null-prototype object (zod's records drop a "__proto__" key).
  layout: z.custom<Positions>(isObject, "layout must be an object").optional(),
});

export interface ReadProblem {
  /** JSON path of the problem ("entities.3.kind"). */
  path: string;
  id?: string;
  message: string;
  /** Set on the one line that stands for problems not listed: how many it stands for. */
  more?: number;
}

/** At most this many problems are listed, then one line says how many more there are. */
export const MAX_PROBLEMS = 200;

/** Reads an export file: every problem is listed; a dataset is returned only when there are none. */
export function readJson(text: string): { dataset?: Dataset; problems: ReadProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problems: [{ path: "", message: `not JSON: ${(e as Error).message}` }] };
  }
  return checkExport(raw);
}

/**
 * Validates a parsed export (or a knowledge base rebuilt by another reader): the schema, each entity's attributes
 * against its kind's schema, the layout, then the references between records. Never throws: a value too deep or
 * too large for the checks gives a problem instead of a RangeError.
 */
export function checkExport(raw: unknown): { dataset?: Dataset; problems: ReadProblem[] } {
  try {
    return check(raw);
  } catch (e) {
    if (e instanceof RangeError)
      return {
        problems: [{ path: "", message: `the file is too deeply nested or too large to check (${e.message})` }],
      };
    throw e;
  }
}

/** A valid export skips zod's walk, which takes seconds at 100k entities (see schema-fast.ts). */
const exportUnchanged = fastAccepts(ExportFile);

function check(raw: unknown): { dataset?: Dataset; problems: ReadProblem[] } {
  const parsed = exportUnchanged(raw)
    ? { success: true as const, data: raw as z.output<typeof ExportFile>, error: undefined }
    : ExportFile.safeParse(raw);
  const idAt = (path: PropertyKey[]) => {
    const [section, index] = path;
    const list = isObject(raw) ? raw[section as string] : undefined;
    const item = Array.isArray(list) ? (list[index as number] as { id?: unknown } | undefined) : undefined;
    return typeof item?.id === "string" ? item.id : undefined;
  };
  const problems: ReadProblem[] = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.join("."), id: idAt(i.path), message: i.message }))),
    ...attributeProblems(raw),
    ...layoutProblems(raw),
    ...(isObject(raw) ? crossCheck(raw as unknown as KnowledgeBase) : []),
  ];
  if (problems.length) return { problems: capped(problems) };
  const { layout: _layout, ...kb } = parsed.data!;
  return { dataset: { kb: kb as KnowledgeBase, layout: layoutOf((raw as { layout?: unknown }).layout) }, problems };
}

const capped = (problems: ReadProblem[]): ReadProblem[] =>
  problems.length <= MAX_PROBLEMS
    ? problems
    : [
        ...problems.slice(0, MAX_PROBLEMS),
        {
          path: "",
          message: `and ${problems.length - MAX_PROBLEMS} more problems (fix these first)`,
          more: problems.length - MAX_PROBLEMS,
        },
      ];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const attributesSchema = (kind: EntityKind): z.ZodType => KINDS[kind].attributes;

const attributesOk = new Map(ENTITY_KINDS.map((k) => [k, fastAccepts(attributesSchema(k))]));

/** Each entity's attributes checked with the curated data's schema for its kind (CSL fields for a source...). */
function attributeProblems(raw: unknown): ReadProblem[] {
  const entities = isObject(raw) ? raw.entities : undefined;
  if (!Array.isArray(entities)) return [];
  const out: ReadProblem[] = [];
  entities.forEach((e: unknown, i) => {
    if (!isObject(e) || !isObject(e.attributes) || !ENTITY_KINDS.includes(e.kind as EntityKind)) return;
    const id = typeof e.id === "string" ? e.id : undefined;
    // zod's records skip a "__proto__" key without a word: name it here.
    if (Object.hasOwn(e.attributes, "__proto__"))
      out.push({ path: `entities.${i}.attributes.__proto__`, id, message: "'__proto__' is not an attribute name" });
    if (attributesOk.get(e.kind as EntityKind)!(e.attributes)) return;
    const res = attributesSchema(e.kind as EntityKind).safeParse(e.attributes);
    if (!res.success)
      for (const issue of res.error.issues)
        out.push({ path: ["entities", i, "attributes", ...issue.path].join("."), id, message: issue.message });
  });
  return out;
}

const isPosition = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number" && Number.isFinite(x));

/** Every layout entry is [x, y], two finite numbers. */
function layoutProblems(raw: unknown): ReadProblem[] {
  const layout = isObject(raw) ? raw.layout : undefined;
  if (!isObject(layout)) return [];
  const out: ReadProblem[] = [];
  for (const [id, v] of Object.entries(layout)) {
    if (isPosition(v)) continue;
    const bad =
      Array.isArray(v) && v.length === 2 ? v.findIndex((x) => typeof x !== "number" || !Number.isFinite(x)) : -1;
    out.push({
      path: bad >= 0 ? `layout.${id}.${bad}` : `layout.${id}`,
      message: bad >= 0 ? "expected a finite number" : "expected a position [x, y]",
    });
  }
  return out;
}

/** The layout as a null-prototype object, so that any id is an own key and nothing is inherited. */
function layoutOf(layout: unknown): Positions {
  const out: Positions = Object.create(null);
  if (isObject(layout)) for (const [id, v] of Object.entries(layout)) out[id] = v as [number, number];
  return out;
}

/**
 * References inside an export: unique ids, relation ends, claim and citation targets. Runs on the parsed value even
 * when the schema found problems (malformed records are skipped), so a file's problems are all listed at once.
 */
export function crossCheck(kb: KnowledgeBase): ReadProblem[] {
  const out: ReadProblem[] = [];
  const records = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v) ? v.map((x) => (isObject(x) ? x : {})) : [];
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
  const idOf = (r: Record<string, unknown>) => (typeof r.id === "string" ? r.id : undefined);
  const raw = kb as unknown as Record<string, unknown>;
  const entityList = records(raw.entities);
  const claimList = records(raw.claims);
  const entities = new Map<string, unknown>();
  entityList.forEach((e, i) => {
    const id = idOf(e);
    if (id === undefined) return;
    if (entities.has(id)) out.push({ path: `entities.${i}`, id, message: "duplicate entity id" });
    entities.set(id, e.kind);
  });
  const claims = new Set<string>();
  claimList.forEach((c, i) => {
    const id = idOf(c);
    if (id === undefined) return;
    if (claims.has(id)) out.push({ path: `claims.${i}`, id, message: "duplicate claim id" });
    claims.add(id);
    records(c.citations).forEach((ct, j) => {
      if (typeof ct.source !== "string") return;
      const kind = entities.get(ct.source);
      if (!isCitable(typeof kind === "string" ? kind : undefined))
        out.push({
          path: `claims.${i}.citations.${j}`,
          id,
          message: `citation source '${ct.source}' is not a source or interviewee`,
        });
    });
  });
  const relations = new Set<string>();
  records(raw.relations).forEach((r, i) => {
    const id = idOf(r);
    if (id === undefined) return;
    if (relations.has(id)) out.push({ path: `relations.${i}`, id, message: "duplicate relation id" });
    relations.add(id);
    for (const end of [r.source, r.target])
      if (typeof end === "string" && !entities.has(end))
        out.push({ path: `relations.${i}`, id, message: `unknown entity '${end}'` });
    for (const c of strings(r.claims))
      if (!claims.has(c)) out.push({ path: `relations.${i}`, id, message: `unknown claim '${c}'` });
  });
  entityList.forEach((e, i) => {
    for (const c of strings(e.claims))
      if (!claims.has(c)) out.push({ path: `entities.${i}`, id: idOf(e), message: `unknown claim '${c}'` });
  });
  const comparison = isObject(raw.comparison) ? raw.comparison : {};
  records(comparison.cells).forEach((cell, i) => {
    for (const c of strings(cell.claims))
      if (!claims.has(c)) out.push({ path: `comparison.cells.${i}`, message: `unknown claim '${c}'` });
  });
  return out;
}
