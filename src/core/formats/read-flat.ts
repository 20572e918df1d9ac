// Rebuilds a knowledge base from the flat rows the GEXF, GraphML and CSV exports write (src/core/formats/flat.ts:
// lists joined with " | ", entity attributes as JSON, claim texts beside claim ids, citations as source:pages), then
// validates it with the JSON reader's checks (checkExport), so an opened file is held to the same rules as the
// export. What the flat formats do not carry is rebuilt where the rows determine it (claims' citations, 'about'
// links, meta) and otherwise listed in `notes`; nothing is invented silently.
// The work is split by record: read-flat-records.ts (entities, relations, meta, relation types), read-flat-claims.ts
// (claims, citations, links) and split-lists.ts (joined lists back into their items' parts).
import { contextOf, type FlatResult, type FlatTables } from "./flat-context.ts";
import { checkExport, type ReadProblem } from "./json.ts";
import {
  citationsFromEdges,
  citationsFromTable,
  claimsFromTable,
  claimsFromTexts,
  linkClaims,
} from "./read-flat-claims.ts";
import { metaOf, readEntities, readRelations, relationTypesOf } from "./read-flat-records.ts";

export { splitLists, type Split } from "./split-lists.ts";
export {
  splitList,
  UNKNOWN_LOCATOR,
  type Cell,
  type FlatResult,
  type FlatRow,
  type FlatTables,
  type LocatedRow,
} from "./flat-context.ts";

/** Reads the rows into a knowledge base and checks it; every problem of every row is listed. */
export function fromFlat(tables: FlatTables): FlatResult {
  const problems: ReadProblem[] = [];
  const notes: string[] = [];
  const ctx = contextOf(problems, notes);
  const { entities, layout, unreadAttributes } = readEntities(tables, ctx);
  const edges = readRelations(tables, ctx);
  const edgeClaims = edges.map((r) => r.claims as string[]);
  const edgeCitations = tables.edges.map((r) => ctx.cells(r).text("citations"));
  const meta = metaOf(entities, tables.graphId);

  // Claims: claims.csv when given, else the ids and texts beside every node and edge.
  const fromTable = tables.claims !== undefined;
  const { claims, claimAt, lostQuantities } = tables.claims
    ? claimsFromTable(tables.claims, ctx)
    : claimsFromTexts(tables, entities, edgeClaims, ctx);
  // Citations: citations.csv when given, else split from the relations' citation lists.
  if (tables.citations) citationsFromTable(tables.citations, claims, ctx);
  else if (edgeCitations.some((v) => v !== undefined))
    citationsFromEdges(entities, edges, edgeClaims, edgeCitations, claims, meta.root, ctx);
  if (!fromTable) linkClaims(entities, edges, edgeClaims, claims, ctx);
  else if (lostQuantities)
    notes.push(`${lostQuantities} quantities: only their wording is in claims.csv (measure, value and unit are not)`);
  notes.push(
    "relation types: ids only (labels, inverses and descriptions rebuilt from the ids)",
    "quirks: not in this format",
  );

  const claimList = [...claims.values()];
  const raw = {
    meta,
    relationTypes: relationTypesOf(edges),
    entities,
    relations: edges,
    claims: claimList,
    quirks: [],
    layout,
  };
  const checked = checkExport(raw);
  // Say where each problem is in the file: "entities.3.kind" -> "nodes.csv:5.kind".
  const where = (path: string): string => {
    const [section, index, ...rest] = path.split(".");
    const i = Number(index);
    const at =
      section === "entities"
        ? tables.nodes[i]?.at
        : section === "relations"
          ? tables.edges[i]?.at
          : section === "claims"
            ? claimAt.get(String(claimList[i]?.id))
            : undefined;
    return at ? [at, ...rest].join(".") : path;
  };
  const repeats = (path: string) => [...unreadAttributes].some((i) => path.startsWith(`entities.${i}.attributes`));
  problems.push(...checked.problems.filter((p) => !repeats(p.path)).map((p) => ({ ...p, path: where(p.path) })));
  if (problems.length) return { problems, notes };
  return { dataset: checked.dataset, problems, notes };
}
