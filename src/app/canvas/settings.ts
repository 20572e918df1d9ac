// The canvas' settings a caller may change (label density and font), with their defaults and checks.

export interface CanvasSettings {
  /** 0 (few labels) to 1 (all labels). */
  labelDensity: number;
  labelFont: string;
}

export const CANVAS_DEFAULTS: CanvasSettings = {
  labelDensity: 0.5,
  labelFont: '"DejaVu Sans", "Inter", system-ui, sans-serif',
};

export function resolveCanvasSettings(partial: Partial<CanvasSettings> = {}): CanvasSettings {
  const s = { ...CANVAS_DEFAULTS, ...partial };
  if (!(s.labelDensity >= 0 && s.labelDensity <= 1))
    throw new Error(`canvas: labelDensity must be within 0-1, got ${s.labelDensity}`);
  return s;
}
