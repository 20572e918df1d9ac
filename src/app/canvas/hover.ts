// Sigma's hover layer for the canvas: a white halo under the hovered node, without sigma's own label box (the label
// layer, ./label-layer.ts, draws the label where the label engine placed it).

/** Sigma's hover layer without its label (the label layer draws the label where it was placed): a white halo. */
export function drawHoverHalo(ctx: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  ctx.save();
  ctx.fillStyle = "#ffffff";
  ctx.shadowColor = "rgba(0,0,0,0.45)";
  ctx.shadowBlur = 8;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
