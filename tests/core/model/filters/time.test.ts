// The time presets: one per model entity, set to the years of its curated span, never to a reading of its label.
import { describe, expect, it } from "vitest";
import { modelPresets } from "../../../../src/core/model/filters/time.ts";
import { requireKnowledgeBase } from "../../../../src/node/data.ts";

const model = (id: string, year: number, start?: number, end?: number) => ({
  id,
  kind: "model",
  attributes: { year },
  ...(start === undefined ? {} : { start }),
  ...(end === undefined ? {} : { end }),
});

describe("modelPresets", () => {
  it.each([
    ["a closed span", model("m", 1967, 1967, 1991), [1967, 1991]],
    ["an open end takes the data's bound", model("m", 2000, 1990), [1990, 2020]],
    ["an open start takes the data's bound", model("m", 1946, undefined, 1959), [1940, 1959]],
    ["no span sets no range", model("m", 1946), null],
  ] as const)("%s", (_what, e, years) => {
    const [all, p] = modelPresets([e], [1940, 2020]);
    expect(all).toEqual({ id: "all", label: "All", years: null });
    expect(p).toEqual({ id: "m", label: String(e.attributes.year), years });
  });
  it("orders the models by year and ignores other kinds", () => {
    const ps = modelPresets(
      [model("b", 2000, 1990), { id: "x", kind: "state", attributes: {}, start: 1900 }, model("a", 1946, 1946, 1959)],
      [1940, 2020],
    );
    expect(ps.map((p) => p.id)).toEqual(["all", "a", "b"]);
  });
  it("reads the model entities' spans in the data", () => {
    const kb = requireKnowledgeBase();
    const models = kb.entities.filter((e) => e.kind === "model");
    const ps = modelPresets(kb.entities, [1900, 2100]).slice(1);
    expect(ps).toHaveLength(models.length);
    for (const p of ps) {
      const e = models.find((m) => m.id === p.id)!;
      expect(p.years).toEqual([e.start ?? 1900, e.end ?? 2100]);
    }
    expect(ps.find((p) => p.id === "model-1967")!.years![0]).toBe(1967);
  });
});
