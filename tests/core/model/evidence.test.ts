// Evidence queries on the real knowledge base: what a source or claim supports, tracing, quirks, figure series.
import { describe, expect, it } from "vitest";
import {
  claimsCiting,
  evidenceLinks,
  quirksFor,
  seriesPoints,
  supportOfClaims,
  traceOf,
} from "../../../src/core/model/evidence.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const rel = new Map(kb.relations.map((r) => [r.id, r]));

describe("claimsCiting / supportOfClaims", () => {
  it.each(["krushanova-2014", "r4", "international-network-2012"])(
    "%s: every citing claim, and only those",
    (source) => {
      const claims = claimsCiting(kb, source);
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.citations.some((ct) => ct.source === source))).toBe(true);
      const others = kb.claims.filter((c) => !claims.includes(c));
      expect(others.some((c) => c.citations.some((ct) => ct.source === source))).toBe(false);
    },
  );

  it("support holds the claims' subjects and relation ends, never a derived cites relation", () => {
    const claims = claimsCiting(kb, "krushanova-2014");
    const sup = supportOfClaims(kb, claims);
    for (const c of claims) for (const e of c.about) expect(sup.entities.has(e)).toBe(true);
    for (const id of sup.relations) {
      const r = rel.get(id)!;
      expect(r.type).not.toBe("cites");
      expect(sup.entities.has(r.source) && sup.entities.has(r.target)).toBe(true);
    }
  });
});

describe("traceOf", () => {
  it("adds the paper, the cited sources and the cites edges linking them", () => {
    const claims = claimsCiting(kb, "kozhemyako-2015");
    const t = traceOf(kb, claims);
    expect(t.nodes.has(kb.meta.root)).toBe(true);
    expect(t.nodes.has("kozhemyako-2015")).toBe(true);
    expect([...t.edges].some((e) => rel.get(e)?.type === "cites" && rel.get(e)?.target === "kozhemyako-2015")).toBe(
      true,
    );
  });
});

describe("quirksFor", () => {
  it("finds a quirk by the entity it applies to, and a relation inherits its claims' quirks", () => {
    for (const q of kb.quirks) for (const id of q.applies) expect(quirksFor(kb, id)).toContain(q);
    const q = kb.quirks.find((x) => x.applies.some((id) => kb.claims.some((c) => c.id === id && c.relations.length)))!;
    const claim = kb.claims.find((c) => q.applies.includes(c.id) && c.relations.length)!;
    const r = rel.get(claim.relations[0])!;
    expect(quirksFor(kb, r.id, r)).toContain(q);
  });
});

describe("seriesPoints", () => {
  it("lists the workers-by-year figures in time order, keeping ranges and vagueness", () => {
    const pts = seriesPoints(kb, "nk-workers");
    expect(pts.map((p) => p.start)).toEqual([...pts.map((p) => p.start)].sort((a, b) => a - b));
    for (const p of pts) {
      expect(p.end).toBeGreaterThanOrEqual(p.start);
      expect(p.value !== undefined || p.low! <= p.high!).toBe(true);
      expect(p.sources.length).toBeGreaterThan(0);
    }
    const years = pts.map((p) => p.start);
    for (const y of [1947, 1950, 1969, 1970, 2016]) expect(years).toContain(y);
    expect(pts.some((p) => p.low !== undefined && p.high !== undefined)).toBe(true);
    expect(pts.filter((p) => p.approximate).length).toBeGreaterThan(0);
  });
  it("an unknown series is empty", () => {
    expect(seriesPoints(kb, "nothing")).toEqual([]);
  });
});

describe("evidenceLinks", () => {
  it("links cited sources (not the paper) to entities, without duplicates or self-links", () => {
    const links = evidenceLinks(kb);
    const keys = links.map(([s, t]) => `${s}>${t}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [s, t] of links) {
      expect(s).not.toBe(kb.meta.root);
      expect(s).not.toBe(t);
      expect(["source", "interviewee"]).toContain(kb.entities.find((e) => e.id === s)?.kind);
    }
  });
});
