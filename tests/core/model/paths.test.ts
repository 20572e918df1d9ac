// Paths between two entities: shortest first, up to three distinct loopless ones, only over the relation types
// shown, never through the paper itself, each step with every shown relation between its ends.
import { describe, expect, it } from "vitest";
import type { KbRelation, KnowledgeBase } from "../../../src/core/data/build.ts";
import { connectingPaths, pathEmphasis } from "../../../src/core/model/paths.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const ids = ["a", "b", "c", "d", "e", "paper"];
const r = (source: string, type: string, target: string): KbRelation => ({
  id: `${source}--${type}--${target}`,
  type,
  source,
  target,
  claims: [`claim-${source}-${target}`],
});
/** a-b-e, a-c-e, a-d-c (longer), a-paper-e (through the paper), b-a twice (two types). */
const kb = {
  meta: { title: "", doi: "", root: "paper", format: "lankov-kg", version: 1 },
  relationTypes: [],
  entities: ids.map((id) => ({
    id,
    kind: "group",
    label: id.toUpperCase(),
    aliases: [],
    description: "",
    attributes: {},
    claims: [],
  })),
  relations: [
    r("a", "employs", "b"),
    r("b", "supervises", "a"),
    r("b", "works-in", "e"),
    r("a", "pays", "c"),
    r("e", "works-in", "c"),
    r("a", "leads", "d"),
    r("d", "pays", "c"),
    r("paper", "cites", "a"),
    r("paper", "cites", "e"),
  ],
  claims: [],
  quirks: [],
} as unknown as KnowledgeBase;

const nodes = (from: string, to: string, opts = {}) => connectingPaths(kb, from, to, opts).map((p) => p.nodes.join(""));

describe("connectingPaths", () => {
  it("gives up to three distinct paths, shortest first, never through the paper", () => {
    expect(nodes("a", "e")).toEqual(["abe", "ace", "adce"]);
    expect(nodes("a", "e", { max: 1 })).toEqual(["abe"]);
  });

  it("walks relations either way and lists every shown relation of a step", () => {
    const [p] = connectingPaths(kb, "a", "b");
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0].relations.map((x) => x.type).sort()).toEqual(["employs", "supervises"]);
  });

  it("uses only the relation types shown", () => {
    expect(nodes("a", "e", { hiddenTypes: ["works-in"] })).toEqual([]);
    expect(nodes("a", "c", { hiddenTypes: ["pays"] })).toEqual(["abec"]);
    const [p] = connectingPaths(kb, "a", "b", { hiddenTypes: ["employs"] });
    expect(p.steps[0].relations.map((x) => x.type)).toEqual(["supervises"]);
  });

  it("can start or end at the paper when asked about it", () => {
    expect(nodes("paper", "e")[0]).toBe("papere");
  });

  it.each([
    ["the same entity", "a", "a"],
    ["an unknown entity", "a", "zz"],
  ])("gives nothing for %s", (_n, from, to) => {
    expect(connectingPaths(kb, from, to)).toEqual([]);
  });

  it("lights the entities and relations of its paths", () => {
    const em = pathEmphasis(connectingPaths(kb, "a", "e", { max: 2 }));
    expect([...em.nodes].sort()).toEqual(["a", "b", "c", "e"]);
    expect(em.edges.has("a--employs--b") && em.edges.has("e--works-in--c")).toBe(true);
  });

  it("connects the KGB to the North Korean workers in the paper, on a claim", () => {
    const [p] = connectingPaths(requireKnowledgeBase(), "kgb", "nk-workers");
    expect(p.nodes).toEqual(["kgb", "nk-workers"]);
    expect(p.steps[0].relations.flatMap((x) => x.claims).length).toBeGreaterThan(0);
  }, 30_000);
});
