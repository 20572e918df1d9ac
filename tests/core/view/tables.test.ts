// Tables: one row per item with its selection id, accent-insensitive filtering, sorting, and the CSV of what is shown.
import { describe, expect, it } from "vitest";
import { periodText } from "../../../src/core/view/period.ts";
import { buildTable, inView, queryTable, tableCsv, TABLES } from "../../../src/core/view/tables.ts";
import type { KbRelation } from "../../../src/core/data/build.ts";
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
    ["quirks", kb.quirks.length, (s: Selection) => s.kind === "quirk" && kb.quirks.some((q) => q.id === s.id)],
  ] as const)("%s: one row per item, each selecting it", (id, n, selects) => {
    const t = buildTable(kb, id);
    expect(t.rows).toHaveLength(n);
    expect(t.rows.every((r) => selects(r.select))).toBe(true);
    expect(new Set(t.rows.map((r) => encodeSelection(r.select))).size).toBe(n);
  });
  it("covers all tables", () => expect(TABLES).toEqual(["entities", "relations", "claims", "sources", "quirks"]));
  it("tells parallel relations apart by model and years (the 1967 supervision)", () => {
    const t = buildTable(kb, "relations");
    const supervision = t.rows.filter(
      (r) => r.cells.from === "North Korean supervisors" && r.cells.type === "supervises",
    );
    expect(supervision.length).toBeGreaterThan(1);
    const rel = new Map(kb.relations.map((r) => [r.id, r]));
    for (const row of supervision) {
      const r = rel.get(row.select.id)!;
      expect(row.cells.model).toBe(r.key ? kb.entities.find((e) => e.id === r.key)!.label : "");
      const model = r.key ? kb.entities.find((e) => e.id === r.key) : undefined;
      const start = r.start ?? r.end ?? model?.start;
      if (start !== undefined) expect(String(row.cells.years)).toContain(String(start));
    }
    const keys = supervision.map((r) => `${r.cells.model}|${r.cells.years}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(supervision.some((r) => String(r.cells.model).includes("1967"))).toBe(true);
  });
  it("sorts the Years column by first year (an undated model relation by its model's), undated last", () => {
    const t = buildTable(kb, "relations");
    const rel = new Map(kb.relations.map((r) => [r.id, r]));
    const first = (id: string) => {
      const r = rel.get(id)!;
      return r.start ?? r.end ?? kb.entities.find((e) => e.id === r.key)?.start ?? Infinity;
    };
    const firsts = queryTable(t, { filter: "", sort: "years", descending: false }).map((r) => first(r.select.id));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(firsts[0]).toBeLessThan(Infinity);
  });
  it("words a vague period as the paper does, with its years", () => {
    const r: KbRelation = {
      id: "x",
      type: "t",
      source: "a",
      target: "b",
      claims: ["c"],
      when: ["198X"],
      start: 1980,
      end: 1989,
    };
    const c = { ...kb.claims[0], id: "c", qualifiers: { when: "198X", "when-text": "the 1980s", approximate: true } };
    expect(periodText(r, [c])).toBe("the 1980s (1980–1989)");
    expect(periodText(r, [{ ...c, qualifiers: { ...c.qualifiers, approximate: undefined } }])).toBe("1980–1989");
    expect(periodText({ ...r, when: ["1985"] }, [c])).toBe("1980–1989");
    const undated: KbRelation = { id: "y", type: "t", source: "a", target: "b", claims: ["c"] };
    const model = { start: 1967, end: 1999, span: { "when-text": "from 1967 into the 1990s" } };
    expect(periodText(undated, [c], model)).toBe("from 1967 into the 1990s (1967–1999)");
    expect(periodText(r, [c], model)).toBe("the 1980s (1980–1989)");
    expect(periodText(undated, [c])).toBe("");
  });
  it("quirks: type, where, what the paper says, and links to each item it concerns", () => {
    const t = buildTable(kb, "quirks");
    const ids = new Set([...kb.entities.map((e) => e.id), ...kb.claims.map((c) => c.id)]);
    for (const [i, q] of kb.quirks.entries()) {
      const row = t.rows[i];
      expect(row.cells.note).toBe(q.note);
      for (const l of q.locators) expect(String(row.cells.locators)).toContain(l);
      expect(row.links!.concerns.map((l) => l.select.id)).toEqual(q.applies);
      expect(row.links!.concerns.every((l) => ids.has(l.select.id))).toBe(true);
    }
  });
});

describe("inView", () => {
  it("keeps what the graph shows: hidden or faded items drop, claims follow what they concern", () => {
    const [a, b] = kb.entities;
    const rel = kb.relations.find((r) => r.source !== a.id && r.target !== a.id)!;
    const vis = {
      nodes: new Map([
        [a.id, "hidden" as const],
        [b.id, "faded" as const],
      ]),
      edges: new Map([[rel.id, "hidden" as const]]),
    };
    const keep = inView(kb, vis);
    const ents = buildTable(kb, "entities")
      .rows.filter(keep)
      .map((r) => r.select.id);
    expect(ents).not.toContain(a.id);
    expect(ents).not.toContain(b.id);
    expect(ents).toHaveLength(kb.entities.length - 2);
    expect(buildTable(kb, "relations").rows.filter(keep)).toHaveLength(kb.relations.length - 1);
    const onlyAboutA = kb.claims.find((c) => c.about.length === 1 && c.about[0] === a.id && !c.relations.length);
    const claims = buildTable(kb, "claims")
      .rows.filter(keep)
      .map((r) => r.select.id);
    if (onlyAboutA) expect(claims).not.toContain(onlyAboutA.id);
    const everything = inView(kb, { nodes: new Map(), edges: new Map() });
    expect(buildTable(kb, "claims").rows.every(everything)).toBe(true);
  });
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
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const header = csv.slice(1).split("\r\n")[0];
    expect(header).toBe("Where,Claim,When,Citations,Id,Section");
    for (const r of rows) expect(csv).toContain(`,${r.select.id},`);
    expect(rows.length).toBeGreaterThan(1);
    expect(csv.trim().split("\r\n")).toHaveLength(rows.length + 1);
    const withComma = rows.find((r) => String(r.cells.text).includes(","))!;
    expect(csv).toContain(`"${String(withComma.cells.text).replace(/"/g, '""')}"`);
  });
});

describe("tableCsv columns", () => {
  it.each(TABLES)("%s: names the table's columns and carries ids, sections and locators", (id) => {
    const t = buildTable(kb, id);
    const header = tableCsv(t, []).slice(1).trim().split(",");
    const shown = t.columns.filter((c) => !c.csvOnly).map((c) => c.label);
    expect(header.slice(0, shown.length)).toEqual(shown);
    expect(header).toContain("Id");
    expect(header).toContain("Section");
    expect(header.some((h) => h === "Locators" || h === "Where")).toBe(true);
  });
});
