// The permalink of what the explorer shows now: this page's address with the view's query (filters, selection,
// camera...), as the URL sync writes it; never the embed flag or a fragment. Citations and embed snippets use it.
import type { ExplorerState } from "./state/explorer.svelte.ts";

export function permalink(explorer: ExplorerState): string {
  const url = new URL(location.pathname, location.href);
  url.search = explorer.urlSearch();
  return url.href;
}
