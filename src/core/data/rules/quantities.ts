// The "quantities" rule: ranges have low <= high.
import type { Problem } from "../load.ts";
import { at, type Rule } from "./rule.ts";

export const quantities: Rule = {
  name: "quantities",
  description: "ranges have low <= high",
  check(ds) {
    const out: Problem[] = [];
    for (const c of ds.claims) {
      c.value.quantities.forEach((q, i) => {
        if (q.low !== undefined && q.high !== undefined && q.low > q.high)
          out.push(at(c, "quantities", `range ${q.low}-${q.high} runs backwards`, ["quantities", i]));
      });
    }
    return out;
  },
};
