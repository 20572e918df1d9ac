// Validation rules that need the whole dataset (the schema checks each record alone). Each rule is small, named, in
// its own file under rules/, and reports every problem it finds with file, line and id; tests/core/data/rules.test.ts
// holds a failing fixture per rule.
import type { Dataset, Problem } from "./load.ts";
import { comparison } from "./comparison-rules.ts";
import type { Rule } from "./rules/rule.ts";
import { aliases } from "./rules/aliases.ts";
import { citations } from "./rules/citations.ts";
import { locators } from "./rules/locators.ts";
import { orphans } from "./rules/orphans.ts";
import { quantities } from "./rules/quantities.ts";
import { referencesResolve } from "./rules/references.ts";
import { relationTypes } from "./rules/relation-types.ts";
import { times } from "./rules/times.ts";
import { uniqueIds } from "./rules/unique-ids.ts";

export type { Rule } from "./rules/rule.ts";
export { normName } from "./rules/aliases.ts";

export const RULES: Rule[] = [
  uniqueIds,
  referencesResolve,
  relationTypes,
  locators,
  citations,
  times,
  quantities,
  orphans,
  aliases,
  comparison,
];

/** Every problem every rule finds, in rule order. */
export function validate(ds: Dataset): Problem[] {
  return RULES.flatMap((r) => r.check(ds));
}
