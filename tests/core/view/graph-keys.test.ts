// Keyboard moves through the graph: the nearest entity in an arrow's direction, and an entity's relations in the
// order the details panel lists them (checked against the valid fixture's relations).
import { describe, expect, it } from "vitest";
import { nearestInDirection, relationsInOrder, type Direction } from "../../../src/core/view/graph-keys.ts";
import { validKb } from "../../fixtures/fixtures.ts";

// A plus sign around the origin, with a far point straight ahead and a near one off to the side.
const points = [
  { id: "o", x: 0, y: 0 },
  { id: "e", x: 10, y: 0 },
  { id: "w", x: -10, y: 1 },
  { id: "n", x: 0, y: -10 },
  { id: "s", x: 1, y: 10 },
  { id: "ne-far", x: 40, y: -35 },
];

describe("nearestInDirection", () => {
  it.each<[Direction, string]>([
    ["right", "e"],
    ["left", "w"],
    ["up", "n"],
    ["down", "s"],
  ])("from the origin, %s reaches %s", (dir, want) => {
    expect(nearestInDirection(points, { id: "o", x: 0, y: 0 }, dir)).toBe(want);
  });

  it("prefers a point within 45 degrees over a nearer one further to the side", () => {
    const pts = [
      { id: "side", x: 3, y: 5 },
      { id: "ahead", x: 20, y: 4 },
    ];
    expect(nearestInDirection(pts, { x: 0, y: 0 }, "right")).toBe("ahead");
  });

  it("falls back to points outside the cone, and gives null when nothing lies that way", () => {
    expect(nearestInDirection([{ id: "a", x: 1, y: 8 }], { x: 0, y: 0 }, "right")).toBe("a");
    expect(nearestInDirection(points, { id: "e", x: 10, y: 0 }, "right")).toBe("ne-far");
    expect(nearestInDirection(points, { id: "ne-far", x: 40, y: -35 }, "right")).toBeNull();
    expect(nearestInDirection([], { x: 0, y: 0 }, "up")).toBeNull();
  });
});

describe("relationsInOrder", () => {
  const kb = validKb();
  const busiest = [...kb.entities]
    .map((e) => ({ id: e.id, n: kb.relations.filter((r) => r.source === e.id || r.target === e.id).length }))
    .sort((a, b) => b.n - a.n)[0];

  it("lists every relation of the entity once, with the other end and how it reads from the entity", () => {
    const steps = relationsInOrder(kb, busiest.id);
    expect(busiest.n).toBeGreaterThan(1);
    expect(steps.map((s) => s.relation).sort()).toEqual(
      kb.relations
        .filter((r) => r.source === busiest.id || r.target === busiest.id)
        .map((r) => r.id)
        .sort(),
    );
    for (const s of steps) {
      const r = kb.relations.find((x) => x.id === s.relation)!;
      const t = kb.relationTypes.find((x) => x.id === r.type)!;
      expect(s.other).toBe(r.source === busiest.id ? r.target : r.source);
      expect(s.label).toBe(r.source === busiest.id ? t.label : t.inverse);
    }
  });

  it("is grouped by how the relation reads, groups by label, each group in the knowledge base's order", () => {
    const steps = relationsInOrder(kb, busiest.id);
    const index = (id: string) => kb.relations.findIndex((r) => r.id === id);
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1], steps[i]];
      expect(a.label.localeCompare(b.label)).toBeLessThanOrEqual(0);
      if (a.label === b.label) expect(index(a.relation)).toBeLessThan(index(b.relation));
    }
  });

  it("gives nothing for an entity without relations or an unknown id", () => {
    expect(relationsInOrder(kb, "no-such-entity")).toEqual([]);
  });
});
