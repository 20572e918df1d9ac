// The tables of the explorer (entities, relations, claims, sources): columns, rows, text filter, sorting and the CSV
// of exactly what is shown. Framework-free, so the accessible table view and its CSV download agree and are tested
// without a browser. Every row carries the selection it stands for.
import type { KnowledgeBase } from "../data/build.ts";
import { locatorOrder, SECTIONS, sectionOf } from "../data/locators.ts";
import type { VisibilityResult } from "../model/filters.ts";
import { formatCitation, formatReference } from "../data/cite.ts";
import { toCsv } from "../formats/csv.ts";
import { fold } from "../model/search.ts";
import { isCitable } from "../data/kinds.ts";
import { isOfKind } from "../data/schema.ts";
import { datedOr, periodText, yearsText } from "./period.ts";
import { claimSelection, entitySelection, relationSelection, type Selection } from "./selection.ts";

export const TABLES = ["entities", "relations", "claims", "sources", "quirks"] as const;
export type TableId = (typeof TABLES)[number];

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  /** In the CSV only (ids, sections, locators), not on screen. */
  csvOnly?: boolean;
}

export interface Link {
  text: string;
  select: Selection;
}

export interface Row {
  /** What selecting this row selects. */
  select: Selection;
  cells: Record<string, string | number>;
  /** Sort keys where the shown text does not sort right ("late 1980s (1985–1989)" by its first year). */
  order?: Record<string, number>;
  /** Cells that are lists of links (a quirk's "Concerns"). */
  links?: Record<string, Link[]>;
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

const firstYear = (x: { start?: number; end?: number }) => x.start ?? x.end ?? Number.POSITIVE_INFINITY;
const unique = (xs: string[]) => [...new Set(xs)];
const sectionTitle = new Map(SECTIONS.map((s) => [s.id, s.title]));
const sectionsOf = (locators: string[]) =>
  unique(locators.map((l) => sectionTitle.get(sectionOf(l)?.id ?? "") ?? ""))
    .filter(Boolean)
    .join("; ");
const ID: Column = { key: "id", label: "Id", csvOnly: true };
const SECTION: Column = { key: "section", label: "Section", csvOnly: true };
const LOCATORS: Column = { key: "locators", label: "Locators", csvOnly: true };

export function buildTable(kb: KnowledgeBase, id: TableId): Table {
  const entity = new Map(kb.entities.map((e) => [e.id, e]));
  const claim = new Map(kb.claims.map((c) => [c.id, c]));
  const label = (eid: string) => entity.get(eid)?.label ?? eid;
  const typeLabel = new Map(kb.relationTypes.map((t) => [t.id, t.label]));
  const citedBy = new Map<string, number>();
  for (const c of kb.claims) for (const ct of c.citations) citedBy.set(ct.source, (citedBy.get(ct.source) ?? 0) + 1);
  const locatorsOf = (claims: string[]) => unique(claims.map((c) => claim.get(c)?.locator ?? "")).filter(Boolean);
  const where = (claims: string[]) => {
    const locs = locatorsOf(claims);
    return { id: "", section: sectionsOf(locs), locators: locs.join("; ") };
  };
  switch (id) {
    case "entities":
      return {
        columns: [
          { key: "label", label: "Entity" },
          { key: "kind", label: "Kind" },
          { key: "description", label: "Description" },
          { key: "years", label: "Years" },
          { key: "claims", label: "Claims", numeric: true },
          ID,
          SECTION,
          LOCATORS,
        ],
        rows: kb.entities.map((e) => ({
          select: entitySelection(e.id, e.kind),
          cells: {
            label: e.label,
            kind: e.kind,
            description: e.description,
            years: yearsText(e),
            claims: e.claims.length,
            ...where(e.claims),
            id: e.id,
          },
          order: { years: firstYear(e) },
        })),
      };
    case "relations":
      return {
        columns: [
          { key: "from", label: "From" },
          { key: "type", label: "Relation" },
          { key: "to", label: "To" },
          { key: "years", label: "Years" },
          { key: "model", label: "Model" },
          { key: "claims", label: "Claims", numeric: true },
          ID,
          SECTION,
          LOCATORS,
        ],
        rows: kb.relations.map((r) => ({
          select: relationSelection(r.id),
          cells: {
            from: label(r.source),
            type: typeLabel.get(r.type) ?? r.type,
            to: label(r.target),
            years: periodText(
              r,
              r.claims.flatMap((c) => claim.get(c) ?? []),
              r.key ? entity.get(r.key) : undefined,
            ),
            model: r.key ? label(r.key) : "",
            claims: r.claims.length,
            ...where(r.claims),
            id: r.id,
          },
          order: { years: firstYear(datedOr(r, r.key ? entity.get(r.key) : undefined)) },
        })),
      };
    case "claims":
      return {
        columns: [
          { key: "locator", label: "Where" },
          { key: "text", label: "Claim" },
          { key: "when", label: "When" },
          { key: "citations", label: "Citations" },
          ID,
          SECTION,
        ],
        rows: kb.claims.map((c) => ({
          select: claimSelection(c.id),
          cells: {
            locator: c.locator,
            text: c.text,
            when: c.qualifiers["when-text"] ?? c.qualifiers.when ?? "",
            citations: c.citations.map((ct) => formatCitation(ct, entity.get(ct.source))).join("; "),
            id: c.id,
            section: sectionsOf([c.locator]),
          },
          order: { locator: locatorOrder(c.locator) },
        })),
      };
    case "sources":
      return {
        columns: [
          { key: "label", label: "Source" },
          { key: "kind", label: "Kind" },
          { key: "reference", label: "Reference" },
          { key: "cited", label: "Cited by claims", numeric: true },
          ID,
          SECTION,
          LOCATORS,
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
              ...where(e.claims),
              id: e.id,
            },
          })),
      };
    case "quirks":
      return {
        columns: [
          { key: "kind", label: "Type" },
          { key: "locators", label: "Where" },
          { key: "note", label: "What the paper says" },
          { key: "concerns", label: "Concerns" },
          ID,
          SECTION,
        ],
        rows: kb.quirks.map((q) => {
          const links: Link[] = q.applies.map((a) => {
            const c = claim.get(a);
            if (c) return { text: `${c.locator}: ${shorten(c.text)}`, select: claimSelection(c.id) };
            return { text: label(a), select: entitySelection(a, entity.get(a)?.kind) };
          });
          return {
            select: { kind: "quirk", id: q.id },
            cells: {
              kind: q.kind.replace(/-/g, " "),
              locators: q.locators.join(", "),
              note: q.note,
              concerns: links.map((l) => l.text).join("; "),
              id: q.id,
              section: sectionsOf(q.locators),
            },
            order: { locators: Math.min(...q.locators.map(locatorOrder)) },
            links: { concerns: links },
          };
        }),
      };
  }
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Whether a row's item is in the graph's current view (not hidden or faded by a filter); claims by what they concern. */
export function inView(kb: KnowledgeBase, vis: Pick<VisibilityResult, "nodes" | "edges">): (row: Row) => boolean {
  const claim = new Map(kb.claims.map((c) => [c.id, c]));
  const quirk = new Map(kb.quirks.map((q) => [q.id, q]));
  const node = (id: string) => (vis.nodes.get(id) ?? "shown") === "shown";
  const edge = (id: string) => (vis.edges.get(id) ?? "shown") === "shown";
  const claimIn = (id: string) => {
    const c = claim.get(id);
    if (!c) return true;
    if (!c.about.length && !c.relations.length) return true;
    return c.about.some(node) || c.relations.some(edge);
  };
  return (row) => {
    const s = row.select;
    if (s.kind === "relation") return edge(s.id);
    if (s.kind === "claim") return claimIn(s.id);
    if (s.kind === "quirk") return (quirk.get(s.id)?.applies ?? []).some((a) => (claim.has(a) ? claimIn(a) : node(a)));
    return node(s.id);
  };
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
      const x = a.order?.[key] ?? a.cells[key];
      const y = b.order?.[key] ?? b.cells[key];
      const c =
        col?.numeric || typeof x === "number"
          ? Number(x) - Number(y)
          : String(x).localeCompare(String(y), "en", { numeric: true });
      return c * dir;
    });
  }
  return rows;
}

/**
 * The CSV of the rows shown, with the table's column labels as header, then the ids, sections and locators. It
 * starts with a UTF-8 byte-order mark so spreadsheet programs read the transliterations (Bezík, Pak Ŭn-ok) right.
 */
export function tableCsv(table: Table, rows: Row[]): string {
  return (
    "\uFEFF" +
    toCsv(
      rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.label, r.cells[c.key]]))),
      table.columns.map((c) => c.label),
    )
  );
}
