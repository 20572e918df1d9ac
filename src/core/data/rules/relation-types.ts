// The "relation-types" rule: relation types come from vocabulary.yaml; cites is derived, never written.
import type { Problem } from "../load.ts";
import { at, type Rule } from "./rule.ts";

export const relationTypes: Rule = {
  name: "relation-types",
  description: "relation types come from vocabulary.yaml; cites is derived, never written",
  check(ds) {
    const out: Problem[] = [];
    const known = new Set(ds.relationTypes.map((t) => t.value.id));
    for (const c of ds.claims) {
      c.value.relations.forEach((r, i) => {
        if (r.type === "cites")
          out.push(
            at(c, "relation-types", "'cites' relations are derived from citations; remove this one", [
              "relations",
              i,
              "type",
            ]),
          );
        else if (!known.has(r.type))
          out.push(
            at(c, "relation-types", `unknown relation type '${r.type}' (add it to vocabulary.yaml)`, [
              "relations",
              i,
              "type",
            ]),
          );
      });
    }
    return out;
  },
};
