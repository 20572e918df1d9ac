// The benchmark's synthetic datasets: the same seed gives the same bytes, every size is a valid export (through
// readJson, the reader the app uses) and valid curated data (schema and every rule), with the shape the bench
// relies on: every kind, about four relations per entity, dated relations, claims with citations, clusters.
import { describe, expect, it } from "vitest";
import { readJson, writeJson } from "../../src/core/formats/json.ts";
import { validate } from "../../src/core/data/rules.ts";
import { Claim, Entity, ENTITY_KINDS, Quirk, RelationType } from "../../src/core/data/schema.ts";
import { createSearch } from "../../src/core/model/search.ts";
import { halfKinds, KIND_SHARES, searchQueries, synthesize, synthRecords } from "../../scripts/bench/synth.ts";

const SIZES = [100, 1000, 5000];
const cache = new Map(SIZES.map((n) => [n, synthesize({ entities: n, seed: 1 })]));
const data = (n: number) => cache.get(n)!;

describe("synthesize", () => {
  it("gives the same bytes for the same seed, and another dataset for another seed", () => {
    const again = synthesize({ entities: 1000, seed: 1 });
    const other = synthesize({ entities: 1000, seed: 2 });
    const text = writeJson(data(1000).kb, data(1000).layout);
    expect(writeJson(again.kb, again.layout)).toBe(text);
    expect(writeJson(other.kb, other.layout)).not.toBe(text);
  });

  it.each(SIZES)("%i entities: readJson reads the export back with no problem, equal to what was written", (n) => {
    const { kb, layout } = data(n);
    const { dataset, problems } = readJson(writeJson(kb, layout));
    expect(problems).toEqual([]);
    expect(dataset!.kb).toEqual(kb);
    expect({ ...dataset!.layout }).toEqual(layout);
  });

  it.each([100, 1000])("%i entities: the records pass the schema and every rule of the curated data", (n) => {
    const ds = synthRecords({ entities: n, seed: 1 });
    const schemaErrors = [
      ...ds.entities.map((r) => Entity.safeParse(r.value)),
      ...ds.claims.map((r) => Claim.safeParse(r.value)),
      ...ds.quirks.map((r) => Quirk.safeParse(r.value)),
      ...ds.relationTypes.map((r) => RelationType.safeParse(r.value)),
    ].filter((r) => !r.success);
    expect(schemaErrors).toEqual([]);
    expect(validate(ds)).toEqual([]);
  });

  it.each(SIZES)("%i entities: every kind, in the planned shares", (n) => {
    const { kb } = data(n);
    expect(kb.entities).toHaveLength(n);
    for (const kind of ENTITY_KINDS) {
      const count = kb.entities.filter((e) => e.kind === kind).length;
      // A kind planned at 0% (`other`, for graphs opened from other tools) never appears.
      if (KIND_SHARES[kind] === 0) expect(count, kind).toBe(0);
      else expect(count, kind).toBeGreaterThan(0);
      expect(Math.abs(count - (n * KIND_SHARES[kind]) / 100), kind).toBeLessThanOrEqual(1);
    }
  });

  it.each(SIZES)("%i entities: about four relations per entity, many dated, every claim cited", (n) => {
    const { kb } = data(n);
    expect(kb.relations.length / n).toBeGreaterThan(3.5);
    expect(kb.relations.length / n).toBeLessThan(4.5);
    expect(kb.relations.filter((r) => r.start !== undefined).length / kb.relations.length).toBeGreaterThan(0.4);
    expect(kb.relations.some((r) => r.type === "cites")).toBe(true);
    expect(kb.claims.every((c) => c.citations.length > 0)).toBe(true);
    expect(kb.claims.length / n).toBeGreaterThan(1.5);
    expect(kb.quirks.length).toBeGreaterThan(0);
  });

  it.each(SIZES)("%i entities: related entities sit close together (clusters)", (n) => {
    const { kb, layout } = data(n);
    const dist = (a: string, b: string) => Math.hypot(layout[a][0] - layout[b][0], layout[a][1] - layout[b][1]);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const related = mean(kb.relations.filter((r) => r.type !== "cites").map((r) => dist(r.source, r.target)));
    const ids = kb.entities.map((e) => e.id);
    const random = mean(ids.map((id, i) => dist(id, ids[(i * 7919 + 13) % ids.length])));
    expect(related).toBeLessThan(random / 2);
  });

  it.each([0, 99, 1.5, Number.NaN])("refuses %s entities, naming itself", (n) => {
    expect(() => synthesize({ entities: n })).toThrow(/synth: entities/);
  });
});

describe("halfKinds", () => {
  it.each(SIZES)("%i entities: hides about half the entities", (n) => {
    const { kb } = data(n);
    const hidden = new Set(halfKinds(kb));
    const share = kb.entities.filter((e) => hidden.has(e.kind)).length / n;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThanOrEqual(0.5);
  });
});

describe("searchQueries", () => {
  it("are deterministic, and the app's search finds something for each", () => {
    const { kb } = data(1000);
    const queries = searchQueries(kb, 20);
    expect(searchQueries(kb, 20)).toEqual(queries);
    const search = createSearch(kb.entities);
    for (const q of queries) expect(search.search(q).length, q).toBeGreaterThan(0);
  });
});
