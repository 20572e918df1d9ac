// The "orphans" rule: every entity is touched by a claim (about, relation end or citation).
import { at, type Rule } from "./rule.ts";

export const orphans: Rule = {
  name: "orphans",
  description: "every entity is touched by a claim (about, relation end or citation)",
  check(ds) {
    const touched = new Set<string>();
    for (const c of ds.claims) {
      c.value.about.forEach((id) => touched.add(id));
      c.value.citations.forEach((ct) => touched.add(ct.source));
      c.value.relations.forEach((r) => (touched.add(r.from), touched.add(r.to)));
    }
    return ds.entities
      .filter((e) => !touched.has(e.value.id))
      .map((e) => at(e, "orphans", "no claim is about this entity, cites it or relates it"));
  },
};
