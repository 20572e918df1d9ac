// "Colour by" a categorical attribute of an opened file: which attributes qualify, the colour of each category and
// node, and the legend of the shown nodes.
import { describe, expect, it } from "vitest";
import {
  CATEGORY_PALETTE,
  categoricalAttributes,
  categoryColours,
  categoryLegend,
  NEUTRAL_CATEGORY,
  nodeColours,
  OTHER_VALUES,
} from "../../../src/core/view/colour-by.ts";

type Attrs = Record<string, string | number | boolean>;
const kbOf = (attrs: Attrs[], kind = "other") => ({
  entities: attrs.map((attributes, i) => ({ id: `n${i}`, kind, attributes })) as never,
});
const many = (n: number, f: (i: number) => Attrs) => Array.from({ length: n }, (_, i) => f(i));

describe("categoricalAttributes", () => {
  it.each([
    ["a community with 3 values", many(9, (i) => ({ community: `c${i % 3}` })), ["community"]],
    ["a single value is no category", many(4, () => ({ group: "g" })), []],
    ["20 distinct values qualify", many(40, (i) => ({ group: `g${i % 20}` })), ["group"]],
    ["21 distinct values do not", many(42, (i) => ({ group: `g${i % 21}` })), []],
    ["every node its own value (a name) is not", many(5, (i) => ({ name: `x${i}` })), []],
    ["numbers are not categories", many(6, (i) => ({ degree: i % 2 })), []],
    ["mixed string and number values are not", [{ g: "a" }, { g: "b" }, { g: 3 }, { g: "a" }], []],
    ["the file's colour is its look", many(6, (i) => ({ color: ["#f00", "#0f0"][i % 2] })), []],
    [
      "several attributes, by name",
      many(6, (i) => ({ zone: `z${i % 2}`, community: `c${i % 3}` })),
      ["community", "zone"],
    ],
  ])("%s", (_name, attrs, expected) => {
    expect(categoricalAttributes(kbOf(attrs)).map((a) => a.attribute)).toEqual(expected);
  });

  it("counts each value, most frequent first", () => {
    const kb = kbOf([{ c: "b" }, { c: "a" }, { c: "b" }, { c: "c" }, { c: "a" }, { c: "b" }]);
    expect(categoricalAttributes(kb)[0].values).toEqual([
      { value: "b", count: 3 },
      { value: "a", count: 2 },
      { value: "c", count: 1 },
    ]);
  });

  it("the paper's own kinds are not offered", () => {
    expect(
      categoricalAttributes(
        kbOf(
          many(6, (i) => ({ c: `c${i % 2}` })),
          "state",
        ),
      ),
    ).toEqual([]);
  });
});

describe("categoryColours and nodeColours", () => {
  it("gives the palette's colours in order of frequency, distinct, then the neutral colour", () => {
    const attrs = many(60, (i) => ({ c: `v${String(i % 15).padStart(2, "0")}` }));
    attrs.push({ c: "v14" });
    const colours = categoryColours(kbOf(attrs), "c");
    expect(colours.size).toBe(15);
    expect(colours.get("v14")).toBe(CATEGORY_PALETTE[0]);
    const coloured = [...colours.values()].filter((c) => c !== NEUTRAL_CATEGORY);
    expect(coloured.length).toBe(CATEGORY_PALETTE.length);
    expect(new Set(coloured).size).toBe(coloured.length);
    expect(CATEGORY_PALETTE).not.toContain(NEUTRAL_CATEGORY);
  });

  it("colours each node by its value; a node without one is neutral", () => {
    const kb = kbOf([{ c: "a" }, { c: "b" }, { c: "a" }, {}]);
    const colours = nodeColours(kb, "c");
    expect(colours.get("n0")).toBe(colours.get("n2"));
    expect(colours.get("n0")).not.toBe(colours.get("n1"));
    expect(colours.get("n3")).toBe(NEUTRAL_CATEGORY);
  });

  it("an attribute that is not categorical colours nothing", () => {
    expect(nodeColours(kbOf([{ c: "a" }, { c: "b" }]), "c").size).toBe(0);
    expect(nodeColours(kbOf([{ c: "a" }, { c: "a" }]), "missing").size).toBe(0);
  });
});

describe("categoryLegend", () => {
  const kb = kbOf([{ c: "a" }, { c: "b" }, { c: "a" }, {}, { c: "b" }]);
  it.each([
    [
      "all shown",
      ["n0", "n1", "n2", "n3", "n4"],
      [
        ["a", 2],
        ["b", 2],
        [OTHER_VALUES, 1],
      ],
    ],
    ["some shown", ["n0", "n2"], [["a", 2]]],
    ["none shown", [], []],
  ])("%s", (_name, shown, expected) => {
    const legend = categoryLegend(kb, "c", shown);
    expect(legend.map((e) => [e.label, e.count])).toEqual(expected);
    const colours = categoryColours(kb, "c");
    for (const e of legend) expect(e.color).toBe(colours.get(e.id) ?? NEUTRAL_CATEGORY);
  });
});
