// Label placement for SVG charts (the figures chart and the timeline): estimated text extents and a greedy placer
// that puts each label next to its mark where it overlaps no mark and no label placed before it.

export interface ChartLabel {
  claim: string;
  text: string;
  /** The anchor point of the text (its baseline), in pixels, and which end of the text it is. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

/** Estimated width of a label: DejaVu Sans and similar average about 0.62 em per character. */
export const labelWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.62;

/** A rectangle in pixels, from (x1, y1) to (x2, y2). */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
const intersects = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, area: Box) => a.x1 >= area.x1 && a.x2 <= area.x2 && a.y1 >= area.y1 && a.y2 <= area.y2;

/** The estimated extent of a placed label: from its cap height to just under its baseline. */
export function labelBox(l: Pick<ChartLabel, "text" | "x" | "y" | "anchor">, fontSize: number): Box {
  const w = labelWidth(l.text, fontSize);
  const x1 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - w : l.x - w / 2;
  return { x1, x2: x1 + w, y1: l.y - fontSize, y2: l.y + 2 };
}

/**
 * A label for each mark, where it overlaps no other mark and no label placed before it: above the mark if that is
 * free, else to its left, to its right or below it; if none is free, above it and lifted over whatever it would
 * overlap. Labels stay inside `area` (lifted ones at least below its top edge).
 */
export function placeLabels(
  wanted: { claim: string; text: string; box: Box }[],
  area: Box,
  fontSize: number,
): ChartLabel[] {
  const taken: Box[] = wanted.map((w) => w.box);
  const out: ChartLabel[] = [];
  const gap = 4;
  for (const w of wanted) {
    const { box } = w;
    const half = labelWidth(w.text, fontSize) / 2;
    const cx = Math.min(Math.max((box.x1 + box.x2) / 2, area.x1 + half), Math.max(area.x1 + half, area.x2 - half));
    const midline = (box.y1 + box.y2) / 2 + fontSize * 0.35;
    const candidates: ChartLabel[] = [
      { claim: w.claim, text: w.text, x: cx, y: box.y1 - gap - 2, anchor: "middle" },
      { claim: w.claim, text: w.text, x: box.x1 - gap, y: midline, anchor: "end" },
      { claim: w.claim, text: w.text, x: box.x2 + gap, y: midline, anchor: "start" },
      { claim: w.claim, text: w.text, x: cx, y: box.y2 + gap + fontSize, anchor: "middle" },
    ];
    const free = (l: ChartLabel) => {
      const b = labelBox(l, fontSize);
      return inside(b, area) && !taken.some((t) => t !== box && intersects(t, b));
    };
    let label = candidates.find(free);
    if (!label) {
      label = candidates[0];
      for (let tries = 0; tries < 20; tries++) {
        const b = labelBox(label, fontSize);
        const hit = taken.find((t) => t !== box && intersects(t, b));
        if (!hit) break;
        label = { ...label, y: hit.y1 - 2 }; // just above what it hit
      }
      label = { ...label, y: Math.max(label.y, area.y1 + fontSize) };
    }
    taken.push(labelBox(label, fontSize));
    out.push(label);
  }
  return out;
}
