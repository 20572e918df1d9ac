// Neighbourhood filter: only the entities within 1-3 steps of the selected entity, walking the relations still
// visible after the other filters. Off without a selection. URL: ego=2.
import { entityId, nodeKey, type KbGraph } from "../graph.ts";
import { invalid, type FilterDefinition } from "./definition.ts";

export interface NeighbourhoodState {
  /** Ego network of the selection to this depth (0 = off). */
  egoDepth: 0 | 1 | 2 | 3;
}

/** Entity ids within `depth` undirected steps of the entity `start`, walking only edges accepted by `edgeOk`. */
export function egoNetwork(
  graph: KbGraph,
  start: string,
  depth: number,
  edgeOk: (e: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>([nodeKey(start)]);
  if (!graph.hasNode(nodeKey(start))) return new Set([start]);
  let frontier = [nodeKey(start)];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (e, _a, s, t) => {
        if (!edgeOk(e)) return;
        const other = s === n ? t : s;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  return new Set([...seen].map(entityId));
}

export const neighbourhood: FilterDefinition<NeighbourhoodState, "neighbourhood"> = {
  id: "neighbourhood",
  heading: "Structure",
  defaults: { egoDepth: 0 },
  params: ["ego"],
  encode: (s) => (s.egoDepth ? [["ego", String(s.egoDepth)]] : []),
  decode(read) {
    const v = read("ego");
    if (v === null) return { state: { egoDepth: 0 }, notices: [] };
    if (v === "1" || v === "2" || v === "3") return { state: { egoDepth: Number(v) as 1 | 2 | 3 }, notices: [] };
    return { state: { egoDepth: 0 }, notices: [invalid("ego", v)] };
  },
  apply(s, { graph, selection }) {
    if (!s.egoDepth || !selection || !graph.hasNode(nodeKey(selection))) return null;
    return { keep: (soFar) => egoNetwork(graph, selection, s.egoDepth, (e) => soFar.edges.get(e) !== "hidden") };
  },
  describe: (s) =>
    s.egoDepth ? `Within ${s.egoDepth} ${s.egoDepth === 1 ? "step" : "steps"} of the selected entity` : null,
};
