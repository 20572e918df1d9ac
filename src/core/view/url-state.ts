// The whole view (filters, selection, camera, panels) as URL query parameters, so a link, a reload or back/forward
// reproduces the same view. Decoding never throws: every bad or hostile value falls back to its default and is
// reported as a notice the UI shows.
// The filters' own parameters come from their definitions (src/core/model/filters/).
import type { FilterVocabulary } from "../model/filters/definition.ts";
import {
  decodeFilters,
  encodeFilters,
  FILTER_DEFAULTS,
  FILTER_PARAMS,
  type FilterState,
} from "../model/filters/index.ts";
import { WALK_LOCATORS } from "./walk.ts";
import { decodeSelection, encodeSelection, type Selection, type SelectionLookup } from "./selection.ts";

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export type SizeBy = "degree" | "claims" | "uniform";
export const SIZE_BY: SizeBy[] = ["degree", "claims", "uniform"];

export interface ViewState {
  filters: FilterState;
  /** What is selected (written as `sel=` by src/core/view/selection.ts). */
  selected: Selection | null;
  camera: Camera | null;
  sizeBy: SizeBy;
  /** 0 (few labels) to 1 (many). */
  labelDensity: number;
  /** Whether the side panel is open. */
  panel: boolean;
  /** Evidence layer: sources and interviewees linked to what they support. */
  evidence: boolean;
  /** The open drawer below the canvas (a table or the figures), or null. */
  drawer: Drawer | null;
  /** "How is A connected to B?": two entity ids, or null. */
  path: [string, string] | null;
  /** The paragraph the walk through the paper is at ("p30"), or null when not walking. */
  walk: string | null;
  /** An opened file's node attribute the nodes are coloured by (src/core/view/colour-by.ts), or null. */
  colourBy: string | null;
}

export const DRAWERS = [
  "entities",
  "relations",
  "claims",
  "sources",
  "quirks",
  "figures",
  "compare",
  "timeline",
] as const;
export type Drawer = (typeof DRAWERS)[number];

export const VIEW_DEFAULTS: ViewState = {
  filters: FILTER_DEFAULTS,
  selected: null,
  camera: null,
  sizeBy: "degree",
  labelDensity: 0.5,
  panel: true,
  evidence: false,
  drawer: null,
  path: null,
  walk: null,
  colourBy: null,
};

export interface Vocabulary extends FilterVocabulary {
  /** The records a selection may name. */
  items: SelectionLookup;
  /** The node attributes the view may be coloured by (an opened file's categorical ones); none when absent. */
  colourAttributes?: readonly string[];
}

/** Every query parameter a view link may carry: the filters' own, then the rest of the view. */
export const URL_PARAMS: readonly string[] = [
  ...FILTER_PARAMS,
  "sel",
  "cam",
  "size",
  "ld",
  "panel",
  "ev",
  "tab",
  "path",
  "walk",
  "colour",
  // A named view (graph/views.yaml or saved); expanded by the app (src/core/view/views.ts expandViewParam).
  "view",
];

const MAX_PARAM = 2000;

function num(v: string, min: number, max: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function encodeView(v: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, value] of encodeFilters(v.filters)) p.set(key, value);
  if (v.selected) p.set("sel", encodeSelection(v.selected));
  if (v.camera)
    p.set("cam", [v.camera.x, v.camera.y, v.camera.ratio].map((n) => Math.round(n * 10000) / 10000).join(","));
  if (v.sizeBy !== VIEW_DEFAULTS.sizeBy) p.set("size", v.sizeBy);
  if (v.labelDensity !== VIEW_DEFAULTS.labelDensity) p.set("ld", String(v.labelDensity));
  if (!v.panel) p.set("panel", "0");
  if (v.evidence) p.set("ev", "1");
  if (v.drawer) p.set("tab", v.drawer);
  if (v.path) p.set("path", v.path.join(","));
  if (v.walk) p.set("walk", v.walk);
  if (v.colourBy) p.set("colour", v.colourBy);
  return p;
}

/** Reads a view from a query string; unknown or invalid values become defaults, each with a notice. */
export function decodeView(search: string, vocab: Vocabulary): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const view: ViewState = { ...VIEW_DEFAULTS, filters: { ...FILTER_DEFAULTS } };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 20_000 ? "" : search);
    if (search.length > 20_000) notices.push("The link was too long; the default view is shown.");
  } catch {
    return { view, notices: ["The link could not be read; the default view is shown."] };
  }
  const known = new Set<string>(URL_PARAMS);
  for (const key of new Set(params.keys()))
    if (!known.has(key)) notices.push(`Ignored unknown link parameter “${key.slice(0, 40)}”.`);
  const get = (k: string): string | null => {
    const v = params.get(k);
    if (v === null) return null;
    if (v.length > MAX_PARAM) {
      notices.push(`Ignored “${k}”: value too long.`);
      return null;
    }
    return v;
  };
  const bad = (k: string, v: string) => notices.push(`Ignored “${k}”: “${v.slice(0, 60)}” is not valid.`);

  const decoded = decodeFilters(get, vocab);
  view.filters = decoded.filters;
  notices.push(...decoded.notices);
  const sel = get("sel");
  if (sel !== null) {
    const selected = decodeSelection(sel, vocab.items);
    if (selected) view.selected = selected;
    else bad("sel", sel);
  }
  const cam = get("cam");
  if (cam !== null) {
    const parts = cam.split(",");
    const [x, y2, ratio] = parts.map((p, i) => num(p, i < 2 ? -1e6 : 1e-4, i < 2 ? 1e6 : 1e4));
    if (parts.length === 3 && x !== null && y2 !== null && ratio !== null) view.camera = { x, y: y2, ratio };
    else bad("cam", cam);
  }
  const size = get("size");
  if (size !== null) {
    if ((SIZE_BY as string[]).includes(size)) view.sizeBy = size as SizeBy;
    else bad("size", size);
  }
  const ld = get("ld");
  if (ld !== null) {
    const n = num(ld, 0, 1);
    if (n !== null) view.labelDensity = n;
    else bad("ld", ld);
  }
  const panel = get("panel");
  if (panel !== null) {
    if (panel === "0" || panel === "1") view.panel = panel === "1";
    else bad("panel", panel);
  }
  const ev = get("ev");
  if (ev !== null) {
    if (ev === "0" || ev === "1") view.evidence = ev === "1";
    else bad("ev", ev);
  }
  const tab = get("tab");
  if (tab !== null) {
    if ((DRAWERS as readonly string[]).includes(tab)) view.drawer = tab as Drawer;
    else bad("tab", tab);
  }
  const path = get("path");
  if (path !== null) {
    const ends = path.split(",");
    const entity = (id: string) => vocab.items.entityKind(id) !== undefined;
    if (ends.length === 2 && ends[0] !== ends[1] && ends.every(entity)) view.path = [ends[0], ends[1]];
    else bad("path", path);
  }
  const walk = get("walk");
  if (walk !== null) {
    if (WALK_LOCATORS.includes(walk)) view.walk = walk;
    else bad("walk", walk);
  }
  const colour = get("colour");
  if (colour !== null) {
    if (vocab.colourAttributes?.includes(colour)) view.colourBy = colour;
    else bad("colour", colour);
  }
  return { view, notices };
}
