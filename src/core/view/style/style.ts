// The one set of style rules of the explorer: pure functions from an item (node or edge, by graph key) and the view
// (visibility, hover, selection, trace, evidence layer, size metric) to its look: colour, size, faded or not,
// highlighted, label forced or allowed, edge curvature and dash pattern, hidden. The canvas' sigma reducers and the pictures' scene
// both call these, so the screen and the exports cannot drift apart. Per graph, `styleBasis` works out what does not
// depend on the view (sizes, curvatures, the evidence layer's edges); per view, `viewFocus` what the selection means.
import { kindColor } from "../../data/kinds.ts";
import type { Visibility } from "../../model/filters.ts";
import { entityId, nodeKey, type KbGraph } from "../../model/graph.ts";
import { FADED_EDGE, FADED_NODE, familyOf, paler } from "../palette.ts";
import { selectedEntityId, selectedRelationId, type Selection } from "../selection.ts";
import type { SizeBy } from "../url-state.ts";
import {
  EDGE_SIZE,
  edgeCurvatures,
  EVIDENCE_COLOR,
  EVIDENCE_RELATION,
  EVIDENCE_SIZE,
  evidenceEdgeKey,
  LIT_EDGE_SIZE,
  nodeSizes,
  SELECTED_EDGE_SIZE,
} from "./look.ts";

/** What a trace keeps lit: entity ids and relation ids. */
export interface Trace {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The parts of the view that decide the look. */
export interface StyleView {
  /** Visibility by entity id and by relation id (the filters' result). */
  nodes: Map<string, Visibility>;
  edges: Map<string, Visibility>;
  /** Hovered entity id. */
  hovered: string | null;
  /** The selection (an entity, relation, claim, source or quirk), or null. */
  selected: Selection | null;
  /** What to keep lit while tracing a claim or a source (everything else fades), or null. */
  emphasis: Trace | null;
  /** Whether the evidence layer (source → supported entity edges) is shown. */
  evidence: boolean;
  sizeBy: SizeBy;
  /** Node colours by entity id when colouring by a file's attribute (src/core/view/colour-by.ts); else absent. */
  colours?: ReadonlyMap<string, string> | null;
  /** Entities and relations (by id) dated vaguely and only partly inside the time range ("possibly in range"): paler. */
  possible?: ReadonlySet<string>;
}

export interface NodeLook {
  hidden: boolean;
  color: string;
  size: number;
  faded: boolean;
  highlighted: boolean;
  /** Label drawn whatever the label grid says. A faded node's label is never drawn. */
  forceLabel: boolean;
  zIndex: number;
  /** Carries one of the paper's inconsistencies: its label bears QUIRK_MARK. */
  marked: boolean;
  /** Dated vaguely and only partly inside the time range: drawn in a paler colour. */
  possible: boolean;
}

export interface EdgeLook {
  hidden: boolean;
  /** An evidence-layer edge (not a relation). */
  evidence: boolean;
  relation: string;
  color: string;
  /** The relation family's dash pattern in px ([dash, gap] or two such pairs; [] solid): canvas and pictures. */
  dash: readonly number[];
  size: number;
  /** Curvature of a parallel edge; undefined: drawn straight. */
  curvature: number | undefined;
  faded: boolean;
  /** Label drawn (a relation touching the focus, or the selected one). */
  labelled: boolean;
  zIndex: number;
  /** Carries one of the paper's inconsistencies: its label bears QUIRK_MARK. */
  marked: boolean;
  /** Dated vaguely and only partly inside the time range: drawn in a paler colour. */
  possible: boolean;
}

/** The entities and relations (ids) that carry one of the paper's inconsistencies. */
export interface Marks {
  entities: ReadonlyMap<string, unknown> | ReadonlySet<string>;
  relations: ReadonlyMap<string, unknown> | ReadonlySet<string>;
}
const NO_MARKS: Marks = { entities: new Set(), relations: new Set() };

/** What the style of one graph needs that does not depend on the view, worked out once per graph. */
export class StyleBasis {
  readonly sizes: Map<string, Record<SizeBy, number>>;
  readonly curvatures: Map<string, number>;
  private readonly families = new Map<string, { color: string; dash: readonly number[] }>();
  private links: { ends: Map<string, [string, string]>; linked: Map<string, Set<string>> } | null = null;
  private markSets: Marks | null = null;

  constructor(
    readonly graph: KbGraph,
    /** Evidence-layer links between entity ids; asked for the first time they are needed. */
    private readonly evidenceLinks: () => [string, string][] = () => [],
    /** What carries an inconsistency; asked for the first time a look is worked out. */
    private readonly quirkMarks: () => Marks = () => NO_MARKS,
  ) {
    this.sizes = nodeSizes(graph);
    this.curvatures = edgeCurvatures(graph);
  }

  /** The evidence layer's edges (key → graph keys of its ends) and the neighbours they make, by graph key. */
  get evidence(): { ends: Map<string, [string, string]>; linked: Map<string, Set<string>> } {
    if (this.links) return this.links;
    const ends = new Map<string, [string, string]>();
    const linked = new Map<string, Set<string>>();
    const link = (a: string, b: string) => (linked.get(a) ?? linked.set(a, new Set()).get(a)!).add(b);
    for (const [src, tgt] of this.evidenceLinks()) {
      const [s, t] = [nodeKey(src), nodeKey(tgt)];
      if (!this.graph.hasNode(s) || !this.graph.hasNode(t)) continue;
      ends.set(evidenceEdgeKey(src, tgt), [s, t]);
      link(s, t);
      link(t, s);
    }
    return (this.links = { ends, linked });
  }

  /** What carries an inconsistency (entity ids, relation ids). */
  get marks(): Marks {
    return (this.markSets ??= this.quirkMarks());
  }

  /** The colour and dash pattern of a relation type (its family's), worked out once per type. */
  relationLook(relation: string): { color: string; dash: readonly number[] } {
    let f = this.families.get(relation);
    if (f === undefined) {
      const { color, dash } = familyOf(relation);
      this.families.set(relation, (f = { color, dash }));
    }
    return f;
  }
}

/** What the view's hover and selection mean in graph keys, worked out once per view. */
export interface ViewFocus {
  hovered: string | null;
  selectedNode: string | null;
  /** The hovered node, else the selected one. */
  focus: string | null;
  /** The selected relation (edge key), when the selection is one. */
  selectedEdge: string | null;
  /** The selected edge's ends, when it is drawn. */
  edgeEnds: [string, string] | null;
}

export function viewFocus(basis: StyleBasis, view: StyleView): ViewFocus {
  const hovered = view.hovered === null ? null : nodeKey(view.hovered);
  const sel = selectedEntityId(view.selected);
  const selectedNode = sel === null ? null : nodeKey(sel);
  const selectedEdge = selectedRelationId(view.selected);
  let edgeEnds: [string, string] | null = null;
  if (selectedEdge !== null && basis.graph.hasEdge(selectedEdge))
    edgeEnds = basis.graph.extremities(selectedEdge) as [string, string];
  else if (selectedEdge !== null && view.evidence) edgeEnds = basis.evidence.ends.get(selectedEdge) ?? null;
  return { hovered, selectedNode, focus: hovered ?? selectedNode, selectedEdge, edgeEnds };
}

/** Whether two nodes (graph keys) are neighbours: by a relation, or by an evidence link while that layer is shown. */
function neighbours(basis: StyleBasis, view: StyleView, a: string, b: string): boolean {
  return basis.graph.areNeighbors(a, b) || (view.evidence && (basis.evidence.linked.get(a)?.has(b) ?? false));
}

/** The look of node `key` (a graph key) in `view`. */
export function nodeLook(basis: StyleBasis, view: StyleView, focus: ViewFocus, key: string): NodeLook {
  const id = entityId(key);
  const kind = basis.graph.getNodeAttribute(key, "kind");
  // A graph opened from another tool keeps the colours its file gives (read-foreign.ts, graph.ts).
  // Coloured by one of its attributes when the view says so (src/core/view/colour-by.ts).
  const color = view.colours?.get(id) ?? basis.graph.getNodeAttribute(key, "fileColor") ?? kindColor(kind);
  const size = basis.sizes.get(key)![view.sizeBy];
  const state = view.nodes.get(id) ?? "shown";
  const marked = basis.marks.entities.has(id);
  const possible = view.possible?.has(id) ?? false;
  const look = {
    ...{ hidden: false, color: possible ? paler(color) : color, size, faded: false, highlighted: false },
    ...{ forceLabel: false, zIndex: 1, marked, possible },
  };
  if (state === "hidden") return { ...look, hidden: true };
  let faded = state === "faded";
  const f = focus.focus;
  if (view.emphasis) {
    // Tracing a claim or a source: exactly what it supports (and the path from the paper) stays lit.
    if (!view.emphasis.nodes.has(id) && key !== focus.hovered) faded = true;
  } else if (f !== null && basis.graph.hasNode(f) && key !== f && !neighbours(basis, view, key, f)) faded = true;
  if (focus.edgeEnds && !focus.edgeEnds.includes(key)) faded = true;
  if (faded) return { ...look, color: FADED_NODE, faded: true, zIndex: 0, possible: false };
  if (key === focus.selectedNode || key === focus.hovered)
    return { ...look, highlighted: true, forceLabel: true, zIndex: 2 };
  return { ...look, forceLabel: f !== null || view.emphasis !== null };
}

/** The ends (graph keys) of edge `key`: a relation, or an evidence-layer edge. */
export function edgeEnds(basis: StyleBasis, key: string): [string, string] {
  return basis.evidence.ends.get(key) ?? (basis.graph.extremities(key) as [string, string]);
}

/** The evidence layer's edges: their own grey, solid (the Evidence family of relations is dotted). */
const EVIDENCE_LOOK = { color: EVIDENCE_COLOR, dash: [] as readonly number[] };

/** The look of edge `key`: a relation of the graph, or an evidence-layer edge ("evidence:a->b"). */
export function edgeLook(basis: StyleBasis, view: StyleView, focus: ViewFocus, key: string): EdgeLook {
  const relationEdge = basis.graph.hasEdge(key);
  const evidence = !relationEdge;
  const relation = evidence ? EVIDENCE_RELATION : basis.graph.getEdgeAttribute(key, "relation");
  const curvature = evidence ? undefined : basis.curvatures.get(key);
  const { color, dash } = evidence ? EVIDENCE_LOOK : basis.relationLook(relation);
  const size = evidence ? EVIDENCE_SIZE : EDGE_SIZE;
  const marked = !evidence && basis.marks.relations.has(key);
  const possible = !evidence && (view.possible?.has(key) ?? false);
  const look = {
    ...{ hidden: false, evidence, relation, color: possible ? paler(color) : color, dash, size, curvature },
    ...{ faded: false, labelled: false, zIndex: 1, marked, possible },
  };
  const fadedLook = { ...look, color: FADED_EDGE, faded: true, zIndex: 0, possible: false };
  // A relation's state is the filters'; its ends only matter for the evidence layer, a focus or a trace. This path
  // (every refresh after a filter change) looks at nothing else.
  if (!evidence && focus.focus === null && focus.selectedEdge === null && !view.emphasis) {
    const state = view.edges.get(key) ?? "shown";
    return state === "hidden" ? { ...look, hidden: true } : state === "faded" ? fadedLook : look;
  }
  const [s, t] = edgeEnds(basis, key);
  const [sid, tid] = [entityId(s), entityId(t)];
  const state = evidence
    ? view.evidence && view.nodes.get(sid) !== "hidden" && view.nodes.get(tid) !== "hidden"
      ? "shown"
      : "hidden"
    : (view.edges.get(key) ?? "shown");
  if (state === "hidden") return { ...look, hidden: true };
  const selected = focus.selectedEdge === key;
  const touches = focus.focus !== null && (s === focus.focus || t === focus.focus);
  let faded: boolean;
  if (view.emphasis) {
    faded = evidence ? !(view.emphasis.nodes.has(sid) && view.emphasis.nodes.has(tid)) : !view.emphasis.edges.has(key);
  } else {
    faded = state === "faded" || (focus.focus !== null && !touches);
    if (focus.selectedEdge !== null && !selected) faded = true;
    if (selected || touches) faded = false;
  }
  if (faded) return fadedLook;
  const labelled = selected || (touches && !view.emphasis);
  return {
    ...look,
    labelled,
    size: selected ? SELECTED_EDGE_SIZE : labelled || view.emphasis ? LIT_EDGE_SIZE : size,
    zIndex: labelled ? 2 : 1,
  };
}
