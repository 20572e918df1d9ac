// Tables: one row per item with its selection id, accent-insensitive filtering, sorting, and the CSV of what is shown.
import { describe, expect, it } from "vitest";
import { buildTable, queryTable, tableCsv, TABLES } from "../../../src/core/view/tables.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { encodeSelection, type Selection } from "../../../src/core/view/selection.ts";

const kb = requireKnowledgeBase();
const relations = new Set(kb.relations.map((r) => r.id));
const claims = new Set(kb.claims.map((c) => c.id));

describe("buildTable", () => {
  it.each([
    [
      "entities",
      kb.entities.length,
      (s: Selection) => (s.kind === "entity" || s.kind === "source") && kb.entities.some((e) => e.id === s.id),
    ],
    ["relations", kb.relations.length, (s: Selection) => s.kind === "relation" && relations.has(s.id)],
    ["claims", kb.claims.length, (s: Selection) => s.kind === "claim" && claims.has(s.id)],
    [
      "sources",
      kb.entities.filter((e) => e.kind === "source" || e.kind === "interviewee").length,
      (s: Selection) => s.kind === "source" && kb.entities.some((e) => e.id === s.id),
    ],
  ] as const)("%s: one row per item, each selecting it", (id, n, selects) => {
    const t = buildTable(kb, id);
    expect(t.rows).toHaveLength(n);
    expect(t.rows.every((r) => selects(r.select))).toBe(true);
    expect(new Set(t.rows.map((r) => encodeSelection(r.select))).size).toBe(n);
  });
  it("covers all tables", () => expect(TABLES).toEqual(["entities", "relations", "claims", "sources"]));
});

describe("queryTable", () => {
  const t = buildTable(kb, "sources");
  it("filters on every word, ignoring case and accents", () => {
    const rows = queryTable(t, { filter: "BEZIK", sort: null, descending: false });
    expect(rows.map((r) => r.select)).toEqual([{ kind: "source", id: "bezik-2011" }]);
    expect(queryTable(t, { filter: "zzzz-nothing", sort: null, descending: false })).toEqual([]);
  });
  it("sorts numeric columns as numbers, both ways", () => {
    const up = queryTable(t, { filter: "", sort: "cited", descending: false }).map((r) => Number(r.cells.cited));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = queryTable(t, { filter: "", sort: "cited", descending: true }).map((r) => Number(r.cells.cited));
    expect(down).toEqual([...up].reverse());
  });
});

describe("tableCsv", () => {
  it("has a header and one line per shown row, quoting commas", () => {
    const t = buildTable(kb, "claims");
    const rows = queryTable(t, { filter: "Sakhalin", sort: null, descending: false });
    const csv = tableCsv(t, rows);
    const header = csv.split("\r\n")[0];
    expect(header).toBe("Where,Claim,When,Citations");
    expect(rows.length).toBeGreaterThan(1);
    expect(csv.trim().split("\r\n")).toHaveLength(rows.length + 1);
    const withComma = rows.find((r) => String(r.cells.text).includes(","))!;
    expect(csv).toContain(`"${String(withComma.cells.text).replace(/"/g, '""')}"`);
  });
});
