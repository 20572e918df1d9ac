// The tables of the explorer (entities, relations, claims, sources): columns, rows, text filter, sorting and the CSV
// of exactly what is shown. Framework-free, so the accessible table view and its CSV download agree and are tested
// without a browser. Every row carries the selection it stands for.
import type { KnowledgeBase } from "../data/build.ts";
import { formatCitation, formatReference } from "../data/cite.ts";
import { toCsv } from "../formats/csv.ts";
import { fold } from "../model/search.ts";
import { isCitable } from "../data/kinds.ts";
import { isOfKind } from "../data/schema.ts";
import { claimSelection, entitySelection, relationSelection, type Selection } from "./selection.ts";

export const TABLES = ["entities", "relations", "claims", "sources"] as const;
export type TableId = (typeof TABLES)[number];

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface Row {
  /** What selecting this row selects. */
  select: Selection;
  cells: Record<string, string | number>;
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

const yearsText = (x: { start?: number; end?: number }) =>
  x.start === undefined && x.end === undefined
    ? ""
    : x.start === x.end
      ? `${x.start}`
      : `${x.start ?? ""}–${x.end ?? ""}`;

export function buildTable(kb: KnowledgeBase, id: TableId): Table {
  const entity = new Map(kb.entities.map((e) => [e.id, e]));
  const label = (eid: string) => entity.get(eid)?.label ?? eid;
  const typeLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const citedBy = new Map<string, number>();
  for (const c of kb.claims) for (const ct of c.citations) citedBy.set(ct.source, (citedBy.get(ct.source) ?? 0) + 1);
  switch (id) {
    case "entities":
      return {
        columns: [
          { key: "label", label: "Entity" },
          { key: "kind", label: "Kind" },
          { key: "description", label: "Description" },
          { key: "years", label: "Years" },
          { key: "claims", label: "Claims", numeric: true },
        ],
        rows: kb.entities.map((e) => ({
          select: entitySelection(e.id, e.kind),
          cells: {
            label: e.label,
            kind: e.kind,
            description: e.description,
            years: yearsText(e),
            claims: e.claims.length,
          },
        })),
      };
    case "relations":
      return {
        columns: [
          { key: "from", label: "From" },
          { key: "type", label: "Relation" },
          { key: "to", label: "To" },
          { key: "years", label: "Years" },
          { key: "claims", label: "Claims", numeric: true },
        ],
        rows: kb.relations.map((r) => ({
          select: relationSelection(r.id),
          cells: {
            from: label(r.source),
            type: typeLabel.get(r.type) ?? r.type,
            to: label(r.target),
            years: yearsText(r),
            claims: r.claims.length,
          },
        })),
      };
    case "claims":
      return {
        columns: [
          { key: "locator", label: "Where" },
          { key: "text", label: "Claim" },
          { key: "when", label: "When" },
          { key: "citations", label: "Citations" },
        ],
        rows: kb.claims.map((c) => ({
          select: claimSelection(c.id),
          cells: {
            locator: c.locator,
            text: c.text,
            when: c.qualifiers["when-text"] ?? c.qualifiers.when ?? "",
            citations: c.citations.map((ct) => formatCitation(ct, entity.get(ct.source))).join("; "),
          },
        })),
      };
    case "sources":
      return {
        columns: [
          { key: "label", label: "Source" },
          { key: "kind", label: "Kind" },
          { key: "reference", label: "Reference" },
          { key: "cited", label: "Cited by claims", numeric: true },
        ],
        rows: kb.entities
          .filter((e) => isCitable(e.kind))
          .map((e) => ({
            select: entitySelection(e.id, e.kind),
            cells: {
              label: e.label,
              kind: e.kind,
              reference: isOfKind(e, "interviewee")
                ? `${e.attributes.position}; interviewed ${e.attributes["interview-date"]}`
                : formatReference(e.attributes).text,
              cited: citedBy.get(e.id) ?? 0,
            },
          })),
      };
  }
}

export interface TableQuery {
  filter: string;
  sort: string | null;
  descending: boolean;
}

/** Rows whose cells contain every word of the filter (accent-insensitive), sorted by one column. */
export function queryTable(table: Table, q: TableQuery): Row[] {
  const words = fold(q.filter).split(/\s+/).filter(Boolean);
  let rows = words.length
    ? table.rows.filter((r) => {
        const text = fold(Object.values(r.cells).join(" "));
        return words.every((w) => text.includes(w));
      })
    : table.rows;
  if (q.sort) {
    const col = table.columns.find((c) => c.key === q.sort);
    const key = q.sort;
    const dir = q.descending ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = a.cells[key];
      const y = b.cells[key];
      const c = col?.numeric ? Number(x) - Number(y) : String(x).localeCompare(String(y), "en", { numeric: true });
      return c * dir;
    });
  }
  return rows;
}

/** The CSV of the rows shown, with the table's column labels as header. */
export function tableCsv(table: Table, rows: Row[]): string {
  return toCsv(
    rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.label, r.cells[c.key]]))),
    table.columns.map((c) => c.label),
  );
}
