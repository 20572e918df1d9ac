// The parsing stage: layout, YAML and schema problems, each located at the file and line a curator must fix.
// Each case adds or replaces files in the valid fixture (tests/fixtures/valid/), so exactly one problem is expected.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kindOfPath, MAX_FILE_BYTES, parseFiles, problemToString, type Problem } from "../../../src/core/data/load.ts";
import { check, DATA_ROOT, lineOf, validFiles, withFiles, yaml } from "../../fixtures/fixtures.ts";

interface Case {
  name: string;
  /** Files to add or replace, relative to the data root. */
  files: Record<string, string>;
  rule: string;
  /** The file the problem is reported in (relative to the data root). */
  file: string;
  /** A token on the line the problem must point at; a number is a literal line. */
  at: string | number;
  id?: string;
  message: string;
}

const KOTRA = yaml`
  entities:
    - id: kotra
      kind: agency
      label: KOTRA
      description: South Korea's trade promotion agency.
  `;

const CASES: Case[] = [
  {
    name: "malformed YAML (an unquoted value with ': ' in it)",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: KOTRA: Korea Trade-Investment Promotion Agency
            description: South Korea's trade promotion agency.
      `,
    },
    rule: "yaml",
    file: "entities/zz.yaml",
    at: "label: KOTRA:",
    message: "YAML: Nested mappings are not allowed",
  },
  {
    name: "tab indentation",
    files: { "entities/zz.yaml": "entities:\n  - id: kotra\n\tkind: agency\n" },
    rule: "yaml",
    file: "entities/zz.yaml",
    at: "\tkind",
    message: "YAML: Tabs are not allowed",
  },
  {
    name: "the same key twice in a record",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: KOTRA
            label: Korea Trade-Investment Promotion Agency
            description: South Korea's trade promotion agency.
      `,
    },
    rule: "yaml",
    file: "entities/zz.yaml",
    at: "label: Korea",
    message: "Map keys must be unique",
  },
  {
    name: "two YAML documents in one file",
    files: { "entities/zz.yaml": "entities: []\n---\nentities: []\n" },
    rule: "yaml",
    file: "entities/zz.yaml",
    at: "---",
    message: "multiple documents",
  },
  {
    name: "wrong type (label: 42)",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: 42
            description: South Korea's trade promotion agency.
      `,
    },
    rule: "schema",
    file: "entities/zz.yaml",
    at: "label: 42",
    id: "kotra",
    message: "label: Invalid input: expected string, received number",
  },
  {
    name: "missing required field (a claim without text)",
    files: {
      "claims/zz.yaml": yaml`
        claims:
          - id: c-no-text
            locator: p20
            citations:
              - { source: krushanova-2014, pages: "140" }
      `,
    },
    rule: "schema",
    file: "claims/zz.yaml",
    at: "- id: c-no-text",
    id: "c-no-text",
    message: "text: ",
  },
  {
    name: "unknown field in an entity",
    files: {
      "entities/zz.yaml": yaml`
        entities:
          - id: kotra
            kind: agency
            label: KOTRA
            description: South Korea's trade promotion agency.
            colour: red
      `,
    },
    rule: "schema",
    file: "entities/zz.yaml",
    at: "colour: red",
    id: "kotra",
    message: 'Unrecognized key: "colour"',
  },
  {
    name: "unknown field in a citation (page for pages)",
    files: {
      "claims/zz.yaml": yaml`
        claims:
          - id: c-typo
            locator: p20
            text: A claim with a typo in a citation.
            citations:
              - { source: krushanova-2014, page: "140" }
      `,
    },
    rule: "schema",
    file: "claims/zz.yaml",
    at: 'page: "140"',
    id: "c-typo",
    message: 'citations.0: Unrecognized key: "page"',
  },
  {
    name: "an id that is not lower-case words joined by '-'",
    files: { "entities/zz.yaml": KOTRA.replace("id: kotra", "id: KOTRA_agency") },
    rule: "schema",
    file: "entities/zz.yaml",
    at: "id: KOTRA_agency",
    id: "KOTRA_agency",
    message: "ids are lower-case words joined by '-'",
  },
  {
    name: "unknown entity kind",
    files: { "entities/zz.yaml": KOTRA.replace("kind: agency", "kind: company") },
    rule: "schema",
    file: "entities/zz.yaml",
    at: "kind: company",
    id: "kotra",
    message: "kind: ",
  },
  {
    name: "claim without citation",
    files: {
      "claims/zz.yaml": yaml`
        claims:
          - id: c-uncited
            locator: p20
            text: A claim that rests on nothing.
            citations: []
      `,
    },
    rule: "schema",
    file: "claims/zz.yaml",
    at: "citations: []",
    id: "c-uncited",
    message: "a claim needs at least one citation",
  },
  {
    name: "pages not written as the paper gives them",
    files: {
      "claims/zz.yaml": yaml`
        claims:
          - id: c-pages
            locator: p20
            text: A claim with odd pages.
            citations:
              - { source: krushanova-2014, pages: "p. 133" }
      `,
    },
    rule: "schema",
    file: "claims/zz.yaml",
    at: "p. 133",
    id: "c-pages",
    message: "pages look like '133', '70-73' or '25, 30'",
  },
  {
    name: "a quantity with neither value nor low and high",
    files: {
      "claims/zz.yaml": yaml`
        claims:
          - id: c-quantity
            locator: p20
            text: Many workers came.
            citations:
              - { source: krushanova-2014, pages: "140" }
            quantities:
              - { measure: arrivals, unit: people, text: many }
      `,
    },
    rule: "schema",
    file: "claims/zz.yaml",
    at: "measure: arrivals",
    id: "c-quantity",
    message: "a quantity needs either value, or low and high",
  },
  {
    name: "a list item that is not a record",
    files: { "entities/zz.yaml": "entities:\n  - kotra\n" },
    rule: "schema",
    file: "entities/zz.yaml",
    at: "- kotra",
    id: "#1",
    message: "expected object",
  },
  {
    name: "empty file",
    files: { "entities/zz.yaml": "" },
    rule: "layout",
    file: "entities/zz.yaml",
    at: 1,
    message: "empty file: expected a top-level 'entities:' list",
  },
  {
    name: "blank file",
    files: { "claims/zz.yaml": "  \n\n" },
    rule: "layout",
    file: "claims/zz.yaml",
    at: 1,
    message: "empty file: expected a top-level 'claims:' list",
  },
  {
    name: "comments only",
    files: { "quirks/zz.yaml": "# to do\n" },
    rule: "layout",
    file: "quirks/zz.yaml",
    at: 1,
    message: "expected a mapping with a 'quirks:' list",
  },
  {
    name: "a list instead of a mapping at the top",
    files: { "entities/zz.yaml": "# entities\n- id: kotra\n" },
    rule: "layout",
    file: "entities/zz.yaml",
    at: "- id: kotra",
    message: "expected a mapping with a 'entities:' list",
  },
  {
    name: "the top-level key is not a list",
    files: { "entities/zz.yaml": "entities:\n" },
    rule: "layout",
    file: "entities/zz.yaml",
    at: 1,
    message: "'entities:' must be a list",
  },
  {
    name: "file in the wrong place (data root)",
    files: { "foo.yaml": "entities: []\n" },
    rule: "layout",
    file: "foo.yaml",
    at: 1,
    message: "misplaced file: files belong in entities/, claims/ or quirks/",
  },
  {
    name: "file in a sub-folder",
    files: { "claims/old/zz.yaml": "claims: []\n" },
    rule: "layout",
    file: "claims/old/zz.yaml",
    at: 1,
    message: "misplaced file",
  },
  {
    name: "file with the .yml extension",
    files: { "claims/zz.yml": "claims: []\n" },
    rule: "layout",
    file: "claims/zz.yml",
    at: 1,
    message: "misplaced file: use the .yaml extension",
  },
  {
    name: "a file that is not YAML",
    files: { "notes.txt": "to do\n" },
    rule: "layout",
    file: "notes.txt",
    at: 1,
    message: "misplaced file",
  },
  {
    name: "very large file (> MAX_FILE_BYTES)",
    files: { "claims/big.yaml": "claims: []\n" + "# padding\n".repeat(Math.ceil(MAX_FILE_BYTES / 10) + 1) },
    rule: "layout",
    file: "claims/big.yaml",
    at: 1,
    message: `the limit is ${MAX_FILE_BYTES} (split it)`,
  },
  {
    // Cyrillic and Hangul take 2-3 bytes a character in UTF-8: the limit is in bytes, as its name and message say.
    name: "very large file of non-ASCII text (more bytes than MAX_FILE_BYTES, fewer characters)",
    files: {
      "claims/big.yaml": "claims: []\n" + "# Миграционная политика\n".repeat(Math.ceil(MAX_FILE_BYTES / 40) + 1),
    },
    rule: "layout",
    file: "claims/big.yaml",
    at: 1,
    message: `the limit is ${MAX_FILE_BYTES} (split it)`,
  },
];

const lineFor = (c: Case): number => (typeof c.at === "number" ? c.at : lineOf(c.files[c.file], c.at));

describe("parseFiles: one problem per curator mistake", () => {
  it("accepts the valid fixture", () => {
    const { dataset, problems } = parseFiles(validFiles(), DATA_ROOT);
    expect(problems).toEqual([]);
    expect(dataset.entities.map((e) => e.value.id).sort()).toEqual([
      "dprk",
      "krushanova-2014",
      "model-1946",
      "paper",
      "r1",
      "ussr",
    ]);
    expect(dataset.claims).toHaveLength(4);
    expect(dataset.quirks).toHaveLength(1);
    expect(dataset.relationTypes.map((t) => t.value.id)).toEqual(["cites", "sends-workers-to", "works-in"]);
  });

  it.each(CASES)("$name", (c) => {
    const problems = check(withFiles(c.files));
    expect(problems).toEqual([
      {
        file: DATA_ROOT + c.file,
        line: lineFor(c),
        id: c.id,
        rule: c.rule,
        message: expect.stringContaining(c.message),
      },
    ]);
  });

  it("a top-level key the folder does not take is named, and the missing one is asked for", () => {
    const problems = check(withFiles({ "entities/zz.yaml": "claims: []\n" }));
    expect(
      problems.every((p) => p.rule === "layout" && p.file === `${DATA_ROOT}entities/zz.yaml` && p.line === 1),
    ).toBe(true);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("this folder takes only 'entities:' (claims)"),
        expect.stringContaining("'entities:' must be a list"),
      ]),
    );
  });

  it("a file with one bad record keeps its good records", () => {
    const text = yaml`
      entities:
        - id: kotra
          kind: agency
          label: 42
          description: South Korea's trade promotion agency.
        - id: rosstat
          kind: agency
          label: Rosstat
          description: The Russian statistics agency.
    `;
    const { dataset, problems } = parseFiles(withFiles({ "entities/zz.yaml": text }), DATA_ROOT);
    expect(problems.map((p) => p.id)).toEqual(["kotra"]);
    expect(dataset.entities.map((e) => e.value.id)).toContain("rosstat");
    expect(dataset.entities.map((e) => e.value.id)).not.toContain("kotra");
  });

  it("reports the problems of every file, in path order, whatever order the files come in", () => {
    const files = withFiles({ "entities/zz.yaml": "", "claims/aa.yaml": "claims:\n", "foo.yaml": "x: 1\n" });
    const forwards = parseFiles(files, DATA_ROOT).problems;
    const backwards = parseFiles([...files].reverse(), DATA_ROOT).problems;
    expect(forwards.map((p) => p.file)).toEqual([
      `${DATA_ROOT}claims/aa.yaml`,
      `${DATA_ROOT}entities/zz.yaml`,
      `${DATA_ROOT}foo.yaml`,
    ]);
    expect(backwards).toEqual(forwards);
  });

  it("locates every record and its fields", () => {
    const { dataset } = parseFiles(validFiles(), DATA_ROOT);
    const text = validFiles().find((f) => f.path.endsWith("claims/a-later.yaml"))!.text;
    const arrivals = dataset.claims.find((c) => c.value.id === "c-arrivals")!;
    expect(arrivals.file).toBe(`${DATA_ROOT}claims/a-later.yaml`);
    expect(arrivals.line).toBe(lineOf(text, "- id: c-arrivals"));
    expect(arrivals.lineOf(["locator"])).toBe(lineOf(text, "locator: p19"));
    expect(arrivals.lineOf(["citations", 1, "basis"])).toBe(lineOf(text, "basis: author-estimate"));
    expect(arrivals.lineOf(["relations", 0, "to"])).toBe(
      lineOf(text, "{ type: sends-workers-to, from: dprk, to: ussr }"),
    );
    // A path that is not in the record falls back to the deepest node found.
    expect(arrivals.lineOf(["no-such-field"])).toBe(arrivals.line);
  });

  it("fills schema defaults (aliases, about, relations, quantities, approximate)", () => {
    const { dataset } = parseFiles(validFiles(), DATA_ROOT);
    expect(dataset.entities.find((e) => e.value.id === "paper")!.value.aliases).toEqual([]);
    expect(dataset.entities.find((e) => e.value.id === "ussr")!.value.attributes).toEqual({});
    const r1 = dataset.claims.find((c) => c.value.id === "c-r1-worked")!.value;
    expect(r1.about).toEqual([]);
    expect(r1.quantities).toEqual([]);
  });

  it("never throws, whatever the text and path", () => {
    const paths = fc.constantFrom(
      "graph/data/entities/x.yaml",
      "graph/data/claims/x.yaml",
      "graph/data/quirks/x.yaml",
      "graph/data/vocabulary.yaml",
      "graph/data/x.yml",
      "elsewhere/x.yaml",
    );
    const texts = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom(
          "entities:",
          "claims:",
          "\n",
          "  - ",
          "id: a",
          "{",
          "}",
          "[",
          "]",
          ": ",
          "&a ",
          "*a",
          "'",
          '"',
          "#",
          "\t",
          "---",
          "1850",
          "x",
        ),
      }),
      fc.jsonValue().map((v) => JSON.stringify({ entities: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ claims: [v] })),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ path: paths, text: texts }), { maxLength: 4 }), (files) => {
        const problems: Problem[] = check(files);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a YAML alias bomb instead of expanding it", () => {
    const bomb = ["entities:", '  - &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `  - &${"b".repeat(i + 1)} [${Array(10)
          .fill(i === 0 ? "*a" : `*${"b".repeat(i)}`)
          .join(",")}]`,
      );
    const problems = check(withFiles({ "entities/zz.yaml": bomb.join("\n") + "\n" }));
    expect(problems).toEqual([
      {
        file: `${DATA_ROOT}entities/zz.yaml`,
        line: 1,
        id: undefined,
        rule: "yaml",
        message: expect.stringContaining("unreadable YAML: Excessive alias count"),
      },
    ]);
  });
});

describe("kindOfPath", () => {
  it.each([
    ["vocabulary.yaml", "relation-types"],
    ["entities/core.yaml", "entities"],
    ["claims/model-1946.yaml", "claims"],
    ["quirks/section-1946.yaml", "quirks"],
  ])("%s holds %s", (rel, section) => {
    const kind = kindOfPath(rel);
    expect(typeof kind).toBe("object");
    expect((kind as { section: string }).section).toBe(section);
  });

  it.each([
    ["claims/model-1946.yml", "use the .yaml extension"],
    ["vocabulary.yml", "use the .yaml extension"],
    ["foo.yaml", "files belong in"],
    ["claims/sub/x.yaml", "files belong in"],
    ["relations/x.yaml", "files belong in"],
    ["entities/x.json", "files belong in"],
    ["README.md", "files belong in"],
  ])("%s is misplaced: %s", (rel, message) => {
    const kind = kindOfPath(rel);
    expect(typeof kind).toBe("string");
    expect(kind).toContain(message);
  });
});

describe("problemToString", () => {
  it.each<[Problem, string]>([
    [
      {
        file: "graph/data/claims/a.yaml",
        line: 12,
        id: "c-x",
        rule: "locators",
        message: "locator 'p99' is not in the paper",
      },
      "graph/data/claims/a.yaml:12: c-x: locator 'p99' is not in the paper [locators]",
    ],
    [
      { file: "graph/data/foo.yaml", line: 1, rule: "layout", message: "misplaced file" },
      "graph/data/foo.yaml:1: misplaced file [layout]",
    ],
  ])("prints file:line: id: message [rule]", (p, expected) => {
    expect(problemToString(p)).toBe(expected);
  });
});
