// Keeps the URL and the explorer's view in step: meaningful changes push a history entry (so back/forward walk
// through views), camera moves replace the current one, and popstate reads the URL back into the state.
import type { ExplorerState } from "./state/explorer.svelte.ts";

export function syncUrl(explorer: ExplorerState): { cameraMoved: () => void } {
  let cameraTimer: ReturnType<typeof setTimeout> | null = null;
  let fromHistory = false;

  $effect(() => {
    const search = explorer.urlSearch();
    if (fromHistory) {
      fromHistory = false;
      return;
    }
    // Compare without the camera, which is replaced, not pushed.
    const strip = (s: string) => s.replace(/(^|[?&])cam=[^&]*/, "").replace(/^\?&?/, "?");
    if (strip(search) !== strip(location.search)) history.pushState(null, "", search || location.pathname);
  });

  const onPop = () => {
    fromHistory = true;
    explorer.readUrl(location.search);
  };
  $effect(() => {
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  });

  return {
    cameraMoved() {
      if (cameraTimer) clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => {
        const search = explorer.urlSearch();
        if (search !== location.search) history.replaceState(null, "", search || location.pathname);
      }, 300);
    },
  };
}
