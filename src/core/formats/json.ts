// The JSON export: the knowledge base as the product serves it (entities, relations, claims, quirks, relation types)
// plus the build-time layout. The same file is what the browser loads and what `npm run export` writes, so a file
// a user opens goes through the same reader (`readJson`), which validates it and lists every problem.
import { z } from "zod";
import type { KnowledgeBase } from "../build.ts";
import type { Positions } from "../graph.ts";
import { Citation, ENTITY_KINDS, Quantity } from "../schema.ts";

export interface Dataset {
  kb: KnowledgeBase;
  layout: Positions;
}

export function writeJson(kb: KnowledgeBase, layout: Positions): string {
  const sortedLayout: Positions = {};
  for (const e of kb.entities) if (layout[e.id]) sortedLayout[e.id] = layout[e.id];
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
  attributes: z.record(z.string(), z.unknown()),
  claims: z.array(Str),
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
  layout: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
});

export interface ReadProblem {
  /** JSON path of the problem ("entities.3.kind"). */
  path: string;
  id?: string;
  message: string;
}

/** Reads an export file: every problem is listed; a dataset is returned only when there are none. */
export function readJson(text: string): { dataset?: Dataset; problems: ReadProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problems: [{ path: "", message: `not JSON: ${(e as Error).message}` }] };
  }
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) {
    const idAt = (path: PropertyKey[]) => {
      const [section, index] = path;
      const list = (raw as Record<string, unknown>)?.[section as string];
      const item = Array.isArray(list) ? (list[index as number] as { id?: unknown }) : undefined;
      return typeof item?.id === "string" ? item.id : undefined;
    };
    return {
      problems: parsed.error.issues
        .slice(0, 200)
        .map((i) => ({ path: i.path.join("."), id: idAt(i.path), message: i.message })),
    };
  }
  const { layout, ...kb } = parsed.data;
  const problems = crossCheck(kb as KnowledgeBase);
  if (problems.length) return { problems };
  return { dataset: { kb: kb as KnowledgeBase, layout: (layout ?? {}) as Positions }, problems };
}

/** References inside an export: unique ids, relation ends, claim and citation targets. */
export function crossCheck(kb: KnowledgeBase): ReadProblem[] {
  const out: ReadProblem[] = [];
  const entities = new Map<string, string>();
  kb.entities.forEach((e, i) => {
    if (entities.has(e.id)) out.push({ path: `entities.${i}`, id: e.id, message: "duplicate entity id" });
    entities.set(e.id, e.kind);
  });
  const claims = new Set<string>();
  kb.claims.forEach((c, i) => {
    if (claims.has(c.id)) out.push({ path: `claims.${i}`, id: c.id, message: "duplicate claim id" });
    claims.add(c.id);
    c.citations.forEach((ct, j) => {
      const kind = entities.get(ct.source);
      if (kind !== "source" && kind !== "interviewee")
        out.push({
          path: `claims.${i}.citations.${j}`,
          id: c.id,
          message: `citation source '${ct.source}' is not a source or interviewee`,
        });
    });
  });
  const relations = new Set<string>();
  kb.relations.forEach((r, i) => {
    if (relations.has(r.id)) out.push({ path: `relations.${i}`, id: r.id, message: "duplicate relation id" });
    relations.add(r.id);
    for (const end of [r.source, r.target])
      if (!entities.has(end)) out.push({ path: `relations.${i}`, id: r.id, message: `unknown entity '${end}'` });
    for (const c of r.claims)
      if (!claims.has(c)) out.push({ path: `relations.${i}`, id: r.id, message: `unknown claim '${c}'` });
  });
  kb.entities.forEach((e, i) => {
    for (const c of e.claims)
      if (!claims.has(c)) out.push({ path: `entities.${i}`, id: e.id, message: `unknown claim '${c}'` });
  });
  return out;
}
