// The whole view (filters, selection, camera, panels) as URL query parameters, so a link, a reload or back/forward
// reproduces the same view. Decoding never throws: every bad or hostile value falls back to its default and is
// reported as a notice the UI shows.
import { FILTER_DEFAULTS, type FilterState } from "../model/filters.ts";
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
}

export const DRAWERS = ["entities", "relations", "claims", "sources", "figures"] as const;
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
};

export interface Vocabulary {
  kinds: readonly string[];
  types: readonly string[];
  /** The records a selection may name. */
  items: SelectionLookup;
  /** Whether an id names a source or interviewee. */
  isSource: (id: string) => boolean;
  years: [number, number];
}

/** Every query parameter a view link may carry. */
export const URL_PARAMS = [
  "hk",
  "ht",
  "y",
  "tm",
  "src",
  "ego",
  "deg",
  "iso",
  "sel",
  "cam",
  "size",
  "ld",
  "panel",
  "ev",
  "tab",
  // A named view (graph/views.yaml or saved); expanded by the app (src/core/view/views.ts expandViewParam).
  "view",
] as const;

const MAX_PARAM = 2000;
const MAX_LIST = 100;

const list = (v: string) => v.split(",").filter(Boolean);

function num(v: string, min: number, max: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function encodeView(v: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const f = v.filters;
  if (f.hiddenKinds.length) p.set("hk", [...f.hiddenKinds].sort().join(","));
  if (f.hiddenTypes.length) p.set("ht", [...f.hiddenTypes].sort().join(","));
  if (f.years) p.set("y", `${f.years[0]}-${f.years[1]}`);
  if (f.timeMode !== FILTER_DEFAULTS.timeMode) p.set("tm", f.timeMode);
  if (f.source) p.set("src", f.source);
  if (f.egoDepth) p.set("ego", String(f.egoDepth));
  if (f.minDegree) p.set("deg", String(f.minDegree));
  if (f.hideIsolated) p.set("iso", "1");
  if (v.selected) p.set("sel", encodeSelection(v.selected));
  if (v.camera)
    p.set("cam", [v.camera.x, v.camera.y, v.camera.ratio].map((n) => Math.round(n * 10000) / 10000).join(","));
  if (v.sizeBy !== VIEW_DEFAULTS.sizeBy) p.set("size", v.sizeBy);
  if (v.labelDensity !== VIEW_DEFAULTS.labelDensity) p.set("ld", String(v.labelDensity));
  if (!v.panel) p.set("panel", "0");
  if (v.evidence) p.set("ev", "1");
  if (v.drawer) p.set("tab", v.drawer);
  return p;
}

/** Reads a view from a query string; unknown or invalid values become defaults, each with a notice. */
export function decodeView(search: string, vocab: Vocabulary): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const filters: FilterState = { ...FILTER_DEFAULTS };
  const view: ViewState = { ...VIEW_DEFAULTS, filters };
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

  const hk = get("hk");
  if (hk !== null) {
    const items = list(hk).slice(0, MAX_LIST);
    const ok = items.filter((k) => vocab.kinds.includes(k));
    if (ok.length !== items.length) bad("hk", hk);
    filters.hiddenKinds = [...new Set(ok)];
  }
  const ht = get("ht");
  if (ht !== null) {
    const items = list(ht).slice(0, MAX_LIST);
    const ok = items.filter((t) => vocab.types.includes(t));
    if (ok.length !== items.length) bad("ht", ht);
    filters.hiddenTypes = [...new Set(ok)];
  }
  const y = get("y");
  if (y !== null) {
    const m = /^(\d{4})-(\d{4})$/.exec(y);
    const [lo, hi] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    if (m && lo <= hi && lo >= vocab.years[0] - 100 && hi <= vocab.years[1] + 100) filters.years = [lo, hi];
    else bad("y", y);
  }
  const tm = get("tm");
  if (tm !== null) {
    if (tm === "fade" || tm === "hide") filters.timeMode = tm;
    else bad("tm", tm);
  }
  const src = get("src");
  if (src !== null) {
    if (vocab.isSource(src)) filters.source = src;
    else bad("src", src);
  }
  const ego = get("ego");
  if (ego !== null) {
    if (ego === "1" || ego === "2" || ego === "3") filters.egoDepth = Number(ego) as 1 | 2 | 3;
    else bad("ego", ego);
  }
  const deg = get("deg");
  if (deg !== null) {
    const n = num(deg, 0, 1000);
    if (n !== null && Number.isInteger(n)) filters.minDegree = n;
    else bad("deg", deg);
  }
  const iso = get("iso");
  if (iso !== null) {
    if (iso === "1" || iso === "0") filters.hideIsolated = iso === "1";
    else bad("iso", iso);
  }
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
  return { view, notices };
}
