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
import { KIND_LABELS } from "../../../core/view/palette.ts";
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
  const kind = (KIND_LABELS as Record<string, string>)[e.kind] ?? e.kind;
  return `${e.label} (${kind.toLowerCase()})`;
}

/** What a screen reader hears when the selection changes: the item and, for an entity, its relations. */
export function describeSelection(explorer: ExplorerState, selected: string | null): string {
  if (!selected) return "Selection cleared.";
  if (selected.startsWith("r:")) {
    const r = explorer.relationById.get(selected.slice(2));
    if (!r) return "";
    return `Selected relation: ${explorer.entityById.get(r.source)?.label ?? r.source} ${explorer.relationTypeLabel(r.type)} ${explorer.entityById.get(r.target)?.label ?? r.target}.`;
  }
  if (selected.startsWith("c:")) return `Selected claim: ${explorer.claimById.get(selected.slice(2))?.text ?? ""}`;
  const steps = relationsInOrder(explorer.kb, selected);
  const listed = steps
    .slice(0, 8)
    .map((s) => `${s.label} ${explorer.entityById.get(s.other)?.label ?? s.other}`)
    .join("; ");
  const more = steps.length > 8 ? `; and ${steps.length - 8} more` : "";
  return `Selected ${describeEntity(explorer, selected)}. ${steps.length} relation${steps.length === 1 ? "" : "s"}${steps.length ? `: ${listed}${more}` : ""}. Press N for the next.`;
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
    explorer.select(id);
    explorer.hovered = null;
    return describeSelection(explorer, id);
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
