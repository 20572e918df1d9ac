// The explorer's style module: look constants (./look.ts) and the per-item style rules (./style.ts), one set for the
// canvas and the pictures.
export * from "./look.ts";
export * from "./style.ts";
