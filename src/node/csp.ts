// Vite plugin that writes a strict Content-Security-Policy into the built page as a <meta> tag, first in <head> so it
// governs every script and style that follows. Only for `vite build`: the dev server needs inline scripts for hot
// reload. The policy allows only the page's own origin: no inline script, no eval, no remote origin, no plugins, no
// <base> or form targets. Two sources are wider than 'self', because the app needs them:
// - worker-src blob: ForceAtlas2's layout worker (graphology-layout-forceatlas2/worker) runs from a Blob URL;
// - img-src data: blob: the PNG export rasterises the picture SVG from data and Blob URLs.
// Styles need no 'unsafe-inline': Svelte and sigma set styles through the CSSOM (element.style), which CSP allows,
// and the browser test (tests/browser/security.test.ts) fails on any violation.
// Framing: `frame-ancestors` is ignored in a <meta> policy (Chromium logs an error), and no X-Frame-Options header is
// sent, so any page may frame the explorer: that is what "Copy embed code" (`?embed=1`) is for.
import type { Plugin } from "vite";

export const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

export const cspContent = (directives: Record<string, string[]> = CSP_DIRECTIVES): string =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");

export function csp(directives: Record<string, string[]> = CSP_DIRECTIVES): Plugin {
  return {
    name: "lankov-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: cspContent(directives) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
