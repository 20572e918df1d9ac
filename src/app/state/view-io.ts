// The explorer's view (src/core/view/url-state.ts's ViewState: what a link carries) read from its state object and
// applied to it: one list of the view's parts, used by links, named views, pictures and print.
import type { ViewState } from "../../core/view/url-state.ts";
import type { ExplorerState } from "./explorer.svelte.ts";

/** The view the explorer shows now. */
export function viewOf(e: ExplorerState): ViewState {
  return {
    filters: e.filters,
    selected: e.selected,
    camera: e.camera,
    sizeBy: e.sizeBy,
    labelDensity: e.labelDensity,
    panel: e.panel,
    evidence: e.evidence,
    drawer: e.drawer,
    path: e.reading.path,
    walk: e.reading.walk,
    colourBy: e.colour.by,
  };
}

/** Makes the explorer show `view` (the camera only when the view has one). */
export function applyViewTo(e: ExplorerState, view: ViewState): void {
  e.filters = { ...view.filters };
  e.selected = view.selected;
  e.sizeBy = view.sizeBy;
  e.labelDensity = view.labelDensity;
  e.panel = view.panel;
  e.evidence = view.evidence;
  e.drawer = view.drawer;
  e.reading.path = view.path;
  e.reading.walk = view.walk;
  e.colour.by = view.colourBy;
  if (view.camera) e.setCamera(view.camera);
}
