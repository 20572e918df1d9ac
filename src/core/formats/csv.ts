// CSV export: nodes.csv and edges.csv (RFC 4180 quoting), plus claims.csv and citations.csv so the evidence
// survives in a spreadsheet too.
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import { edgeRows, LIST_SEPARATOR, nodeRows, type Row } from "./flat.ts";

const cell = (v: string | number | undefined): string => {
  if (v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(rows: Row[], header: string[]): string {
  return [header.join(","), ...rows.map((r) => header.map((h) => cell(r[h])).join(","))].join("\r\n") + "\r\n";
}

export function writeCsv(kb: KnowledgeBase, layout: Positions): Record<string, string> {
  const claims: Row[] = kb.claims.map((c) => ({
    id: c.id,
    locator: c.locator,
    section: c.section,
    text: c.text,
    when: c.qualifiers.when ?? "",
    when_text: c.qualifiers["when-text"] ?? "",
    quantities: c.quantities.map((q) => q.text).join(LIST_SEPARATOR),
    about: c.about.join(LIST_SEPARATOR),
    relations: c.relations.join(LIST_SEPARATOR),
  }));
  const citations: Row[] = kb.claims.flatMap((c) =>
    c.citations.map((ct) => ({
      claim: c.id,
      source: ct.source,
      pages: ct.pages ?? "",
      basis: ct.basis ?? "",
      as_cited: ct["as-cited"] ?? "",
    })),
  );
  return {
    "nodes.csv": toCsv(nodeRows(kb, layout), [
      "id",
      "label",
      "kind",
      "aliases",
      "description",
      "attributes",
      "when",
      "start",
      "end",
      "x",
      "y",
      "claims",
      "claim_texts",
    ]),
    "edges.csv": toCsv(edgeRows(kb), [
      "id",
      "source",
      "target",
      "type",
      "relation_key",
      "when",
      "start",
      "end",
      "claims",
      "citations",
      "claim_texts",
    ]),
    "claims.csv": toCsv(claims, [
      "id",
      "locator",
      "section",
      "text",
      "when",
      "when_text",
      "quantities",
      "about",
      "relations",
    ]),
    "citations.csv": toCsv(citations, ["claim", "source", "pages", "basis", "as_cited"]),
  };
}
