// Moving through the graph without a mouse: the nearest entity in an arrow key's direction (on screen, so what
// "left" means is what the user sees), and an entity's relations in a fixed order to step through one by one.
// Framework-free; the canvas component feeds it screen positions and the knowledge base.
import type { KnowledgeBase } from "../data/build.ts";

export type Direction = "left" | "right" | "up" | "down";

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point nearest to `from` in `direction` (screen coordinates, y growing downwards): among the points ahead of
 * it, the one with the least distance along the direction plus twice the distance across, preferring those within
 * 45 degrees of the direction. Null when nothing lies that way.
 */
export function nearestInDirection(
  points: readonly ScreenPoint[],
  from: { x: number; y: number; id?: string },
  direction: Direction,
): string | null {
  const [ux, uy] = UNIT[direction];
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const inCone = across <= along;
    const score = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score))
      best = { id: p.id, score, inCone };
  }
  return best?.id ?? null;
}

export interface RelationStep {
  relation: string;
  /** The entity at the other end. */
  other: string;
  /** The relation read from the entity: its type's label, or its inverse when the entity is the target. */
  label: string;
}

/**
 * An entity's relations in the order the details panel lists them: grouped by how they read from the entity (a
 * type's label outgoing, its inverse incoming), groups by that label, each group in the knowledge base's order.
 */
export function relationsInOrder(kb: KnowledgeBase, entity: string): RelationStep[] {
  const types = new Map(kb.relationTypes.map((t) => [t.id, t]));
  const groups = new Map<string, RelationStep[]>();
  for (const r of kb.relations) {
    const out = r.source === entity;
    if (!out && r.target !== entity) continue;
    const t = types.get(r.type);
    const key = `${out ? "out" : "in"}:${r.type}`;
    const step = {
      relation: r.id,
      other: out ? r.target : r.source,
      label: out ? (t?.label ?? r.type) : (t?.inverse ?? r.type),
    };
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  return [...groups.values()].sort((a, b) => a[0].label.localeCompare(b[0].label)).flat();
}
