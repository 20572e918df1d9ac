// The benchmark's baseline: what a developer would write with graphology and sigma alone. It fetches graphology's
// serialized JSON of the same graph (scripts/bench/raw-graph.ts: positions, colours, sizes and edge programs already
// in the file), imports it, and draws it with the explorer's sigma settings (copied from
// src/app/canvas/controller.ts; run.ts checks at run time that both pages end up with the same settings), with the
// explorer's own node and edge programs (kind glyphs, dashes by relation family) so both pages draw the same pixels.
// The explorer also places labels with its label engine; the baseline draws none, so that cost shows in the ratios.
// Filter and hover go through sigma's reducers and a refresh, as in sigma's own examples. `window.__raw` is the
// bench's handle.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeDashedCurveProgram } from "../../../src/app/canvas/dash-curve-program.ts";
import { EdgeDashedArrowProgram } from "../../../src/app/canvas/dash-program.ts";
import { KindNodeProgram } from "../../../src/app/canvas/kind-program.ts";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";

const FADED_NODE = "#E4E4E4";
const FADED_EDGE = "#EFEFEF";
const FONT = '"DejaVu Sans", "Inter", system-ui, sans-serif';

const params = new URLSearchParams(location.search);
const container = document.getElementById("graph")!;
container.style.left = `${params.get("left") ?? 0}px`;
container.style.top = `${params.get("top") ?? 0}px`;
container.style.width = `${params.get("w") ?? 800}px`;
container.style.height = `${params.get("h") ?? 600}px`;

let hiddenKinds = new Set<string>();
let hovered: string | null = null;

async function start(): Promise<void> {
  const data = await (await fetch("data/graph.json")).json();
  const graph = MultiDirectedGraph.from(data);
  const labels = new Map<string, string>(
    (graph.getAttribute("relationTypes") as { id: string; label: string }[]).map((t) => [t.id, t.label]),
  );
  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    renderLabels: false,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: EdgeDashedArrowProgram, curved: EdgeDashedCurveProgram },
    defaultNodeType: "kind",
    nodeProgramClasses: { kind: KindNodeProgram },
    labelFont: FONT,
    edgeLabelFont: FONT,
    labelSize: 12,
    edgeLabelSize: 11,
    labelColor: { color: "#222" },
    edgeLabelColor: { color: "#444" },
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 40,
    // The explorer's default label density (0.5).
    labelDensity: 0.85,
    labelRenderedSizeThreshold: 4.5,
    nodeReducer: (node, attrs) => {
      const res: Partial<NodeDisplayData> = { ...attrs };
      if (hiddenKinds.has(attrs.kind)) return { ...res, hidden: true };
      if (hovered && node !== hovered && !graph.areNeighbors(node, hovered))
        return { ...res, color: FADED_NODE, label: null, zIndex: 0 };
      if (node === hovered) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      return { ...res, forceLabel: hovered !== null, zIndex: 1 };
    },
    edgeReducer: (edge, attrs) => {
      const res: Partial<EdgeDisplayData> = { ...attrs };
      if (!hovered) return res;
      if (!graph.extremities(edge).includes(hovered)) return { ...res, color: FADED_EDGE, label: null, zIndex: 0 };
      return { ...res, label: labels.get(attrs.relation), forceLabel: true, size: 2, zIndex: 2 };
    },
  });
  const refresh = () => sigma.refresh({ skipIndexation: true });
  (window as unknown as { __raw: unknown }).__raw = {
    sigma: () => sigma,
    graph: () => graph,
    hideKinds(kinds: string[]) {
      hiddenKinds = new Set(kinds);
      refresh();
    },
    hover(node: string | null) {
      hovered = node;
      refresh();
    },
    search(query: string): number {
      const q = query.toLowerCase();
      return graph.filterNodes((_n, a) => (a.label as string).toLowerCase().includes(q)).slice(0, 12).length;
    },
  };
}

start().catch((e: unknown) => {
  container.textContent = `raw page failed: ${e instanceof Error ? e.message : String(e)}`;
});
