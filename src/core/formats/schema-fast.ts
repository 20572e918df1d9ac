// A fast yes for valid data: `fastAccepts(schema)` turns a zod schema into a plain checking function that answers
// true only when the schema would accept the value and return it unchanged — every object plain, its keys known and
// in the schema's order, no default to fill in, every check (lengths, patterns, integers, refinements) passed. It
// is derived from the schema itself (zod's `_zod.def`), so it follows schema changes; anything it does not know
// (unions of objects, transforms, other checks) answers false. readJson uses it to skip zod's walk of a valid export, which
// takes seconds at 100k entities (more in the browser, where zod cannot compile its parsers); for a false it asks
// zod, which lists the problems. tests/core/formats/schema-fast.test.ts checks it against zod on mangled exports.
import "../data/no-eval.ts";
import type { z } from "zod";

type Check = (v: unknown) => boolean;
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const SCALARS = new Set(["string", "number", "boolean", "literal", "enum"]);
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const never: Check = () => false;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const lengthOf = (v: unknown): number => (typeof v === "string" || Array.isArray(v) ? v.length : Number.NaN);

function checkOf(c: CheckDef): Check | null {
  switch (c.check) {
    case "min_length":
      return (v) => lengthOf(v) >= (c.minimum as number);
    case "max_length":
      return (v) => lengthOf(v) <= (c.maximum as number);
    case "length_equals":
      return (v) => lengthOf(v) === (c.length as number);
    case "string_format": {
      const pattern = c.pattern as RegExp | undefined;
      if (c.format !== "regex" || !(pattern instanceof RegExp)) return null;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case "number_format":
      return c.format === "safeint" ? (v) => Number.isSafeInteger(v) : null;
    case "greater_than":
      return (v) =>
        (c.inclusive as boolean) ? (v as number) >= (c.value as number) : (v as number) > (c.value as number);
    case "less_than":
      return (v) =>
        (c.inclusive as boolean) ? (v as number) <= (c.value as number) : (v as number) < (c.value as number);
    case "custom": {
      const fn = c.fn as (v: unknown) => unknown;
      return (v) => fn(v) === true;
    }
    default:
      return null;
  }
}

/** A strict walk of an object: keys in `fields` order, optional ones may be missing, no other key. */
function objectCheck(shape: Record<string, unknown>): Check {
  const fields = Object.entries(shape).map(([key, s]) => {
    const d = defOf(s);
    // A missing key with a default would be filled in (the value changes): only "optional" may be left out.
    return { key, optional: d.type === "optional", check: fastAccepts(s as z.ZodType) };
  });
  return (v) => {
    if (!isPlain(v)) return false;
    let i = 0;
    for (const key in v) {
      while (i < fields.length && fields[i].key !== key) {
        if (!fields[i].optional) return false;
        i++;
      }
      if (i === fields.length) return false;
      const value = v[key];
      if (value === undefined || !fields[i].check(value)) return false;
      i++;
    }
    for (; i < fields.length; i++) if (!fields[i].optional) return false;
    return true;
  };
}

function typeCheck(d: Def): Check {
  switch (d.type) {
    case "string":
      return (v) => typeof v === "string";
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "enum": {
      const values = new Set(Object.values(d.entries as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case "literal": {
      const values = new Set(d.values as unknown[]);
      return (v) => values.has(v);
    }
    case "array": {
      const item = fastAccepts(d.element as z.ZodType);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case "object":
      return objectCheck(d.shape as Record<string, unknown>);
    case "record": {
      // zod's records drop a "__proto__" key (a changed value): left to zod.
      const key = fastAccepts(d.keyType as z.ZodType);
      const value = fastAccepts(d.valueType as z.ZodType);
      return (v) => {
        if (!isPlain(v)) return false;
        for (const k in v) if (k === "__proto__" || !key(k) || v[k] === undefined || !value(v[k])) return false;
        return true;
      };
    }
    case "union": {
      // Only unions of scalars: whichever option zod picks, it returns the value as it is.
      const options = d.options as z.ZodType[];
      if (!options.every((o) => SCALARS.has(defOf(o).type))) return never;
      const checks = options.map(fastAccepts);
      return (v) => checks.some((c) => c(v));
    }
    case "optional": {
      const inner = fastAccepts(d.innerType as z.ZodType);
      return (v) => v !== undefined && inner(v);
    }
    case "default":
      return fastAccepts(d.innerType as z.ZodType);
    case "custom": {
      const fn = d.fn as (v: unknown) => unknown;
      return (v) => fn(v) === true;
    }
    default:
      return never;
  }
}

/** A function that is true only when `schema` accepts the value and returns it unchanged. */
export function fastAccepts(schema: z.ZodType): Check {
  const d = defOf(schema);
  const checks = (d.checks ?? []).map((c) => checkOf(c._zod.def));
  if (checks.some((c) => c === null)) return never;
  const base = typeCheck(d);
  const all = checks as Check[];
  if (!all.length) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of all) if (!c(v)) return false;
    return true;
  };
}
