// The walk through the paper: the paragraphs in reading order (Table 1 where it is printed, no references), each
// with the claims that stand in it, stepping clamped at both ends, and the paragraphs without claims named.
import { describe, expect, it } from "vitest";
import { stepFrom, WALK_LOCATORS, walkCoverage, walkEmphasis, walkSteps } from "../../../src/core/view/walk.ts";
import { validKb } from "../../fixtures/fixtures.ts";

describe("walk", () => {
  const kb = validKb();
  const steps = walkSteps(kb);

  it("reads front, abstract, keywords, p1 ... p53, Table 1, p54 ... p75, without the references", () => {
    expect(WALK_LOCATORS.slice(0, 4)).toEqual(["front", "abstract", "keywords", "p1"]);
    const t = WALK_LOCATORS.indexOf("table-1");
    expect(WALK_LOCATORS.slice(t - 1, t + 2)).toEqual(["p53", "table-1", "p54"]);
    expect(WALK_LOCATORS.at(-1)).toBe("p75");
    expect(WALK_LOCATORS.some((l) => l.startsWith("ref-"))).toBe(false);
    expect(steps.map((s) => s.locator)).toEqual(WALK_LOCATORS);
  });

  it("gives each paragraph its claims and section", () => {
    const p19 = steps.find((s) => s.locator === "p19")!;
    expect(p19.claims.map((c) => c.id)).toEqual(["c-arrivals"]);
    expect(p19.section.id).toBe("model-1946");
    expect(steps.find((s) => s.locator === "p20")!.claims).toEqual([]);
  });

  it.each([
    [null, 1, "front"],
    ["front", -1, "front"],
    ["p53", 1, "table-1"],
    ["table-1", 1, "p54"],
    ["p75", 1, "p75"],
    ["p30", -1, "p29"],
    ["bogus", 1, "front"],
  ] as const)("from %s by %i is %s", (from, delta, to) => {
    expect(stepFrom(from, delta)).toBe(to);
  });

  it("names the paragraphs without claims", () => {
    const cov = walkCoverage(steps);
    expect(cov.total).toBe(WALK_LOCATORS.length);
    expect(cov.withClaims).toBe(4);
    expect(cov.silent).toContain("p20");
    expect(cov.silent).not.toContain("p19");
  });

  it("lights what a paragraph's claims support and the sources they cite", () => {
    const em = walkEmphasis(
      kb,
      steps.find((s) => s.locator === "p19")!,
    );
    expect(em.nodes.has("dprk") && em.nodes.has("ussr") && em.nodes.has("krushanova-2014")).toBe(true);
    expect(
      walkEmphasis(
        kb,
        steps.find((s) => s.locator === "p20")!,
      ).nodes.size,
    ).toBe(0);
  });
});
