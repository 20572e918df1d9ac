// Parses the YAML files of graph/data into typed, located records, collecting every problem instead of stopping at
// the first one. Framework-free and I/O-free (callers pass file texts), so Node scripts, the Vite build, tests and
// the browser share it.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import {
  Claim,
  ClaimsFile,
  Entity,
  EntitiesFile,
  Quirk,
  QuirksFile,
  RelationType,
  VocabularyFile,
  type Claim as ClaimT,
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
}

export const MAX_FILE_BYTES = 2_000_000;

type Section = "entities" | "claims" | "quirks" | "relation-types";
interface Kind {
  section: Section;
  file: z.ZodTypeAny;
  item: z.ZodTypeAny;
}
const KINDS: Record<string, Kind> = {
  entities: { section: "entities", file: EntitiesFile, item: Entity },
  claims: { section: "claims", file: ClaimsFile, item: Claim },
  quirks: { section: "quirks", file: QuirksFile, item: Quirk },
  vocabulary: { section: "relation-types", file: VocabularyFile, item: RelationType },
};

/** Which kind of file a path (relative to the data root) must be, or a message saying it is misplaced. */
export function kindOfPath(rel: string): Kind | string {
  if (rel === "vocabulary.yaml") return KINDS.vocabulary;
  const m = /^(entities|claims|quirks)\/[^/]+\.yaml$/.exec(rel);
  if (m) return KINDS[m[1]];
  if (/\.yml$/.test(rel)) return "use the .yaml extension";
  return "files belong in entities/, claims/ or quirks/ (as .yaml), or are vocabulary.yaml";
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
          : `'${kind.section}:' must be a list: ${issue.message}`;
      add(lineAt(nodeAt(top, issue.path)?.range?.[0]), msg, "layout");
    }
    return;
  }
  const seq = top.get(kind.section, true);
  const items = (data as Record<string, unknown[]>)[kind.section];
  items.forEach((raw, index) => {
    const node = isSeq(seq) ? (seq.items[index] as YamlNode | undefined) : undefined;
    const line = lineAt(node?.range?.[0]);
    const lineOf = (path: (string | number)[]) => lineAt((nodeAt(node, path) ?? node)?.range?.[0]);
    const id =
      raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
        ? (raw as { id: string }).id
        : undefined;
    const parsed = kind.item.safeParse(raw);
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
    if (kind.section === "entities") dataset.entities.push(located as Located<EntityT>);
    else if (kind.section === "claims") dataset.claims.push(located as Located<ClaimT>);
    else if (kind.section === "quirks") dataset.quirks.push(located as Located<QuirkT>);
    else dataset.relationTypes.push(located as Located<RelationTypeT>);
  });
}

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
