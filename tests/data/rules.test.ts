// Curation rules of graph/README.md that the schema cannot state, checked on the real knowledge base: relation dates
// are the dates of what they state (never an interview date alone), entity years come from a curated span resting on
// claims about the entity, a quirk names both sides with their locators, and a citation marked extended is printed
// in its paragraph and carried unmarked by a claim there. The checks that read the paper skip when it is absent.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { KbClaim } from "../../src/core/data/build.ts";
import { isLocator } from "../../src/core/data/locators.ts";
import { parseFiles } from "../../src/core/data/load.ts";
import { parseEdtf } from "../../src/core/data/time.ts";
import { DATA_DIR, readDataFiles, requireKnowledgeBase } from "../../src/node/data.ts";
import { citationKey, citationsIn, intervieweeCodes, PAPER_PATH, pagesKey, readPaper } from "./paper.ts";

const kb = requireKnowledgeBase();
const { dataset } = parseFiles(readDataFiles(DATA_DIR), "graph/data/");
const entity = new Map(kb.entities.map((e) => [e.id, e]));
const claim = new Map(kb.claims.map((c) => [c.id, c]));
const interviewees = kb.entities.filter((e) => e.kind === "interviewee");

describe("relation dates", () => {
  it("no relation of an interviewee is dated by the interview, except the interview itself", () => {
    const bad: string[] = [];
    for (const r of kb.relations) {
      if (r.type === "interviewed") continue;
      for (const end of [r.source, r.target]) {
        const e = entity.get(end);
        const day = e?.kind === "interviewee" ? String(e.attributes["interview-date-iso"]) : undefined;
        if (day && r.when?.some((w) => w === day || w === day.slice(0, 7) || w === day.slice(0, 4)))
          bad.push(`${r.id} is dated ${r.when!.join(", ")}, the day ${end} was interviewed`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("an interview relation is dated by the interview day of Table 1", () => {
    const bad = interviewees
      .map((e) => kb.relations.find((r) => r.type === "interviewed" && r.target === e.id && r.when))
      .filter(
        (r) =>
          r &&
          !r.when!.includes(
            String((entity.get(r.target)!.attributes as Record<string, unknown>)["interview-date-iso"]),
          ),
      )
      .map((r) => r!.id);
    expect(bad).toEqual([]);
  });

  it("no claim citing an interviewee is dated by that interviewee's interview day", () => {
    const days = new Map(interviewees.map((e) => [e.id, String(e.attributes["interview-date-iso"])]));
    const bad = kb.claims
      .filter((c) => c.citations.some((ct) => c.qualifiers.when && c.qualifiers.when === days.get(ct.source)))
      .map((c) => `${c.id} is dated ${c.qualifiers.when}`);
    expect(bad, bad.join("\n")).toEqual([]);
  });
});

describe("entity spans", () => {
  const curated = dataset.entities.map((r) => r.value);

  it("an entity has years only from a span in the data, and every span rests on claims about the entity", () => {
    const bad: string[] = [];
    for (const e of curated) {
      const built = entity.get(e.id)!;
      const has = built.start !== undefined || built.end !== undefined;
      if (has && !e.span) bad.push(`${e.id} has years ${built.start}-${built.end} but no span`);
      for (const id of e.span?.claims ?? []) {
        if (!claim.has(id)) bad.push(`${e.id}: span claim ${id} does not exist`);
        else if (!built.claims.includes(id)) bad.push(`${e.id}: span claim ${id} is not about it`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("an entity's years are those of its span", () => {
    for (const e of curated.filter((x) => x.span)) {
      const span = parseEdtf(e.span!.when);
      if (typeof span === "string") throw new Error(`${e.id}: ${span}`);
      expect({ start: entity.get(e.id)!.start, end: entity.get(e.id)!.end }, e.id).toEqual({
        start: span.start,
        end: span.end,
      });
    }
  });

  it("a model's period (read by the time presets) equals its span", () => {
    const models = curated.filter((e) => e.kind === "model");
    expect(models.length).toBe(3);
    for (const m of models) expect(m.attributes.period, m.id).toBe(m.span?.when);
  });
});

describe("quirks", () => {
  const mentioned = (note: string) => new Set([...note.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]));

  it("each note names both sides with their locators in brackets, and only locators it lists", () => {
    const bad: string[] = [];
    for (const q of kb.quirks) {
      const named = mentioned(q.note);
      const sides = [...q.note.matchAll(/\[([a-z0-9-]+)\]/g)].length;
      if (sides < 2) bad.push(`${q.id}: the note names fewer than two sides ([locator] ...)`);
      for (const l of q.locators) if (!named.has(l)) bad.push(`${q.id}: locator ${l} is not named in the note`);
      for (const l of named) {
        if (isLocator(l) && !q.locators.includes(l)) bad.push(`${q.id}: the note names [${l}], not among its locators`);
      }
      if (new Set(q.locators).size !== q.locators.length) bad.push(`${q.id}: a locator is listed twice`);
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("no quirk is a grammatical case ending (Malashenok, Malashenkom) and no alias is invented from one", () => {
    const names = kb.entities.flatMap((e) => [e.label, ...e.aliases]);
    expect(names.filter((n) => /\bMalashenko\b/.test(n))).toEqual([]);
    expect(kb.quirks.filter((q) => q.kind === "spelling" && /Malashenk/.test(q.note)).map((q) => q.id)).toEqual([]);
  });
});

describe("extended citations", () => {
  const key = (ct: KbClaim["citations"][number]) => `${ct.source}|${ct.pages ?? ""}`;

  it("a citation marked extended is carried unmarked by another claim of the same paragraph", () => {
    const bad: string[] = [];
    for (const c of kb.claims) {
      for (const ct of c.citations.filter((x) => x.extended)) {
        const printed = kb.claims.some(
          (o) => o.locator === c.locator && o.citations.some((x) => !x.extended && key(x) === key(ct)),
        );
        if (!printed) bad.push(`${c.id} [${c.locator}]: ${key(ct)} is extended but no claim there carries it unmarked`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("the paper's own authority is never marked extended, and a claim does not cite one source both ways", () => {
    const bad: string[] = [];
    for (const c of kb.claims) {
      if (c.citations.some((ct) => ct.extended && ct.source === kb.meta.root)) bad.push(`${c.id}: paper extended`);
      const keys = c.citations.map(key);
      if (new Set(keys).size !== keys.length) bad.push(`${c.id}: the same citation twice`);
    }
    expect(bad).toEqual([]);
  });

  const absent = existsSync(PAPER_PATH) ? "" : `the paper is absent (${PAPER_PATH})`;
  describe.skipIf(absent)(`against the paper${absent ? `: skipped, ${absent}` : ""}`, () => {
    it("a citation marked extended is printed in its paragraph", () => {
      const paper = readPaper();
      const bad: string[] = [];
      for (const c of kb.claims) {
        const text = paper.get(c.locator) ?? "";
        for (const ct of c.citations.filter((x) => x.extended)) {
          const e = entity.get(ct.source)!;
          const ok =
            e.kind === "interviewee"
              ? intervieweeCodes(text).has(e.label)
              : citationsIn(text).some(
                  (p) =>
                    [(e.attributes as Record<string, unknown>)["citation-key"], ct["as-cited"]].some(
                      (k) => typeof k === "string" && citationKey(k) === citationKey(p.key),
                    ) &&
                    (!ct.pages || p.pages === pagesKey(ct.pages)),
                );
          if (!ok) bad.push(`${c.id} [${c.locator}]: ${ct.source} is not printed in the paragraph`);
        }
      }
      expect(bad, bad.join("\n")).toEqual([]);
    });
  });
});
