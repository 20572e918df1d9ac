// Present and Export frame a view so that its nodes and labels fill the frame: for every shipped view, the lit nodes
// and the labels placed for them span at least 85% of the free width or height of a 1920×1080 export (legend, title
// and caption around it) and of a presentation canvas (overlays kept clear, labels 1.5 times larger).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NO_INSETS, type Insets } from "../../../src/core/picture/camera.ts";
import { computeScene, type Scene } from "../../../src/core/picture/scene.ts";
import { renderPicture } from "../../../src/core/picture/svg.ts";
import { parseViews, viewStateOf, vocabularyOf, VIEWS_FILE } from "../../../src/core/view/views.ts";
import type { ViewState } from "../../../src/core/view/url-state.ts";
import { buildDataset } from "../../../src/node/dataset.ts";

/** Share of the free width and height that the shown nodes and their placed labels span (clipped to the frame). */
function fill(scene: Scene, insets: Insets = NO_INSETS): { w: number; h: number } {
  let [l, r, t, b] = [Infinity, -Infinity, Infinity, -Infinity];
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    [l, r, t, b] = [Math.min(l, x0), Math.max(r, x1), Math.min(t, y0), Math.max(b, y1)];
  };
  for (const n of scene.nodes) {
    if (n.state !== "shown") continue;
    add(n.x - n.radius, n.y - n.radius, n.x + n.radius, n.y + n.radius);
    const box = n.labelAt?.box;
    if (box) add(box.x, box.y, box.x + box.width, box.y + box.height);
  }
  [l, r] = [Math.max(l, insets.left), Math.min(r, scene.viewport.width - insets.right)];
  [t, b] = [Math.max(t, insets.top), Math.min(b, scene.viewport.height - insets.bottom)];
  const w = scene.viewport.width - insets.left - insets.right;
  const h = scene.viewport.height - insets.top - insets.bottom;
  return { w: (r - l) / w, h: (b - t) / h };
}

describe("Present and Export fill the frame", () => {
  let real: ReturnType<typeof buildDataset>;
  let views: { id: string; view: ViewState; title: string }[];
  beforeAll(() => {
    real = buildDataset();
    const vocab = vocabularyOf(real.kb);
    const text = readFileSync(join(import.meta.dirname, "..", "..", "..", VIEWS_FILE), "utf8");
    views = parseViews(text, VIEWS_FILE, vocab).views.map((named) => ({
      id: named.id,
      title: named.title,
      view: { ...viewStateOf(named, vocab).view, camera: null },
    }));
  });

  it("a 1920×1080 export of every shipped view", () => {
    expect(views.length).toBeGreaterThanOrEqual(6);
    for (const { id, view, title } of views) {
      const o = { width: 1920, height: 1080, legend: true, background: "white" as const, title, caption: "A caption" };
      const f = fill(renderPicture(real.kb, real.layout, view, o).scene);
      expect(Math.max(f.w, f.h), id).toBeGreaterThanOrEqual(0.85);
    }
  });

  it.each([
    { width: 1440, height: 900, insets: { top: 60, right: 260, bottom: 80, left: 0 } },
    { width: 1024, height: 768, insets: { top: 60, right: 220, bottom: 90, left: 0 } },
  ])("presenting every shipped view on a $width×$height canvas", ({ width, height, insets }) => {
    for (const { id, view } of views) {
      const scene = computeScene(real.kb, real.layout, view, {
        viewport: { width, height },
        labelScale: 1.5,
        fitInsets: insets,
      });
      const f = fill(scene, insets);
      expect(Math.max(f.w, f.h), id).toBeGreaterThanOrEqual(0.85);
    }
  });
});
