// What a validation rule is, and the helper every rule uses to report a problem at a record (file, line, id).
import type { Dataset, Located, Problem } from "../load.ts";

export interface Rule {
  name: string;
  description: string;
  check: (ds: Dataset) => Problem[];
}

/** A problem at `rec` (at the line of `path` inside it, when given). */
export const at = <T extends { id: string }>(
  rec: Located<T>,
  rule: string,
  message: string,
  path?: (string | number)[],
): Problem => ({
  file: rec.file,
  line: path ? rec.lineOf(path) : rec.line,
  id: rec.value.id,
  rule,
  message,
});
