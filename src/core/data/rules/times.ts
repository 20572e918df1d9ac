// The "times" rule: dates parse, run forwards and fall within the paper's span.
import type { Located, Problem } from "../load.ts";
import { parseEdtf } from "../time.ts";
import { isOfKind } from "../schema.ts";
import { at, type Rule } from "./rule.ts";

export const times: Rule = {
  name: "times",
  description: "dates parse, run forwards and fall within the paper's span",
  check(ds) {
    const out: Problem[] = [];
    const test = (rec: Located<{ id: string }>, value: string | undefined, path: (string | number)[]) => {
      if (value === undefined) return;
      const r = parseEdtf(value);
      if (typeof r === "string") out.push(at(rec, "times", r, path));
    };
    for (const c of ds.claims) {
      test(c, c.value.when, ["when"]);
      c.value.relations.forEach((r, i) => {
        test(c, r.when, ["relations", i, "when"]);
        if (r.undated && r.when)
          out.push(at(c, "times", "a relation is either undated or has a when", ["relations", i]));
      });
      c.value.quantities.forEach((q, i) => test(c, q.when, ["quantities", i, "when"]));
    }
    for (const e of ds.entities) {
      if (isOfKind(e.value, "model")) test(e, e.value.attributes.period, ["attributes", "period"]);
      test(e, e.value.span?.when, ["span", "when"]);
    }
    return out;
  },
};
