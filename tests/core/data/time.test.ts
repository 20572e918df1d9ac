import { describe, expect, it } from "vitest";
import { hull, MAX_YEAR, MIN_YEAR, overlaps, parseEdtf, type YearSpan } from "../../../src/core/data/time.ts";

describe("parseEdtf", () => {
  it.each<[string, YearSpan]>([
    ["1947", { start: 1947, end: 1947, approximate: false }],
    ["1966-05", { start: 1966, end: 1966, approximate: false }],
    ["2017-12-02", { start: 2017, end: 2017, approximate: false }],
    ["194X", { start: 1940, end: 1949, approximate: false }],
    ["19XX", { start: 1900, end: 1999, approximate: false }],
    ["~1970", { start: 1970, end: 1970, approximate: true }],
    ["1970~", { start: 1970, end: 1970, approximate: true }],
    ["1946/1949", { start: 1946, end: 1949, approximate: false }],
    ["194X/195X", { start: 1940, end: 1959, approximate: false }],
    ["~1946/1949", { start: 1946, end: 1949, approximate: true }],
    ["1990/..", { start: 1990, end: undefined, approximate: false }],
    ["../1950", { start: undefined, end: 1950, approximate: false }],
    ["1947/1947", { start: 1947, end: 1947, approximate: false }],
    [" 1947 ", { start: 1947, end: 1947, approximate: false }],
    [String(MIN_YEAR), { start: MIN_YEAR, end: MIN_YEAR, approximate: false }],
    [String(MAX_YEAR), { start: MAX_YEAR, end: MAX_YEAR, approximate: false }],
  ])("reads %j", (input, expected) => {
    const span = parseEdtf(input);
    expect(span).toEqual(expected);
    if (typeof span !== "string") {
      // An open side is absent or undefined, never a number.
      if (expected.start === undefined) expect(span.start).toBeUndefined();
      if (expected.end === undefined) expect(span.end).toBeUndefined();
    }
  });

  it.each<[string, string]>([
    ["19477", "'19477' is not a date this project reads"],
    ["abc", "'abc' is not a date this project reads"],
    ["", "is not a date this project reads"],
    ["1947-5", "'1947-5' is not a date this project reads"],
    ["1950/1940", "'1950/1940' runs backwards"],
    ["195X/1940", "'195X/1940' runs backwards"],
    ["1850", "'1850' falls outside 1900-2030"],
    ["2031", "'2031' falls outside 1900-2030"],
    ["1899/1950", "'1899/1950' falls outside 1900-2030"],
    ["../1850", "'../1850' falls outside 1900-2030"],
    ["2017-13", "'2017-13' has an impossible month"],
    ["2017-00", "'2017-00' has an impossible month"],
    ["194X-05", "'194X-05' has an impossible month"],
    ["2017-12-32", "'2017-12-32' has an impossible day"],
    ["1946/1949/1950", "'1946/1949/1950' has more than one '/'"],
    ["1946/abc", "'abc' is not a date this project reads"],
  ])("rejects %j with a message", (input, message) => {
    const result = parseEdtf(input);
    expect(typeof result).toBe("string");
    expect(result).toContain(message);
  });

  it("never throws, and always returns a span or a message", () => {
    for (const input of [
      "/",
      "//",
      "..",
      "../..",
      "~",
      "X",
      "XXXX",
      "1947-",
      "-1947",
      "1947/",
      "/1947",
      "🙂",
      "1947\n1948",
    ]) {
      const r = parseEdtf(input);
      expect(typeof r === "string" || (typeof r === "object" && typeof r.approximate === "boolean")).toBe(true);
    }
  });
});

describe("hull", () => {
  const s = (start: number | undefined, end: number | undefined, approximate = false): YearSpan => ({
    start,
    end,
    approximate,
  });

  it.each<[string, YearSpan[], YearSpan | undefined]>([
    ["nothing", [], undefined],
    ["one span", [s(1947, 1947)], s(1947, 1947)],
    ["disjoint spans", [s(1990, 1995), s(1946, 1949)], s(1946, 1995)],
    ["nested spans", [s(1946, 1999), s(1960, 1970)], s(1946, 1999)],
    ["an open end stays open", [s(1946, 1949), s(1990, undefined)], s(1946, undefined)],
    ["an open start stays open", [s(undefined, 1950), s(1960, 1970)], s(undefined, 1970)],
    ["open on both sides", [s(undefined, 1950), s(1990, undefined)], s(undefined, undefined)],
    ["approximate if any part is", [s(1946, 1949), s(1970, 1970, true)], s(1946, 1970, true)],
  ])("%s", (_name, spans, expected) => {
    const h = hull(spans);
    expect(h).toEqual(expected);
    if (expected) {
      if (expected.start === undefined) expect(h?.start).toBeUndefined();
      if (expected.end === undefined) expect(h?.end).toBeUndefined();
    }
  });

  it("covers every span it is given", () => {
    const spans = ["1947", "194X", "~1970", "1992/1996", "2017-12-02"].map((v) => parseEdtf(v) as YearSpan);
    const h = hull(spans)!;
    for (const sp of spans) {
      expect(h.start!).toBeLessThanOrEqual(sp.start!);
      expect(h.end!).toBeGreaterThanOrEqual(sp.end!);
    }
  });
});

describe("overlaps", () => {
  it.each<[string, { start?: number; end?: number }, number, number, boolean]>([
    ["inside", { start: 1950, end: 1960 }, 1940, 1970, true],
    ["covering", { start: 1940, end: 1990 }, 1950, 1960, true],
    ["touching the start", { start: 1930, end: 1950 }, 1950, 1960, true],
    ["touching the end", { start: 1960, end: 1970 }, 1950, 1960, true],
    ["before", { start: 1930, end: 1949 }, 1950, 1960, false],
    ["after", { start: 1961, end: 1970 }, 1950, 1960, false],
    ["open end, starting before", { start: 1990 }, 2000, 2010, true],
    ["open end, starting after", { start: 2011 }, 2000, 2010, false],
    ["open start, ending after", { end: 1950 }, 1940, 1945, true],
    ["open start, ending before", { end: 1939 }, 1940, 1945, false],
    ["open on both sides", {}, 1900, 1900, true],
  ])("%s", (_name, span, from, to, expected) => {
    expect(overlaps(span, from, to)).toBe(expected);
  });

  it("agrees with parsed values: 194X overlaps 1945-1945 but not 1950-1960", () => {
    const span = parseEdtf("194X") as YearSpan;
    expect(overlaps(span, 1945, 1945)).toBe(true);
    expect(overlaps(span, 1950, 1960)).toBe(false);
  });
});
