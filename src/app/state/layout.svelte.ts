// Screen layout state: which size class the window is in (wide, medium, narrow), which side panel is open over
// the canvas below the wide size (one at a time), whether the folded toolbar menu is open, and the user's setting
// for single-key shortcuts (WCAG 2.1.4: they can be turned off; kept in localStorage). The breakpoints live here
// and in App.svelte's CSS only.
import type { Selection } from "../../core/view/selection.ts";
import type { ExplorerState } from "./explorer.svelte.ts";

export type ScreenSize = "wide" | "medium" | "narrow";
export type Sheet = "filters" | "details";

/** Media queries of the three size classes (App.svelte's CSS uses the same widths). */
export const NARROW_QUERY = "(max-width: 767.98px)";
export const MEDIUM_QUERY = "(min-width: 768px) and (max-width: 1279.98px)";
const SHORTCUTS_KEY = "kg-single-key-shortcuts";

export class LayoutState {
  screen: ScreenSize = $state("wide");
  /** Below the wide size: the side panel shown over the canvas, or null. */
  sheet: Sheet | null = $state(null);
  menuOpen = $state(false);
  /** Single-key shortcuts (/, f, +, -); Esc is not a character key and always works. */
  shortcuts = $state(true);

  constructor(private readonly explorer: ExplorerState) {
    this.shortcuts = readShortcuts();
  }

  /** Follows the window's size class; returns the function that stops following it. */
  watch(): () => void {
    const narrow = matchMedia(NARROW_QUERY);
    const medium = matchMedia(MEDIUM_QUERY);
    const update = () => (this.screen = narrow.matches ? "narrow" : medium.matches ? "medium" : "wide");
    update();
    narrow.addEventListener("change", update);
    medium.addEventListener("change", update);
    return () => {
      narrow.removeEventListener("change", update);
      medium.removeEventListener("change", update);
    };
  }

  get folded(): boolean {
    return this.screen !== "wide";
  }

  /** Whether a side panel is drawn: both at the wide size (the Panels toggle), one at a time below it. */
  shows(which: Sheet): boolean {
    return this.folded ? this.sheet === which : this.explorer.panel;
  }

  /** Opens a side panel (closing the other; on a phone, also the tables sheet), or closes it if open. */
  toggleSheet(which: Sheet): void {
    if (this.sheet === which) return this.closeSheet();
    this.sheet = which;
    this.menuOpen = false;
    if (this.screen === "narrow") this.explorer.drawer = null;
  }

  closeSheet(): void {
    this.sheet = null;
  }

  /** A new selection shows its details (below the wide size, where details are a sheet). */
  selectionChanged(selected: Selection | null): void {
    if (!this.folded) return;
    if (selected) this.sheet = "details";
    else if (this.sheet === "details") this.sheet = null;
  }

  /** On a phone, the tables sheet and a side sheet are not open together. */
  drawerOpened(): void {
    if (this.screen === "narrow") this.sheet = null;
  }

  setShortcuts(on: boolean): void {
    this.shortcuts = on;
    try {
      localStorage.setItem(SHORTCUTS_KEY, on ? "on" : "off");
    } catch {
      // Storage may be unavailable (private mode); the setting then lasts for this page only.
    }
  }
}

function readShortcuts(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== "off";
  } catch {
    return true;
  }
}
