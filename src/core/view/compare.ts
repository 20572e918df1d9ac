// The model comparison (the Compare tab): the three models as columns, the dimensions of graph/data/comparison.yaml
// as rows, each cell a paraphrase with the claims it rests on (locators for citing), and the same table as CSV and as
// a picture (SVG with title and caption, in the conventions of src/core/picture). Pure functions of the knowledge base.
import type { KbClaim, KnowledgeBase } from "../data/build.ts";
import { paperReference } from "../picture/caption.ts";
import { escapeXml as x, PICTURE_FONT, wrapText } from "../picture/text.ts";

export interface CompareColumn {
  model: string;
  label: string;
  year: number;
}

export interface CompareCell {
  model: string;
  dimension: string;
  text: string;
  /** The claims in paper order. */
  claims: KbClaim[];
  /** The paragraphs those claims stand in, in paper order, without repeats ("p21"). */
  locators: string[];
  unsupported: boolean;
}

export interface CompareRow {
  dimension: string;
  label: string;
  cells: CompareCell[];
}

export interface CompareTable {
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** The comparison as a table: models by year, rows in their order; a missing cell reads as unsupported. */
export function compareTable(kb: KnowledgeBase): CompareTable {
  const cmp = kb.comparison;
  const columns: CompareColumn[] = kb.entities
    .filter((e) => e.kind === "model")
    .map((e) => ({ model: e.id, label: e.label, year: Number(e.attributes.year) }))
    .sort((a, b) => a.year - b.year);
  if (!cmp) return { columns, rows: [] };
  const claims = new Map(kb.claims.map((c) => [c.id, c]));
  // kb.claims is in paper order (by locator, then as written), which is the order a reader meets them.
  const order = new Map(kb.claims.map((c, i) => [c.id, i]));
  const rows = cmp.dimensions.map((d) => ({
    dimension: d.id,
    label: d.label,
    cells: columns.map((col): CompareCell => {
      const cell = cmp.cells.find((c) => c.model === col.model && c.dimension === d.id);
      const cited = (cell?.claims ?? [])
        .map((id) => claims.get(id))
        .filter((c): c is KbClaim => c !== undefined)
        .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      return {
        model: col.model,
        dimension: d.id,
        text: cell?.text ?? "The paper does not say.",
        claims: cited,
        locators: [...new Set(cited.map((c) => c.locator))],
        unsupported: !cell || cell.unsupported === true || cited.length === 0,
      };
    }),
  }));
  return { columns, rows };
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The table as CSV for a spreadsheet: a UTF-8 byte-order mark (so Excel reads the dashes and quotes right), one row
 * per dimension, per model its text and the claims and paragraphs it rests on.
 */
export function compareCsv(table: CompareTable): string {
  const header = [
    "dimension",
    ...table.columns.flatMap((c) => [c.label, `${c.label}: claims`, `${c.label}: paragraphs`]),
  ];
  const lines = table.rows.map((r) =>
    [
      r.label,
      ...r.cells.flatMap((c) => [
        c.unsupported ? `${c.text} (not supported by the paper)` : c.text,
        c.claims.map((k) => k.id).join("; "),
        c.locators.map((l) => `[${l}]`).join(" "),
      ]),
    ]
      .map(csvCell)
      .join(","),
  );
  return "\uFEFF" + [header.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n";
}

export interface ComparePictureOptions {
  width: number;
  title?: string;
  /** Defaults to the paper reference. */
  caption?: string;
  background?: "white" | "transparent";
}

const PIC = { margin: 24, title: 22, head: 14, body: 12.5, line: 17, cite: 11, pad: 8, caption: 12 };

/**
 * The table as a standalone SVG for slides: a title, a header row of the models, one row per dimension (its label
 * in bold on the left), each cell wrapped to its column with its paragraphs under it, unsupported cells in grey
 * italics, and a caption citing the paper. Every text is XML-escaped. Height follows the content.
 */
export function comparePicture(
  kb: KnowledgeBase,
  table: CompareTable,
  o: ComparePictureOptions,
): { svg: string; width: number; height: number } {
  const width = Math.max(480, Math.round(o.width));
  const inner = width - 2 * PIC.margin;
  const labelW = Math.max(120, Math.round(inner * 0.17));
  const colW = (inner - labelW) / Math.max(1, table.columns.length);
  const parts: string[] = [];
  let y = PIC.margin;
  const title = o.title ?? "Three models of North Korean labor export to the USSR/Russia";
  for (const line of wrapText(title, PIC.title, inner, 2, "bold")) {
    y += PIC.title * 1.2;
    parts.push(`<text x="${PIC.margin}" y="${y}" font-size="${PIC.title}" font-weight="bold">${x(line)}</text>`);
  }
  y += PIC.pad * 2;
  const colX = (i: number) => PIC.margin + labelW + i * colW;
  table.columns.forEach((c, i) => {
    parts.push(
      `<text x="${colX(i) + PIC.pad}" y="${y + PIC.head}" font-size="${PIC.head}" font-weight="bold">${x(c.label)}</text>`,
    );
  });
  y += PIC.head + PIC.pad;
  parts.push(line(PIC.margin, y, width - PIC.margin, y, "#333"));
  for (const row of table.rows) {
    const labelLines = wrapText(row.label, PIC.body, labelW - PIC.pad, Infinity, "bold");
    const cells = row.cells.map((c) => ({
      c,
      lines: wrapText(c.text, PIC.body, colW - 2 * PIC.pad),
      cite: c.unsupported ? "" : c.locators.map((l) => `[${l}]`).join(" "),
    }));
    const heights = cells.map(
      ({ lines, cite }) =>
        lines.length * PIC.line + (cite ? wrapText(cite, PIC.cite, colW - 2 * PIC.pad).length * PIC.line : 0),
    );
    const h = Math.max(labelLines.length * PIC.line, ...heights) + 2 * PIC.pad;
    labelLines.forEach((l, i) =>
      parts.push(
        `<text x="${PIC.margin}" y="${y + PIC.pad + (i + 0.8) * PIC.line}" font-size="${PIC.body}" font-weight="bold">${x(l)}</text>`,
      ),
    );
    cells.forEach(({ c, lines, cite }, i) => {
      const style = c.unsupported ? ` fill="#777" font-style="italic"` : "";
      lines.forEach((l, j) =>
        parts.push(
          `<text x="${colX(i) + PIC.pad}" y="${y + PIC.pad + (j + 0.8) * PIC.line}" font-size="${PIC.body}"${style}>${x(l)}</text>`,
        ),
      );
      wrapText(cite, PIC.cite, colW - 2 * PIC.pad).forEach((l, j) =>
        parts.push(
          `<text x="${colX(i) + PIC.pad}" y="${y + PIC.pad + (lines.length + j + 0.8) * PIC.line}" font-size="${PIC.cite}" fill="#0b5cad">${x(l)}</text>`,
        ),
      );
    });
    y += h;
    parts.push(line(PIC.margin, y, width - PIC.margin, y, "#ccc"));
  }
  y += PIC.pad;
  const caption =
    o.caption ??
    `Each cell paraphrases the paper, with the paragraphs its claims stand in; grey cells: the paper does not say. Source: ${paperReference(kb)}`;
  for (const l of wrapText(caption, PIC.caption, inner)) {
    y += PIC.caption * 1.4;
    parts.push(`<text x="${PIC.margin}" y="${y}" font-size="${PIC.caption}" fill="#555">${x(l)}</text>`);
  }
  const height = Math.ceil(y + PIC.margin);
  const bg = (o.background ?? "white") === "white" ? `<rect width="${width}" height="${height}" fill="#fff"/>` : "";
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${x(PICTURE_FONT)}" fill="#222">${bg}<title>${x(title)}</title>${parts.join("")}</svg>\n`;
  return { svg, width, height };
}

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string) =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}"/>`;
