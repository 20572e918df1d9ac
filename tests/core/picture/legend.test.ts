// The legend lists only what is shown, kinds and relation families in the palette's order, with counts.
import { describe, expect, it } from "vitest";
import { legendOf, legendOfScene } from "../../../src/core/picture/legend.ts";
import { familyOf } from "../../../src/core/view/palette.ts";
import { KINDS } from "../../../src/core/data/kinds.ts";

describe("legendOf", () => {
  it("counts kinds and families in palette order, whatever the input order", () => {
    const l = legendOf(
      ["source", "state", "source", "mystery"],
      ["supports", "cites", "employs", "regulates", "cites", "odd"],
    );
    expect(l.kinds.map((k) => [k.id, k.count])).toEqual([
      ["state", 1],
      ["source", 2],
      ["mystery", 1],
    ]);
    expect(l.kinds[0].color).toBe(KINDS.state.color);
    expect(l.relations.map((r) => [r.id, r.count])).toEqual([
      ["labor", 1],
      ["power", 1],
      ["evidence", 2],
      ["other", 1],
      ["evidence-layer", 1],
    ]);
    expect(l.relations[0].color).toBe(familyOf("employs").color);
  });

  it("an empty picture has an empty legend", () => {
    expect(legendOf([], [])).toEqual({ kinds: [], relations: [] });
  });

  it("a scene's legend leaves faded items out", () => {
    const l = legendOfScene({
      nodes: [
        { id: "a", kind: "state", state: "shown" },
        { id: "b", kind: "event", state: "faded" },
      ],
      edges: [
        { relation: "cites", state: "faded" },
        { relation: "employs", state: "shown" },
      ],
    });
    expect(l.kinds.map((k) => k.id)).toEqual(["state"]);
    expect(l.relations.map((r) => r.id)).toEqual(["labor"]);
  });

  it("coloured by an opened file's attribute, the entities are listed by its categories (shown ones only)", () => {
    const kb = {
      entities: ["c1", "c2", "c1", "c2", "c3"].map((community, i) => ({
        id: `n${i}`,
        kind: "other",
        attributes: { community },
      })) as never,
    };
    const l = legendOfScene(
      {
        nodes: ["shown", "shown", "shown", "faded", "faded"].map((state, i) => ({ id: `n${i}`, kind: "other", state })),
        edges: [{ relation: "employs", state: "shown" }],
      },
      { kb, attribute: "community" },
    );
    expect(l.by).toBe("community");
    expect(l.kinds.map((k) => [k.label, k.count, k.kind])).toEqual([
      ["c1", 2, "other"],
      ["c2", 1, "other"],
    ]);
    expect(new Set(l.kinds.map((k) => k.color)).size).toBe(2);
    expect(l.relations.map((r) => r.id)).toEqual(["labor"]);
  });
});
