// The "aliases" rule: no label or alias names two entities.
import type { Located, Problem } from "../load.ts";
import { at, type Rule } from "./rule.ts";

/** A label or alias reduced for comparison: no accents, lower case, runs of other characters as one space. */
export const normName = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const aliases: Rule = {
  name: "aliases",
  description: "no label or alias names two entities",
  check(ds) {
    const out: Problem[] = [];
    const owner = new Map<string, Located<{ id: string }>>();
    for (const e of ds.entities) {
      const names = new Set([e.value.label, ...e.value.aliases].map(normName));
      for (const n of names) {
        const prev = owner.get(n);
        if (prev && prev.value.id !== e.value.id)
          out.push(
            at(e, "aliases", `name '${n}' also names '${prev.value.id}' (${prev.file}:${prev.line})`, ["aliases"]),
          );
        else owner.set(n, e);
      }
    }
    return out;
  },
};
