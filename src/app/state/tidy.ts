// "Tidy this view": the drawn nodes laid out again for the view and the canvas' shape by the pictures' view layout
// (src/core/picture/view-layout.ts, loaded on first use), animated there on the canvas, with the camera framing them.
import { LABEL_SIZE } from "../../core/view/style/look.ts";
import type { ExplorerState } from "./explorer.svelte.ts";

export async function tidyView(explorer: ExplorerState, ms: number): Promise<void> {
  const { viewLayout } = await import("../../core/picture/view-layout.ts");
  const { canvas, viewport } = explorer;
  if (!canvas || !(viewport.width > 0 && viewport.height > 0)) return;
  explorer.stopLayout();
  const labelSize = LABEL_SIZE * explorer.labelScale;
  const at = viewLayout(explorer.kb, explorer.drawnPositions(), explorer.toView(), { frame: viewport, labelSize });
  const camera = canvas.animateLayout(at, ms, explorer.canvasView());
  if (camera) explorer.setCamera(camera, { duration: ms, easing: "quadraticInOut" });
}
