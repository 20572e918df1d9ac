// Helpers for the screen, keyboard and accessibility tests: pages at a size (with touch for phones), painted pixels
// of the canvas, controls that are covered where they are drawn, and axe-core run from the page's own origin.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { baseURL, inkRatio, type TrackedPage } from "./helpers.ts";

export const SIZES = {
  phone: { width: 390, height: 844, touch: true },
  medium: { width: 1024, height: 768, touch: false },
  wide: { width: 1440, height: 900, touch: false },
} as const;
export type SizeName = keyof typeof SIZES;

/** A page at one of the sizes (phones with touch and a mobile viewport) that records console errors. */
export async function openAt(browser: Browser, size: SizeName, path = ""): Promise<TrackedPage> {
  const { width, height, touch } = SIZES[size];
  const page = await browser.newPage({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, baseURL()).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas] canvas") !== null);
  await settle(page);
  return { page, errors };
}

/** Waits until the page has drawn two more frames (sigma draws on the next animation frame). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
}

/** Share of non-white pixels in the canvas as it is on screen. */
export async function canvasInk(page: Page): Promise<number> {
  await settle(page);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box || box.width < 2 || box.height < 2) return 0;
  return inkRatio(await page.screenshot({ clip: box }));
}

export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("the graph canvas has no box");
  return box;
}

export interface ControlProblem {
  control: string;
  problem: string;
}

/**
 * Every visible control (in the window and not scrolled out of its container) that is not the topmost element at
 * its centre, and, with `minSize`, every control smaller than that (check boxes and radios: their label).
 */
export async function controlProblems(page: Page, minSize = 0): Promise<ControlProblem[]> {
  return page.evaluate((min) => {
    const out: { control: string; problem: string }[] = [];
    const sel = 'button, input, select, textarea, a[href], [role=tab], [tabindex]:not([tabindex="-1"])';
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest("[hidden], dialog:not([open])") || (el instanceof HTMLInputElement && el.type === "hidden"))
        continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === "hidden" || cs.display === "none") continue;
      // The canvas may lie under a sheet or a panel by design; its size and pixels are checked on their own.
      if (el.dataset.testid === "graph-canvas") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      let clip = { l: 0, t: 0, r: innerWidth, b: innerHeight };
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== "visible" || s.overflowY !== "visible" || s.clipPath !== "none") {
          const ar = a.getBoundingClientRect();
          clip = {
            l: Math.max(clip.l, ar.left),
            t: Math.max(clip.t, ar.top),
            r: Math.min(clip.r, ar.right),
            b: Math.min(clip.b, ar.bottom),
          };
        }
      }
      const cx = (r.left + r.right) / 2;
      const cy = (r.top + r.bottom) / 2;
      if (cx < clip.l || cx >= clip.r || cy < clip.t || cy >= clip.b) continue; // scrolled or clipped away
      const top = document.elementFromPoint(cx, cy);
      if (!top || !(top === el || el.contains(top) || top.contains(el)))
        out.push({ control: name(el), problem: `covered by ${top ? name(top) : "nothing"} at ${cx},${cy}` });
      if (min) {
        const target =
          el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")
            ? (el.closest("label") ?? el)
            : el;
        const b = target.getBoundingClientRect();
        if (b.width < min - 0.5 || b.height < min - 0.5)
          out.push({ control: name(el), problem: `${Math.round(b.width)}x${Math.round(b.height)} px` });
      }
    }
    return out;
  }, minSize);
}

/** Where an entity is drawn, in page coordinates (asked from sigma through the automation hook). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((node) => {
    type Sigma = {
      getNodeDisplayData: (n: string) => { x: number; y: number } | undefined;
      framedGraphToViewport: (p: { x: number; y: number }) => { x: number; y: number };
      getContainer: () => HTMLElement;
    };
    const sigma = (window as unknown as { __explorer?: { canvas?: { sigma: Sigma } } }).__explorer?.canvas?.sigma;
    const d = sigma?.getNodeDisplayData(node);
    if (!sigma || !d) return null;
    const vp = sigma.framedGraphToViewport(d);
    const r = sigma.getContainer().getBoundingClientRect();
    return { x: r.left + vp.x, y: r.top + vp.y };
  }, id);
  if (!pos) throw new Error(`entity ${id} is not drawn`);
  return pos;
}

export async function cameraRatio(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __explorer: { canvas: { getCamera: () => { ratio: number } } } }
      ).__explorer.canvas.getCamera().ratio,
  );
}

const AXE_PATH = "/__test__/axe.min.js";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe-core's WCAG 2.2 A and AA rules on the page. The script is served from the app's own origin (a route
 * answers one path), so the page's Content-Security-Policy stays as it is.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const url = new URL(AXE_PATH, page.url()).toString();
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: axeSource }));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const a = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const r = await a.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

export { inkRatio };
