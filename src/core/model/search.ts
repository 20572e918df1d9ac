// One search over what the paper says (MiniSearch, accent-insensitive): entities (labels, aliases, descriptions),
// sources and interviewees (also by authors and titles), claims (full text, locator, figures as worded and by value)
// and quirks (note, locators, type). Hits come grouped by type, exact matches above near and fuzzy ones; digits are
// never fuzzy- or prefix-matched, and "12,000" is one term. A query of numbers and month names is also matched by
// value (./search-figures.ts): "12,000" finds "some 12,000" and, as near, 12,486; "April 1969" what is dated then.
// Framework-free.
// The index is built on first use, not by `createSearch`: at 10k entities it costs about 0.2 s and 20 MB, and most
// sessions search late or never. The first non-empty query builds it (an empty one never does); `warm()` builds it
// ahead of time, which the search box schedules when it gets focus so the first keystroke does not wait for it.
import MiniSearch from "minisearch";
import type { KbClaim, KbEntity, KbQuirk } from "../data/build.ts";
import { isCitable } from "../data/kinds.ts";
import { claimSelection, entitySelection, type Selection } from "../view/selection.ts";
import { matchClaims, matchEntities, parseFigureQuery, type FigureMatch } from "./search-figures.ts";

export type HitType = "entity" | "source" | "claim" | "quirk";
export const HIT_TYPES: readonly HitType[] = ["entity", "source", "claim", "quirk"];
/** The group headings the result list shows, by hit type. */
export const HIT_GROUPS: Record<HitType, string> = {
  entity: "Entities",
  source: "Sources and interviewees",
  claim: "Claims and figures",
  quirk: "Inconsistencies",
};
/** Score added to exact matches and to near matches (a figure close in value, a vague date that may be the one asked). */
const EXACT = 1000;
const NEAR = 500;

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  score: number;
  type: HitType;
  /** What choosing the hit selects. */
  select: Selection;
  /** Matched by a figure close in value or a vague date, not exactly (listed below the exact matches). */
  near?: true;
}

/** Lower case, accents stripped ("Bezík" → "bezik"), so queries match either spelling. */
export const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Thousands separators dropped between digits ("12,000" → "12000"), so a number is one term. */
const joinNumbers = (s: string): string => s.replace(/(\d)[,\u00a0 ](?=\d{3}(?!\d))/g, "$1");
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
const hasDigit = (t: string) => /\d/.test(t);

export interface EntitySearch {
  /** Best hits first, grouped by type (at most `limit` per type); builds the index on the first non-empty query. */
  search: (query: string, limit?: number) => SearchHit[];
  /** Builds the index now if it is not built yet; later calls do nothing. */
  warm: () => void;
  /** Whether the index has been built. */
  readonly built: boolean;
}

export interface MoreToSearch {
  claims?: readonly KbClaim[];
  quirks?: readonly KbQuirk[];
}

interface SearchDoc {
  key: string;
  type: HitType;
  id: string;
  label: string;
  aliases: string;
  description: string;
  /** The whole text, folded with numbers joined, for the exact-match test. */
  whole: string;
}

/** A source's authors ("Baxandall", "P. Baxandall") and its titles, container and publisher, as searchable words. */
function bibliography(e: KbEntity): { names: string[]; titles: string[] } {
  if (!isCitable(e.kind)) return { names: [], titles: [] };
  const a = e.attributes as Record<string, unknown>;
  const authors = Array.isArray(a.author) ? (a.author as { family?: string; given?: string; literal?: string }[]) : [];
  const names = authors.flatMap((n) => [n.family, n.given && n.family ? `${n.given} ${n.family}` : n.literal]);
  const titles = ["title", "title-translated", "container-title", "publisher"].map((k) => a[k]);
  const text = (xs: unknown[]) => xs.filter((x): x is string => typeof x === "string" && x !== "");
  return { names: text(names), titles: text(titles) };
}

/** The index key of a hit: "c:" a claim, "q:" a quirk, "e:" an entity, source or interviewee. */
const keyOf = (type: HitType, id: string) => `${type === "claim" ? "c" : type === "quirk" ? "q" : "e"}:${id}`;

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The MiniSearch index (what `createSearch` builds on first use). */
export function buildIndex(entities: readonly KbEntity[], more: MoreToSearch = {}): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>({
    idField: "key",
    fields: ["label", "aliases", "description"],
    storeFields: ["type", "id", "whole"],
    tokenize: (text) => joinNumbers(text).split(SPLIT).filter(Boolean),
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { label: 3, aliases: 2 },
      prefix: (term) => !hasDigit(term),
      fuzzy: (term) => (hasDigit(term) ? false : 0.2),
      combineWith: "AND",
    },
  });
  const whole = (...xs: string[]) => fold(joinNumbers(xs.join(" · ")));
  ms.addAll(
    entities.map((e) => {
      const { names, titles } = bibliography(e);
      return {
        key: `e:${e.id}`,
        type: isCitable(e.kind) ? ("source" as const) : ("entity" as const),
        id: e.id,
        label: e.label,
        aliases: [...e.aliases, ...names].join(" · "),
        description: [e.description, ...titles].join(" · "),
        whole: "",
      };
    }),
  );
  ms.addAll(
    (more.claims ?? []).map((c) => {
      const figures = c.quantities.flatMap((q) => [q.text, ...[q.value, q.low, q.high].flatMap((v) => v ?? [])]);
      return {
        key: `c:${c.id}`,
        type: "claim" as const,
        id: c.id,
        label: c.locator,
        aliases: figures.join(" · "),
        description: c.text,
        whole: whole(c.locator, c.text, ...figures.map(String)),
      };
    }),
  );
  ms.addAll(
    (more.quirks ?? []).map((q) => ({
      key: `q:${q.id}`,
      type: "quirk" as const,
      id: q.id,
      label: q.locators.join(" "),
      aliases: `${q.kind.replace(/-/g, " ")} quirk inconsistency`,
      description: q.note,
      whole: whole(q.locators.join(" "), q.kind, q.note),
    })),
  );
  return ms;
}

/** `index` builds the index (injectable so tests can count builds); it is called at most once. */
export function createSearch(
  entities: KbEntity[],
  index: typeof buildIndex = buildIndex,
  more: MoreToSearch = {},
): EntitySearch {
  let built:
    | {
        ms: MiniSearch<SearchDoc>;
        byId: Map<string, KbEntity>;
        /** Each entity's names folded (label, aliases, authors, titles), for the exact-match test. */
        names: Map<string, Set<string>>;
        claims: Map<string, KbClaim>;
        quirks: Map<string, KbQuirk>;
      }
    | undefined;
  const ensure = () =>
    (built ??= {
      ms: more.claims || more.quirks ? index(entities, more) : index(entities),
      byId: new Map(entities.map((e) => [e.id, e])),
      names: new Map(
        entities.map((e) => {
          const { names, titles } = bibliography(e);
          return [e.id, new Set([e.label, ...e.aliases, ...names, ...titles].map(fold))];
        }),
      ),
      claims: new Map((more.claims ?? []).map((c) => [c.id, c])),
      quirks: new Map((more.quirks ?? []).map((q) => [q.id, q])),
    });
  return {
    get built() {
      return built !== undefined;
    },
    warm() {
      ensure();
    },
    search(query, limit = 12) {
      const q = query.trim().slice(0, 200);
      if (!q) return [];
      const { ms, byId, names, claims, quirks } = ensure();
      let results = ms.search(q);
      if (!results.length) results = ms.search(q, { combineWith: "OR" });
      const fq = fold(joinNumbers(q));
      // Matches by value (numbers, years, months), kept apart from the text matches and merged below.
      const figure = parseFigureQuery(q);
      const byValue = new Map<string, FigureMatch>();
      if (figure) {
        for (const [id, m] of matchClaims([...claims.values()], figure)) byValue.set(`c:${id}`, m);
        for (const [id, m] of matchEntities([...byId.values()], figure)) byValue.set(`e:${id}`, m);
      }
      const tier = (key: string, exact: boolean) => {
        const m = byValue.get(key);
        return exact || m === "exact" ? EXACT : m === "near" ? NEAR : 0;
      };
      const hit = (key: string, score: number, exact: boolean): SearchHit => {
        const id = key.slice(2);
        const bonus = tier(key, exact);
        const near = bonus === NEAR ? { near: true as const } : {};
        if (key.startsWith("c:")) {
          const c = claims.get(id)!;
          return {
            id,
            type: "claim",
            kind: `claim ${c.locator}`,
            label: shorten(c.text),
            score: score + bonus,
            select: claimSelection(id),
            ...near,
          };
        }
        if (key.startsWith("q:")) {
          const x = quirks.get(id)!;
          return {
            id,
            type: "quirk",
            kind: `inconsistency ${x.locators.join(", ")}`,
            label: shorten(x.note),
            score: score + bonus,
            select: { kind: "quirk", id },
          };
        }
        const e = byId.get(id)!;
        const type = isCitable(e.kind) ? "source" : "entity";
        return {
          id,
          type,
          label: e.label,
          kind: e.kind,
          score: score + bonus,
          select: entitySelection(id, e.kind),
          ...near,
        };
      };
      const hits = results.map((r) => {
        const key = keyOf(r.type as HitType, String(r.id));
        const exact = key.startsWith("e:") ? names.get(key.slice(2))!.has(fq) : String(r.whole).includes(fq);
        return hit(key, r.score, exact);
      });
      const seen = new Set(results.map((r) => keyOf(r.type as HitType, String(r.id))));
      // What only the value matched (a near figure, a claim dated that month) joins with a score below any text hit.
      for (const key of byValue.keys()) if (!seen.has(key)) hits.push(hit(key, 0, false));
      return HIT_TYPES.flatMap((t) =>
        hits
          .filter((h) => h.type === t)
          .sort((a, b) => b.score - a.score)
          .slice(0, limit),
      );
    },
  };
}
