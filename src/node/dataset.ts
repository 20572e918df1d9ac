// The built dataset (knowledge base + deterministic layout) for Node callers: export, the Vite plugin, shots, bench.
import type { KnowledgeBase } from "../core/data/build.ts";
import { toGraph, type Positions } from "../core/model/graph.ts";
import { computeLayout } from "../core/model/layout.ts";
import { DATA_DIR, requireKnowledgeBase } from "./data.ts";

export function layoutOf(kb: KnowledgeBase): Positions {
  return computeLayout(toGraph(kb));
}

export function buildDataset(dir = DATA_DIR): { kb: KnowledgeBase; layout: Positions } {
  const kb = requireKnowledgeBase(dir);
  return { kb, layout: layoutOf(kb) };
}
