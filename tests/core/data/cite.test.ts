// Citation formatting: APA reference entries from CSL fields, short citations, and safe URLs only.
import { describe, expect, it } from "vitest";
import {
  formatCitation,
  formatFullCitation,
  formatPages,
  formatReference,
  safeUrl,
} from "../../../src/core/data/cite.ts";

describe("formatReference", () => {
  it.each([
    [
      "journal article, two authors",
      {
        author: [
          { family: "Krushanova", given: "L." },
          { family: "Vashchuk", given: "A." },
        ],
        issued: "2006",
        title: "T",
        "title-translated": "Tr",
        "container-title": "Rossia i ATR",
        issue: "1",
        page: "5-15",
      },
      "Krushanova, L., & Vashchuk, A. (2006). T [Tr]. Rossia i ATR, no. 1, 5-15.",
    ],
    [
      "book with place and publisher",
      {
        author: [{ family: "Baxandall", given: "P." }],
        issued: "2004",
        title: "Constructing Unemployment",
        publisher: "Ashgate",
        "publisher-place": "Burlington, VT",
      },
      "Baxandall, P. (2004). Constructing Unemployment. Burlington, VT: Ashgate.",
    ],
    [
      "institution, volume and issue",
      {
        author: [{ literal: "KOTRA" }],
        issued: "2018",
        title: "X",
        "container-title": "J",
        volume: "17",
        issue: "2",
        page: "51-67",
      },
      "KOTRA. (2018). X. J, 17(2), 51-67.",
    ],
    [
      "newspaper date",
      {
        author: [{ family: "Kim Man-cheol" }],
        issued: "1987",
        "issued-date": "17 April",
        title: "A Logger",
        "container-title": "Jungang ilbo",
      },
      "Kim Man-cheol. (1987, 17 April). A Logger. Jungang ilbo.",
    ],
  ])("%s", (_n, attrs, text) => {
    expect(formatReference(attrs).text).toBe(text);
  });

  it("keeps http(s) URLs and DOIs, drops anything else", () => {
    expect(formatReference({ author: [], title: "t", URL: "<https://x.org/a>" }).url).toBe("https://x.org/a");
    expect(formatReference({ author: [], title: "t", URL: "javascript:alert(1)" }).url).toBeUndefined();
    expect(formatReference({ author: [], title: "t", DOI: "10.1/x" }).url).toBe("https://doi.org/10.1/x");
  });
});

describe("safeUrl", () => {
  it.each([
    ["https://a.b/c", "https://a.b/c"],
    ["http://a.b", "http://a.b/"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,<b>", undefined],
    ["  JaVaScRiPt:alert(1)", undefined],
    ["/relative", undefined],
    [42, undefined],
  ])("%s → %s", (raw, want) => {
    expect(safeUrl(raw)).toBe(want);
  });
});

describe("formatPages / formatCitation", () => {
  it("writes p. for one page and pp. for ranges and lists", () => {
    expect(formatPages("133")).toBe("p. 133");
    expect(formatPages("70-73")).toBe("pp. 70-73");
    expect(formatPages("25, 30")).toBe("pp. 25, 30");
    expect(formatPages(undefined)).toBe("");
  });
  it("formats a reference, an interviewee and the paper's own authority", () => {
    const src = { kind: "source", label: "Kim Seung-cheol 2001", attributes: {} };
    expect(formatCitation({ source: "k", pages: "77", "as-cited": "Kim Seung-cheol, 1996" }, src)).toBe(
      "Kim Seung-cheol 2001, p. 77 (cited in the text as “Kim Seung-cheol, 1996”)",
    );
    const r4 = {
      kind: "interviewee",
      label: "R4",
      attributes: {
        position: "Builder",
        "birth-year": "Around 1970",
        "period-in-russia": "2005-2011",
        "interview-date": "December 10, 2017",
      },
    };
    expect(formatCitation({ source: "r4" }, r4)).toBe(
      "R4: Builder, born around 1970, in Russia 2005-2011; interviewed December 10, 2017",
    );
    expect(
      formatCitation(
        { source: "p", basis: "telephone-conversation" },
        { kind: "source", label: "P", attributes: { root: true } },
      ),
    ).toBe("Author's research (telephone conversation)");
  });
});

describe("formatFullCitation", () => {
  const ref = {
    kind: "source",
    label: "Krushanova 2014",
    attributes: {
      type: "article-journal",
      author: [{ family: "Krushanova", given: "L." }],
      issued: "2014",
      title: "A title",
      "citation-key": "Krushanova, 2014",
    },
  };
  it.each([
    [
      "a reference with pages",
      { source: "k", pages: "70-73" },
      ref,
      `${formatReference(ref.attributes).text} pp. 70-73.`,
    ],
    ["a reference without pages", { source: "k" }, ref, formatReference(ref.attributes).text],
    [
      "an interviewee's Table 1 row",
      { source: "r4" },
      {
        kind: "interviewee",
        label: "R4",
        attributes: {
          position: "Builder",
          "birth-year": "Around 1970",
          "period-in-russia": "2005-2011",
          "interview-date": "December 10, 2017",
        },
      },
      "R4, Table 1: born Around 1970; in Russia: 2005-2011; Builder; interviewed December 10, 2017",
    ],
    [
      "the paper's own authority",
      { source: "p", basis: "fieldwork" as const },
      { kind: "source", label: "Lankov 2020", attributes: { root: true } },
      "Author's research (fieldwork), Lankov 2020",
    ],
    ["an unknown source, by its id", { source: "gone" }, undefined, "gone"],
  ])("%s", (_name, ct, source, want) => {
    expect(formatFullCitation(ct, source)).toBe(want);
  });
});
