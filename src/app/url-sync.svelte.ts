// The one writer of the address and the one reader of back/forward. Meaningful changes of the view push a history
// entry (so back/forward walk through views); camera moves, a spent `view=NAME` link (explorer.replaceUrl) and the
// address just read from history replace the current entry. On popstate the URL is read back into the state, and a `view=NAME` entry is
// expanded into that named view.
import { untrack } from "svelte";
import type { ExplorerState } from "./state/explorer.svelte.ts";
import { presentationFor } from "./state/presentation.svelte.ts";

/** How long camera moves settle before the address follows them, in ms. */
const CAMERA_SETTLE_MS = 300;

export function syncUrl(explorer: ExplorerState): void {
  let cameraTimer: ReturnType<typeof setTimeout> | null = null;
  let fromHistory = false;
  const replace = (search: string) => history.replaceState(history.state, "", search || location.pathname);
  // Compare without the camera, which is replaced, not pushed.
  const strip = (s: string) => s.replace(/(^|[?&])cam=[^&]*/, "").replace(/^\?&?/, "?");

  function write(search: string): void {
    if (cameraTimer) clearTimeout(cameraTimer);
    cameraTimer = null;
    const here = location.search;
    const spent = fromHistory || explorer.replaceUrl;
    fromHistory = false;
    explorer.replaceUrl = false;
    if (search === here) return;
    if (spent) replace(search);
    else if (strip(search) !== strip(here)) history.pushState(null, "", search || location.pathname);
    else cameraTimer = setTimeout(() => replace(explorer.urlSearch()), CAMERA_SETTLE_MS);
  }

  $effect(() => {
    const search = explorer.urlSearch();
    untrack(() => write(search));
  });

  const onPop = () => {
    fromHistory = true;
    // Not longer than this turn: when nothing changed, no write comes to clear it.
    setTimeout(() => (fromHistory = false), 0);
    explorer.readUrl(location.search);
    // A `view=NAME` entry reached with back/forward shows that view again.
    if (new URLSearchParams(location.search).has("view"))
      presentationFor(explorer).applyLink(location.search, { animate: false });
  };
  $effect(() => {
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  });
}
