// CSV export read back with a small RFC 4180 reader: one row per entity, relation, claim and citation; values with
// commas, quotes and newlines survive.
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { toCsv, writeCsv } from "../../../src/core/formats/csv.ts";
import { LIST_SEPARATOR } from "../../../src/core/formats/flat.ts";
import { toGraph } from "../../../src/core/model/graph.ts";
import { computeLayout } from "../../../src/core/model/layout.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

/** RFC 4180: fields separated by commas, records by CRLF; quoted fields may hold commas, CRLF/LF and "" for ". */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") throw new Error(`bare line break outside quotes at ${i}`);
    else field += ch;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length) throw new Error("last record does not end with CRLF");
  return rows;
}

/** Rows as objects keyed by the header; every row must have as many fields as the header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  for (const r of rows) expect(r).toHaveLength(header.length);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const DATASETS: [string, KnowledgeBase][] = [
  ["the valid fixture", validKb()],
  ["graph/data", requireKnowledgeBase()],
];

describe.each(DATASETS)("CSV of %s", (_name, kb) => {
  const layout = computeLayout(toGraph(kb));
  const files = writeCsv(kb, layout);

  it("writes the four tables", () => {
    expect(Object.keys(files).sort()).toEqual(["citations.csv", "claims.csv", "edges.csv", "nodes.csv"]);
  });

  it("nodes.csv has one row per entity, with its fields intact", () => {
    const rows = records(files["nodes.csv"]);
    expect(rows.map((r) => r.id)).toEqual(kb.entities.map((e) => e.id));
    kb.entities.forEach((e, i) => {
      const r = rows[i];
      expect(r.label).toBe(e.label);
      expect(r.kind).toBe(e.kind);
      expect(r.description).toBe(e.description);
      expect(r.aliases).toBe(e.aliases.join(LIST_SEPARATOR));
      expect(JSON.parse(r.attributes)).toEqual(e.attributes);
      expect(r.claims).toBe(e.claims.join(LIST_SEPARATOR));
      expect(r.start).toBe(e.start === undefined ? "" : String(e.start));
      expect([Number(r.x), Number(r.y)]).toEqual(layout[e.id]);
    });
  });

  it("edges.csv has one row per relation", () => {
    const rows = records(files["edges.csv"]);
    expect(rows.map((r) => r.id)).toEqual(kb.relations.map((r) => r.id));
    kb.relations.forEach((rel, i) => {
      expect(rows[i]).toMatchObject({
        source: rel.source,
        target: rel.target,
        type: rel.type,
        relation_key: rel.key ?? "",
        when: (rel.when ?? []).join(LIST_SEPARATOR),
        claims: rel.claims.join(LIST_SEPARATOR),
      });
    });
  });

  it("claims.csv has one row per claim and citations.csv one per citation", () => {
    const claims = records(files["claims.csv"]);
    expect(claims.map((r) => [r.id, r.locator, r.text])).toEqual(kb.claims.map((c) => [c.id, c.locator, c.text]));
    const citations = records(files["citations.csv"]);
    expect(citations.map((r) => [r.claim, r.source, r.pages, r.basis])).toEqual(
      kb.claims.flatMap((c) => c.citations.map((ct) => [c.id, ct.source, ct.pages ?? "", ct.basis ?? ""])),
    );
  });
});

describe("CSV quoting", () => {
  it("values with commas, quotes and newlines survive", () => {
    const kb = validKb();
    // The fixture's USSR description holds a comma, double quotes and a newline.
    const ussr = kb.entities.find((e) => e.id === "ussr")!;
    expect(ussr.description).toMatch(/,.*".*\n/s);
    const rows = records(writeCsv(kb, {})["nodes.csv"]);
    expect(rows.find((r) => r.id === "ussr")!.description).toBe(ussr.description);
  });

  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["", ""],
  ])("%j is written as %j", (value, cell) => {
    expect(toCsv([{ v: value }], ["v"])).toBe(`v\r\n${cell}\r\n`);
    expect(readCsv(toCsv([{ v: value }], ["v"]))).toEqual([["v"], [value]]);
  });

  it("leaves a missing column empty and writes numbers as they are", () => {
    expect(readCsv(toCsv([{ a: 1.5 }, { b: "x" }], ["a", "b"]))).toEqual([
      ["a", "b"],
      ["1.5", ""],
      ["", "x"],
    ]);
  });
});
