// Where the tests find ../shared (the paper and the public acceptance facts), and the one-line reason a check that
// needs it skips in a clone that has nothing beside it. CI has ../shared, so there these checks always run.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const SHARED_DIR = join(import.meta.dirname, "..", "..", "shared");
export const PAPER_PATH = join(SHARED_DIR, "seed", "paper-paragraphs.md");

/** undefined when every path (relative to ../shared) exists, else the reason to skip, naming what is missing. */
export function sharedMissing(...paths: string[]): string | undefined {
  const missing = paths.filter((p) => !existsSync(join(SHARED_DIR, p)));
  return missing.length === 0 ? undefined : `skipped: needs ../shared/${missing.join(", ../shared/")}, absent here`;
}

/** A describe title that says why its checks skip when ../shared is absent. */
export const titled = (title: string, reason: string | undefined): string => (reason ? `${title} (${reason})` : title);
