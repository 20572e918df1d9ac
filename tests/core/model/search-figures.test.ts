// Numbers and dates in a query are matched by value: which queries are read so, and how figures and dates compare
// (exact, near or not at all), on small made-up claims.
import { describe, expect, it } from "vitest";
import type { KbClaim, KbEntity } from "../../../src/core/data/build.ts";
import {
  matchClaims,
  matchEntities,
  parseFigureQuery,
  type FigureQuery,
} from "../../../src/core/model/search-figures.ts";

describe("parseFigureQuery", () => {
  it.each<[string, FigureQuery | null]>([
    ["12,000", { values: [12000] }],
    ["12000", { values: [12000] }],
    ["12 000", { values: [12000] }],
    ["1.5", { values: [1.5] }],
    ["1969", { values: [], year: 1969 }],
    ["1,969", { values: [1969] }],
    ["April 1969", { values: [], year: 1969, month: 4 }],
    ["apr 1969", { values: [], year: 1969, month: 4 }],
    ["1969 April", { values: [], year: 1969, month: 4 }],
    ["1969-04", { values: [], year: 1969, month: 4 }],
    ["1969-13", null],
    ["April", null],
    ["April 12", null],
    ["Sakhalin 1969", null],
    ["some 12,000", null],
    ["p30", null],
    ["R7", null],
    ["", null],
    ["1850", { values: [1850] }],
  ])("%j → %j", (q, want) => {
    expect(parseFigureQuery(q)).toEqual(want);
  });
});

const claim = (id: string, quantities: Partial<KbClaim["quantities"][number]>[], q: KbClaim["qualifiers"] = {}) =>
  ({ id, quantities, qualifiers: q }) as unknown as KbClaim;
const CLAIMS = [
  claim("some-12000", [{ value: 12000, text: "some 12,000" }]),
  claim("exact-12486", [{ value: 12486, text: "12,486" }], { when: "1969-04", start: 1969, end: 1969 }),
  claim("far-15000", [{ value: 15000, text: "15,000" }]),
  claim("range-10-15k", [{ low: 10000, high: 15000, text: "10,000-15,000" }]),
  claim("dated-1969", [], { when: "1969", start: 1969, end: 1969 }),
  claim("mid-1960s", [], { when: "196X", start: 1960, end: 1969 }),
  claim("model-1967", [], { when: "1967/1991", start: 1967, end: 1991 }),
  claim("value-1969", [{ value: 1969, text: "1,969" }]),
  claim("value-1970", [{ value: 1970, text: "1,970" }]),
];

describe("matchClaims", () => {
  it.each<[string, Record<string, "exact" | "near">]>([
    ["12,000", { "some-12000": "exact", "exact-12486": "near", "range-10-15k": "near" }],
    ["12,486", { "exact-12486": "exact", "some-12000": "near", "range-10-15k": "near" }],
    ["15,000", { "far-15000": "exact", "range-10-15k": "exact" }],
    ["1969", { "exact-12486": "exact", "dated-1969": "exact", "mid-1960s": "near", "value-1969": "exact" }],
    ["April 1969", { "exact-12486": "exact", "dated-1969": "near" }],
    ["May 1969", { "dated-1969": "near" }],
    ["1,970", { "value-1970": "exact", "value-1969": "near" }],
  ])("%s", (q, want) => {
    expect(Object.fromEntries(matchClaims(CLAIMS, parseFigureQuery(q)!))).toEqual(want);
  });
});

describe("matchEntities", () => {
  const e = (id: string, start?: number, end?: number) => ({ id, start, end }) as KbEntity;
  it.each<[string, string[]]>([
    ["1966", ["summit-1966"]],
    ["1967", []],
    ["April 1966", []],
    ["12,000", []],
  ])("%s → %j", (q, want) => {
    const ents = [e("summit-1966", 1966, 1966), e("model-1967", 1967, 1991), e("undated")];
    expect([...matchEntities(ents, parseFigureQuery(q)!).keys()]).toEqual(want);
  });
});
