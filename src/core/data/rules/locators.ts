// The "locators" rule: every locator exists in the paper.
import type { Problem } from "../load.ts";
import { isLocator } from "../locators.ts";
import { at, type Rule } from "./rule.ts";

export const locators: Rule = {
  name: "locators",
  description: "every locator exists in the paper",
  check(ds) {
    const out: Problem[] = [];
    for (const c of ds.claims) {
      if (!isLocator(c.value.locator))
        out.push(
          at(
            c,
            "locators",
            `locator '${c.value.locator}' is not in the paper (front, abstract, keywords, p1-p75, table-1, ref-1-ref-32)`,
            ["locator"],
          ),
        );
    }
    for (const q of ds.quirks) {
      q.value.locators.forEach((l, i) => {
        if (!isLocator(l)) out.push(at(q, "locators", `locator '${l}' is not in the paper`, ["locators", i]));
      });
    }
    return out;
  },
};
