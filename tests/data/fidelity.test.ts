// Fidelity of graph/data to the paper, read from ../shared/seed/paper-paragraphs.md: every locator is covered, every
// number and every citation the paper writes in a paragraph is carried by a claim of that paragraph, interviewees are
// cited where the text names them, and nothing of ours copies the paper's sentences. The expectations come from the
// paper's text, not from lists kept here; the only hand-kept lists are NOT_FACTS and NOT_CITATIONS below.
import { describe, expect, it } from "vitest";
import type { KbClaim, KbEntity } from "../../src/core/data/build.ts";
import { requireKnowledgeBase } from "../../src/node/data.ts";
import {
  citationKey,
  citationsIn,
  intervieweeCodes,
  numbersIn,
  pagesKey,
  readPaper,
  wordsOf,
  type PaperCitation,
} from "./paper.ts";
import { sharedMissing, titled } from "../shared.ts";

const SKIP = sharedMissing("seed/paper-paragraphs.md");

const paper = SKIP ? new Map<string, string>() : readPaper();
const kb = requireKnowledgeBase();
const entity = new Map<string, KbEntity>(kb.entities.map((e) => [e.id, e]));
const claimsAt = new Map<string, KbClaim[]>();
for (const c of kb.claims) claimsAt.set(c.locator, [...(claimsAt.get(c.locator) ?? []), c]);
const ROOT = kb.meta.root;

const isReference = (id: string) => entity.get(id)?.kind === "source" && id !== ROOT;
const attributesOf = (id: string): Record<string, unknown> => entity.get(id)?.attributes ?? {};
/** Indented JSON keeps the numbers of an array apart, as in the acceptance checker. */
const flat = (v: unknown) => (v == null ? "" : typeof v === "string" ? v : JSON.stringify(v, null, 1));

/** Numbers a paragraph writes that are not facts, per locator, each with its reason. Interviewee codes (R1..R10)
 *  are removed before numbers are read (test e checks them), so their digits need no entry here. */
const NOT_FACTS: Record<string, Record<string, string>> = {
  p13: { "1": 'the name "Table 1"' },
  "table-1": { "1": 'the caption "Table 1."' },
};

/** Interviewee codes a paragraph writes without citing them, per locator, each with its reason (graph/README.md,
 *  "Which sentences a citation covers"). */
const NOT_CITATIONS: Record<string, Record<string, string>> = {
  p13: { R1: 'introduces the designations "R1, R2, etc."', R2: 'introduces the designations "R1, R2, etc."' },
};

/** Everything of a claim that may carry a number of its paragraph: text, quantities, qualifiers (when, when-text),
 *  cited pages, and the year in the citation key of each cited reference (or the as-cited form). A reference-list
 *  claim also counts the attributes of the work it describes (title, container, volume, pages, URL...). */
function numberHaystack(c: KbClaim): string {
  const parts = [c.text, flat(c.quantities), flat(c.qualifiers)];
  for (const ct of c.citations) {
    parts.push(ct.pages ?? "", ct["as-cited"] ?? "");
    if (isReference(ct.source)) parts.push(String(attributesOf(ct.source)["citation-key"] ?? ""));
    if (c.locator.startsWith("ref-") || c.locator === "front") parts.push(flat(attributesOf(ct.source)));
  }
  return parts.join(" \n ");
}

/** The keys under which a claim's citation may stand for a citation of the text. */
function keysOf(ct: KbClaim["citations"][number]): string[] {
  const keys = [String(attributesOf(ct.source)["citation-key"] ?? "")];
  if (ct["as-cited"]) keys.push(ct["as-cited"]);
  return keys.filter(Boolean).map(citationKey);
}

const bodyLocators = [...paper.keys()].filter((l) => !l.startsWith("ref-"));

describe.skipIf(SKIP)(titled("the paper", SKIP), () => {
  it("is read with all its locators", () => {
    expect(paper.has("front") && paper.has("abstract") && paper.has("table-1")).toBe(true);
    expect([...paper.keys()].filter((l) => /^p\d+$/.test(l))).toHaveLength(75);
    expect([...paper.keys()].filter((l) => l.startsWith("ref-"))).toHaveLength(32);
  });
});

describe.skipIf(SKIP)(titled("coverage", SKIP), () => {
  it("(a) every locator of the paper has at least one claim", () => {
    const missing = [...paper.keys()].filter((l) => !claimsAt.get(l)?.length);
    expect(missing, `locators without a claim: ${missing.join(", ")}`).toEqual([]);
  });

  it("(b) every number a paragraph writes appears in a claim of that paragraph", () => {
    const missing: string[] = [];
    for (const [locator, text] of paper) {
      const written = numbersIn(text.replace(/\bR\d{1,2}\b/g, ""));
      const have = new Set((claimsAt.get(locator) ?? []).flatMap((c) => [...numbersIn(numberHaystack(c))]));
      const lacking = [...written].filter((n) => !have.has(n) && !NOT_FACTS[locator]?.[n]);
      if (lacking.length) missing.push(`[${locator}] ${lacking.join(", ")}`);
    }
    expect(missing, `numbers of the paper that no claim of their paragraph holds:\n${missing.join("\n")}`).toEqual([]);
  });

  it("(b) the allowlist of non-fact numbers holds only numbers the paper writes", () => {
    const stale = Object.entries(NOT_FACTS).flatMap(([locator, numbers]) =>
      Object.keys(numbers)
        .filter((n) => !numbersIn(paper.get(locator) ?? "").has(n))
        .map((n) => `[${locator}] ${n}`),
    );
    expect(stale).toEqual([]);
  });
});

describe.skipIf(SKIP)(titled("citations", SKIP), () => {
  const cited = (locator: string) => citationsIn(paper.get(locator) ?? "");
  const show = (c: PaperCitation) => `${c.key}${c.pages ? `, p. ${c.pages}` : ""}`;

  it("finds the citations the text writes", () => {
    expect(cited("p18").map(show)).toEqual(["Popova, 2010, p. 63-67", "Baxandall, 2004, p. 169-175"]);
    expect(cited("p42").map(show)).toEqual(["Zabrovskaya, 2008", "Mikhailovsky, 2000", "Krushanova, 2014"]);
    expect(cited("p45").map(show)).toEqual(["Kim Seung-cheol, 2001", "Kim Man-cheol, 1987"]);
    expect(cited("p60").map(show)).toEqual(["International Network, 2012, p. 25,30"]);
  });

  it("(d) every citation of a paragraph is on a claim of that paragraph, with the same source and pages", () => {
    const missing: string[] = [];
    for (const locator of bodyLocators) {
      const claims = claimsAt.get(locator) ?? [];
      for (const want of cited(locator)) {
        const ok = claims.some((c) =>
          c.citations.some(
            (ct) => keysOf(ct).includes(citationKey(want.key)) && (!want.pages || pagesKey(ct.pages) === want.pages),
          ),
        );
        if (!ok) missing.push(`[${locator}] (${show(want)})`);
      }
    }
    expect(missing, `citations of the paper that no claim of their paragraph carries:\n${missing.join("\n")}`).toEqual(
      [],
    );
  });

  it("(d) a claim cites a reference, and pages, only as its paragraph does", () => {
    const extra: string[] = [];
    for (const locator of bodyLocators) {
      const wanted = cited(locator);
      for (const c of claimsAt.get(locator) ?? []) {
        for (const ct of c.citations.filter((x) => isReference(x.source))) {
          const same = wanted.filter((w) => keysOf(ct).includes(citationKey(w.key)));
          if (!same.length) extra.push(`${c.id} [${locator}] cites ${ct.source}, which the paragraph does not cite`);
          else if (ct.pages && !same.some((w) => w.pages === pagesKey(ct.pages)))
            extra.push(`${c.id} [${locator}] cites ${ct.source} at pp. ${ct.pages}, which the paragraph does not give`);
        }
      }
    }
    expect(extra, extra.join("\n")).toEqual([]);
  });

  it("(e) every interviewee a paragraph names is cited by a claim of that paragraph", () => {
    const missing: string[] = [];
    for (const locator of bodyLocators) {
      const cites = new Set((claimsAt.get(locator) ?? []).flatMap((c) => c.citations.map((ct) => ct.source)));
      for (const code of intervieweeCodes(paper.get(locator) ?? "")) {
        if (NOT_CITATIONS[locator]?.[code]) continue;
        const id = kb.entities.find((e) => e.kind === "interviewee" && e.label === code)?.id;
        if (!id || !cites.has(id)) missing.push(`[${locator}] ${code}`);
      }
    }
    expect(missing, `interviewees named but not cited:\n${missing.join("\n")}`).toEqual([]);
  });

  it("(e) a claim cites an interviewee only where its paragraph names them", () => {
    const extra: string[] = [];
    for (const c of kb.claims) {
      const named = new Set(
        [...intervieweeCodes(paper.get(c.locator) ?? "")].filter((code) => !NOT_CITATIONS[c.locator]?.[code]),
      );
      for (const ct of c.citations) {
        const e = entity.get(ct.source);
        if (e?.kind === "interviewee" && !named.has(e.label)) extra.push(`${c.id} [${c.locator}] cites ${e.label}`);
      }
    }
    expect(extra, extra.join("\n")).toEqual([]);
  });
});

describe.skipIf(SKIP)(titled("paraphrase", SKIP), () => {
  const RUN = 10;
  const QUOTE_MAX = 15;
  const shingles = (words: string[]) => {
    const out: string[] = [];
    for (let i = 0; i + RUN <= words.length; i++) out.push(words.slice(i, i + RUN).join(" "));
    return out;
  };
  const paperRuns = new Set([...paper.values()].flatMap((t) => shingles(wordsOf(t))));
  /** Short direct quotes ("...", “...”) are allowed; a quote longer than QUOTE_MAX words stays in and is checked.
   *  Identifiers (DOIs, URLs) are not prose and are left out too. */
  const unquoted = (s: string) =>
    s
      .replace(/\b10\.\d{4,9}\/[^\s)]+|https?:\/\/\S+/g, " | ")
      .replace(/"([^"]*)"|“([^”]*)”/g, (all, a: string | undefined, b: string | undefined) =>
        wordsOf(a ?? b ?? "").length <= QUOTE_MAX ? " | " : all,
      );
  const copied = (s: string) => {
    // Quotes split the text: a run may not bridge the words before and after a quote.
    const hits = unquoted(s)
      .split("|")
      .flatMap((piece) => shingles(wordsOf(piece)).filter((r) => paperRuns.has(r)));
    return hits.length ? hits[0] : undefined;
  };

  it(`(c) no claim text, entity description or quirk note repeats ${RUN} consecutive words of the paper`, () => {
    const offenders: string[] = [];
    for (const c of kb.claims) {
      const hit = copied(c.text);
      if (hit) offenders.push(`claim ${c.id} [${c.locator}]: "${hit}"`);
    }
    for (const e of kb.entities) {
      const hit = copied(e.description);
      if (hit) offenders.push(`entity ${e.id}: "${hit}"`);
    }
    for (const q of kb.quirks) {
      const hit = copied(q.note);
      if (hit) offenders.push(`quirk ${q.id}: "${hit}"`);
    }
    expect(offenders, `copied from the paper:\n${offenders.join("\n")}`).toEqual([]);
  });
});
