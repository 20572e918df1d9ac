// What the flat readers share: the row and table types, the reading context (problems, notes, typed cells) and the
// list splitting of the flat rows (" | ").
import { LIST_SEPARATOR } from "./flat.ts";
import type { Dataset, ReadProblem } from "./json.ts";

export type Cell = string | number | boolean | undefined;
/** One node, edge, claim or citation row: column name -> value (a null-prototype object). */
export type FlatRow = Record<string, Cell>;

export interface LocatedRow {
  row: FlatRow;
  /** Where the row is, for messages: "nodes.csv:4", "node 12". */
  at: string;
}

export interface FlatTables {
  nodes: LocatedRow[];
  edges: LocatedRow[];
  /** claims.csv and citations.csv (CSV only); without them claims come from the claim_texts columns. */
  claims?: LocatedRow[];
  citations?: LocatedRow[];
  /** The graph's id (GraphML writes the root source's id there). */
  graphId?: string;
}

export interface FlatResult {
  dataset?: Dataset;
  problems: ReadProblem[];
  /** What this file could not carry and how the gaps were filled, for the user. */
  notes: string[];
}

/** Locator and section of claims read from a format that does not carry them. */
export const UNKNOWN_LOCATOR = "unknown";

const short = (v: unknown, n = 60): string => {
  const s = String(v);
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

export const splitList = (v: string | undefined): string[] => (v ? v.split(LIST_SEPARATOR) : []);

/** What the record readers share: the problem and note lists, and typed access to a row's cells. */
export interface FlatContext {
  problems: ReadProblem[];
  notes: string[];
  problem(at: string, id: string | undefined, column: string, message: string): void;
  cells(
    r: LocatedRow,
    id?: string,
  ): {
    text(col: string): string | undefined;
    int(col: string): number | undefined;
    num(col: string): number | undefined;
  };
  short(v: unknown, n?: number): string;
}

export function contextOf(problems: ReadProblem[], notes: string[]): FlatContext {
  const problem = (at: string, id: string | undefined, column: string, message: string) =>
    problems.push({ path: column ? `${at}.${column}` : at, id, message });
  const cells = (r: LocatedRow, id?: string) => ({
    text(col: string): string | undefined {
      const v = r.row[col];
      return v === undefined ? undefined : String(v);
    },
    int(col: string): number | undefined {
      const v = r.row[col];
      if (v === undefined || v === "") return undefined;
      const n = typeof v === "number" ? v : /^\s*-?\d+\s*$/.test(String(v)) ? Number(v) : NaN;
      if (Number.isSafeInteger(n)) return n;
      problem(r.at, id, col, `'${short(v)}' is not a whole number`);
      return undefined;
    },
    num(col: string): number | undefined {
      const v = r.row[col];
      if (v === undefined || v === "") return undefined;
      const n = typeof v === "number" ? v : /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(String(v)) ? Number(v) : NaN;
      if (Number.isFinite(n)) return n;
      problem(r.at, id, col, `'${short(v)}' is not a number`);
      return undefined;
    },
  });
  return { problems, notes, problem, cells, short };
}
