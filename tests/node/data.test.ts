// Loading a data root from disk: every file is read (misplaced ones too), paths are shown relative to the working
// directory, every problem is listed at once, and the knowledge base is built only from valid data.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { problemToString } from "../../src/core/data/load.ts";
import { DATA_DIR, DataError, loadKnowledgeBase, readDataFiles, requireKnowledgeBase } from "../../src/node/data.ts";
import { layoutOf } from "../../src/node/dataset.ts";
import { FIXTURES, lineOf, REPO_ROOT, VALID_DIR, validKb } from "../fixtures/fixtures.ts";

const SEVERAL = join(FIXTURES, "bad", "several-errors");
const rel = "tests/fixtures/bad/several-errors/";

describe("readDataFiles", () => {
  it("reads every file below the root, sorted, with forward-slash paths relative to cwd", () => {
    const files = readDataFiles(SEVERAL, REPO_ROOT);
    expect(files.map((f) => f.path)).toEqual([
      `${rel}claims/claims.yaml`,
      `${rel}claims/extra.yml`,
      `${rel}entities/entities.yaml`,
      `${rel}notes.txt`,
      `${rel}vocabulary.yaml`,
    ]);
    expect(files[0].text).toBe(readFileSync(join(SEVERAL, "claims", "claims.yaml"), "utf8"));
  });
});

describe("loadKnowledgeBase", () => {
  it("builds the valid fixture, the same as building it in memory", () => {
    const { kb, problems } = loadKnowledgeBase(VALID_DIR, REPO_ROOT);
    expect(problems).toEqual([]);
    expect(kb).toEqual(validKb());
  });

  it("gives the same knowledge base whatever the working directory", () => {
    expect(loadKnowledgeBase(VALID_DIR, join(REPO_ROOT, "tests")).kb).toEqual(
      loadKnowledgeBase(VALID_DIR, REPO_ROOT).kb,
    );
  });

  it("lists every problem of a data root with several mistakes, and builds nothing", () => {
    const { kb, problems } = loadKnowledgeBase(SEVERAL, REPO_ROOT);
    expect(kb).toBeUndefined();
    const claims = readFileSync(join(SEVERAL, "claims", "claims.yaml"), "utf8");
    const entities = readFileSync(join(SEVERAL, "entities", "entities.yaml"), "utf8");
    const got = problems.map((p) => `${p.rule} ${p.file}:${p.line} ${p.id ?? "-"}`).sort();
    expect(got).toEqual(
      [
        `layout ${rel}claims/extra.yml:1 -`,
        `layout ${rel}notes.txt:1 -`,
        `schema ${rel}entities/entities.yaml:${lineOf(entities, "label: 42")} kotra`,
        `unique-ids ${rel}claims/claims.yaml:${lineOf(claims, "- id: ussr")} ussr`,
        `references-resolve ${rel}claims/claims.yaml:${lineOf(claims, "nobody-2000")} c-broken`,
        `relation-types ${rel}claims/claims.yaml:${lineOf(claims, "type: invades")} c-broken`,
        `relation-types ${rel}claims/claims.yaml:${lineOf(claims, "type: cites")} c-broken`,
        `locators ${rel}claims/claims.yaml:${lineOf(claims, "locator: p99")} c-broken`,
        `citations ${rel}claims/claims.yaml:${lineOf(claims, "{ source: paper }")} c-broken`,
        `times ${rel}claims/claims.yaml:${lineOf(claims, 'when: "1850"')} c-broken`,
        `quantities ${rel}claims/claims.yaml:${lineOf(claims, "low: 9")} c-broken`,
        `orphans ${rel}entities/entities.yaml:${lineOf(entities, "- id: soviet-union")} soviet-union`,
        `aliases ${rel}entities/entities.yaml:${lineOf(entities, "- id: soviet-union")} soviet-union`,
      ].sort(),
    );
    expect(problems.find((p) => p.rule === "aliases")!.message).toContain(
      `also names 'ussr' (${rel}entities/entities.yaml:`,
    );
  });

  describe("with an unreadable YAML file beside valid ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-data-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    for (const sub of ["entities", "claims"]) mkdirSync(join(dir, sub));
    for (const f of [
      "vocabulary.yaml",
      "entities/core.yaml",
      "entities/sources.yaml",
      "claims/a-later.yaml",
      "claims/b-earlier.yaml",
    ])
      writeFileSync(join(dir, f), readFileSync(join(VALID_DIR, f), "utf8"));
    const broken = 'claims:\n  - id: c-x\n    text: "unterminated\n';
    writeFileSync(join(dir, "claims", "zz.yaml"), broken);
    writeFileSync(join(dir, "claims", "empty.yaml"), "");

    it("reports the YAML error and the empty file, paths relative to cwd, and does not throw", () => {
      const { kb, problems } = loadKnowledgeBase(dir, dir);
      expect(kb).toBeUndefined();
      expect(problems.map((p) => [p.rule, p.file])).toEqual([
        ["layout", "claims/empty.yaml"],
        ["yaml", "claims/zz.yaml"],
      ]);
      expect(problems[0].message).toContain("empty file");
    });
  });
});

describe("requireKnowledgeBase", () => {
  it("returns the knowledge base of valid data", () => {
    expect(requireKnowledgeBase(VALID_DIR, REPO_ROOT)).toEqual(validKb());
  });

  it("throws a DataError listing every problem, one per line", () => {
    const { problems } = loadKnowledgeBase(SEVERAL, REPO_ROOT);
    let error: unknown;
    try {
      requireKnowledgeBase(SEVERAL, REPO_ROOT);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const e = error as DataError;
    expect(e.problems).toEqual(problems);
    expect(e.message.split("\n")).toEqual([
      `graph/data has ${problems.length} problems:`,
      ...problems.map(problemToString),
    ]);
  });

  it("the real graph/data is valid", () => {
    const { problems } = loadKnowledgeBase(DATA_DIR, REPO_ROOT);
    expect(problems.map(problemToString)).toEqual([]);
  });
});

describe("layoutOf", () => {
  it("positions every entity of the knowledge base at finite coordinates", () => {
    const kb = validKb();
    const layout = layoutOf(kb);
    expect(Object.keys(layout).sort()).toEqual(kb.entities.map((e) => e.id).sort());
    for (const [x, y] of Object.values(layout)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(layoutOf(kb)).toEqual(layout);
  });
});
