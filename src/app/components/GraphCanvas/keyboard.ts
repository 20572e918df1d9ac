// The graph by keyboard: with the canvas focused, arrow keys move a cursor (shown like a hover) to the nearest
// visible entity in that direction on screen, N and P (or Page Down and Page Up) step through the selection's
// relations in order, Enter or Space selects the cursor, Esc drops it. Each move is described for the live region.
import {
  nearestInDirection,
  relationsInOrder,
  type Direction,
  type ScreenPoint,
} from "../../../core/view/graph-keys.ts";
import { entityId } from "../../../core/model/graph.ts";
import { kindLabel } from "../../../core/data/kinds.ts";
import type { Selection } from "../../../core/view/selection.ts";
import type { ExplorerState } from "../../state/explorer.svelte.ts";

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/** "Label (kind)" of an entity. */
export function describeEntity(explorer: ExplorerState, id: string): string {
  const e = explorer.entityById.get(id);
  if (!e) return id;
  return `${e.label} (${kindLabel(e.kind).toLowerCase()})`;
}

/** What a screen reader hears when the selection changes: the item and, for an entity, its relations. */
export function describeSelection(explorer: ExplorerState, selected: Selection | null): string {
  if (!selected) return "Selection cleared.";
  const name = (id: string) => explorer.entityById.get(id)?.label ?? id;
  if (selected.kind === "relation") {
    const r = explorer.relationById.get(selected.id);
    return r ? `Selected relation: ${name(r.source)} ${explorer.relationTypeLabel(r.type)} ${name(r.target)}.` : "";
  }
  if (selected.kind === "claim") return `Selected claim: ${explorer.claimById.get(selected.id)?.text ?? ""}`;
  if (selected.kind === "quirk") return "Selected an inconsistency in the paper.";
  const steps = relationsInOrder(explorer.kb, selected.id);
  const listed = steps
    .slice(0, 8)
    .map((s) => `${s.label} ${name(s.other)}`)
    .join("; ");
  const more = steps.length > 8 ? `; and ${steps.length - 8} more` : "";
  const count = `${steps.length} relation${steps.length === 1 ? "" : "s"}`;
  return `Selected ${describeEntity(explorer, selected.id)}. ${count}${steps.length ? `: ${listed}${more}` : ""}. Press N for the next.`;
}

/** Screen positions of the entities drawn now (not hidden), relative to the canvas. */
function visiblePoints(explorer: ExplorerState): ScreenPoint[] {
  const sigma = explorer.canvas?.sigma;
  if (!sigma) return [];
  const points: ScreenPoint[] = [];
  for (const node of sigma.getGraph().nodes()) {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden || node.startsWith("evidence:")) continue;
    const p = sigma.framedGraphToViewport(d);
    points.push({ id: entityId(node), x: p.x, y: p.y });
  }
  return points;
}

/** Handles a key on the focused canvas; returns what to announce, or null when the key is not the graph's. */
export function graphKey(explorer: ExplorerState, e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const cursor = explorer.hovered ?? explorer.selectedEntity;
  const dir = DIRECTIONS[e.key];
  if (dir) {
    const points = visiblePoints(explorer);
    const here = points.find((p) => p.id === cursor);
    const sigma = explorer.canvas?.sigma;
    const centre = sigma ? { x: sigma.getDimensions().width / 2, y: sigma.getDimensions().height / 2 } : { x: 0, y: 0 };
    // From the cursor; without one, the first move goes to the entity nearest the middle of the view.
    const next = here
      ? nearestInDirection(points, here, dir)
      : (points.sort((a, b) => dist(a, centre) - dist(b, centre))[0]?.id ?? null);
    if (!next) return `Nothing further ${dir}.`;
    explorer.hovered = next;
    return `${describeEntity(explorer, next)}. Enter selects.`;
  }
  if (e.key === "n" || e.key === "p" || e.key === "PageDown" || e.key === "PageUp") {
    const sel = explorer.selectedEntity;
    if (!sel) return "Select an entity first to step through its relations.";
    const steps = relationsInOrder(explorer.kb, sel);
    if (!steps.length) return `${describeEntity(explorer, sel)} has no relations.`;
    const at = steps.findIndex((s) => s.other === explorer.hovered);
    const forward = e.key === "n" || e.key === "PageDown";
    const i = at < 0 ? (forward ? 0 : steps.length - 1) : (at + (forward ? 1 : -1) + steps.length) % steps.length;
    explorer.hovered = steps[i].other;
    return `Relation ${i + 1} of ${steps.length}: ${steps[i].label} ${describeEntity(explorer, steps[i].other)}. Enter selects.`;
  }
  if ((e.key === "Enter" || e.key === " ") && explorer.hovered) {
    const id = explorer.hovered;
    explorer.selectEntity(id);
    explorer.hovered = null;
    return describeSelection(explorer, explorer.selected);
  }
  if (e.key === "Escape" && explorer.hovered) {
    explorer.hovered = null;
    return "Cursor cleared.";
  }
  return null;
}

function dist(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
