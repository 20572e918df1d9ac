// How far elements drawn over the canvas (the filters or details sheet on medium and narrow screens) reach into it
// from each side, so that framing keeps what it frames clear of them.
import type { Insets } from "../../../core/picture/camera.ts";

export function coverInsets(canvas: Element, covers: Iterable<Element>): Insets {
  const c = canvas.getBoundingClientRect();
  const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const el of covers) {
    const r = el.getBoundingClientRect();
    const w = Math.min(r.right, c.right) - Math.max(r.left, c.left);
    const h = Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top);
    if (w <= 0 || h <= 0 || (w >= c.width - 1 && h >= c.height - 1)) continue;
    // A side panel spans (nearly) the canvas' height; a sheet from the bottom its width.
    if (h >= c.height * 0.8) {
      if (r.left + r.width / 2 > c.left + c.width / 2) out.right = Math.max(out.right, c.right - r.left);
      else out.left = Math.max(out.left, r.right - c.left);
    } else if (r.top + r.height / 2 > c.top + c.height / 2) out.bottom = Math.max(out.bottom, c.bottom - r.top);
    else out.top = Math.max(out.top, r.bottom - c.top);
  }
  return out;
}

/** The larger inset on each side. */
export const widest = (a: Insets, b: Insets): Insets => ({
  top: Math.max(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
  left: Math.max(a.left, b.left),
});
