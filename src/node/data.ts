// Node-side loading of graph/data: reads every file under the data root (so misplaced files are reported too),
// then parses, validates and builds through the framework-free core. Used by scripts, the Vite plugin and tests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildKnowledgeBase, type KnowledgeBase } from "../core/data/build.ts";
import { parseFiles, problemToString, type Problem, type SourceFile } from "../core/data/load.ts";
import { validate } from "../core/data/rules.ts";

export const DATA_DIR = join(import.meta.dirname, "..", "..", "graph", "data");

/** Reads every file below `dir`; paths are shown relative to `cwd` (forward slashes). */
export function readDataFiles(dir = DATA_DIR, cwd = process.cwd()): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: relative(cwd, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
    }
  };
  walk(dir);
  return out;
}

export interface LoadResult {
  kb?: KnowledgeBase;
  problems: Problem[];
}

/** Parses and validates; builds the knowledge base only when there is no problem. */
export function loadKnowledgeBase(dir = DATA_DIR, cwd = process.cwd()): LoadResult {
  const files = readDataFiles(dir, cwd);
  const root = relative(cwd, dir).split(sep).join("/") + "/";
  const { dataset, problems } = parseFiles(files, root);
  problems.push(...validate(dataset));
  // Reading order: by file, then line (stable, so rules keep their order on one line).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (problems.length) return { problems };
  return { kb: buildKnowledgeBase(dataset), problems };
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `graph/data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(problemToString).join("\n")}`,
    );
    this.name = "DataError";
  }
}

/** The knowledge base, or a DataError listing every problem. */
export function requireKnowledgeBase(dir = DATA_DIR, cwd = process.cwd()): KnowledgeBase {
  const { kb, problems } = loadKnowledgeBase(dir, cwd);
  if (!kb) throw new DataError(problems);
  return kb;
}
