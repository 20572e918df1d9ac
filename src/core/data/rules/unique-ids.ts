// The "unique-ids" rule: entity, claim, quirk and relation-type ids are unique.
import type { Located, Problem } from "../load.ts";
import { at, type Rule } from "./rule.ts";

export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "entity, claim, quirk and relation-type ids are unique",
  check(ds) {
    const out: Problem[] = [];
    const seen = new Map<string, Located<{ id: string }>>();
    const records: [string, Located<{ id: string }>][] = [
      ...ds.entities.map((r) => ["entity", r] as [string, Located<{ id: string }>]),
      ...ds.claims.map((r) => ["claim", r] as [string, Located<{ id: string }>]),
      ...ds.quirks.map((r) => ["quirk", r] as [string, Located<{ id: string }>]),
    ];
    for (const [what, rec] of records) {
      const prev = seen.get(rec.value.id);
      if (prev) out.push(at(rec, "unique-ids", `${what} id is already used at ${prev.file}:${prev.line}`));
      else seen.set(rec.value.id, rec);
    }
    const types = new Map<string, Located<{ id: string }>>();
    for (const rec of ds.relationTypes) {
      const prev = types.get(rec.value.id);
      if (prev) out.push(at(rec, "unique-ids", `relation type is already defined at ${prev.file}:${prev.line}`));
      else types.set(rec.value.id, rec);
    }
    return out;
  },
};
