// Property-based tests (fast-check) of loading, validation, the build and the readers, on the valid fixture and on
// graph/data held in memory: random edits of the YAML text (deleted, duplicated, swapped or re-indented lines,
// truncation, random bytes, swapped ids, emptied files) and of the parsed records (deleted keys, changed types,
// duplicated records, swapped or hostile ids, misplaced files) never make parseFiles, validate,
// buildKnowledgeBase, readJson or openDataset throw; data the validator accepts always builds and exports a file the
// reader accepts; the build is deterministic (same data, byte-identical writeJson output with the layout, whatever
// the file order or YAML layout). The number of cases run is printed at the end.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { buildKnowledgeBase } from "../../src/core/data/build.ts";
import { writeCsv } from "../../src/core/formats/csv.ts";
import { writeGexf } from "../../src/core/formats/gexf.ts";
import { writeGraphml } from "../../src/core/formats/graphml.ts";
import { readJson, writeJson } from "../../src/core/formats/json.ts";
import { openDataset, type OpenFile } from "../../src/core/formats/open.ts";
import { toGraph } from "../../src/core/model/graph.ts";
import { computeLayout } from "../../src/core/model/layout.ts";
import { parseFiles, type Problem, type SourceFile } from "../../src/core/data/load.ts";
import { validate } from "../../src/core/data/rules.ts";
import { readDataFiles } from "../../src/node/data.ts";
import { DATA_ROOT, validFiles } from "../fixtures/fixtures.ts";

const FIXTURE = validFiles();
const REAL = readDataFiles().map((f) => ({ ...f, path: DATA_ROOT + f.path.slice(f.path.indexOf("graph/data/") + 11) }));
const SETS: [string, SourceFile[], number][] = [
  // [name, files, number of cases per property] (graph/data takes ~0.15 s a case)
  ["the valid fixture", FIXTURE, 300],
  ["graph/data", REAL, 25],
];

const runs: Record<string, number> = {};
/** Random edits that happen to leave the data valid (a comment, a swapped line inside a record...): counted apart. */
const VALID_AFTER_EDITS = "valid after random edits";
/** fc.assert that counts its cases under `name`. */
async function check<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  numRuns: number,
) {
  if (property.isAsync()) await fc.assert(property as fc.IAsyncProperty<Ts>, { numRuns });
  else fc.assert(property as fc.IProperty<Ts>, { numRuns });
  runs[name] = (runs[name] ?? 0) + numRuns;
}
afterAll(() => {
  const counts = Object.entries(runs).filter(([k]) => k !== VALID_AFTER_EDITS);
  const total = counts.reduce((a, [, b]) => a + b, 0);
  console.log(
    `property tests: ${total} cases\n${counts.map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`).join("\n")}\n` +
      `  (${runs[VALID_AFTER_EDITS] ?? 0} of the random edits left the data valid: built, exported, read back)`,
  );
});

// ---- edits --------------------------------------------------------------------------------------------------------

type TextEdit =
  | { kind: "delete-lines" | "duplicate-lines"; at: number; count: number }
  | { kind: "swap-lines" | "swap-ids"; a: number; b: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "indent"; at: number; by: number }
  | { kind: "empty" };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("delete-lines", "duplicate-lines"),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constantFrom("swap-lines", "swap-ids"), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("truncate"), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert"),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.string({ unit: "binary-ascii", maxLength: 12 }),
      fc.constantFrom(": ", "- ", "\t", "{", "[", "'", '"', "&a", "*a", "!!binary", "\u0000", "\uFEFF", "---\n"),
    ),
  }),
  fc.record({ kind: fc.constant("indent"), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.constant({ kind: "empty" as const }),
);

function applyText(text: string, e: TextEdit): string {
  const lines = text.split("\n");
  const n = lines.length;
  switch (e.kind) {
    case "delete-lines":
      lines.splice(e.at % n, e.count);
      return lines.join("\n");
    case "duplicate-lines": {
      const at = e.at % n;
      lines.splice(at, 0, ...lines.slice(at, at + e.count));
      return lines.join("\n");
    }
    case "swap-lines": {
      const [a, b] = [e.a % n, e.b % n];
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join("\n");
    }
    case "swap-ids": {
      const ids = [...text.matchAll(/\bid: ([a-z0-9-]+)/g)].map((m) => m[1]);
      if (ids.length < 2) return text;
      const [a, b] = [ids[e.a % ids.length], ids[e.b % ids.length]];
      return text.replace(new RegExp(`\\b(${a}|${b})\\b`, "g"), (m) => (m === a ? b : a));
    }
    case "truncate":
      return text.slice(0, e.at % (text.length + 1));
    case "insert": {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case "indent": {
      const at = e.at % n;
      lines[at] = e.by >= 0 ? " ".repeat(e.by) + lines[at] : lines[at].slice(-e.by);
      return lines.join("\n");
    }
    case "empty":
      return "";
  }
}

type ValueEdit =
  | { kind: "delete-key"; record: number; key: number }
  | { kind: "set-key"; record: number; key: string; value: unknown }
  | { kind: "duplicate-record" | "remove-record"; record: number }
  | { kind: "swap-ids"; a: number; b: number }
  | { kind: "hostile-id"; record: number; id: string }
  | { kind: "replace-list"; value: unknown };

const KEYS = ["id", "kind", "label", "aliases", "description", "attributes", "locator", "text", "citations", "when"];
const KEYS_MORE = ["when-text", "quantities", "about", "relations", "locators", "applies", "note", "inverse", "x"];
const HOSTILE_IDS = ["__proto__", "constructor", "toString", "", "UPPER", "a--b", "-a", "x".repeat(300)];

const valueEdit: fc.Arbitrary<ValueEdit> = fc.oneof(
  fc.record({ kind: fc.constant("delete-key"), record: fc.nat(), key: fc.nat() }),
  fc.record({
    kind: fc.constant("set-key"),
    record: fc.nat(),
    key: fc.constantFrom(...KEYS, ...KEYS_MORE),
    value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, [], {}, "", 0, -1, Number.MAX_VALUE, true)),
  }),
  fc.record({ kind: fc.constantFrom("duplicate-record", "remove-record"), record: fc.nat() }),
  fc.record({ kind: fc.constant("swap-ids"), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("hostile-id"), record: fc.nat(), id: fc.constantFrom(...HOSTILE_IDS) }),
  fc.record({ kind: fc.constant("replace-list"), value: fc.jsonValue({ maxDepth: 2 }) }),
);

/** Applies an edit to the records of a YAML file (parsed, edited, written back); text that does not parse is kept. */
function applyValue(text: string, e: ValueEdit): string {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return text;
  }
  if (typeof doc !== "object" || doc === null) return text;
  const top = doc as Record<string, unknown>;
  const section = Object.keys(top)[0];
  const list = top[section];
  if (!Array.isArray(list) || list.length === 0) return text;
  // A list edited earlier may hold scalars ("replace-list"); edits that need a record then change nothing.
  if (!list.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))) return text;
  const rec = (i: number) => list[i % list.length] as Record<string, unknown>;
  switch (e.kind) {
    case "delete-key": {
      const r = rec(e.record);
      const keys = Object.keys(r);
      if (keys.length) delete r[keys[e.key % keys.length]];
      break;
    }
    case "set-key":
      rec(e.record)[e.key] = e.value;
      break;
    case "duplicate-record":
      list.push(structuredClone(rec(e.record)));
      break;
    case "remove-record":
      list.splice(e.record % list.length, 1);
      break;
    case "swap-ids": {
      const [a, b] = [rec(e.a), rec(e.b)];
      [a.id, b.id] = [b.id, a.id];
      break;
    }
    case "hostile-id":
      rec(e.record).id = e.id;
      break;
    case "replace-list":
      top[section] = e.value;
      break;
  }
  return stringifyYaml(doc);
}

type FileEdit =
  | { kind: "text"; file: number; edit: TextEdit }
  | { kind: "value"; file: number; edit: ValueEdit }
  | { kind: "drop"; file: number }
  | { kind: "misplace"; file: number; path: string };

const fileEdit: fc.Arbitrary<FileEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("text" as const), file: fc.nat(), edit: textEdit }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("value" as const), file: fc.nat(), edit: valueEdit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), file: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("misplace" as const),
      file: fc.nat(),
      path: fc.constantFrom("notes.txt", "claims/x.yml", "entities/sub/a.yaml", "vocabulary.yml", "quirks.yaml"),
    }),
  },
);

function applyEdits(files: SourceFile[], edits: FileEdit[]): SourceFile[] {
  let out = files.map((f) => ({ ...f }));
  for (const e of edits) {
    if (out.length === 0) break;
    const i = e.file % out.length;
    if (e.kind === "text") out[i].text = applyText(out[i].text, e.edit);
    else if (e.kind === "value") out[i].text = applyValue(out[i].text, e.edit);
    else if (e.kind === "drop") out = out.filter((_, k) => k !== i);
    else out.push({ path: DATA_ROOT + e.path, text: out[i].text });
  }
  return out;
}

// ---- the pipeline --------------------------------------------------------------------------------------------------

/** check:data in memory, then the build and the export when there is no problem. */
function pipeline(files: SourceFile[]): { problems: Problem[]; json?: string } {
  const { dataset, problems } = parseFiles(files, DATA_ROOT);
  problems.push(...validate(dataset));
  // The build never runs on invalid data in the product, but it must not throw on any parsed dataset either.
  const kb = buildKnowledgeBase(dataset);
  if (problems.length) return { problems };
  return { problems, json: writeJson(kb, {}) };
}

const wellFormed = (p: Problem) =>
  typeof p.file === "string" &&
  p.file.length > 0 &&
  Number.isInteger(p.line) &&
  p.line >= 1 &&
  p.rule.length > 0 &&
  p.message.length > 0;

describe.each(SETS)("random edits of %s", (_name, files, numRuns) => {
  it(
    "never throw: every problem has a file, a line, a rule and a message; accepted data builds and reads back",
    { timeout: 120_000 },
    async () => {
      await check(
        "random edits: load, validate, build, export, read back",
        fc.property(fc.array(fileEdit, { minLength: 1, maxLength: 3 }), (edits) => {
          const { problems, json } = pipeline(applyEdits(files, edits));
          for (const p of problems) expect(wellFormed(p), JSON.stringify(p)).toBe(true);
          if (json !== undefined) {
            // Valid data always builds, and its export is a file the reader accepts.
            runs[VALID_AFTER_EDITS] = (runs[VALID_AFTER_EDITS] ?? 0) + 1;
            expect(readJson(json).problems).toEqual([]);
          }
        }),
        numRuns,
      );
    },
  );

  it("several edits at once are all reported: one problem per file at least", { timeout: 120_000 }, async () => {
    await check(
      "random edits: each broken file reported",
      fc.property(fc.uniqueArray(fc.nat({ max: files.length - 1 }), { minLength: 2, maxLength: 3 }), (picked) => {
        const broken = files.map((f, i) => (picked.includes(i) ? { ...f, text: `${f.text}\n: [` } : f));
        const { problems } = pipeline(broken);
        for (const i of picked) expect(problems.some((p) => p.file === files[i].path)).toBe(true);
      }),
      Math.min(numRuns, 50),
    );
  });
});

// ---- valid data ----------------------------------------------------------------------------------------------------

/** Edits that keep the data valid and the same: file order, YAML layout (re-serialized), comments, blank lines. */
type Neutral = { order: number[]; reserialize: number[]; comment: number[] };

const neutral = (n: number): fc.Arbitrary<Neutral> =>
  fc.record({
    order: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: n, maxLength: n },
    ),
    reserialize: fc.subarray(Array.from({ length: n }, (_, i) => i)),
    comment: fc.subarray(Array.from({ length: n }, (_, i) => i)),
  });

function applyNeutral(files: SourceFile[], e: Neutral): SourceFile[] {
  return e.order.map((i) => {
    let text = files[i].text;
    if (e.reserialize.includes(i)) text = stringifyYaml(parseYaml(text), { lineWidth: 0 });
    if (e.comment.includes(i)) text = `# an added comment\n\n${text.replace(/\n/, "\n\n")}`;
    return { path: files[i].path, text };
  });
}

/** Edits that keep the data valid but change it: new descriptions and labels, records in another order. */
type Change = { texts: [number, number, string][]; reverse: number[] };

const change = (n: number): fc.Arbitrary<Change> =>
  fc.record({
    texts: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat(), fc.string({ minLength: 1, maxLength: 40 }))),
    reverse: fc.subarray(Array.from({ length: n }, (_, i) => i)),
  });

function applyChange(files: SourceFile[], c: Change): SourceFile[] {
  const docs = files.map((f) => parseYaml(f.text) as Record<string, Record<string, unknown>[]>);
  c.texts.forEach(([file, record, text], k) => {
    const list = Object.values(docs[file])[0];
    if (!Array.isArray(list) || list.length === 0) return;
    const r = list[record % list.length];
    // A label must stay unique among names: the prefix keeps it so.
    if ("label" in r && "kind" in r) r.label = `Changed ${k} ${text}`;
    if ("description" in r) r.description = text.trim() ? text : "x";
    if ("note" in r) r.note = text.trim() ? text : "x";
  });
  for (const i of c.reverse) {
    const key = Object.keys(docs[i])[0];
    if (Array.isArray(docs[i][key])) docs[i][key].reverse();
  }
  return files.map((f, i) => ({ path: f.path, text: stringifyYaml(docs[i]) }));
}

const withLayout = (files: SourceFile[]) => {
  const { dataset } = parseFiles(files, DATA_ROOT);
  const kb = buildKnowledgeBase(dataset);
  return writeJson(kb, computeLayout(toGraph(kb)));
};

describe.each(SETS)("valid data: %s", (_name, files, numRuns) => {
  const reference = withLayout(files);

  it("is valid to start with", () => {
    expect(pipeline(files).problems).toEqual([]);
  });

  it(
    "builds byte-identically, layout included, whatever the file order, YAML layout or comments",
    { timeout: 120_000 },
    async () => {
      await check(
        "valid data: same data, byte-identical build with layout",
        fc.property(neutral(files.length), (e) => {
          const edited = applyNeutral(files, e);
          expect(pipeline(edited).problems).toEqual([]);
          expect(withLayout(edited)).toBe(reference);
        }),
        Math.max(3, Math.round(numRuns / 10)),
      );
    },
  );

  it(
    "always builds after edits that keep it valid, and the same input builds the same bytes twice",
    { timeout: 120_000 },
    async () => {
      await check(
        "valid data: changed but valid, builds deterministically",
        fc.property(change(files.length), (c) => {
          const edited = applyChange(files, c);
          const first = pipeline(edited);
          expect(first.problems).toEqual([]);
          expect(pipeline(edited).json).toBe(first.json);
          expect(readJson(first.json!).problems).toEqual([]);
        }),
        Math.max(5, Math.round(numRuns / 3)),
      );
    },
  );
});

// ---- files a user opens --------------------------------------------------------------------------------------------

describe("random edits of exported files never make openDataset throw", () => {
  const { dataset } = parseFiles(FIXTURE, DATA_ROOT);
  const kb = buildKnowledgeBase(dataset);
  const layout = computeLayout(toGraph(kb));
  const exports: OpenFile[][] = [
    [{ name: "kg.json", text: writeJson(kb, layout) }],
    [{ name: "kg.gexf", text: writeGexf(kb, layout) }],
    [{ name: "kg.graphml", text: writeGraphml(kb, layout) }],
    Object.entries(writeCsv(kb, layout)).map(([name, text]) => ({ name, text })),
  ];

  it(
    "a dataset exactly when there is no problem; problems say path and message, never 'internal error'",
    { timeout: 120_000 },
    async () => {
      await check(
        "opened files: random edits of JSON, GEXF, GraphML and CSV exports",
        fc.asyncProperty(
          fc.nat({ max: exports.length - 1 }),
          fc.array(fc.tuple(fc.nat(), textEdit), { minLength: 1, maxLength: 3 }),
          async (which, edits) => {
            const files = exports[which].map((f) => ({ ...f }));
            for (const [i, e] of edits) files[i % files.length].text = applyText(files[i % files.length].text, e);
            const res = await openDataset(files);
            expect(res.dataset === undefined).toBe(res.problems.length > 0);
            for (const p of res.problems) {
              expect(typeof p.path).toBe("string");
              expect(p.message).not.toMatch(/internal error/);
            }
          },
        ),
        400,
      );
    },
  );
});
