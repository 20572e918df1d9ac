// Reads the CSV export back: nodes.csv and edges.csv, with claims.csv and citations.csv when given (then claims keep
// their locators, dates, 'about' links and full citations). A small strict RFC 4180 reader: comma-separated, fields
// quoted with '"' and '""' inside, CRLF or LF line ends, the first row a header. Twenty lines of parsing do not need
// a dependency; strictness means a malformed file gives a message with its line instead of shifted columns.
import { fromFlat, type FlatResult, type FlatRow, type LocatedRow } from "./read-flat.ts";
import type { ReadProblem } from "./json.ts";

export interface CsvTable {
  header: string[];
  /** Data rows, each with the line it starts on. */
  rows: { cells: string[]; line: number }[];
}

/** Parses RFC 4180 text; an error names the line where the parse failed. */
export function parseCsv(text: string): { table?: CsvTable; error?: { line: number; message: string } } {
  const records: { cells: string[]; line: number }[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        const open = line;
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return { error: { line: open, message: "a quoted field is never closed" } };
          const part = text.slice(i, q);
          for (let k = part.indexOf("\n"); k >= 0; k = part.indexOf("\n", k + 1)) line++;
          cell += part;
          if (text[q + 1] === '"') {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n")
          return { error: { line, message: "a closing quote must end its field" } };
      } else {
        let j = i;
        while (j < n && text[j] !== "," && text[j] !== "\r" && text[j] !== "\n") j++;
        cell = text.slice(i, j);
        if (cell.includes('"'))
          return {
            error: { line, message: "a quote inside an unquoted field (quote the field and double the quote)" },
          };
        i = j;
      }
      cells.push(cell);
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    // A blank line holds no record.
    if (!(cells.length === 1 && cells[0] === "")) records.push({ cells, line: start });
    line++;
  }
  if (records.length === 0) return { error: { line: 1, message: "empty file: expected a header row" } };
  const [head, ...rows] = records;
  return { table: { header: head.cells, rows } };
}

export const CSV_FILES = ["nodes.csv", "edges.csv", "claims.csv", "citations.csv"] as const;
type CsvName = (typeof CSV_FILES)[number];

const REQUIRED: Record<CsvName, string[]> = {
  "nodes.csv": ["id", "label", "kind"],
  "edges.csv": ["id", "source", "target", "type"],
  "claims.csv": ["id", "text", "locator"],
  "citations.csv": ["claim", "source"],
};

/** Which export table a file name is ("kg/nodes.csv", "my-edges.csv"), if any. */
export function csvRole(name: string): CsvName | undefined {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  return CSV_FILES.find((f) => base === f || base.endsWith(`-${f}`) || base.endsWith(`_${f}`));
}

/** Reads a set of CSV files (nodes.csv and edges.csv at least) into a checked dataset. */
export function readCsv(files: { name: string; text: string }[]): FlatResult {
  const problems: ReadProblem[] = [];
  const tables: Partial<Record<CsvName, LocatedRow[]>> = {};
  for (const f of files) {
    const role = csvRole(f.name);
    if (!role) {
      problems.push({ path: f.name, message: `not one of ${CSV_FILES.join(", ")}` });
      continue;
    }
    if (tables[role]) {
      problems.push({ path: f.name, message: `a second ${role}` });
      continue;
    }
    const { table, error } = parseCsv(f.text);
    if (!table) {
      problems.push({ path: `${role}:${error!.line}`, message: error!.message });
      continue;
    }
    const seen = new Set<string>();
    for (const h of table.header)
      if (seen.has(h)) problems.push({ path: `${role}:1`, message: `column '${h}' appears twice` });
      else seen.add(h);
    const missing = REQUIRED[role].filter((c) => !seen.has(c));
    if (missing.length) problems.push({ path: `${role}:1`, message: `missing column(s): ${missing.join(", ")}` });
    const rows: LocatedRow[] = [];
    for (const r of table.rows) {
      if (r.cells.length !== table.header.length) {
        problems.push({
          path: `${role}:${r.line}`,
          message: `${r.cells.length} fields where the header has ${table.header.length}`,
        });
        continue;
      }
      const row: FlatRow = Object.create(null);
      table.header.forEach((h, k) => (row[h] = r.cells[k]));
      rows.push({ row, at: `${role}:${r.line}` });
    }
    tables[role] = rows;
  }
  for (const need of ["nodes.csv", "edges.csv"] as const)
    if (!tables[need] && !problems.some((p) => p.path.startsWith(need)))
      problems.push({ path: need, message: `${need} is missing (open nodes.csv and edges.csv together)` });
  if (problems.length) return { problems, notes: [] };
  const res = fromFlat({
    nodes: tables["nodes.csv"]!,
    edges: tables["edges.csv"]!,
    claims: tables["claims.csv"],
    citations: tables["citations.csv"],
  });
  return res;
}
