// URL state: a view survives encode/decode; hostile or broken query strings never throw and fall back to defaults.
import { decodeSelection, encodeSelection, selectionLookup } from "../../../src/core/view/selection.ts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FILTER_DEFAULTS, type FilterState } from "../../../src/core/model/filters.ts";
import {
  decodeView,
  encodeView,
  URL_PARAMS,
  VIEW_DEFAULTS,
  type ViewState,
  type Vocabulary,
} from "../../../src/core/view/url-state.ts";

const vocab: Vocabulary = {
  kinds: ["state", "source", "group"],
  types: ["employs", "cites"],
  items: selectionLookup({
    entities: [
      { id: "ussr", kind: "state" },
      { id: "dprk", kind: "state" },
      { id: "krushanova-2014", kind: "source" },
    ],
    relations: [{ id: "a--employs--b" }],
    claims: [],
    quirks: [],
  }),
  isSource: (id) => id === "krushanova-2014",
  years: [1945, 2020],
  colourAttributes: ["community"],
};

describe("encodeView / decodeView", () => {
  it("round-trips a full view", () => {
    const view: ViewState = {
      filters: {
        hiddenKinds: ["source"],
        hiddenTypes: ["cites"],
        years: [1946, 1960],
        timeMode: "hide",
        source: "krushanova-2014",
        onlyQuirks: true,
        egoDepth: 2,
        minDegree: 3,
        hideIsolated: true,
      },
      selected: { kind: "relation", id: "a--employs--b" },
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      sizeBy: "claims",
      labelDensity: 0.8,
      panel: false,
      evidence: true,
      drawer: "claims",
      path: ["ussr", "dprk"],
      walk: "p30",
      colourBy: "community",
    };
    const { view: back, notices } = decodeView(encodeView(view).toString(), vocab);
    expect(notices).toEqual([]);
    expect(back).toEqual(view);
  });

  it("the default view is an empty query string", () => {
    expect(encodeView(VIEW_DEFAULTS).toString()).toBe("");
    expect(decodeView("", vocab)).toEqual({ view: VIEW_DEFAULTS, notices: [] });
  });

  it.each([
    ["unknown kind", "hk=state,<script>", "hk"],
    ["unknown entity", "sel=__proto__", "sel"],
    ["backwards years", "y=2000-1900", "y"],
    ["not a source", "src=ussr", "src"],
    ["not a switch", "qk=yes", "qk"],
    ["bad camera", "cam=NaN,1,1", "cam"],
    ["bad depth", "ego=7", "ego"],
    ["a path with one end", "path=ussr", "path"],
    ["a path to itself", "path=ussr,ussr", "path"],
    ["a path through a relation", "path=ussr,r:a--employs--b", "path"],
    ["a walk to a reference", "walk=ref-3", "walk"],
    ["a walk to no paragraph", "walk=p76", "walk"],
    ["negative degree", "deg=-1", "deg"],
    ["unknown drawer", "tab=<img>", "tab"],
    ["bad evidence flag", "ev=yes", "ev"],
    ["colour by an attribute the data lacks", "colour=__proto__", "colour"],
    ["unknown parameter", "constructor=1", "constructor"],
    ["bad time mode", "tm=skip", "tm"],
    ["bad isolated flag", "iso=yes", "iso"],
    ["unknown relation type", "ht=employs,bogus", "ht"],
  ])("%s falls back with a notice naming the parameter", (_n, query, param) => {
    const { view, notices } = decodeView(query, vocab);
    expect(notices.join(" ")).toContain(param);
    expect(view.filters.hiddenKinds.every((k) => vocab.kinds.includes(k))).toBe(true);
    expect(view.selected === null || decodeSelection(encodeSelection(view.selected), vocab.items)).toBeTruthy();
  });

  // Links people already hold: each filter parameter as the explorer has always written it decodes to the same
  // state, and a canonical link encodes back to itself.
  it.each<[string, Partial<FilterState>, boolean]>([
    ["hk=source", { hiddenKinds: ["source"] }, true],
    ["hk=group,source,state", { hiddenKinds: ["group", "source", "state"] }, true],
    ["hk=state,state,,source", { hiddenKinds: ["state", "source"] }, false],
    ["ht=cites", { hiddenTypes: ["cites"] }, true],
    ["ht=cites,employs", { hiddenTypes: ["cites", "employs"] }, true],
    ["y=1967-1991", { years: [1967, 1991] }, true],
    ["y=1946-1960&tm=hide", { years: [1946, 1960], timeMode: "hide" }, true],
    ["tm=hide", { timeMode: "hide" }, true],
    ["tm=fade", {}, false],
    ["src=krushanova-2014", { source: "krushanova-2014" }, true],
    ["ego=1", { egoDepth: 1 }, true],
    ["ego=3", { egoDepth: 3 }, true],
    ["deg=2", { minDegree: 2 }, true],
    ["deg=2.0", { minDegree: 2 }, false],
    ["deg=0", {}, false],
    ["iso=1", { hideIsolated: true }, true],
    ["iso=0", {}, false],
    [
      "hk=source&ht=cites&y=1946-1960&tm=hide&src=krushanova-2014&ego=2&deg=3&iso=1",
      {
        hiddenKinds: ["source"],
        hiddenTypes: ["cites"],
        years: [1946, 1960],
        timeMode: "hide",
        source: "krushanova-2014",
        egoDepth: 2,
        minDegree: 3,
        hideIsolated: true,
      },
      true,
    ],
  ])("%s decodes as it always has", (query, filters, canonical) => {
    const { view, notices } = decodeView(query, vocab);
    expect(notices).toEqual([]);
    expect(view.filters).toEqual({ ...FILTER_DEFAULTS, ...filters });
    const again = encodeView(view).toString();
    if (canonical) expect([...new URLSearchParams(again)]).toEqual([...new URLSearchParams(query)]);
    expect(encodeView(decodeView(again, vocab).view).toString()).toBe(again);
  });

  it("keeps the valid part of a half-valid list", () => {
    const { view } = decodeView("hk=state,bogus", vocab);
    expect(view.filters.hiddenKinds).toEqual(["state"]);
  });

  it("never throws and always yields a valid view on random query strings", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.dictionary(fc.constantFrom(...URL_PARAMS, "__proto__"), fc.string({ maxLength: 80 })),
        (raw, dict) => {
          for (const q of [raw, new URLSearchParams(dict).toString()]) {
            const { view } = decodeView(q, vocab);
            expect(view.filters.egoDepth).toBeGreaterThanOrEqual(0);
            expect(view.labelDensity).toBeGreaterThanOrEqual(0);
            expect(view.labelDensity).toBeLessThanOrEqual(1);
            if (view.filters.years) expect(view.filters.years[0]).toBeLessThanOrEqual(view.filters.years[1]);
            expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
            expect(FILTER_DEFAULTS.hiddenKinds).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
