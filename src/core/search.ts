// Fuzzy, accent-insensitive search over entity labels, aliases and descriptions (MiniSearch), ranked with exact
// label matches first. Framework-free; the search box only renders what `search` returns.
import MiniSearch from "minisearch";
import type { KbEntity } from "./build.ts";

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
  search: (query: string, limit?: number) => SearchHit[];
}

export function createSearch(entities: KbEntity[]): EntitySearch {
  const ms = new MiniSearch<{ id: string; label: string; aliases: string; description: string; kind: string }>({
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
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    search(query, limit = 12) {
      const q = query.trim().slice(0, 200);
      if (!q) return [];
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
