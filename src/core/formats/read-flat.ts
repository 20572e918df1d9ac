// Rebuilds a knowledge base from the flat rows the GEXF, GraphML and CSV exports write (src/core/formats/flat.ts:
// lists joined with " | ", entity attributes as JSON, claim texts beside claim ids, citations as source:pages), then
// validates it with the JSON reader's checks (checkExport), so an opened file is held to the same rules as the
// export. What the flat formats do not carry is rebuilt where the rows determine it (claims' citations, 'about'
// links, meta) and otherwise listed in `notes`; nothing is invented silently.
import { CITES_TYPE, type KbRelationType } from "../data/build.ts";
import type { Positions } from "../model/graph.ts";
import { parseEdtf } from "../data/time.ts";
import { LIST_SEPARATOR } from "./flat.ts";
import { checkExport, type Dataset, type ReadProblem } from "./json.ts";

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

/** Reads the rows into a knowledge base and checks it; every problem of every row is listed. */
export function fromFlat(tables: FlatTables): FlatResult {
  const problems: ReadProblem[] = [];
  const notes: string[] = [];
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

  // Entities and the layout.
  const layout: Positions = Object.create(null);
  /** Entities whose attributes cell is not JSON: their attribute checks would only repeat that. */
  const unreadAttributes = new Set<number>();
  const entities = tables.nodes.map((r, index) => {
    const c = cells(r);
    const id = c.text("id") ?? "";
    const cc = cells(r, id);
    let attributes: unknown = {};
    const json = cc.text("attributes");
    if (json !== undefined && json !== "") {
      try {
        attributes = JSON.parse(json);
      } catch (e) {
        problem(r.at, id, "attributes", `not JSON: ${short((e as Error).message, 120)}`);
        unreadAttributes.add(index);
      }
    }
    const e: Record<string, unknown> = {
      id,
      kind: cc.text("kind"),
      label: cc.text("label"),
      aliases: splitList(cc.text("aliases")),
      description: cc.text("description") ?? "",
      attributes,
      claims: splitList(cc.text("claims")),
    };
    const start = cc.int("start");
    const end = cc.int("end");
    if (start !== undefined) e.start = start;
    if (end !== undefined) e.end = end;
    const x = cc.num("x");
    const y = cc.num("y");
    if (x !== undefined && y !== undefined) layout[id] = [x, y];
    return e;
  });

  // Relations.
  const edges = tables.edges.map((r) => {
    const id = cells(r).text("id") ?? "";
    const c = cells(r, id);
    const rel: Record<string, unknown> = {
      id,
      type: c.text("type"),
      source: c.text("source"),
      target: c.text("target"),
      claims: splitList(c.text("claims")),
    };
    const key = c.text("relation_key");
    if (key) rel.key = key;
    const when = splitList(c.text("when"));
    if (when.length) rel.when = when;
    const start = c.int("start");
    const end = c.int("end");
    if (start !== undefined) rel.start = start;
    if (end !== undefined) rel.end = end;
    return rel;
  });
  const edgeClaims = edges.map((r) => r.claims as string[]);
  const edgeCitations = tables.edges.map((r) => cells(r).text("citations"));

  // Meta, as buildKnowledgeBase derives it: the source marked root.
  const rootEntity = entities.find(
    (e) => e.kind === "source" && isRecord(e.attributes) && e.attributes.root === true,
  ) as { id: string; label?: string; attributes: Record<string, unknown> } | undefined;
  const root = rootEntity?.id ?? tables.graphId ?? "lankov-2020";
  const meta = {
    title: typeof rootEntity?.attributes.title === "string" ? rootEntity.attributes.title : (rootEntity?.label ?? ""),
    doi: typeof rootEntity?.attributes.DOI === "string" ? rootEntity.attributes.DOI : "",
    root,
    format: "lankov-kg",
    version: 1,
  };

  // Claims: claims.csv when given, else the ids and texts beside every node and edge.
  const fromTable = tables.claims !== undefined;
  let lostQuantities = 0;
  const claims = new Map<string, Record<string, unknown>>();
  const claimAt = new Map<string, string>();
  if (tables.claims) {
    for (const r of tables.claims) {
      const id = cells(r).text("id") ?? "";
      const c = cells(r, id);
      if (claims.has(id)) {
        problem(r.at, id, "id", `duplicate claim id (first at ${claimAt.get(id)})`);
        continue;
      }
      const when = c.text("when") || undefined;
      const quantities = splitList(c.text("quantities"));
      if (quantities.length) lostQuantities += quantities.length;
      claims.set(id, {
        id,
        text: c.text("text") ?? "",
        locator: c.text("locator") ?? "",
        section: c.text("section") ?? "",
        citations: [],
        qualifiers: qualifiersOf(when, c.text("when_text") || undefined),
        quantities: [],
        about: splitList(c.text("about")),
        relations: splitList(c.text("relations")),
      });
      claimAt.set(id, r.at);
    }
  } else {
    // Each claim_texts cell is its claims' texts joined with " | "; a text may hold " | " itself, so the cells are
    // split like the citation lists: every cell a claim is in must agree on its text.
    const lists: { items: string[]; parts: string[] }[] = [];
    const rowsWithClaims: [LocatedRow, string[]][] = [
      ...tables.nodes.map((r, i): [LocatedRow, string[]] => [r, entities[i].claims as string[]]),
      ...tables.edges.map((r, i): [LocatedRow, string[]] => [r, edgeClaims[i]]),
    ];
    for (const [r, ids] of rowsWithClaims) {
      for (const id of ids) if (!claimAt.has(id)) claimAt.set(id, `claim '${short(id, 40)}' (${r.at})`);
      const joined = cells(r).text("claim_texts");
      if (joined !== undefined && ids.length) lists.push({ items: ids, parts: splitList(joined) });
    }
    const split = splitLists(lists);
    if (split.error) problems.push({ path: "claim_texts", message: `claim texts: ${split.error}` });
    for (const id of split.ambiguous ?? [])
      problem(claimAt.get(id)!, id, "text", `its text cannot be told apart from its neighbours' (a text holds " | ")`);
    for (const id of claimAt.keys()) {
      const text = split.parts?.get(id)?.join(LIST_SEPARATOR);
      if (text === undefined && !split.error)
        problem(claimAt.get(id)!, id, "text", "no claim_texts cell gives its text");
      claims.set(id, {
        id,
        // A placeholder only when a problem is already listed (then no dataset is returned).
        text: text ?? "?",
        locator: UNKNOWN_LOCATOR,
        section: UNKNOWN_LOCATOR,
        citations: [],
        qualifiers: {},
        quantities: [],
        about: [],
        relations: [],
      });
    }
  }

  // Citations: citations.csv when given, else split from the relations' citation lists.
  if (tables.citations) {
    for (const r of tables.citations) {
      const c = cells(r);
      const id = c.text("claim") ?? "";
      const claim = claims.get(id);
      if (!claim) {
        problem(r.at, id, "claim", `citation of unknown claim '${short(id)}'`);
        continue;
      }
      const ct: Record<string, string> = { source: c.text("source") ?? "" };
      const pages = c.text("pages");
      const basis = c.text("basis");
      const asCited = c.text("as_cited");
      if (pages) ct.pages = pages;
      if (basis) ct.basis = basis;
      if (asCited) ct["as-cited"] = asCited;
      (claim.citations as unknown[]).push(ct);
    }
  } else if (edgeCitations.some((v) => v !== undefined)) {
    const rootClaims = new Set(entities.filter((e) => e.id === root).flatMap((e) => e.claims as string[]));
    const split = splitLists(
      edges.map((_, i) => ({ items: edgeClaims[i], parts: splitList(edgeCitations[i]) })),
      citationFit(root, citedSources(edges, root), rootClaims),
    );
    if (split.error) problems.push({ path: "citations", message: `relations' citations: ${split.error}` });
    let rootOnly = 0;
    for (const [id, claim] of claims) {
      const list = split.parts?.get(id);
      if (list) claim.citations = list.map(citationOf);
      else if (rootClaims.has(id)) {
        // In no relation, so in no citation list: it cites only the paper itself (pages and basis are not written).
        claim.citations = [{ source: root }];
        rootOnly++;
      }
    }
    notes.push("citations: source and pages only (basis and as-cited are not in this format)");
    if (rootOnly)
      notes.push(
        `${rootOnly} claims in no relation cite the paper itself; their pages and basis are not in this format`,
      );
    if (split.ambiguous?.length)
      notes.push(
        `${split.ambiguous.length} claims share their relations' citations in more than one way that fits; one was taken: ${split.ambiguous
          .slice(0, 10)
          .join(", ")}`,
      );
  }

  // Links from claims to relations and entities, when claims.csv did not give them.
  if (!fromTable) {
    edges.forEach((e, i) => {
      for (const id of edgeClaims[i]) {
        const rels = claims.get(id)?.relations as string[] | undefined;
        if (rels && !rels.includes(String(e.id))) rels.push(String(e.id));
      }
    });
    // about = entities listing the claim, less the ends of its relations and its cited sources (what build adds).
    const ends = new Map<string, Set<string>>();
    edges.forEach((e, i) => {
      if (e.type === CITES_TYPE.id) return;
      for (const id of edgeClaims[i]) {
        const s = ends.get(id) ?? new Set<string>();
        s.add(String(e.source)).add(String(e.target));
        ends.set(id, s);
      }
    });
    for (const e of entities)
      for (const id of e.claims as string[]) {
        const claim = claims.get(id);
        if (!claim) continue;
        const cited = (claim.citations as { source: string }[]).some((ct) => ct.source === e.id);
        if (!cited && !ends.get(id)?.has(String(e.id)) && !(claim.about as string[]).includes(String(e.id)))
          (claim.about as string[]).push(String(e.id));
      }
    notes.push(
      "claims: ids and texts; locators, dates, quantities and the order of the paper are not in this format",
      "claims' 'about' links: rebuilt from the entities' claim lists (an entity that is also an end or a cited source of the claim is not listed)",
    );
  } else if (lostQuantities)
    notes.push(`${lostQuantities} quantities: only their wording is in claims.csv (measure, value and unit are not)`);

  // Relation types: only their ids travel with the edges.
  const types: KbRelationType[] = [];
  for (const e of edges) {
    const t = e.type;
    if (typeof t !== "string" || types.some((u) => u.id === t)) continue;
    types.push(t === CITES_TYPE.id ? CITES_TYPE : typeOf(t));
  }
  notes.push(
    "relation types: ids only (labels, inverses and descriptions rebuilt from the ids)",
    "quirks: not in this format",
  );

  const claimList = [...claims.values()];
  const raw = {
    meta,
    relationTypes: types,
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The claim qualifiers as buildKnowledgeBase computes them from `when`. */
function qualifiersOf(when: string | undefined, whenText: string | undefined): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (when) q.when = when;
  if (whenText) q["when-text"] = whenText;
  const span = when ? parseEdtf(when) : undefined;
  if (span && typeof span !== "string") {
    if (span.start !== undefined) q.start = span.start;
    if (span.end !== undefined) q.end = span.end;
    if (span.approximate) q.approximate = true;
  }
  return q;
}

const typeOf = (id: string): KbRelationType => {
  const label = id.replace(/-/g, " ");
  return { id, label, inverse: `${label} (reverse)`, description: "" };
};

const citationOf = (s: string): Record<string, string> => {
  const i = s.indexOf(":");
  return i < 0 ? { source: s } : { source: s.slice(0, i), pages: s.slice(i + 1) };
};

/**
 * The sources each claim cites besides the root: exactly the targets of the root's `cites` relations resting on it.
 * Undefined when the file has no `cites` relation (then nothing is known about them).
 */
function citedSources(edges: Record<string, unknown>[], root: string): Map<string, Set<string>> | undefined {
  const out = new Map<string, Set<string>>();
  let any = false;
  for (const e of edges) {
    if (e.type !== CITES_TYPE.id || e.source !== root) continue;
    any = true;
    for (const c of e.claims as string[]) out.set(c, (out.get(c) ?? new Set()).add(String(e.target)));
  }
  return any ? out : undefined;
}

/**
 * Which citation lists may be a claim's: with `cites` relations in the file, a claim's non-root sources are known
 * exactly (each at least once, no other), and only claims in the root's claim list may cite the root.
 */
function citationFit(
  root: string,
  cites: Map<string, Set<string>> | undefined,
  rootClaims: Set<string>,
): (claim: string, part: string[]) => boolean {
  const none = new Set<string>();
  return (claim, part) => {
    if (!cites) return true;
    const mine = cites.get(claim) ?? none;
    const seen = new Set<string>();
    for (const s of part) {
      const source = citationOf(s).source;
      if (source === root ? !rootClaims.has(claim) : !mine.has(source)) return false;
      seen.add(source);
    }
    for (const s of mine) if (!seen.has(s)) return false;
    return true;
  };
}

class OutOfBudget extends Error {}

export interface Split {
  /** Item -> its part, for every item of every list; undefined when no split fits. */
  parts?: Map<string, string[]>;
  /**
   * Items whose part differs in a second split that fits as well (the first is in `parts`). Empty when the split is
   * unique; undefined when the search ran out of budget before knowing.
   */
  ambiguous?: string[];
  error?: string;
}

/**
 * Splits lists back into their items' parts. Each list is the concatenation, in item order, of the parts of its
 * items (a relation's citation list is its claims' citations; a claim_texts cell is its claims' texts split at
 * " | "), and an item's part is the same in every list it is in. Constraint propagation over every list an item is
 * in (a list whose unknown items have exactly one element each left is forced), then a bounded search where a list
 * still has several unknown items; the search goes on to a second solution to tell which items are ambiguous.
 * `fits` says whether a part may belong to an item (parts have at least one element).
 */
export function splitLists(
  lists: { items: string[]; parts: string[] }[],
  fits: (item: string, part: string[]) => boolean = (_, p) => p.length > 0,
  budget = 1_000_000,
): Split {
  const assigned = new Map<string, string[]>();
  const listsOf = new Map<string, number[]>();
  lists.forEach((l, j) => {
    for (const c of new Set(l.items)) listsOf.set(c, [...(listsOf.get(c) ?? []), j]);
  });
  const ok = (item: string, part: string[]) => part.length > 0 && fits(item, part);
  const same = (a: string[], list: string[], at: number) => a.every((x, k) => list[at + k] === x);
  let steps = 0;

  /** Checks and deduces from every queued list; false on a contradiction. Assigned items go on the trail. */
  const propagate = (queue: number[], trail: string[]): boolean => {
    while (queue.length) {
      if (++steps > budget) throw new OutOfBudget();
      const l = lists[queue.pop()!];
      const n = l.parts.length;
      // Known prefix up to the first unknown item; known suffix back to the last one.
      let head = 0;
      let i = 0;
      for (; i < l.items.length && assigned.has(l.items[i]); i++) {
        const part = assigned.get(l.items[i])!;
        if (!same(part, l.parts, head)) return false;
        head += part.length;
      }
      if (i === l.items.length) {
        if (head !== n) return false;
        continue;
      }
      let tail = n;
      let k = l.items.length - 1;
      for (; k > i && assigned.has(l.items[k]); k--) {
        const part = assigned.get(l.items[k])!;
        tail -= part.length;
        if (tail < head || !same(part, l.parts, tail)) return false;
      }
      let known = 0;
      let unknown = 0;
      for (let m = i; m <= k; m++) {
        const part = assigned.get(l.items[m]);
        if (part) known += part.length;
        else unknown++;
      }
      const free = tail - head - known;
      if (free < unknown) return false;
      const set = (item: string, part: string[]): boolean => {
        if (!ok(item, part)) return false;
        assigned.set(item, part);
        trail.push(item);
        queue.push(...listsOf.get(item)!);
        return true;
      };
      if (unknown === 1) {
        // i === k: the one unknown item takes what is left.
        if (!set(l.items[i], l.parts.slice(head, tail))) return false;
      } else if (free === unknown) {
        // One element left for each unknown item: every position is forced.
        for (let m = i, at = head; m <= k; m++) {
          const part = assigned.get(l.items[m]);
          if (part) {
            if (!same(part, l.parts, at)) return false;
            at += part.length;
          } else if (!set(l.items[m], [l.parts[at++]])) return false;
        }
      }
    }
    return true;
  };
  const undo = (trail: string[]) => trail.forEach((c) => assigned.delete(c));
  const unknownIn = (l: { items: string[] }) => l.items.reduce((n, c) => n + (assigned.has(c) ? 0 : 1), 0);

  let first: Map<string, string[]> | undefined;
  let second: Map<string, string[]> | undefined;
  let found = 0;
  /** Depth-first over the lists still open; stops at the second solution. */
  const search = (open: number[]): boolean => {
    steps += open.length;
    if (steps > budget) throw new OutOfBudget();
    const still = open.filter((j) => unknownIn(lists[j]) > 0);
    if (still.length === 0) {
      if (found++ === 0) first = new Map(assigned);
      else second = new Map(assigned);
      return found >= 2;
    }
    // The list with the fewest unknown items; its first unknown item starts at a known position.
    const best = still.reduce((a, j) => (unknownIn(lists[j]) < unknownIn(lists[a]) ? j : a));
    const l = lists[best];
    let head = 0;
    let i = 0;
    for (; assigned.has(l.items[i]); i++) head += assigned.get(l.items[i])!.length;
    const others = l.items.slice(i + 1).reduce((m, c) => m + (assigned.get(c)?.length ?? 1), 0);
    for (let end = head + 1; end <= l.parts.length - others; end++) {
      const part = l.parts.slice(head, end);
      if (!ok(l.items[i], part)) continue;
      assigned.set(l.items[i], part);
      const trail = [l.items[i]];
      const stop = propagate([...listsOf.get(l.items[i])!], trail) && search(still);
      undo(trail);
      if (stop) return true;
    }
    return false;
  };

  const all = lists.map((_, j) => j);
  try {
    if (!propagate([...all], [])) return { error: "the lists do not split into their items' parts" };
    search(all);
  } catch (e) {
    if (!(e instanceof OutOfBudget || e instanceof RangeError)) throw e;
    return first ? { parts: first } : { error: "too ambiguous to split" };
  }
  if (!first) return { error: "the lists do not split into their items' parts" };
  const other = second as Map<string, string[]> | undefined;
  const differs = (item: string, part: string[]) => {
    const alt = other!.get(item)!;
    return alt.length !== part.length || !same(part, alt, 0);
  };
  const ambiguous = other ? [...first].filter(([item, part]) => differs(item, part)).map(([i]) => i) : [];
  return { parts: first, ambiguous };
}
