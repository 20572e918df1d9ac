// The walk through the paper: its paragraphs in reading order (front, abstract, keywords, p1 ... p75 with Table 1
// where it is printed, after p53), each with its section, the claims that stand in it (paraphrases, never the
// paper's text) and what those claims support in the graph. Paragraphs without claims are steps too, so a reader
// sees where the knowledge base is silent. The references are not steps. Pure functions of the knowledge base.
import type { KbClaim, KnowledgeBase } from "../data/build.ts";
import { LOCATORS, locatorOrder, sectionOf } from "../data/locators.ts";
import { traceOf } from "../model/evidence.ts";

export interface WalkStep {
  locator: string;
  /** Position in the walk, from 0. */
  index: number;
  section: { id: string; title: string };
  claims: KbClaim[];
}

/** The paragraphs of the paper in reading order (the reference list left out). */
export const WALK_LOCATORS: readonly string[] = LOCATORS.filter((l) => !l.startsWith("ref-")).sort(
  (a, b) => locatorOrder(a) - locatorOrder(b),
);

/** Every step of the walk with its claims (in the knowledge base's paper order). */
export function walkSteps(kb: KnowledgeBase): WalkStep[] {
  const byLocator = new Map<string, KbClaim[]>();
  for (const c of kb.claims) {
    const list = byLocator.get(c.locator) ?? [];
    list.push(c);
    byLocator.set(c.locator, list);
  }
  return WALK_LOCATORS.map((locator, index) => {
    const s = sectionOf(locator);
    return {
      locator,
      index,
      section: s ? { id: s.id, title: s.title } : { id: "unknown", title: "" },
      claims: byLocator.get(locator) ?? [],
    };
  });
}

/** The step `delta` steps from `locator` (clamped to the first and last), or the first step for an unknown one. */
export function stepFrom(locator: string | null, delta: number): string {
  const i = locator === null ? -1 : WALK_LOCATORS.indexOf(locator);
  if (i < 0) return WALK_LOCATORS[0];
  return WALK_LOCATORS[Math.min(WALK_LOCATORS.length - 1, Math.max(0, i + delta))];
}

/** What the graph lights for a step: what its claims support, and the path from the paper through their sources. */
export function walkEmphasis(kb: KnowledgeBase, step: WalkStep): { nodes: Set<string>; edges: Set<string> } {
  return traceOf(kb, step.claims);
}

/** How many paragraphs have claims, of how many, for the walk's header ("68 of 80 paragraphs have claims"). */
export function walkCoverage(steps: readonly WalkStep[]): { withClaims: number; total: number; silent: string[] } {
  const silent = steps.filter((s) => s.claims.length === 0).map((s) => s.locator);
  return { withClaims: steps.length - silent.length, total: steps.length, silent };
}
