// Named views: a title, a caption and the URL query string of a view (as src/core/view/url-state.ts encodes it), kept in
// graph/views.yaml (the views the product ships), in the browser's storage (views a user saved) and in views files a
// user exports or imports. Parsing never throws: every problem is reported with its file, line and view id, and a
// view whose query the URL decoder would not take as it is (any notice) is a problem, not a silent fallback.
import "../data/no-eval.ts";
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode } from "yaml";
import { z } from "zod";
import type { KnowledgeBase } from "../data/build.ts";
import type { Problem } from "../data/load.ts";
import { ENTITY_KINDS, Id } from "../data/schema.ts";
import { isCitable } from "../data/kinds.ts";
import { selectionLookup } from "./selection.ts";
import { decodeView, type ViewState, type Vocabulary } from "./url-state.ts";

export const VIEWS_FILE = "graph/views.yaml";
/** Limits for views files a user imports. */
export const MAX_VIEWS_BYTES = 500_000;
export const MAX_VIEWS = 500;

export const NamedView = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(200),
  caption: z.string().trim().max(1000).optional(),
  /** The view as a URL query string ("hk=source&sel=model-1967"), with or without the leading "?". */
  query: z.string().max(4000),
});
export type NamedView = z.infer<typeof NamedView>;

const ViewsFile = z.strictObject({ views: z.array(z.unknown()).max(MAX_VIEWS) });

/** The URL vocabulary of a knowledge base: what ids, kinds, types and years a link may name. */
export function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  const items = selectionLookup(kb);
  const years = [...kb.relations, ...kb.entities]
    .flatMap((x) => [x.start, x.end])
    .filter((y): y is number => y !== undefined);
  return {
    kinds: ENTITY_KINDS,
    types: kb.relationTypes.map((t) => t.id),
    items,
    isSource: (id) => isCitable(items.entityKind(id)),
    years: years.length ? [Math.min(...years), Math.max(...years)] : [1940, 2020],
  };
}

const stripQuery = (q: string) => q.trim().replace(/^\?/, "");

/** The view state of a named view, with the decoder's notices (empty for a valid view). */
export function viewStateOf(view: NamedView, vocab: Vocabulary): { view: ViewState; notices: string[] } {
  const params = new URLSearchParams(stripQuery(view.query));
  const notices: string[] = [];
  if (params.has("view")) notices.push("a named view cannot name another view (“view=”)");
  params.delete("view");
  const decoded = decodeView(params.toString(), vocab);
  return { view: decoded.view, notices: [...notices, ...decoded.notices] };
}

/** Parses a views file; `path` is the name shown in problems. Valid views are returned even when others are not. */
export function parseViews(text: string, path: string, vocab: Vocabulary): { views: NamedView[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const views: NamedView[] = [];
  const add = (line: number, message: string, rule: string, id?: string) =>
    problems.push({ file: path, line, id, rule, message });
  if (new TextEncoder().encode(text).length > MAX_VIEWS_BYTES) {
    add(1, `file is larger than ${MAX_VIEWS_BYTES} bytes`, "views-file");
    return { views, problems };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length) {
    for (const err of doc.errors) add(lineAt(err.pos[0]), `YAML: ${err.message.split("\n")[0]}`, "yaml");
    return { views, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10 });
  } catch (e) {
    add(1, `unreadable YAML: ${(e as Error).message}`, "yaml");
    return { views, problems };
  }
  const top = doc.contents;
  const shape = ViewsFile.safeParse(data);
  if (!shape.success || !isMap(top)) {
    add(lineAt(top?.range?.[0]), "expected a mapping with a 'views:' list (and nothing else)", "views-file");
    return { views, problems };
  }
  const seq = top.get("views", true);
  const seen = new Set<string>();
  shape.data.views.forEach((raw, index) => {
    const node = isSeq(seq) ? (seq.items[index] as YamlNode | undefined) : undefined;
    const lineOf = (key?: string) => {
      const child = key && isMap(node) ? (node.get(key, true) as YamlNode | undefined) : undefined;
      return lineAt((child ?? node)?.range?.[0]);
    };
    const rawId = raw && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
    const id = typeof rawId === "string" ? rawId.slice(0, 80) : `#${index + 1}`;
    const parsed = NamedView.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === "unrecognized_keys" ? issue.keys[0] : (issue.path[0] as string | undefined);
        const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
        add(lineOf(key), `${where}${issue.message}`, "view-schema", id);
      }
      return;
    }
    const v = parsed.data;
    if (seen.has(v.id)) return add(lineOf("id"), `duplicate view id '${v.id}'`, "view-unique", v.id);
    seen.add(v.id);
    const { notices } = viewStateOf(v, vocab);
    if (notices.length) {
      for (const notice of notices) add(lineOf("query"), `query: ${notice}`, "view-query", v.id);
      return;
    }
    views.push(v);
  });
  return { views, problems };
}

/** A views file (YAML) holding `views`, readable by parseViews and fit for graph/views.yaml. */
export function writeViews(views: NamedView[], comment?: string): string {
  const body = stringify(
    {
      views: views.map((v) => ({
        id: v.id,
        title: v.title,
        ...(v.caption ? { caption: v.caption } : {}),
        query: stripQuery(v.query),
      })),
    },
    { lineWidth: 0 },
  );
  return (comment ? comment.replace(/^/gm, "# ") + "\n" : "") + body;
}

/**
 * The query string a link with `view=NAME` stands for: the named view's query, overridden by the link's other
 * parameters. Returns null when the link names no view; `missing` when it names one that does not exist.
 */
export function expandViewParam(
  search: string,
  views: readonly NamedView[],
): { search: string; view: NamedView } | { missing: string } | null {
  const params = new URLSearchParams(search);
  const name = params.get("view");
  if (name === null) return null;
  const view = views.find((v) => v.id === name);
  if (!view) return { missing: name.slice(0, 80) };
  const merged = new URLSearchParams(stripQuery(view.query));
  for (const [k, v] of params) if (k !== "view") merged.set(k, v);
  return { search: merged.toString(), view };
}

/** A view id from a free-text name ("The 1967 model!" → "the-1967-model"), unique among `taken`. */
export function viewIdFrom(name: string, taken: Iterable<string> = []): string {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "view";
  const used = new Set(taken);
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  return id;
}
