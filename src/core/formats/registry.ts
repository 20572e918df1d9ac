// The format registry: every file format the explorer writes or opens is ONE entry here, saying how it is written,
// how it is read (if it can be opened), how it is recognised and what it carries. `npm run export`, `openDataset`,
// `npm run roundtrip`, the open dialog and the README's format table all read this list. Writers and readers are
// loaded on demand, so the app's bundle carries only the formats a user actually uses. Adding a format: one file
// with its writer (and reader), one entry below, one test.
import type { KnowledgeBase } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import type { Dataset, ReadProblem } from "./json.ts";

/** What a round trip through a format can keep or lose, each counted item by item (scripts/roundtrip.ts). */
export const ASPECTS = {
  entities: "entities (id, kind, label, aliases, description, claim list, years)",
  attributes: "entity attributes (CSL fields, Table 1 columns...)",
  layout: "layout positions",
  relations: "relations (ends, type, key, dates, claim list)",
  claims: "claims (id and text)",
  citations: "citations (source and pages)",
  "citation-details": "citation basis and as-cited wording",
  "claim-relations": "claim -> relation links",
  "claim-about": "claim 'about' links",
  "claim-locators": "claim locators and sections",
  "claim-dates": "claim dates (when, when-text, years)",
  "claim-order": "claims in the paper's order",
  quantities: "quantities (measure, value or range, unit, wording)",
  "relation-types": "relation types (label, inverse, description)",
  quirks: "quirks",
  meta: "title, DOI and root source",
} as const;
export type Aspect = keyof typeof ASPECTS;

export interface OpenFile {
  name: string;
  text: string;
}

export interface ReadResult {
  /** Present only when there is no problem. */
  dataset?: Dataset;
  problems: ReadProblem[];
  /** What the format could not carry for this file, and how the gaps were filled. */
  notes: string[];
  /** Set when the file is not one of the explorer's exports (a Gephi, networkx, yEd... graph). */
  foreign?: boolean;
}

export interface Format {
  id: string;
  /** A short name for menus ("GEXF 1.3"). */
  label: string;
  /** What a dataset (the whole graph) or a reference list (the sources only) is written as. */
  scope: "dataset" | "references";
  /** File name extensions it is recognised by, lower case, without the dot. */
  extensions: string[];
  mime: string;
  /** What the written file carries, in plain words (README, dialogs). */
  carries: string;
  /** Writes the files of an export: file name -> text (one entry, or several for a set such as CSV). */
  write(kb: KnowledgeBase, layout: Positions): Promise<Record<string, string>>;
  /** Opens its own export (and, for graph formats, files other tools write); absent for write-only formats. */
  read?(files: OpenFile[]): Promise<ReadResult>;
  /** Recognises a file without a telling extension from its first characters. */
  sniff?(head: string): boolean;
  /** Written and opened as a set of files (the CSV tables), not one file. */
  fileSet?: boolean;
  /** What an export -> open -> export round trip is declared to lose, and which re-exported files differ. */
  roundTrip?: { lost: Aspect[]; differs: string[] };
}

const FLAT_LOSSES: Aspect[] = [
  "citation-details",
  "claim-about",
  "claim-locators",
  "claim-dates",
  "claim-order",
  "quantities",
  "relation-types",
  "quirks",
];
const one = (name: string, text: string): Record<string, string> => ({ [name]: text });

export const FORMATS: readonly Format[] = [
  {
    id: "json",
    label: "JSON (the explorer's own)",
    scope: "dataset",
    extensions: ["json"],
    mime: "application/json",
    carries:
      "everything: entities, relations, claims with locators, citations, quantities, quirks, relation types, layout",
    write: async (kb, layout) => one("kg.json", (await import("./json.ts")).writeJson(kb, layout)),
    read: async (files) => ({ ...(await import("./json.ts")).readJson(files[0].text), notes: [] }),
    sniff: (head) => /^\s*[{[]/.test(head),
    roundTrip: { lost: [], differs: [] },
  },
  {
    id: "gexf",
    label: "GEXF 1.3 (Gephi, Gephi Lite)",
    scope: "dataset",
    extensions: ["gexf"],
    mime: "application/gexf+xml",
    carries:
      "entities and relations with kinds, types, dates (as spells for Gephi's timeline), claim ids and texts, citations; colours, sizes and positions as drawn",
    write: async (kb, layout) => one("kg.gexf", (await import("./gexf.ts")).writeGexf(kb, layout)),
    read: async (files) => (await import("./read-gexf.ts")).readGexf(files[0].text),
    sniff: (head) => /<gexf[\s>]/.test(head),
    roundTrip: { lost: FLAT_LOSSES, differs: [] },
  },
  {
    id: "graphml",
    label: "GraphML (networkx, yEd, Cytoscape)",
    scope: "dataset",
    extensions: ["graphml"],
    mime: "application/graphml+xml",
    carries: "entities and relations with kinds, types, dates, claim ids and texts, citations; positions",
    write: async (kb, layout) => one("kg.graphml", (await import("./graphml.ts")).writeGraphml(kb, layout)),
    read: async (files) => (await import("./read-graphml.ts")).readGraphml(files[0].text),
    sniff: (head) => /<graphml[\s>]/.test(head),
    roundTrip: { lost: FLAT_LOSSES, differs: [] },
  },
  {
    id: "csv",
    label: "CSV (nodes, edges, claims, citations)",
    scope: "dataset",
    extensions: ["csv"],
    mime: "text/csv",
    carries: "nodes.csv, edges.csv, claims.csv (locators, dates, quantities' wording), citations.csv (pages, basis)",
    write: async (kb, layout) => (await import("./csv.ts")).writeCsv(kb, layout),
    read: async (files) => (await import("./read-csv.ts")).readCsv(files),
    fileSet: true,
    // claims.csv writes only the wording of quantities, so the second export has that column empty.
    roundTrip: { lost: ["quantities", "relation-types", "quirks"], differs: ["claims.csv"] },
  },
  {
    id: "csl-json",
    label: "CSL-JSON (Zotero, citation.js, pandoc)",
    scope: "references",
    extensions: ["json"],
    mime: "application/vnd.citationstyles.csl+json",
    carries: "the paper and its 32 references with every bibliographic field the data has",
    write: async (kb) => one("lankov-2020-references.json", (await import("./references.ts")).writeCslJson(kb)),
  },
  {
    id: "bibtex",
    label: "BibTeX (JabRef, LaTeX, Zotero)",
    scope: "references",
    extensions: ["bib"],
    mime: "application/x-bibtex",
    carries: "the paper and its 32 references with every bibliographic field the data has",
    write: async (kb) => one("lankov-2020-references.bib", (await import("./references.ts")).writeBibtex(kb)),
  },
  {
    id: "ris",
    label: "RIS (EndNote, Zotero, Mendeley)",
    scope: "references",
    extensions: ["ris"],
    mime: "application/x-research-info-systems",
    carries: "the paper and its 32 references with every bibliographic field the data has",
    write: async (kb) => one("lankov-2020-references.ris", (await import("./references.ts")).writeRis(kb)),
  },
];

export const formatById = (id: string): Format | undefined => FORMATS.find((f) => f.id === id);

/** The formats a user can open, in the order they are tried. */
export const OPENABLE: readonly Format[] = FORMATS.filter((f) => f.read);

/** The format of one file a user opens: from its extension, else (for .xml or none) from its first characters. */
export function detectFormat(file: OpenFile): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const byName = OPENABLE.find((f) => ext !== undefined && f.extensions.includes(ext));
  if (byName) return byName;
  if (ext !== "xml" && ext !== undefined) return undefined;
  const head = file.text.slice(0, 2048).replace(/^\uFEFF/, "");
  return OPENABLE.find((f) => f.sniff?.(head));
}

/** The file picker's accept list, from the registry. */
export const OPEN_ACCEPT = [...new Set(OPENABLE.flatMap((f) => f.extensions)), "xml"].map((e) => `.${e}`).join(",");
