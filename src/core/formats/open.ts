// Opens a dataset a user gives the explorer, in any format of the registry that has a reader (registry.ts): the
// JSON export, GEXF, GraphML, or the CSV set (nodes.csv + edges.csv, with claims.csv and citations.csv). The format
// is told from the names and the first bytes; everything is validated with the JSON reader's checks and every
// problem is listed (path, id, message), never thrown. Framework-free: the app passes file texts, Node passes file
// texts.
import type { Dataset, ReadProblem } from "./json.ts";
import { detectFormat as formatOf, formatById, OPENABLE, type OpenFile } from "./registry.ts";

export type { OpenFile } from "./registry.ts";
/** The id of a format that can be opened ("json", "gexf"...). */
export type OpenFormat = string;
export const OPEN_FORMATS: readonly OpenFormat[] = OPENABLE.map((f) => f.id);

export interface OpenResult {
  /** Present only when there is no problem. */
  dataset?: Dataset;
  problems: ReadProblem[];
  format: OpenFormat | "unknown";
  /** What the format could not carry for this file (empty for JSON, which carries everything). */
  notes: string[];
  /** Set when the file is not one of the explorer's exports (a graph from Gephi, networkx, yEd...). */
  foreign?: boolean;
}

/** The true number of problems, however many are listed (a "…and N more" line counts for N). */
export const problemTotal = (problems: ReadProblem[]): number => problems.reduce((n, p) => n + (p.more ?? 1), 0);

/** Largest input accepted, all files together (UTF-8 bytes). */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** UTF-8 size of a text, without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size problem, if these sizes (bytes) are over the limit: callers may check File.size before reading. */
export function sizeProblem(bytes: number, limit = MAX_OPEN_BYTES): ReadProblem | undefined {
  return bytes > limit
    ? { path: "", message: `the file is ${mb(bytes)}; the limit is ${mb(limit)} (open a smaller export)` }
    : undefined;
}

/** The format of one file, from its extension, else from its first characters. */
export const detectFormat = (file: OpenFile): OpenFormat | undefined => formatOf(file)?.id;

const NAMES = OPENABLE.map((f) => `.${f.extensions[0]}`).join(", ");

/** Opens one file, or a CSV set; never throws. */
export async function openDataset(files: OpenFile[], limit = MAX_OPEN_BYTES): Promise<OpenResult> {
  const fail = (format: OpenResult["format"], problems: ReadProblem[]): OpenResult => ({ problems, format, notes: [] });
  if (files.length === 0) return fail("unknown", [{ path: "", message: "no file to open" }]);
  const formats = files.map(detectFormat);
  const unknown = files.filter((_, i) => formats[i] === undefined);
  if (unknown.length)
    return fail(
      "unknown",
      unknown.map((f) => ({
        path: f.name,
        message: `unknown format: open one of ${NAMES} (for CSV, nodes.csv with edges.csv)`,
      })),
    );
  const format = formats[0]!;
  if (formats.some((f) => f !== format) || (!formatById(format)!.fileSet && files.length > 1))
    return fail(format, [
      {
        path: "",
        message: `open one file (${NAMES}), or the CSV files of one export together; got ${files
          .map((f) => f.name)
          .join(", ")}`,
      },
    ]);
  const tooBig = sizeProblem(
    files.reduce((n, f) => n + (f.text.length > limit ? f.text.length : utf8Bytes(f.text)), 0),
    limit,
  );
  if (tooBig) return fail(format, [tooBig]);
  try {
    return { ...(await formatById(format)!.read!(files)), format };
  } catch (e) {
    // A stack overflow on hostile input is a problem to show, not a crash. Anything else is a bug in a reader: it is
    // still shown as a problem (the tests assert none ever says "internal error").
    const message =
      e instanceof RangeError
        ? `the file is too deeply nested or too large to read (${e.message})`
        : `internal error while reading (${e instanceof Error ? e.message : String(e)})`;
    return fail(format, [{ path: "", message }]);
  }
}
