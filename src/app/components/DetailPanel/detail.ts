// Small text helpers the detail panels share: an entity's label, a relation read as a sentence, a span of years,
// attribute rows. Plain functions of the explorer state, so each panel writes these the same way.
import type { KbClaim, KbRelation } from "../../../core/data/build.ts";
import type { ExplorerState } from "../../state/explorer.svelte.ts";

export const entityLabel = (explorer: ExplorerState, id: string): string => explorer.entityById.get(id)?.label ?? id;

export const relationText = (explorer: ExplorerState, r: KbRelation): string =>
  `${entityLabel(explorer, r.source)} ${explorer.relationTypeLabel(r.type)} ${entityLabel(explorer, r.target)}`;

export const claimsByIds = (explorer: ExplorerState, ids: string[]): KbClaim[] =>
  ids.map((id) => explorer.claimById.get(id)).filter((c): c is KbClaim => c !== undefined);

/** "1946", "1946–1950", "…–1950", or "" when undated. */
export const yearsText = (r: { start?: number; end?: number }): string =>
  r.start === undefined && r.end === undefined
    ? ""
    : r.start === r.end
      ? `${r.start}`
      : `${r.start ?? "…"}–${r.end ?? "…"}`;

/** An entity's attributes as [name, text] rows (lists joined with ";", names of authors spelled out). */
export const attributeRows = (attrs: Record<string, unknown>): [string, string][] =>
  Object.entries(attrs).map(([k, v]) => [
    k,
    Array.isArray(v)
      ? v.map((x) => (typeof x === "object" && x ? Object.values(x).join(" ") : String(x))).join("; ")
      : String(v),
  ]);
