// The "references" rule: citations, about lists, relation ends, span claims and quirk targets name existing records.
import type { Problem } from "../load.ts";
import { isCitable } from "../kinds.ts";
import { at, type Rule } from "./rule.ts";

export const referencesResolve: Rule = {
  name: "references-resolve",
  description: "citations, about lists, relation ends, span claims and quirk targets name existing records",
  check(ds) {
    const out: Problem[] = [];
    const kinds = new Map(ds.entities.map((e) => [e.value.id, e.value.kind]));
    const claims = new Set(ds.claims.map((c) => c.value.id));
    for (const c of ds.claims) {
      c.value.citations.forEach((ct, i) => {
        const kind = kinds.get(ct.source);
        if (!kind)
          out.push(at(c, "references-resolve", `cites unknown source '${ct.source}'`, ["citations", i, "source"]));
        else if (!isCitable(kind))
          out.push(
            at(c, "references-resolve", `cites '${ct.source}', a ${kind}; citations name sources or interviewees`, [
              "citations",
              i,
              "source",
            ]),
          );
      });
      c.value.about.forEach((id, i) => {
        if (!kinds.has(id)) out.push(at(c, "references-resolve", `is about unknown entity '${id}'`, ["about", i]));
      });
      c.value.relations.forEach((r, i) => {
        for (const end of ["from", "to"] as const) {
          if (!kinds.has(r[end]))
            out.push(
              at(c, "references-resolve", `relation ${r.type} ${end} unknown entity '${r[end]}'`, [
                "relations",
                i,
                end,
              ]),
            );
        }
        if (r.from === r.to)
          out.push(at(c, "references-resolve", `relation ${r.type} links '${r.from}' to itself`, ["relations", i]));
      });
    }
    // A span rests on claims about its entity: listed in `about`, or asserting a relation the entity is an end of.
    const claimById = new Map(ds.claims.map((c) => [c.value.id, c.value]));
    for (const rec of ds.entities) {
      const e = rec.value;
      e.span?.claims.forEach((id, i) => {
        const c = claimById.get(id);
        const about = c?.about.includes(e.id) || c?.relations.some((r) => r.from === e.id || r.to === e.id);
        const why = !c ? "does not exist" : about ? "" : "is not about this entity";
        if (why) out.push(at(rec, "references-resolve", `span claim '${id}' ${why}`, ["span", "claims", i]));
      });
    }
    for (const q of ds.quirks) {
      q.value.applies.forEach((id, i) => {
        if (!kinds.has(id) && !claims.has(id))
          out.push(at(q, "references-resolve", `applies to unknown entity or claim '${id}'`, ["applies", i]));
      });
    }
    return out;
  },
};
