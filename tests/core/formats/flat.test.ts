import { describe, expect, it } from "vitest";
import { columns, edgeRows, LIST_SEPARATOR, nodeRows, type Row } from "../../../src/core/formats/flat.ts";
import { xmlEscape } from "../../../src/core/formats/xml.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const kb = validKb();

describe("columns", () => {
  it("lists attribute columns in first-seen order, numbers as double, mixed types as string", () => {
    const rows: Row[] = [
      { id: "a", n: 1, s: "x" },
      { id: "b", m: 2, n: 3 },
      { id: "c", m: "two" },
    ];
    expect(columns(rows, ["id"])).toEqual([
      { name: "n", type: "double" },
      { name: "s", type: "string" },
      { name: "m", type: "string" },
    ]);
  });
});

describe("nodeRows and edgeRows", () => {
  it("carry claim texts beside claim ids, in the same order", () => {
    const texts = new Map(kb.claims.map((c) => [c.id, c.text]));
    for (const row of [...nodeRows(kb, {}), ...edgeRows(kb)]) {
      const ids = String(row.claims).split(LIST_SEPARATOR);
      expect(row.claim_texts).toBe(ids.map((id) => texts.get(id)).join(LIST_SEPARATOR));
    }
  });

  it("give an edge the citations of its claims, with pages", () => {
    const row = edgeRows(kb).find((r) => r.id === "dprk--sends-workers-to--ussr--logging")!;
    expect(row.citations).toBe(["krushanova-2014:70-73", "r1"].join(LIST_SEPARATOR));
  });

  it("omit position, start and end when there are none", () => {
    const row = nodeRows(kb, {}).find((r) => r.id === "paper")!;
    expect("x" in row || "y" in row || "start" in row || "end" in row).toBe(false);
  });
});

describe("xmlEscape", () => {
  it.each([
    ["<a href='x'>&</a>", "&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;"],
    ['"quoted"', "&quot;quoted&quot;"],
    ["&amp;", "&amp;amp;"],
    ["tab\tnewline\ncr\r", "tab\tnewline\ncr&#13;"],
    ["bell\u0007nul\u0000vt\u000bend\uffff", "bellnulvtend"],
    ["Корея 조선", "Корея 조선"],
  ])("%j -> %j", (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });
});
