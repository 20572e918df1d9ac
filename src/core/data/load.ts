// Parses the YAML files of graph/data into typed, located records, collecting every problem instead of stopping at
// the first one. Framework-free and I/O-free (callers pass file texts), so Node scripts, the Vite build, tests and
// the browser share it.
import "./no-eval.ts";
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import {
  Claim,
  ClaimsFile,
  ComparisonCell,
  ComparisonDimension,
  ComparisonFile,
  Entity,
  EntitiesFile,
  Quirk,
  QuirksFile,
  RelationType,
  VocabularyFile,
  type Claim as ClaimT,
  type ComparisonCell as ComparisonCellT,
  type ComparisonDimension as ComparisonDimensionT,
  type Entity as EntityT,
  type Quirk as QuirkT,
  type RelationType as RelationTypeT,
} from "./schema.ts";

export interface SourceFile {
  /** Path shown in messages, e.g. "graph/data/claims/model-1946.yaml". */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  /** Id of the record at fault, when there is one. */
  id?: string;
  /** Name of the rule or stage that found it. */
  rule: string;
  message: string;
}

/** A record with where it was written. `lineOf` finds the line of a field path inside it. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
  lineOf: (path: (string | number)[]) => number;
}

export interface Dataset {
  entities: Located<EntityT>[];
  claims: Located<ClaimT>[];
  quirks: Located<QuirkT>[];
  relationTypes: Located<RelationTypeT>[];
  /** The model comparison (comparison.yaml), when the data has one: its rows and its cells. */
  dimensions?: Located<ComparisonDimensionT>[];
  cells?: Located<ComparisonCellT>[];
}

export const MAX_FILE_BYTES = 2_000_000;

type Section = "entities" | "claims" | "quirks" | "relation-types" | "dimensions" | "cells";
interface Kind {
  section: Section;
  file: z.ZodTypeAny;
  item: z.ZodTypeAny;
  /** Further lists the same file holds (comparison.yaml: cells beside dimensions). */
  more?: { section: Section; item: z.ZodTypeAny }[];
}
const KINDS: Record<string, Kind> = {
  entities: { section: "entities", file: EntitiesFile, item: Entity },
  claims: { section: "claims", file: ClaimsFile, item: Claim },
  quirks: { section: "quirks", file: QuirksFile, item: Quirk },
  vocabulary: { section: "relation-types", file: VocabularyFile, item: RelationType },
  comparison: {
    section: "dimensions",
    file: ComparisonFile,
    item: ComparisonDimension,
    more: [{ section: "cells", item: ComparisonCell }],
  },
};

/** Which kind of file a path (relative to the data root) must be, or a message saying it is misplaced. */
export function kindOfPath(rel: string): Kind | string {
  if (rel === "vocabulary.yaml") return KINDS.vocabulary;
  if (rel === "comparison.yaml") return KINDS.comparison;
  const m = /^(entities|claims|quirks)\/[^/]+\.yaml$/.exec(rel);
  if (m) return KINDS[m[1]];
  if (/\.yml$/.test(rel)) return "use the .yaml extension";
  return "files belong in entities/, claims/ or quirks/ (as .yaml), or are vocabulary.yaml or comparison.yaml";
}

export const problemToString = (p: Problem): string =>
  `${p.file}:${p.line}: ${p.id ? `${p.id}: ` : ""}${p.message} [${p.rule}]`;

/** Parses all files. `root` is the prefix of `path` that is the data root ("graph/data/"). */
export function parseFiles(files: SourceFile[], root = "graph/data/"): { dataset: Dataset; problems: Problem[] } {
  const dataset: Dataset = { entities: [], claims: [], quirks: [], relationTypes: [] };
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) parseFile(file, root, dataset, problems);
  return { dataset, problems };
}

function parseFile(file: SourceFile, root: string, dataset: Dataset, problems: Problem[]): void {
  const add = (line: number, message: string, rule: string, id?: string): void => {
    problems.push({ file: file.path, line, id, rule, message });
  };
  const rel = file.path.startsWith(root) ? file.path.slice(root.length) : file.path;
  const kind = kindOfPath(rel);
  if (typeof kind === "string") return add(1, `misplaced file: ${kind}`, "layout");
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_FILE_BYTES)
    return add(1, `file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} (split it)`, "layout");
  if (file.text.trim() === "") return add(1, `empty file: expected a top-level '${kind.section}:' list`, "layout");

  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return add(1, `unreadable YAML: ${(e as Error).message}`, "yaml");
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length) {
    for (const err of doc.errors) add(lineAt(err.pos[0]), `YAML: ${err.message.split("\n")[0]}`, "yaml");
    return;
  }
  const top = doc.contents;
  if (!isMap(top)) return add(lineAt(top?.range?.[0]), `expected a mapping with a '${kind.section}:' list`, "layout");
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return add(1, `unreadable YAML: ${(e as Error).message}`, "yaml");
  }
  const shape = kind.file.safeParse(data);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      const msg =
        issue.code === "unrecognized_keys"
          ? `this folder takes only '${kind.section}:'${keys}`
          : `'${String(issue.path[0] ?? kind.section)}:' must be a list: ${issue.message}`;
      add(lineAt(nodeAt(top, issue.path)?.range?.[0]), msg, "layout");
    }
    return;
  }
  for (const { section, item } of [{ section: kind.section, item: kind.item }, ...(kind.more ?? [])]) {
    const seq = top.get(section, true);
    const items = (data as Record<string, unknown[]>)[section];
    items.forEach((raw, index) => {
      const node = isSeq(seq) ? (seq.items[index] as YamlNode | undefined) : undefined;
      const line = lineAt(node?.range?.[0]);
      const lineOf = (path: (string | number)[]) => lineAt((nodeAt(node, path) ?? node)?.range?.[0]);
      const id = recordId(raw);
      const parsed = item.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
          const path = [...issue.path, ...(issue.code === "unrecognized_keys" ? issue.keys.slice(0, 1) : [])] as (
            string | number
          )[];
          add(lineOf(path), `${where}${issue.message}`, "schema", id ?? `#${index + 1}`);
        }
        return;
      }
      const located = { value: parsed.data, file: file.path, line, lineOf };
      if (section === "entities") dataset.entities.push(located as Located<EntityT>);
      else if (section === "claims") dataset.claims.push(located as Located<ClaimT>);
      else if (section === "quirks") dataset.quirks.push(located as Located<QuirkT>);
      else if (section === "dimensions") (dataset.dimensions ??= []).push(located as Located<ComparisonDimensionT>);
      else if (section === "cells") (dataset.cells ??= []).push(located as Located<ComparisonCellT>);
      else dataset.relationTypes.push(located as Located<RelationTypeT>);
    });
  }
}

/** The id a record's problems are reported under: its `id`, or "model/dimension" for a comparison cell. */
function recordId(raw: unknown): string | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as { id?: unknown; model?: unknown; dimension?: unknown };
  if (typeof r.id === "string") return r.id;
  if (typeof r.model === "string" && typeof r.dimension === "string") return cellId(r.model, r.dimension);
  return undefined;
}

/** How a comparison cell is named in messages and links: "model-1967/control". */
export const cellId = (model: string, dimension: string): string => `${model}/${dimension}`;

/** The deepest YAML node along a path (keys and indexes), or undefined. */
function nodeAt(node: unknown, path: PropertyKey[]): YamlNode | undefined {
  let current = node as YamlNode | undefined;
  let last = current;
  for (const key of path) {
    if (isMap(current)) current = current.get(key as string, true) as YamlNode | undefined;
    else if (isSeq(current) && typeof key === "number") current = current.items[key] as YamlNode | undefined;
    else break;
    if (!current) break;
    last = current;
  }
  return last;
}
