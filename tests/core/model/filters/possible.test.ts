// "Possibly in range": a relation dated vaguely and overlapping the time range only partly. Certainly in (wholly
// inside, or precisely dated) and out (no overlap) stay as the time filter says; the style draws the possible ones paler.
import { describe, expect, it } from "vitest";
import { isVague, possiblyInRange } from "../../../../src/core/model/filters/time.ts";
import { toGraph } from "../../../../src/core/model/graph.ts";
import { computeVisibility, FILTER_DEFAULTS } from "../../../../src/core/model/filters.ts";
import { paler } from "../../../../src/core/view/palette.ts";
import { edgeLook, StyleBasis, viewFocus, type StyleView } from "../../../../src/core/view/style/index.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

const rel = (id: string, when: string[], start?: number, end?: number) => ({ id, when, start, end });

describe("possiblyInRange", () => {
  it.each<[string, ReturnType<typeof rel>, [number, number] | null, boolean]>([
    ["late 1980s, range 1988-1995", rel("a", ["198X"], 1980, 1989), [1988, 1995], true],
    ["late 1980s, range 1980-1995 (wholly inside)", rel("a", ["198X"], 1980, 1989), [1980, 1995], false],
    ["late 1980s, range 1990-1995 (out)", rel("a", ["198X"], 1980, 1989), [1990, 1995], false],
    ["around 1970, range 1970-1980", rel("a", ["~1970"], 1970, 1970), [1970, 1980], false],
    ["precise 1967-1991, range 1980-1985", rel("a", ["1967/1991"], 1967, 1991), [1980, 1985], false],
    ["open end 199X/.., range 1995-2000", rel("a", ["199X/.."], 1990, undefined), [1995, 2000], true],
    ["no range", rel("a", ["198X"], 1980, 1989), null, false],
    ["undated", rel("a", []), [1980, 1990], false],
  ])("%s → %s", (_n, r, range, want) => {
    expect(possiblyInRange([r], range).has("a")).toBe(want);
  });
  it.each([
    ["198X", true],
    ["~1970", true],
    ["1970?", true],
    ["1967/1991", false],
    ["1969-04", false],
  ])("isVague(%s) → %s", (w, want) => expect(isVague(w)).toBe(want));
  it("paler mixes halfway with white", () => {
    expect(paler("#0072B2")).toBe("#80B9D9");
    expect(paler("rgb(1,2,3)")).toBe("rgb(1,2,3)");
  });
});

describe("on graph/data", () => {
  const kb = requireKnowledgeBase();
  const graph = toGraph(kb);
  it("a possible relation stays shown and is drawn paler than its family colour; others keep theirs", () => {
    const years: [number, number] = [1985, 1995];
    const possible = possiblyInRange(kb.relations, years);
    expect(possible.size).toBeGreaterThan(0);
    const vis = computeVisibility(kb, graph, { ...FILTER_DEFAULTS, years });
    const view: StyleView = {
      ...vis,
      hovered: null,
      selected: null,
      emphasis: null,
      evidence: false,
      sizeBy: "degree",
    };
    const basis = new StyleBasis(graph);
    const plain = edgeLook(basis, view, viewFocus(basis, view), [...possible][0]);
    const withPossible = { ...view, possible };
    const focus = viewFocus(basis, withPossible);
    for (const id of graph.edges()) {
      const look = edgeLook(basis, withPossible, focus, id);
      if (possible.has(id) && vis.edges.get(id) === "shown") {
        expect(look.possible, id).toBe(true);
        expect(look.color, id).toBe(paler(basis.relationLook(look.relation).color));
      } else expect(look.possible, id).toBe(false);
    }
    expect(plain.possible).toBe(false);
  });
});
