// The second channel for kinds: every kind has its own glyph, and the glyph's ink contrasts with the kind's colour
// enough to be seen (WCAG 1.4.11 asks 3:1 for graphics).
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, KINDS } from "../../../src/core/data/kinds.ts";
import { glyphInk, glyphSvg, kindShape, SHAPE_PATHS } from "../../../src/core/view/shapes.ts";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe("kind shapes", () => {
  it("each kind has a shape of its own, with path data", () => {
    const shapes = ENTITY_KINDS.map((k) => kindShape(k));
    expect(shapes).toEqual(ENTITY_KINDS.map((k) => KINDS[k].shape));
    expect(new Set(shapes).size).toBe(ENTITY_KINDS.length);
    for (const s of shapes) expect(SHAPE_PATHS[s]).toMatch(/^M[\d.]/);
  });

  it.each(ENTITY_KINDS.map((k) => [k, KINDS[k].color]))("the glyph on %s (%s) contrasts at least 3:1", (_, fill) => {
    expect(contrast(glyphInk(fill), fill)).toBeGreaterThanOrEqual(3);
  });

  it("a glyph's SVG names its size and uses the kind's path", () => {
    const svg = glyphSvg("state", "#000000", 64);
    expect(svg).toContain('width="64"');
    expect(svg).toContain(SHAPE_PATHS.square);
  });
});
