// The profile summaries behind the closing note: self time per function, and inclusive time that counts a recursive
// function once (its outermost call), from a CPU profile as Chromium's Profiler domain returns it; and busy time
// per thread, with self time per event name, from a Chrome trace.
import { describe, expect, it } from "vitest";
import { profileTimes, traceTimes, type Profile } from "../../scripts/bench/profile.ts";

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

describe("traceTimes", () => {
  // Renderer main thread: a 10 ms task holding a 6 ms script that holds a 2 ms GC, then a 3 ms layout;
  // a GPU thread: one 20 ms draw. Times in microseconds, as Chrome writes them.
  const event = (name: string, tid: number, ts: number, dur: number) => ({ ph: "X", name, pid: 1, tid, ts, dur });
  const TRACE = {
    traceEvents: [
      { ph: "M", name: "thread_name", pid: 1, tid: 1, ts: 0, args: { name: "CrRendererMain" } },
      { ph: "M", name: "thread_name", pid: 1, tid: 2, ts: 0, args: { name: "CrGpuMain" } },
      event("RunTask", 1, 0, 10_000),
      event("FunctionCall", 1, 1_000, 6_000),
      event("MinorGC", 1, 2_000, 2_000),
      event("Layout", 1, 20_000, 3_000),
      event("DrawArrays", 2, 0, 20_000),
    ],
  };
  const [gpu, main] = traceTimes(TRACE);

  it("ranks threads by busy time, counting only top-level events", () => {
    expect([gpu.thread, gpu.ms]).toEqual(["CrGpuMain (1:2)", 20]);
    expect([main.thread, main.ms]).toEqual(["CrRendererMain (1:1)", 13]);
  });

  it.each([
    ["RunTask", 4],
    ["FunctionCall", 4],
    ["MinorGC", 2],
    ["Layout", 3],
  ])("self time of %s", (name, ms) => expect(main.names.find((n) => n.name === name)?.ms).toBeCloseTo(ms));
});
