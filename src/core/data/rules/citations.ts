// The "citations" rule: citations of the paper say their basis; pages go only with references.
import type { Problem } from "../load.ts";
import { isOfKind } from "../schema.ts";
import { at, type Rule } from "./rule.ts";

export const citations: Rule = {
  name: "citations",
  description: "citations of the paper say their basis; pages go only with references",
  check(ds) {
    const out: Problem[] = [];
    const byId = new Map(ds.entities.map((e) => [e.value.id, e.value]));
    for (const c of ds.claims) {
      c.value.citations.forEach((ct, i) => {
        const e = byId.get(ct.source);
        if (!e) return;
        const root = isOfKind(e, "source") && e.attributes.root === true;
        if (root && !ct.basis)
          out.push(
            at(c, "citations", `cites the paper itself without a basis (author-research, author-estimate, ...)`, [
              "citations",
              i,
            ]),
          );
        if (!root && ct.basis)
          out.push(at(c, "citations", `'basis' is only for citations of the paper itself`, ["citations", i, "basis"]));
        if (ct.pages && e.kind !== "source")
          out.push(at(c, "citations", `pages given for ${e.kind} '${e.id}'`, ["citations", i, "pages"]));
      });
      const sources = c.value.citations.map((ct) => `${ct.source}|${ct.pages ?? ""}`);
      if (new Set(sources).size !== sources.length)
        out.push(at(c, "citations", "the same citation appears twice", ["citations"]));
    }
    return out;
  },
};
