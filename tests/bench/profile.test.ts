// The profile summary behind the closing note: self time per function, and inclusive time that counts a recursive
// function once (its outermost call), from a CPU profile as Chromium's Profiler domain returns it.
import { describe, expect, it } from "vitest";
import { profileTimes, type Profile } from "../../scripts/bench/profile.ts";

const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: "http://x/app.js", lineNumber });
// root -> load -> parse; load -> load (recursion) -> parse. Samples 1 ms apart (time deltas in microseconds); a
// sample lasts until the next one, so the last one counts nothing.
const PROFILE: Profile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2] },
    { id: 2, callFrame: frame("load", 9), children: [3, 4] },
    { id: 3, callFrame: frame("parse", 19) },
    { id: 4, callFrame: frame("load", 9), children: [5] },
    { id: 5, callFrame: frame("parse", 19) },
  ],
  samples: [2, 3, 3, 4, 5, 5, 5, 1],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe("profileTimes", () => {
  const t = profileTimes(PROFILE);
  const find = (list: { name: string; ms: number }[], name: string) => list.find((f) => f.name === name)?.ms;

  it.each([
    ["load", 2],
    ["parse", 5],
  ])("self time of %s", (name, ms) => expect(find(t.self, name)).toBeCloseTo(ms));

  it.each([
    ["(root)", 7],
    ["load", 7],
    ["parse", 5],
  ])("inclusive time of %s, recursion counted once", (name, ms) => expect(find(t.total, name)).toBeCloseTo(ms));

  it("names where each function is", () => {
    expect(t.self.find((f) => f.name === "parse")?.where).toBe("app.js:20");
  });
});
