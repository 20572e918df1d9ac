// The JSON export is what the browser loads and what a user may open again: writeJson -> readJson -> writeJson must
// give the same bytes, and readJson must list the problems of a broken file instead of throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { readJson, writeJson } from "../../../src/core/formats/json.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const fixture = validKb();
const fixtureLayout = computeLayout(toGraph(fixture));
const fixtureJson = writeJson(fixture, fixtureLayout);

const real = requireKnowledgeBase();
const DATASETS: [string, KnowledgeBase][] = [
  ["the valid fixture", fixture],
  ["graph/data", real],
];

describe.each(DATASETS)("JSON round trip of %s", (_name, kb) => {
  const layout = computeLayout(toGraph(kb));
  const text = writeJson(kb, layout);

  it("reads back what it wrote without problems, equal to the knowledge base", () => {
    const { dataset, problems } = readJson(text);
    expect(problems).toEqual([]);
    expect(dataset!.kb).toEqual(kb);
    expect(dataset!.layout).toEqual(layout);
  });

  it("writeJson(readJson(writeJson(kb))) is byte-identical", () => {
    const { dataset } = readJson(text);
    expect(writeJson(dataset!.kb, dataset!.layout)).toBe(text);
  });

  it("is pretty-printed JSON ending with a newline, with a layout entry per entity in entity order", () => {
    expect(text.endsWith("}\n")).toBe(true);
    const raw = JSON.parse(text);
    const sections = ["meta", "relationTypes", "entities", "relations", "claims", "quirks"];
    // The model comparison is there when the data has one (graph/data does).
    expect(Object.keys(raw)).toEqual([...sections, ...(kb.comparison ? ["comparison"] : []), "layout"]);
    expect(Object.keys(raw.layout)).toEqual(kb.entities.map((e) => e.id));
  });
});

describe("writeJson", () => {
  it("drops layout entries for unknown nodes and orders the rest as the entities", () => {
    const layout = {
      zzz: [1, 1] as [number, number],
      ussr: [2, 3] as [number, number],
      paper: [4, 5] as [number, number],
    };
    const raw = JSON.parse(writeJson(fixture, layout));
    expect(raw.layout).toEqual({ ussr: [2, 3], paper: [4, 5] });
    expect(Object.keys(raw.layout)).toEqual(fixture.entities.map((e) => e.id).filter((id) => id in layout));
  });
});

/** The parsed export, loosely typed so that tests can break it. */
type Item = Record<string, unknown> & { claims: string[]; citations: { source: string }[] };
interface RawExport {
  [key: string]: unknown;
  meta: Record<string, unknown>;
  entities: Item[];
  relations: Item[];
  claims: Item[];
  layout: Record<string, unknown>;
}

/** The fixture export, changed by `edit` on its parsed form. */
const broken = (edit: (raw: RawExport) => void): string => {
  const raw = JSON.parse(fixtureJson);
  edit(raw);
  return JSON.stringify(raw);
};
const relIndex = (id: string) => fixture.relations.findIndex((r) => r.id === id);
const entIndex = (id: string) => fixture.entities.findIndex((e) => e.id === id);

describe("readJson rejects broken inputs with listed problems", () => {
  it.each<[string, string, { path: string; id?: string; message: string }[]]>([
    ["not JSON", "{ not json", [{ path: "", message: "not JSON" }]],
    ["empty", "", [{ path: "", message: "not JSON" }]],
    ["wrong format name", broken((r) => (r.meta.format = "other-kg")), [{ path: "meta.format", message: "" }]],
    ["wrong version", broken((r) => (r.meta.version = 2)), [{ path: "meta.version", message: "" }]],
    [
      "wrong entity kind",
      broken((r) => (r.entities[entIndex("ussr")].kind = "planet")),
      [{ path: `entities.${entIndex("ussr")}.kind`, id: "ussr", message: "" }],
    ],
    [
      "relation with no claims",
      broken((r) => (r.relations[relIndex("r1--works-in--ussr")].claims = [])),
      [
        {
          path: `relations.${relIndex("r1--works-in--ussr")}.claims`,
          id: "r1--works-in--ussr",
          message: "a relation rests on at least one claim",
        },
      ],
    ],
    [
      "dangling relation end",
      broken((r) => (r.relations[relIndex("r1--works-in--ussr")].target = "atlantis")),
      [
        {
          path: `relations.${relIndex("r1--works-in--ussr")}`,
          id: "r1--works-in--ussr",
          message: "unknown entity 'atlantis'",
        },
      ],
    ],
    [
      "relation resting on an unknown claim",
      broken((r) => r.relations[relIndex("r1--works-in--ussr")].claims.push("c-missing")),
      [
        {
          path: `relations.${relIndex("r1--works-in--ussr")}`,
          id: "r1--works-in--ussr",
          message: "unknown claim 'c-missing'",
        },
      ],
    ],
    [
      "duplicate entity id",
      broken((r) => r.entities.push({ ...r.entities[entIndex("dprk")] })),
      [{ path: `entities.${fixture.entities.length}`, id: "dprk", message: "duplicate entity id" }],
    ],
    [
      "duplicate claim id",
      broken((r) => r.claims.push({ ...r.claims[0] })),
      [{ path: `claims.${fixture.claims.length}`, id: fixture.claims[0].id, message: "duplicate claim id" }],
    ],
    [
      "duplicate relation id",
      broken((r) => r.relations.push({ ...r.relations[0] })),
      [
        {
          path: `relations.${fixture.relations.length}`,
          id: fixture.relations[0].id,
          message: "duplicate relation id",
        },
      ],
    ],
    [
      "citation of something that is not a source",
      broken((r) => (r.claims[0].citations[0].source = "ussr")),
      [
        {
          path: "claims.0.citations.0",
          id: fixture.claims[0].id,
          message: "citation source 'ussr' is not a source or interviewee",
        },
      ],
    ],
    [
      "an entity claim that does not exist",
      broken((r) => r.entities[entIndex("ussr")].claims.push("c-missing")),
      [{ path: `entities.${entIndex("ussr")}`, id: "ussr", message: "unknown claim 'c-missing'" }],
    ],
    ["an unknown top-level key", broken((r) => (r.extra = true)), [{ path: "", message: "extra" }]],
    [
      "a layout position that is not a pair of numbers",
      broken((r) => (r.layout.ussr = [1, "2"])),
      [{ path: "layout.ussr.1", message: "" }],
    ],
  ])("%s", (_name, text, expected) => {
    const { dataset, problems } = readJson(text);
    expect(dataset).toBeUndefined();
    expect(problems).toEqual(
      expected.map((e) => ({ path: e.path, id: e.id, message: expect.stringContaining(e.message) })),
    );
  });

  it.each(["null", "[]", "42", '"text"', "{}", '{"entities": null}'])(
    "a JSON value that is not an export: %s",
    (text) => {
      const { dataset, problems } = readJson(text);
      expect(dataset).toBeUndefined();
      expect(problems.length).toBeGreaterThan(0);
    },
  );

  it("lists every problem of a file at once", () => {
    const text = broken((r) => {
      r.entities[entIndex("ussr")].kind = "planet";
      r.relations[0].claims = [];
      r.meta.version = 3;
    });
    const { problems } = readJson(text);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ["entities." + entIndex("ussr") + ".kind", "meta.version", "relations.0.claims"].sort(),
    );
  });

  it("never throws, on any text or on any mangled export", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const { dataset, problems } = readJson(text);
          expect(dataset === undefined).toBe(problems.length > 0);
        },
      ),
      { numRuns: 300 },
    );
    const raw = JSON.parse(fixtureJson);
    const sections = ["entities", "relations", "claims"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...sections), fc.nat(), fc.string(), fc.jsonValue(), (section, n, key, value) => {
        const copy = structuredClone(raw);
        const item = copy[section][n % copy[section].length];
        item[key in item || key === "" ? Object.keys(item)[n % Object.keys(item).length] : key] = value;
        const { dataset, problems } = readJson(JSON.stringify(copy));
        expect(dataset === undefined).toBe(problems.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
