// Fuzzy, accent-insensitive search over entity labels, aliases and descriptions (MiniSearch), ranked with exact
// label matches first. Framework-free; the search box only renders what `search` returns.
// The index is built on first use, not by `createSearch`: at 10k entities it costs about 0.2 s and 20 MB, and most
// sessions search late or never. The first non-empty query builds it (an empty one never does); `warm()` builds it
// ahead of time, which the search box schedules when it gets focus so the first keystroke does not wait for it.
import MiniSearch from "minisearch";
import type { KbEntity } from "../data/build.ts";

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  score: number;
}

/** Lower case, accents stripped ("Bezík" → "bezik"), so queries match either spelling. */
export const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

export interface EntitySearch {
  /** Best hits first (at most `limit`); builds the index on the first non-empty query. */
  search: (query: string, limit?: number) => SearchHit[];
  /** Builds the index now if it is not built yet; later calls do nothing. */
  warm: () => void;
  /** Whether the index has been built. */
  readonly built: boolean;
}

interface SearchDoc {
  id: string;
  label: string;
  aliases: string;
  description: string;
  kind: string;
}

/** The MiniSearch index of the entities (what `createSearch` builds on first use). */
export function buildIndex(entities: readonly KbEntity[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>({
    fields: ["label", "aliases", "description"],
    storeFields: ["label", "kind"],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { label: 3, aliases: 2 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  ms.addAll(
    entities.map((e) => ({
      id: e.id,
      label: e.label,
      aliases: e.aliases.join(" · "),
      description: e.description,
      kind: e.kind,
    })),
  );
  return ms;
}

/** `index` builds the index (injectable so tests can count builds); it is called at most once. */
export function createSearch(entities: KbEntity[], index: typeof buildIndex = buildIndex): EntitySearch {
  let built: { ms: MiniSearch<SearchDoc>; byId: Map<string, KbEntity> } | undefined;
  const ensure = () => (built ??= { ms: index(entities), byId: new Map(entities.map((e) => [e.id, e])) });
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
      const { ms, byId } = ensure();
      let results = ms.search(q);
      if (!results.length) results = ms.search(q, { combineWith: "OR" });
      const fq = fold(q);
      return results
        .map((r) => {
          const e = byId.get(String(r.id))!;
          const exact = [e.label, ...e.aliases].some((n) => fold(n) === fq);
          return { id: e.id, label: e.label, kind: e.kind, score: r.score + (exact ? 1000 : 0) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}
