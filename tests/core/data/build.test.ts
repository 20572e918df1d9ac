// buildKnowledgeBase on the minimal valid fixture (tests/fixtures/valid/): merged relations, derived `cites`, time
// spans, each entity's claims, paper order; and determinism of the whole pipeline.
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, CITES_TYPE, relationId, type KnowledgeBase } from "../../../src/core/data/build.ts";
import { writeJson } from "../../../src/core/formats/json.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { parseFiles } from "../../../src/core/data/load.ts";
import { DATA_ROOT, validFiles, validKb, validText, withFiles, yaml } from "../../fixtures/fixtures.ts";

const kb = validKb();
const relation = (k: KnowledgeBase, id: string) => {
  const r = k.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id} in ${k.relations.map((x) => x.id).join(", ")}`);
  return r;
};
const entity = (id: string) => kb.entities.find((e) => e.id === id)!;
const claim = (id: string) => kb.claims.find((c) => c.id === id)!;
const buildWith = (overlay: Record<string, string>) =>
  buildKnowledgeBase(parseFiles(withFiles(overlay), DATA_ROOT).dataset);

describe("relationId", () => {
  it.each([
    [["dprk", "sends-workers-to", "ussr"], "dprk--sends-workers-to--ussr"],
    [["dprk", "sends-workers-to", "ussr", "logging"], "dprk--sends-workers-to--ussr--logging"],
    [["paper", "cites", "r1", undefined], "paper--cites--r1"],
  ] as [[string, string, string, string?], string][])("%j -> %s", (args, expected) => {
    expect(relationId(...args)).toBe(expected);
  });
});

describe("buildKnowledgeBase", () => {
  it("takes meta from the root source", () => {
    expect(kb.meta).toEqual({
      title: "North Korean Labor Export to the USSR/Russia",
      doi: "10.31278/1810-6374-2020-18-3-152-176",
      root: "paper",
      format: "lankov-kg",
      version: 1,
    });
  });

  it("merges two claims asserting the same from/type/to into one relation carrying both claims", () => {
    const r = relation(kb, "dprk--sends-workers-to--ussr");
    expect(r).toMatchObject({ type: "sends-workers-to", source: "dprk", target: "ussr" });
    expect(r.key).toBeUndefined();
    expect(r.claims).toEqual(["c-recruitment", "c-arrivals"]);
    expect(kb.relations.filter((x) => x.source === "dprk" && x.target === "ussr" && !x.key)).toHaveLength(1);
  });

  it("keeps a relation with a key apart from the same relation without one", () => {
    const keyed = relation(kb, "dprk--sends-workers-to--ussr--logging");
    expect(keyed).toMatchObject({
      type: "sends-workers-to",
      source: "dprk",
      target: "ussr",
      key: "logging",
      claims: ["c-logging"],
    });
    expect(relation(kb, "dprk--sends-workers-to--ussr").claims).not.toContain("c-logging");
  });

  it("spans a relation over the hull of its assertions' times (relation when, else claim when)", () => {
    expect(relation(kb, "dprk--sends-workers-to--ussr")).toMatchObject({
      when: ["1946/1949", "1947"],
      start: 1946,
      end: 1949,
    });
    expect(relation(kb, "dprk--sends-workers-to--ussr--logging")).toMatchObject({
      when: ["196X/199X"],
      start: 1960,
      end: 1999,
    });
    // c-r1-worked has no `when`; its relation's own `when` counts.
    expect(relation(kb, "r1--works-in--ussr")).toMatchObject({ when: ["1992/1996"], start: 1992, end: 1996 });
  });

  it("leaves an undated relation without when, start and end", () => {
    const k = buildWith({
      "claims/zz.yaml": yaml`
        claims:
          - id: c-undated
            locator: p20
            text: North Korea sent workers to the USSR.
            citations: [{ source: r1 }]
            relations:
              - { type: works-in, from: dprk, to: ussr }
      `,
    });
    const r = relation(k, "dprk--works-in--ussr");
    expect(r.claims).toEqual(["c-undated"]);
    expect("when" in r || "start" in r || "end" in r).toBe(false);
  });

  it("keeps an open end open", () => {
    const k = buildWith({
      "claims/zz.yaml": yaml`
        claims:
          - id: c-open
            locator: p20
            text: North Korea has sent workers to the USSR since 1990.
            citations: [{ source: r1 }]
            when: "1990/.."
            relations:
              - { type: works-in, from: dprk, to: ussr }
          - id: c-closed
            locator: p21
            text: North Korea sent workers to the USSR in 1985.
            citations: [{ source: r1 }]
            when: "1985"
            relations:
              - { type: works-in, from: dprk, to: ussr }
      `,
    });
    const r = relation(k, "dprk--works-in--ussr");
    expect(r.start).toBe(1985);
    expect(r.end).toBeUndefined();
    expect(r.claims).toEqual(["c-open", "c-closed"]);
  });

  it("derives cites from the root to each cited source and interviewee, never to the root itself", () => {
    const cites = kb.relations.filter((r) => r.type === "cites");
    expect(cites.map((r) => [r.source, r.target]).sort()).toEqual([
      ["paper", "krushanova-2014"],
      ["paper", "r1"],
    ]);
    expect(relation(kb, "paper--cites--krushanova-2014").claims).toEqual(["c-arrivals", "c-logging"]);
    expect(relation(kb, "paper--cites--r1").claims).toEqual(["c-logging", "c-r1-worked"]);
    expect(kb.relations.some((r) => r.type === "cites" && r.target === "paper")).toBe(false);
    for (const r of cites) expect(r.start === undefined && r.end === undefined && r.when === undefined).toBe(true);
  });

  it("lists cites once among the relation types", () => {
    expect(kb.relationTypes.filter((t) => t.id === "cites")).toHaveLength(1);
    const k = buildWith({
      "vocabulary.yaml":
        "relation-types:\n  - { id: sends-workers-to, label: sends, inverse: receives, description: d. }\n  - { id: works-in, label: works in, inverse: workplace of, description: d. }\n",
    });
    expect(k.relationTypes.map((t) => t.id)).toEqual(["sends-workers-to", "works-in", "cites"]);
    expect(k.relationTypes.at(-1)).toEqual(CITES_TYPE);
  });

  it("links each claim to the relations it supports, including derived cites", () => {
    expect(claim("c-recruitment").relations).toEqual(["dprk--sends-workers-to--ussr"]);
    expect(claim("c-arrivals").relations).toEqual(["dprk--sends-workers-to--ussr", "paper--cites--krushanova-2014"]);
    expect(claim("c-logging").relations).toEqual([
      "dprk--sends-workers-to--ussr--logging",
      "paper--cites--krushanova-2014",
      "paper--cites--r1",
    ]);
    // Every relation's claims list it back.
    for (const r of kb.relations) for (const c of r.claims) expect(claim(c).relations).toContain(r.id);
  });

  it("gives each entity the claims about it, relating it and citing it, in paper order", () => {
    expect(entity("model-1946").claims).toEqual(["c-recruitment", "c-arrivals"]); // about
    expect(entity("dprk").claims).toEqual(["c-recruitment", "c-arrivals", "c-logging"]); // relation end
    expect(entity("krushanova-2014").claims).toEqual(["c-arrivals", "c-logging"]); // cited
    expect(entity("paper").claims).toEqual(["c-recruitment", "c-arrivals"]); // cited with a basis
    expect(entity("r1").claims).toEqual(["c-logging", "c-r1-worked"]); // cited and relation end
    expect(entity("ussr").claims).toEqual(["c-recruitment", "c-arrivals", "c-logging", "c-r1-worked"]);
  });

  it("gives an entity no years unless it has a curated span, however dated its relations", () => {
    expect(relation(kb, "r1--works-in--ussr")).toMatchObject({ start: 1992, end: 1996 });
    expect(entity("dprk")).toMatchObject({ start: 1946, end: 1999 }); // its span, not its relations
    for (const id of ["ussr", "r1", "krushanova-2014", "model-1946"]) {
      expect(entity(id).start, id).toBeUndefined();
      expect(entity(id).end, id).toBeUndefined();
    }
  });

  it("takes an entity's years from its curated span, open ends open", () => {
    const core = validText("entities/core.yaml")
      .replace("industry: fishing }", 'industry: fishing }\n    span: { when: "1946/195X", claims: [c-recruitment] }')
      .replace('span: { when: "1946/1999"', 'span: { when: "1948/.."');
    const k = buildWith({ "entities/core.yaml": core });
    const e = (id: string) => k.entities.find((x) => x.id === id)!;
    expect(e("model-1946")).toMatchObject({ start: 1946, end: 1959 });
    expect(e("dprk").start).toBe(1948);
    expect(e("dprk").end).toBeUndefined();
    expect(e("ussr").start).toBeUndefined();
  });

  it("leaves a relation marked undated without years, though its claim is dated", () => {
    const k = buildWith({
      "claims/zz.yaml": yaml`
        claims:
          - id: c-undated
            locator: p20
            text: A dated claim with an undated relation.
            citations:
              - { source: paper, basis: author-research }
            when: "1950"
            relations:
              - { type: works-in, from: dprk, to: ussr, undated: true }
      `,
    });
    const r = relation(k, "dprk--works-in--ussr");
    expect(r.start === undefined && r.end === undefined && r.when === undefined).toBe(true);
  });

  it("sorts claims in paper order (table-1 after p53), whatever the file order", () => {
    expect(kb.claims.map((c) => [c.id, c.locator])).toEqual([
      ["c-recruitment", "p15"],
      ["c-arrivals", "p19"],
      ["c-logging", "p30"],
      ["c-r1-worked", "table-1"],
    ]);
  });

  it("keeps file order between claims of the same paragraph", () => {
    const k = buildWith({
      "claims/aa.yaml": "claims:\n  - { id: c-second, locator: p19, text: Second., citations: [{ source: r1 }] }\n",
      "claims/zz.yaml": "claims:\n  - { id: c-third, locator: p19, text: Third., citations: [{ source: r1 }] }\n",
    });
    // Files are read in path order: claims/a-later.yaml (c-arrivals, p19) < claims/aa.yaml < claims/zz.yaml.
    expect(k.claims.filter((c) => c.locator === "p19").map((c) => c.id)).toEqual(["c-arrivals", "c-second", "c-third"]);
  });

  it("qualifies claims with section, when, when-text and year bounds", () => {
    expect(claim("c-recruitment")).toMatchObject({
      section: "model-1946",
      qualifiers: { when: "1946/1949", "when-text": "from 1946 until the end of the decade", start: 1946, end: 1949 },
    });
    expect(claim("c-logging").section).toBe("model-1967");
    expect(claim("c-r1-worked")).toMatchObject({ section: "model-2000", qualifiers: {} });
    expect(claim("c-recruitment").qualifiers.approximate).toBeUndefined();
    const k = buildWith({
      "claims/zz.yaml":
        'claims:\n  - { id: c-around, locator: p20, text: Around 1970., citations: [{ source: r1 }], when: "~1970" }\n',
    });
    expect(k.claims.find((c) => c.id === "c-around")!.qualifiers).toEqual({
      when: "~1970",
      start: 1970,
      end: 1970,
      approximate: true,
    });
  });

  it("carries citations, quantities and quirks through unchanged", () => {
    expect(claim("c-arrivals").citations).toEqual([
      { source: "krushanova-2014", pages: "133" },
      { source: "paper", basis: "author-estimate" },
    ]);
    expect(claim("c-arrivals").quantities).toEqual([
      { measure: "arrivals", value: 35000, unit: "people", approximate: true, text: "some 35,000" },
    ]);
    expect(kb.quirks).toEqual([
      {
        id: "q-arrivals-page",
        kind: "page-out-of-range",
        locators: ["p19", "ref-14"],
        applies: ["krushanova-2014", "c-arrivals"],
        note: expect.any(String),
      },
    ]);
  });

  it("has every relation end among the entities and every claim reference resolvable", () => {
    const entities = new Set(kb.entities.map((e) => e.id));
    const claims = new Set(kb.claims.map((c) => c.id));
    for (const r of kb.relations) {
      expect(entities.has(r.source) && entities.has(r.target)).toBe(true);
      expect(r.claims.length).toBeGreaterThan(0);
      for (const c of r.claims) expect(claims.has(c)).toBe(true);
    }
    expect(new Set(kb.relations.map((r) => r.id)).size).toBe(kb.relations.length);
  });
});

describe("determinism", () => {
  const pipeline = (files = validFiles()) => {
    const k = buildKnowledgeBase(parseFiles(files, DATA_ROOT).dataset);
    return writeJson(k, computeLayout(toGraph(k)));
  };

  it("building and laying out twice gives byte-identical JSON", () => {
    expect(pipeline()).toBe(pipeline());
  });

  it("the order files are read in does not change the output", () => {
    const files = validFiles();
    expect(pipeline([...files].reverse())).toBe(pipeline(files));
  });

  it("building does not mutate the dataset (a second build from it is identical)", () => {
    const { dataset } = parseFiles(validFiles(), DATA_ROOT);
    const first = JSON.stringify(buildKnowledgeBase(dataset));
    expect(JSON.stringify(buildKnowledgeBase(dataset))).toBe(first);
  });
});
