// Honest counts: a file with thousands of problems lists the first ones, and the true total is what the open
// dialog's header says (problemTotal counts the reader's "and N more" line for N).
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS, writeJson } from "../../../src/core/formats/json.ts";
import { openDataset, problemTotal } from "../../../src/core/formats/open.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const kb = validKb();

/** A valid export with `n` more entities of an unknown kind: exactly n problems. */
function brokenExport(n: number): string {
  const raw = JSON.parse(writeJson(kb, {}));
  const model = raw.entities[0];
  for (let i = 0; i < n; i++) raw.entities.push({ ...model, id: `extra-${i}`, kind: "nonsense", claims: [] });
  return JSON.stringify(raw);
}

describe("problemTotal", () => {
  it.each([1, 150, MAX_PROBLEMS, 9000])("%i bad entities: the total is the true count", async (n) => {
    const res = await openDataset([{ name: "kg.json", text: brokenExport(n) }]);
    expect(res.dataset).toBeUndefined();
    expect(problemTotal(res.problems)).toBe(n);
    expect(res.problems.filter((p) => p.more === undefined).length).toBe(Math.min(n, MAX_PROBLEMS));
  });
});
