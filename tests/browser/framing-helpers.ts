// What Fit should reach: the camera the canvas computes to frame what is visible now (src/app/canvas/framing.ts).
import type { Page } from "playwright-core";

export async function fitRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const e = (
      window as unknown as {
        __explorer: {
          canvasView: () => unknown;
          canvas: { frameCamera: (view: unknown, target: "visible") => { ratio: number } | null };
        };
      }
    ).__explorer;
    return e.canvas.frameCamera(e.canvasView(), "visible")?.ratio ?? NaN;
  });
}
