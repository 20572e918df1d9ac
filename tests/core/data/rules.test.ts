// The dataset rules: one failing fixture per rule (and per way of breaking it), each located at the file and line a
// curator must fix, with the record's id and a message saying what is wrong. Each case adds or edits files of the
// valid fixture (tests/fixtures/valid/), so exactly the one expected problem must come out.
import { describe, expect, it } from "vitest";
import { parseFiles } from "../../../src/core/data/load.ts";
import { normName, RULES, validate } from "../../../src/core/data/rules.ts";
import { check, DATA_ROOT, lineOf, validFiles, validText, withFiles, yaml } from "../../fixtures/fixtures.ts";

interface Case {
  name: string;
  files: Record<string, string>;
  rule: string;
  file: string;
  /** A token on the line the problem must point at, and which occurrence of it. */
  at: string;
  nth?: number;
  id: string;
  message: string;
}

/** A claims file with one valid claim plus the given extra lines (indented as the claim's fields). */
const claim = (id: string, fields: string, citations = '      - { source: krushanova-2014, pages: "140" }') =>
  [
    "claims:",
    `  - id: ${id}`,
    "    locator: p20",
    "    text: A claim written for a failing fixture.",
    "    citations:",
    citations,
    fields,
  ]
    .filter(Boolean)
    .join("\n") + "\n";

const CORE = validText("entities/core.yaml");
const VOCABULARY = validText("vocabulary.yaml");

const CASES: Case[] = [
  // unique-ids
  {
    name: "duplicate entity id across files",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: dprk
            kind: state
            label: Duplicate of North Korea
            description: A second record with an id already in use.
      `,
    },
    rule: "unique-ids",
    file: "entities/zz.yaml",
    at: "- id: dprk",
    id: "dprk",
    message: `entity id is already used at graph/data/entities/core.yaml:${lineOf(CORE, "- id: dprk")}`,
  },
  {
    name: "a claim id that is an entity id",
    files: { "claims/zz.yaml": claim("ussr", "") },
    rule: "unique-ids",
    file: "claims/zz.yaml",
    at: "- id: ussr",
    id: "ussr",
    message: `claim id is already used at graph/data/entities/core.yaml:${lineOf(CORE, "- id: ussr")}`,
  },
  {
    name: "a relation type defined twice",
    files: {
      "vocabulary.yaml":
        VOCABULARY + "  - { id: works-in, label: works at, inverse: workplace of, description: Again. }\n",
    },
    rule: "unique-ids",
    file: "vocabulary.yaml",
    at: "id: works-in",
    nth: 2,
    id: "works-in",
    message: `relation type is already defined at graph/data/vocabulary.yaml:${lineOf(VOCABULARY, "id: works-in")}`,
  },
  // references-resolve
  {
    name: "an entity span resting on a claim that does not exist",
    files: {
      "entities/core.yaml": CORE.replace(
        "industry: fishing }",
        'industry: fishing }\n    span: { when: "1946/195X", claims: [c-nowhere] }',
      ),
    },
    rule: "references-resolve",
    file: "entities/core.yaml",
    at: "c-nowhere",
    id: "model-1946",
    message: "span claim 'c-nowhere' does not exist",
  },
  {
    name: "an entity span resting on a claim about something else",
    files: {
      "entities/core.yaml": CORE.replace(
        "industry: fishing }",
        'industry: fishing }\n    span: { when: "1946/195X", claims: [c-r1-worked] }',
      ),
    },
    rule: "references-resolve",
    file: "entities/core.yaml",
    at: "c-r1-worked",
    id: "model-1946",
    message: "span claim 'c-r1-worked' is not about this entity",
  },
  {
    name: "citation of an unknown source",
    files: { "claims/zz.yaml": claim("c-dangling", "", "      - { source: nobody-2000 }") },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "nobody-2000",
    id: "c-dangling",
    message: "cites unknown source 'nobody-2000'",
  },
  {
    name: "citation of an entity that is neither source nor interviewee",
    files: { "claims/zz.yaml": claim("c-cites-state", "", "      - { source: ussr }") },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "{ source: ussr }",
    id: "c-cites-state",
    message: "cites 'ussr', a state; citations name sources or interviewees",
  },
  {
    name: "relation to an unknown entity",
    files: {
      "claims/zz.yaml": claim(
        "c-atlantis",
        "    relations:\n      - { type: sends-workers-to, from: dprk,\n          to: atlantis }",
      ),
    },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "to: atlantis",
    id: "c-atlantis",
    message: "relation sends-workers-to to unknown entity 'atlantis'",
  },
  {
    name: "relation from an unknown entity",
    files: {
      "claims/zz.yaml": claim(
        "c-atlantis",
        "    relations:\n      - type: sends-workers-to\n        from: atlantis\n        to: ussr",
      ),
    },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "from: atlantis",
    id: "c-atlantis",
    message: "relation sends-workers-to from unknown entity 'atlantis'",
  },
  {
    name: "relation from an entity to itself",
    files: {
      "claims/zz.yaml": claim("c-loop", "    relations:\n      - { type: sends-workers-to, from: dprk, to: dprk }"),
    },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "from: dprk, to: dprk",
    id: "c-loop",
    message: "relation sends-workers-to links 'dprk' to itself",
  },
  {
    name: "about an unknown entity",
    files: { "claims/zz.yaml": claim("c-about", "    about: [ussr,\n      atlantis]") },
    rule: "references-resolve",
    file: "claims/zz.yaml",
    at: "atlantis",
    id: "c-about",
    message: "is about unknown entity 'atlantis'",
  },
  {
    name: "quirk that applies to an unknown record",
    files: {
      "quirks/zz.yaml": yaml`
        quirks:
          - id: q-dangling
            kind: wording
            locators: [p20]
            applies:
              - c-arrivals
              - c-missing
            note: Applies to a claim that does not exist.
      `,
    },
    rule: "references-resolve",
    file: "quirks/zz.yaml",
    at: "- c-missing",
    id: "q-dangling",
    message: "applies to unknown entity or claim 'c-missing'",
  },
  // relation-types
  {
    name: "relation type not in the vocabulary",
    files: {
      "claims/zz.yaml": claim(
        "c-invades",
        "    relations:\n      - type: invades\n        from: ussr\n        to: dprk",
      ),
    },
    rule: "relation-types",
    file: "claims/zz.yaml",
    at: "type: invades",
    id: "c-invades",
    message: "unknown relation type 'invades' (add it to vocabulary.yaml)",
  },
  {
    name: "hand-written cites (even though the vocabulary lists it)",
    files: {
      "claims/zz.yaml": claim(
        "c-cites",
        "    relations:\n      - type: cites\n        from: paper\n        to: krushanova-2014",
      ),
    },
    rule: "relation-types",
    file: "claims/zz.yaml",
    at: "type: cites",
    id: "c-cites",
    message: "'cites' relations are derived from citations",
  },
  // locators
  ...["p99", "ref-33", "p0", "table-2", "P19", "[p19]"].map<Case>((locator) => ({
    name: `claim with an unknown locator (${locator})`,
    files: { "claims/zz.yaml": claim("c-locator", "").replace("locator: p20", `locator: "${locator}"`) },
    rule: "locators",
    file: "claims/zz.yaml",
    at: `locator: "${locator}"`,
    id: "c-locator",
    message: `locator '${locator}' is not in the paper`,
  })),
  {
    name: "quirk with an unknown locator",
    files: {
      "quirks/zz.yaml": yaml`
        quirks:
          - id: q-locator
            kind: wording
            locators:
              - p19
              - p76
            applies: [c-arrivals]
            note: Points past the last paragraph.
      `,
    },
    rule: "locators",
    file: "quirks/zz.yaml",
    at: "- p76",
    id: "q-locator",
    message: "locator 'p76' is not in the paper",
  },
  // citations
  {
    name: "citation of the paper (root source) without basis",
    files: {
      "claims/zz.yaml": claim(
        "c-no-basis",
        "",
        '      - { source: krushanova-2014, pages: "140" }\n      - { source: paper }',
      ),
    },
    rule: "citations",
    file: "claims/zz.yaml",
    at: "{ source: paper }",
    id: "c-no-basis",
    message: "cites the paper itself without a basis",
  },
  {
    name: "basis on a citation of a reference",
    files: { "claims/zz.yaml": claim("c-basis", "", "      - source: krushanova-2014\n        basis: fieldwork") },
    rule: "citations",
    file: "claims/zz.yaml",
    at: "basis: fieldwork",
    id: "c-basis",
    message: "'basis' is only for citations of the paper itself",
  },
  {
    name: "pages on a citation of an interviewee",
    files: { "claims/zz.yaml": claim("c-pages", "", '      - source: r1\n        pages: "12"') },
    rule: "citations",
    file: "claims/zz.yaml",
    at: 'pages: "12"',
    id: "c-pages",
    message: "pages given for interviewee 'r1'",
  },
  {
    name: "the same citation twice",
    files: { "claims/zz.yaml": claim("c-twice", "", "      - { source: r1 }\n      - { source: r1 }") },
    rule: "citations",
    file: "claims/zz.yaml",
    at: "{ source: r1 }",
    id: "c-twice",
    message: "the same citation appears twice",
  },
  // times
  {
    name: "impossible year (1850)",
    files: { "claims/zz.yaml": claim("c-1850", '    when: "1850"') },
    rule: "times",
    file: "claims/zz.yaml",
    at: 'when: "1850"',
    id: "c-1850",
    message: "'1850' falls outside 1900-2030",
  },
  {
    name: "backwards range",
    files: { "claims/zz.yaml": claim("c-backwards", '    when: "1950/1940"') },
    rule: "times",
    file: "claims/zz.yaml",
    at: 'when: "1950/1940"',
    id: "c-backwards",
    message: "'1950/1940' runs backwards",
  },
  {
    name: "unreadable date on a relation",
    files: {
      "claims/zz.yaml": claim(
        "c-rel-when",
        '    relations:\n      - { type: sends-workers-to, from: dprk, to: ussr, when: "19477" }',
      ),
    },
    rule: "times",
    file: "claims/zz.yaml",
    at: "19477",
    id: "c-rel-when",
    message: "'19477' is not a date this project reads",
  },
  {
    name: "impossible month on a quantity",
    files: {
      "claims/zz.yaml": claim(
        "c-q-when",
        '    quantities:\n      - measure: arrivals\n        value: 35000\n        unit: people\n        text: "35,000"\n        when: "1947-13"',
      ),
    },
    rule: "times",
    file: "claims/zz.yaml",
    at: 'when: "1947-13"',
    id: "c-q-when",
    message: "'1947-13' has an impossible month",
  },
  {
    name: "a model period that runs backwards",
    files: { "entities/core.yaml": CORE.replace('period: "194X/195X"', 'period: "195X/194X"') },
    rule: "times",
    file: "entities/core.yaml",
    at: 'period: "195X/194X"',
    id: "model-1946",
    message: "'195X/194X' runs backwards",
  },
  {
    name: "an entity span whose dates run backwards",
    files: {
      "entities/core.yaml": CORE.replace(
        "industry: fishing }",
        'industry: fishing }\n    span: { when: "1950/1946", claims: [c-recruitment] }',
      ),
    },
    rule: "times",
    file: "entities/core.yaml",
    at: 'when: "1950/1946"',
    id: "model-1946",
    message: "'1950/1946' runs backwards",
  },
  {
    name: "a relation both undated and dated",
    files: {
      "claims/zz.yaml": claim(
        "c-undated",
        '    relations:\n      - { type: sends-workers-to, from: dprk, to: ussr, when: "1950", undated: true }',
      ),
    },
    rule: "times",
    file: "claims/zz.yaml",
    at: "undated: true",
    id: "c-undated",
    message: "a relation is either undated or has a when",
  },
  // quantities
  {
    name: "quantity low > high",
    files: {
      "claims/zz.yaml": claim(
        "c-range",
        '    quantities:\n      - { measure: monthly planned money, low: 800, high: 450, unit: USD per month, text: "$450 and $800" }',
      ),
    },
    rule: "quantities",
    file: "claims/zz.yaml",
    at: "low: 800",
    id: "c-range",
    message: "range 800-450 runs backwards",
  },
  // orphans
  {
    name: "orphan entity",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: KOTRA
            description: No claim mentions it yet.
      `,
    },
    rule: "orphans",
    file: "entities/zz.yaml",
    at: "- id: kotra",
    id: "kotra",
    message: "no claim is about this entity, cites it or relates it",
  },
  {
    name: "orphan because the only claim about it was removed",
    files: {
      "claims/b-earlier.yaml": validText("claims/b-earlier.yaml").replace(/\n {4}about: \[model-1946\]/, ""),
      "claims/a-later.yaml": validText("claims/a-later.yaml").replace(/\n {4}about: \[model-1946\]/, ""),
    },
    rule: "orphans",
    file: "entities/core.yaml",
    at: "- id: model-1946",
    id: "model-1946",
    message: "no claim is about this entity",
  },
  // aliases
  {
    name: "alias collision (normalised: case and punctuation do not matter)",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: soviet-state
            kind: state
            label: Soviet state
            aliases: [Soviet-UNION]
            description: A second record for the USSR.
      `,
      "claims/zz.yaml": claim("c-soviet", "    about: [soviet-state]"),
    },
    rule: "aliases",
    file: "entities/zz.yaml",
    at: "aliases: [Soviet-UNION]",
    id: "soviet-state",
    message: `name 'soviet union' also names 'ussr' (graph/data/entities/core.yaml:${lineOf(CORE, "- id: ussr")})`,
  },
  // comparison (every way to break it: tests/core/data/comparison-rules.test.ts)
  {
    name: "a comparison cell citing a claim about another model",
    files: {
      "comparison.yaml": yaml`
        dimensions:
          - { id: industries, order: 1, label: In which industries }
        cells:
          - { model: model-1946, dimension: industries, text: Logging., claims: [c-logging] }
      `,
    },
    rule: "comparison",
    file: "comparison.yaml",
    at: "claims: [c-logging]",
    id: "model-1946/industries",
    message: "claim 'c-logging' is neither about 'model-1946' nor mentions it",
  },
];

describe("rules: one problem per curator mistake", () => {
  it("the valid fixture breaks no rule", () => {
    const { dataset, problems } = parseFiles(validFiles(), DATA_ROOT);
    expect(problems).toEqual([]);
    expect(validate(dataset)).toEqual([]);
  });

  it.each(CASES)("$name", (c) => {
    const problems = check(withFiles(c.files));
    expect(problems).toEqual([
      {
        file: DATA_ROOT + c.file,
        line: lineOf(c.files[c.file] ?? validText(c.file), c.at, c.nth),
        id: c.id,
        rule: c.rule,
        message: expect.stringContaining(c.message),
      },
    ]);
  });

  it("every rule has at least one failing fixture", () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it("every rule has a name and a description", () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it("a fixture with several different errors reports all of them at once", () => {
    const files = withFiles({
      "claims/zz.yaml": yaml`
        claims:
          - id: c-many
            locator: p99
            text: A claim with several problems.
            citations:
              - { source: nobody-2000 }
              - { source: paper }
            when: "1850"
            quantities:
              - { measure: money, low: 9, high: 1, unit: USD, text: "$1-9" }
            relations:
              - { type: invades, from: ussr, to: atlantis }
          - id: dprk
            locator: p20
            text: A claim reusing an entity id.
            citations: [{ source: r1 }]
      `,
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: North-Korea
            description: Orphan, and its label names another entity.
      `,
    });
    const problems = check(files);
    const text = files.find((f) => f.path.endsWith("claims/zz.yaml"))!.text;
    const ent = files.find((f) => f.path.endsWith("entities/zz.yaml"))!.text;
    const got = problems.map((p) => `${p.rule} ${p.file.slice(DATA_ROOT.length)}:${p.line} ${p.id}`).sort();
    expect(got).toEqual(
      [
        `unique-ids claims/zz.yaml:${lineOf(text, "- id: dprk")} dprk`,
        `references-resolve claims/zz.yaml:${lineOf(text, "nobody-2000")} c-many`,
        `references-resolve claims/zz.yaml:${lineOf(text, "atlantis")} c-many`,
        `relation-types claims/zz.yaml:${lineOf(text, "invades")} c-many`,
        `locators claims/zz.yaml:${lineOf(text, "p99")} c-many`,
        `citations claims/zz.yaml:${lineOf(text, "{ source: paper }")} c-many`,
        `times claims/zz.yaml:${lineOf(text, "1850")} c-many`,
        `quantities claims/zz.yaml:${lineOf(text, "low: 9")} c-many`,
        `orphans entities/zz.yaml:${lineOf(ent, "- id: kotra")} kotra`,
        `aliases entities/zz.yaml:${lineOf(ent, "- id: kotra")} kotra`,
      ].sort(),
    );
  });

  it("non-Latin names do not collide with each other", () => {
    // normName folds accents and punctuation; names with no Latin letters must not all fold to the same ''.
    const files = withFiles({
      "entities/zz.yaml": yaml`
        entities:
          - id: sovet
            kind: concept
            label: Soviet council
            aliases: [Совет]
            description: The Russian word for council.
          - id: joseon
            kind: concept
            label: Joseon
            aliases: [조선]
            description: The Korean name used in the North.
      `,
      "claims/zz.yaml": claim("c-names", "    about: [sovet, joseon]"),
    });
    expect(check(files)).toEqual([]);
  });
});

describe("normName", () => {
  it.each([
    ["Soviet Union", "soviet union"],
    ["Soviet-UNION", "soviet union"],
    ["  D.P.R.K. ", "d p r k"],
    ["Bezík", "bezik"],
    ["Kim Il-sung", "kim il sung"],
  ])("%j -> %j", (input, expected) => {
    expect(normName(input)).toBe(expected);
  });
});
