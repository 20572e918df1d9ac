// fastAccepts (readJson's fast path) may only ever say yes when the schema says yes and would return the very same
// data (same keys, same order): on valid exports it must say yes (that is its point), and on exports mangled
// anywhere, or on values of the schema's building blocks, it must never accept what the schema rejects.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ExportFile, readJson, writeJson } from "../../../src/core/formats/json.ts";
import { fastAccepts } from "../../../src/core/formats/schema-fast.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { synthesize } from "../../../scripts/bench/synth.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const fixture = validKb();
const fixtureText = writeJson(fixture, computeLayout(toGraph(fixture)));
const real = requireKnowledgeBase();
const synthetic = synthesize({ entities: 300, seed: 5 });
const EXPORTS: [string, string][] = [
  ["the valid fixture", fixtureText],
  ["graph/data", writeJson(real, computeLayout(toGraph(real)))],
  ["a synthetic export", writeJson(synthetic.kb, synthetic.layout)],
];

const exportShapeOk = fastAccepts(ExportFile);

/** Whether the schema accepts `raw` and returns it unchanged (same JSON text, keys in the same order). */
const schemaKeeps = (raw: unknown): boolean => {
  const parsed = ExportFile.safeParse(raw);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(raw);
};

describe.each(EXPORTS)("fastAccepts(ExportFile) on %s", (_name, text) => {
  it("accepts it, and the schema returns it unchanged", () => {
    const raw = JSON.parse(text);
    expect(exportShapeOk(raw)).toBe(true);
    expect(schemaKeeps(raw)).toBe(true);
  });
});

type Json = Record<string, unknown>;
const raw = () => JSON.parse(fixtureText) as Json & { entities: Json[]; claims: (Json & { quantities: Json[] })[] };
const withQuantity = (r: ReturnType<typeof raw>) => r.claims.find((c) => c.quantities.length > 0)!.quantities[0];

describe("fastAccepts(ExportFile) leaves to the schema", () => {
  it.each<[string, (r: ReturnType<typeof raw>) => void, boolean]>([
    // [what, edit, does the schema accept it]
    [
      "an entity with its keys in another order",
      (r) => (r.entities[0] = { kind: r.entities[0].kind, ...r.entities[0] }),
      true,
    ],
    ["a quantity without `approximate` (the schema fills in false)", (r) => delete withQuantity(r).approximate, true],
    ["a key whose value is undefined", (r) => (r.entities[0].start = undefined), true],
    ["an unknown key", (r) => (r.entities[0].extra = 1), false],
    ["a year that is not an integer", (r) => (r.entities[0].start = 1950.5), false],
    ["a number that is not finite", (r) => (withQuantity(r).value = Number.POSITIVE_INFINITY), false],
    ["an object that is not plain", (r) => (r.meta = Object.assign(new (class Meta {})(), r.meta)), true],
    ["a string over 100,000 characters", (r) => (r.entities[0].description = "x".repeat(100_001)), false],
    ["a missing section", (r) => delete r.quirks, false],
  ])("%s", (_name, edit, schemaAccepts) => {
    const r = raw();
    edit(r);
    expect(exportShapeOk(r)).toBe(false);
    expect(ExportFile.safeParse(r).success).toBe(schemaAccepts);
  });

  it("and readJson gives the same dataset either way", () => {
    const r = raw();
    r.entities[0] = { kind: r.entities[0].kind, ...r.entities[0] };
    expect(readJson(JSON.stringify(r)).dataset).toEqual(readJson(fixtureText).dataset);
  });
});

/** Every path to a value inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}
const ALL_PATHS = paths(JSON.parse(fixtureText)).filter((p) => p.length > 0 && p[0] !== "layout");

const value = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    "",
    "x".repeat(100_001),
    0.5,
    -1,
    Number.NaN,
    2 ** 60,
    "1-2, 3",
    "lankov-2020",
    "interviews",
  ),
);

describe("fastAccepts(ExportFile) on mangled exports", () => {
  it("never accepts what the schema rejects or would change", () => {
    fc.assert(
      fc.property(
        fc.nat(ALL_PATHS.length - 1),
        fc.constantFrom("replace", "delete", "add", "reorder"),
        value,
        fc.string({ maxLength: 8 }),
        (index, how, v, key) => {
          const r = JSON.parse(fixtureText) as Json;
          const path = ALL_PATHS[index];
          let parent = r as Record<string | number, unknown>;
          for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
          const last = path[path.length - 1];
          const target = parent[last];
          if (how === "replace") parent[last] = v;
          else if (how === "delete") delete parent[last];
          else if (how === "add" && target && typeof target === "object" && !Array.isArray(target))
            (target as Json)[key] = v;
          else if (how === "reorder" && target && typeof target === "object" && !Array.isArray(target)) {
            const entries = Object.entries(target as Json).reverse();
            for (const [k] of entries) delete (target as Json)[k];
            for (const [k, x] of entries) (target as Json)[k] = x;
          }
          if (exportShapeOk(r)) expect(schemaKeeps(r)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("fastAccepts on the schema's building blocks", () => {
  const SCHEMAS: [string, z.ZodType][] = [
    ["string with lengths", z.string().min(1).max(3)],
    ["pattern", z.string().regex(/^[a-z]+(?:-[a-z]+)*$/)],
    ["safe integer", z.number().int()],
    ["bounded number", z.number().min(0).max(10)],
    ["enum", z.enum(["a", "b"])],
    ["literal", z.literal(1)],
    ["array with a minimum", z.array(z.boolean()).min(1)],
    [
      "object with optional and default",
      z.strictObject({ a: z.string(), b: z.number().optional(), c: z.boolean().default(false) }),
    ],
    ["refined object", z.strictObject({ lo: z.number(), hi: z.number() }).refine((o) => o.lo <= o.hi)],
    ["custom", z.custom<string>((v) => typeof v === "string" && v.startsWith("x"))],
    ["union of scalars", z.union([z.string().min(2), z.number().int(), z.literal(false)])],
    ["record", z.record(z.string().regex(/^[a-z]+$/), z.union([z.string(), z.number()]))],
    [
      "union of objects (not known: always false)",
      z.union([z.strictObject({ a: z.string() }), z.strictObject({ lo: z.number() })]),
    ],
    ["transform (not known: always false)", z.string().transform((s) => s.length)],
  ];
  const values = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(undefined, Number.NaN, Infinity, 2 ** 60, 1.5, "", "a-b", "xy", [true], { a: "x", b: 1, c: true }),
    fc.dictionary(fc.constantFrom("a", "b", "A", "__proto__", "1"), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
    fc.record({ a: fc.string(), b: fc.oneof(fc.integer(), fc.constant(undefined)), c: fc.boolean() }),
    fc.record({ lo: fc.integer(), hi: fc.integer() }),
  );

  it.each(SCHEMAS)("%s: a yes is always the schema's yes, with the value unchanged", (_name, schema) => {
    const fast = fastAccepts(schema);
    fc.assert(
      fc.property(values, (v) => {
        if (!fast(v)) return;
        const parsed = schema.safeParse(v);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(v));
      }),
      { numRuns: 400 },
    );
  });

  it.each<[string, z.ZodType, unknown, boolean]>([
    ["string with lengths", z.string().min(1).max(3), "abc", true],
    ["string too long", z.string().min(1).max(3), "abcd", false],
    ["safe integer", z.number().int(), 1946, true],
    ["not an integer", z.number().int(), 19.46, false],
    ["keys in order, optional left out", z.strictObject({ a: z.string(), b: z.number().optional() }), { a: "x" }, true],
    ["keys out of order", z.strictObject({ a: z.string(), b: z.number() }), { b: 1, a: "x" }, false],
    ["a default to fill in", z.strictObject({ c: z.boolean().default(false) }), {}, false],
    [
      "refinement met",
      z.strictObject({ lo: z.number(), hi: z.number() }).refine((o) => o.lo <= o.hi),
      { lo: 1, hi: 2 },
      true,
    ],
    [
      "refinement failed",
      z.strictObject({ lo: z.number(), hi: z.number() }).refine((o) => o.lo <= o.hi),
      { lo: 3, hi: 2 },
      false,
    ],
  ])("%s", (_name, schema, value, expected) => {
    expect(fastAccepts(schema)(value)).toBe(expected);
  });
});
