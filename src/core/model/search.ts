// One search over what the paper says (MiniSearch, accent-insensitive): entities (labels, aliases, descriptions),
// claims (full text, locator, figures as worded and by value) and quirks (note, locators, type). Hits come grouped by
// type, exact matches above fuzzy ones; digits are never fuzzy- or prefix-matched, and "12,000" is one term, so a
// number finds the figures of that value ("some 12,000") and not 1,200 or 12,486. Framework-free.
// The index is built on first use, not by `createSearch`: at 10k entities it costs about 0.2 s and 20 MB, and most
// sessions search late or never. The first non-empty query builds it (an empty one never does); `warm()` builds it
// ahead of time, which the search box schedules when it gets focus so the first keystroke does not wait for it.
import MiniSearch from "minisearch";
import type { KbClaim, KbEntity, KbQuirk } from "../data/build.ts";
import { claimSelection, entitySelection, type Selection } from "../view/selection.ts";

export type HitType = "entity" | "claim" | "quirk";
export const HIT_TYPES: readonly HitType[] = ["entity", "claim", "quirk"];

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  score: number;
  type: HitType;
  /** What choosing the hit selects. */
  select: Selection;
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
    entities.map((e) => ({
      key: `e:${e.id}`,
      type: "entity" as const,
      id: e.id,
      label: e.label,
      aliases: e.aliases.join(" · "),
      description: e.description,
      whole: "",
    })),
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
        claims: Map<string, KbClaim>;
        quirks: Map<string, KbQuirk>;
      }
    | undefined;
  const ensure = () =>
    (built ??= {
      ms: more.claims || more.quirks ? index(entities, more) : index(entities),
      byId: new Map(entities.map((e) => [e.id, e])),
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
      const { ms, byId, claims, quirks } = ensure();
      let results = ms.search(q);
      if (!results.length) results = ms.search(q, { combineWith: "OR" });
      const fq = fold(joinNumbers(q));
      const hits = results.map((r): SearchHit => {
        const type = r.type as HitType;
        const id = String(r.id);
        if (type === "claim") {
          const c = claims.get(id)!;
          const exact = String(r.whole).includes(fq);
          return {
            id,
            type,
            kind: `claim ${c.locator}`,
            label: shorten(c.text),
            score: r.score + (exact ? 1000 : 0),
            select: claimSelection(id),
          };
        }
        if (type === "quirk") {
          const x = quirks.get(id)!;
          const exact = String(r.whole).includes(fq);
          return {
            id,
            type,
            kind: `inconsistency ${x.locators.join(", ")}`,
            label: shorten(x.note),
            score: r.score + (exact ? 1000 : 0),
            select: { kind: "quirk", id },
          };
        }
        const e = byId.get(id)!;
        const exact = [e.label, ...e.aliases].some((n) => fold(n) === fq);
        return {
          id,
          type,
          label: e.label,
          kind: e.kind,
          score: r.score + (exact ? 1000 : 0),
          select: entitySelection(id, e.kind),
        };
      });
      return HIT_TYPES.flatMap((t) =>
        hits
          .filter((h) => h.type === t)
          .sort((a, b) => b.score - a.score)
          .slice(0, limit),
      );
    },
  };
}
