// The model comparison as a reader and a spreadsheet see it: models as columns in year order, every row with a cell
// per model, each supported cell resting on claims about its model, the CSV readable by Excel (BOM, quoting), and
// the picture escaping its text and keeping every line inside its column.
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { compareCsv, comparePicture, compareTable } from "../../../src/core/view/compare.ts";
import { textWidth } from "../../../src/core/picture/text.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";
import { validKb } from "../../fixtures/fixtures.ts";

const kb = requireKnowledgeBase();

/** The valid fixture with a comparison of its one model, whose texts carry markup and CSV metacharacters. */
function tiny(): KnowledgeBase {
  const base = validKb();
  return {
    ...base,
    comparison: {
      dimensions: [
        { id: "numbers", label: "How many" },
        { id: "agreements", label: 'Agreements, "formal" <b>' },
      ],
      cells: [
        { model: "model-1946", dimension: "numbers", text: "Some 35,000 <script> in 1947", claims: ["c-arrivals"] },
        { model: "model-1946", dimension: "agreements", text: "None named.", claims: [], unsupported: true },
      ],
    },
  };
}

describe("compareTable", () => {
  const table = compareTable(kb);

  it("has the three models as columns, by year", () => {
    expect(table.columns.map((c) => c.year)).toEqual([1946, 1967, 2000]);
  });

  it("has every row of the data in order, each with one cell per model", () => {
    expect(table.rows.map((r) => r.dimension)).toEqual(kb.comparison!.dimensions.map((d) => d.id));
    for (const r of table.rows) expect(r.cells.map((c) => c.model)).toEqual(table.columns.map((c) => c.model));
  });

  it("gives each supported cell its claims in paper order, and their paragraphs once each", () => {
    const order = new Map(kb.claims.map((c, i) => [c.id, i]));
    for (const cell of table.rows.flatMap((r) => r.cells)) {
      if (cell.unsupported) {
        expect(cell.claims).toEqual([]);
        continue;
      }
      expect(cell.claims.length).toBeGreaterThan(0);
      const idx = cell.claims.map((c) => order.get(c.id)!);
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
      expect(cell.locators).toEqual([...new Set(cell.claims.map((c) => c.locator))]);
    }
  });

  it("answers how control differed between the 1967 and 2000 models from claims about each", () => {
    const control = table.rows.find((r) => r.dimension === "control")!;
    const [, m1967, m2000] = control.cells;
    expect(m1967.claims.some((c) => c.about.includes("model-1967") || c.locator.startsWith("p3"))).toBe(true);
    expect(m2000.claims.length).toBeGreaterThan(0);
    expect(m1967.text).not.toBe(m2000.text);
  });

  it("has no rows for data without a comparison", () => {
    const { comparison: _c, ...rest } = kb;
    expect(compareTable(rest).rows).toEqual([]);
  });
});

describe("compareCsv", () => {
  const csv = compareCsv(compareTable(tiny()));
  const lines = csv.slice(1).trimEnd().split("\r\n");

  it("starts with a UTF-8 byte-order mark and ends each line with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has a header and one line per row; commas and quotes are quoted", () => {
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("dimension,The 1946 model,The 1946 model: claims,The 1946 model: paragraphs");
    expect(lines[1]).toBe('How many,"Some 35,000 <script> in 1947",c-arrivals,[p19]');
    expect(lines[2]).toBe('"Agreements, ""formal"" <b>",None named. (not supported by the paper),,');
  });
});

describe("comparePicture", () => {
  it("escapes every text and keeps each line inside its column", () => {
    const { svg, width, height } = comparePicture(kb, compareTable(tiny()), { width: 800, title: "A <title>" });
    expect(svg).not.toMatch(/<script>|<b>/);
    expect(svg).toContain("A &lt;title&gt;");
    expect(svg).toContain("Some 35,000 &lt;script&gt; in 1947");
    expect(svg).toContain('width="800"');
    expect(height).toBeGreaterThan(100);
    expect(width).toBe(800);
  });

  it("wraps the paper's comparison to the column width at slide size", () => {
    const table = compareTable(kb);
    const { svg } = comparePicture(kb, table, { width: 1400 });
    const texts = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" font-size="12.5"(?: fill="#777" font-style="italic")?>([^<]*)<\/text>/g,
      ),
    ];
    expect(texts.length).toBeGreaterThan(60);
    // Three columns right of the dimension column: each cell line starts inside its column and ends before the next.
    const starts = [...new Set(texts.map((t) => Number(t[1])))].sort((a, b) => a - b);
    const unescape = (s: string) =>
      s
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
    for (const [, x, t] of texts) {
      const next = starts.find((s) => s > Number(x)) ?? 1400 - 24;
      expect(Number(x) + textWidth(unescape(t), 12.5)).toBeLessThanOrEqual(next);
    }
    expect(svg).toContain("Lankov");
  });
});
