// npm run roundtrip: for every export format, export graph/data, open the export with openDataset, export again,
// and print what each format keeps (entities, relations, claims, citations, attributes...) and what it cannot
// carry. The same functions back tests/core/formats/roundtrip.test.ts, which asserts exactly what is printed here
// against DECLARED, the registry's round-trip declarations (so a reader that starts losing something fails the tests, not only the report).
import { pathToFileURL } from "node:url";
import type { KnowledgeBase } from "../src/core/data/build.ts";
import type { Dataset } from "../src/core/formats/json.ts";
import { openDataset, OPEN_FORMATS, type OpenFormat } from "../src/core/formats/open.ts";
import { ASPECTS, formatById, OPENABLE, type Aspect } from "../src/core/formats/registry.ts";
import type { Positions } from "../src/core/model/graph.ts";

export { ASPECTS, type Aspect } from "../src/core/formats/registry.ts";

export interface Count {
  kept: number;
  total: number;
}

/** What each format is declared to lose (aspects not fully kept) and which re-exported files differ: the registry's. */
export const DECLARED: Record<OpenFormat, { lost: Aspect[]; differs: string[] }> = Object.fromEntries(
  OPENABLE.map((f) => [f.id, f.roundTrip ?? { lost: [], differs: [] }]),
);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));

/** Item-by-item comparison of an original dataset with the one read back. */
export function compare(a: Dataset, b: Dataset): Record<Aspect, Count> {
  const out = Object.fromEntries(Object.keys(ASPECTS).map((k) => [k, { kept: 0, total: 0 }])) as Record<Aspect, Count>;
  const count = (aspect: Aspect, kept: boolean) => {
    out[aspect].total++;
    if (kept) out[aspect].kept++;
  };
  const be = byId(b.kb.entities);
  for (const e of a.kb.entities) {
    const f = be.get(e.id);
    const { attributes, ...rest } = e;
    const { attributes: fAttributes, ...fRest } = f ?? { attributes: undefined };
    count("entities", !!f && same(rest, fRest));
    count("attributes", !!f && same(attributes, fAttributes));
    if (Object.hasOwn(a.layout, e.id))
      count("layout", Object.hasOwn(b.layout, e.id) && same(a.layout[e.id], b.layout[e.id]));
  }
  const br = byId(b.kb.relations);
  for (const r of a.kb.relations) count("relations", same(r, br.get(r.id)));
  const bc = byId(b.kb.claims);
  a.kb.claims.forEach((c, i) => {
    const d = bc.get(c.id);
    count("claims", d?.text === c.text);
    count("claim-order", b.kb.claims[i]?.id === c.id);
    count("claim-locators", d?.locator === c.locator && d?.section === c.section);
    if (Object.keys(c.qualifiers).length) count("claim-dates", same(c.qualifiers, d?.qualifiers));
    c.citations.forEach((ct, k) => {
      const dt = d?.citations[k];
      count("citations", dt?.source === ct.source && dt?.pages === ct.pages);
      if (ct.basis || ct["as-cited"])
        count("citation-details", dt?.basis === ct.basis && dt?.["as-cited"] === ct["as-cited"]);
    });
    c.quantities.forEach((q, k) => count("quantities", same(q, d?.quantities[k])));
    for (const r of c.relations) count("claim-relations", !!d?.relations.includes(r));
    for (const x of c.about) count("claim-about", !!d?.about.includes(x));
  });
  const bt = byId(b.kb.relationTypes);
  for (const t of a.kb.relationTypes) count("relation-types", same(t, bt.get(t.id)));
  const bq = byId(b.kb.quirks);
  for (const q of a.kb.quirks) count("quirks", same(q, bq.get(q.id)));
  count("meta", same(a.kb.meta, b.kb.meta));
  return out;
}

/** The files each format's export writes. */
export const exportFiles = (
  format: OpenFormat,
  kb: KnowledgeBase,
  layout: Positions,
): Promise<Record<string, string>> => formatById(format)!.write(kb, layout);

export interface FormatReport {
  format: OpenFormat;
  problems: string[];
  notes: string[];
  counts?: Record<Aspect, Count>;
  /** Re-exported file -> whether it is byte-identical to the first export. */
  identical: Record<string, boolean>;
}

/** Export, open, export again, for every format. */
export async function roundTrip(kb: KnowledgeBase, layout: Positions): Promise<FormatReport[]> {
  const reports: FormatReport[] = [];
  for (const format of OPEN_FORMATS) {
    const first = await exportFiles(format, kb, layout);
    const opened = await openDataset(Object.entries(first).map(([name, text]) => ({ name, text })));
    const report: FormatReport = {
      format,
      problems: opened.problems.map((p) => `${p.path}${p.id ? ` (${p.id})` : ""}: ${p.message}`),
      notes: opened.notes,
      identical: {},
    };
    if (opened.dataset) {
      report.counts = compare({ kb, layout }, opened.dataset);
      const again = await exportFiles(format, opened.dataset.kb, opened.dataset.layout);
      for (const [name, text] of Object.entries(first)) report.identical[name] = again[name] === text;
    }
    reports.push(report);
  }
  return reports;
}

/** Aspects not fully kept, and re-exported files that differ: what the report claims, for the tests. */
export const measured = (r: FormatReport) => ({
  lost: (Object.keys(ASPECTS) as Aspect[]).filter((a) => r.counts && r.counts[a].kept < r.counts[a].total),
  differs: Object.keys(r.identical).filter((f) => !r.identical[f]),
});

export function formatReport(reports: FormatReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`\n${r.format.toUpperCase()}`);
    if (!r.counts) {
      lines.push(`  could not be opened: ${r.problems.slice(0, 5).join("; ")}`);
      continue;
    }
    for (const [aspect, what] of Object.entries(ASPECTS) as [Aspect, string][]) {
      const { kept, total } = r.counts[aspect];
      const mark = total === 0 ? "  (none)" : kept === total ? "  kept" : kept === 0 ? "  LOST" : "  partly";
      lines.push(`  ${`${kept}/${total}`.padStart(9)} ${mark.padEnd(8)} ${what}`);
    }
    const files = Object.entries(r.identical);
    lines.push(
      `  export -> open -> export: ${files.map(([f, ok]) => `${f} ${ok ? "identical" : "differs"}`).join(", ")}`,
    );
    for (const n of r.notes) lines.push(`  note: ${n}`);
    const m = measured(r);
    const d = DECLARED[r.format];
    const asDeclared = same(m.lost, d.lost) && same(m.differs, d.differs);
    lines.push(`  as declared in scripts/roundtrip.ts: ${asDeclared ? "yes" : "NO"}`);
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { buildDataset } = await import("../src/node/dataset.ts");
  const { kb, layout } = buildDataset();
  console.log(
    `Round trip of graph/data: ${kb.entities.length} entities, ${kb.relations.length} relations, ` +
      `${kb.claims.length} claims, ${kb.claims.reduce((n, c) => n + c.citations.length, 0)} citations`,
  );
  const reports = await roundTrip(kb, layout);
  console.log(formatReport(reports));
  const bad = reports.filter((r) => {
    const m = measured(r);
    return !r.counts || !same(m.lost, DECLARED[r.format].lost) || !same(m.differs, DECLARED[r.format].differs);
  });
  if (bad.length) {
    console.error(`\nroundtrip: ${bad.map((r) => r.format).join(", ")} differ from what is declared`);
    process.exit(1);
  }
}
