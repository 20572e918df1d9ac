// Named views: the shipped graph/views.yaml is valid against the real data and tells the paper's story; a broken
// views file reports each problem with its line and view id; views files round-trip; `view=NAME` links expand.
import { selectionLookup } from "../../../src/core/view/selection.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { problemToString } from "../../../src/core/data/load.ts";
import type { Vocabulary } from "../../../src/core/view/url-state.ts";
import {
  expandViewParam,
  MAX_VIEWS_BYTES,
  parseViews,
  viewIdFrom,
  viewStateOf,
  vocabularyOf,
  VIEWS_FILE,
  writeViews,
  type NamedView,
} from "../../../src/core/view/views.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const REPO = join(import.meta.dirname, "..", "..", "..");

describe("the shipped views", () => {
  const kb = requireKnowledgeBase();
  const vocab = vocabularyOf(kb);
  const { views, problems } = parseViews(readFileSync(join(REPO, VIEWS_FILE), "utf8"), VIEWS_FILE, vocab);

  it("are all valid (every problem would print as file:line: id: message)", () => {
    expect(problems.map(problemToString)).toEqual([]);
  });

  it("tell the paper's story: overview, the three models, the numbers, the interviewees, who regulates whom", () => {
    expect(views.map((v) => v.id)).toEqual([
      "overview",
      "model-1946",
      "model-1967",
      "model-2000",
      "numbers",
      "interviewees",
      "regulation",
    ]);
  });

  it("each model view centres on its model", () => {
    for (const year of [1946, 1967, 2000]) {
      const v = views.find((x) => x.id === `model-${year}`)!;
      expect(viewStateOf(v, vocab).view.selected).toEqual({ kind: "entity", id: `model-${year}` });
    }
  });

  it("'who regulates whom' shows only relations of rule and control", () => {
    const { view } = viewStateOf(
      views.find((x) => x.id === "regulation")!,
      vocab,
    );
    const shown = vocab.types.filter((t) => !view.filters.hiddenTypes.includes(t));
    expect(shown).toEqual(expect.arrayContaining(["regulates", "supervises", "bans", "signed"]));
    expect(shown).not.toContain("cites");
  });
});

const vocab: Vocabulary = {
  kinds: ["state", "source", "group"],
  types: ["employs", "cites"],
  items: selectionLookup({
    entities: [
      { id: "ussr", kind: "state" },
      { id: "krushanova-2014", kind: "source" },
    ],
    relations: [{ id: "a--employs--b" }],
    claims: [],
    quirks: [],
  }),
  isSource: (id) => id === "krushanova-2014",
  years: [1945, 2020],
};

describe("parseViews reports problems with line and id", () => {
  const cases: [string, string, { line: number; id?: string; rule: string; message: RegExp }[]][] = [
    [
      "a query the explorer would not take",
      `views:\n  - id: one\n    title: One\n    query: "sel=nowhere"\n`,
      [{ line: 4, id: "one", rule: "view-query", message: /sel/ }],
    ],
    [
      "an unknown link parameter",
      `views:\n  - id: one\n    title: One\n    query: "zoom=3"\n`,
      [{ line: 4, id: "one", rule: "view-query", message: /zoom/ }],
    ],
    [
      "a view naming another view",
      `views:\n  - id: one\n    title: One\n    query: "view=two"\n`,
      [{ line: 4, id: "one", rule: "view-query", message: /another view/ }],
    ],
    [
      "a bad id and a missing title",
      `views:\n  - id: One View\n    query: ""\n`,
      [
        { line: 2, id: "One View", rule: "view-schema", message: /id/ },
        { line: 2, id: "One View", rule: "view-schema", message: /title/ },
      ],
    ],
    [
      "an unknown field",
      `views:\n  - id: one\n    title: One\n    query: ""\n    colour: red\n`,
      [{ line: 5, id: "one", rule: "view-schema", message: /colour/ }],
    ],
    [
      "a duplicate id",
      `views:\n  - id: one\n    title: One\n    query: ""\n  - id: one\n    title: Again\n    query: "hk=source"\n`,
      [{ line: 5, id: "one", rule: "view-unique", message: /duplicate/ }],
    ],
    ["broken YAML", `views:\n  - id: one\n    title: [unclosed\n`, [{ line: 4, rule: "yaml", message: /YAML/ }]],
    ["not a views file", `- just a list\n`, [{ line: 1, rule: "views-file", message: /views:/ }]],
  ];
  for (const [name, text, want] of cases)
    it(name, () => {
      const { problems } = parseViews(text, "views.yaml", vocab);
      expect(problems).toHaveLength(want.length);
      want.forEach((w, i) => {
        expect(problems[i]).toMatchObject({ file: "views.yaml", line: w.line, rule: w.rule });
        if (w.id) expect(problems[i].id).toBe(w.id);
        expect(problems[i].message).toMatch(w.message);
      });
    });

  it("keeps the valid views of a file with invalid ones", () => {
    const text = `views:\n  - id: good\n    title: Good\n    query: "hk=source"\n  - id: bad\n    title: Bad\n    query: "y=3000-1"\n`;
    const { views, problems } = parseViews(text, "v.yaml", vocab);
    expect(views.map((v) => v.id)).toEqual(["good"]);
    expect(problems.map((p) => p.id)).toEqual(["bad"]);
  });

  it("refuses oversized files without parsing them", () => {
    const { problems } = parseViews("#".repeat(MAX_VIEWS_BYTES + 1), "big.yaml", vocab);
    expect(problems[0].message).toMatch(/larger/);
  });
});

describe("views files", () => {
  const views: NamedView[] = [
    {
      id: "a",
      title: `Quotes " and: colons`,
      caption: "Line one\nline two: with # hash",
      query: "?hk=source&sel=ussr",
    },
    { id: "b", title: "No caption", query: "" },
  ];

  it("round-trip through writeViews and parseViews", () => {
    const text = writeViews(views, "exported views");
    expect(text.startsWith("# exported views\n")).toBe(true);
    const back = parseViews(text, "x.yaml", vocab);
    expect(back.problems).toEqual([]);
    expect(back.views).toEqual([
      { ...views[0], query: "hk=source&sel=ussr" },
      { ...views[1], query: "" },
    ]);
  });

  it("expand view=NAME links, with the link's other parameters on top", () => {
    expect(expandViewParam("?hk=cites", views)).toBeNull();
    expect(expandViewParam("view=zzz", views)).toEqual({ missing: "zzz" });
    const x = expandViewParam("view=a&sel=r%3Aa--employs--b&cam=0.5,0.5,1", views);
    expect(x && "search" in x ? new URLSearchParams(x.search) : null).toEqual(
      new URLSearchParams("hk=source&sel=r:a--employs--b&cam=0.5,0.5,1"),
    );
  });

  const ids: [string, string[], string][] = [
    ["The 1967 model!", [], "the-1967-model"],
    ["Überblick", [], "uberblick"],
    ["   ", [], "view"],
    ["overview", ["overview", "overview-2"], "overview-3"],
  ];
  for (const [name, taken, want] of ids)
    it(`viewIdFrom(${JSON.stringify(name)}) = ${want}`, () => expect(viewIdFrom(name, taken)).toBe(want));
});
