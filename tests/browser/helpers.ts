// Shared browser-test helpers: one Chromium per test file, pages that record console errors and page errors
// (every test asserts there were none), and readers for the app's status line and built data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { readJson, type Dataset } from "../../src/core/formats/json.ts";
import { launchChromium } from "../../src/node/chromium.ts";

export const baseURL = (): string => inject("baseURL");

export const launch = launchChromium;

export interface TrackedPage {
  page: Page;
  errors: string[];
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  path = "",
  viewport = { width: 1280, height: 720 },
): Promise<TrackedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, baseURL()).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas] canvas") !== null);
  return { page, errors };
}

export interface BrowserSession {
  /** The file's Chromium (launched in beforeAll). */
  readonly browser: Browser;
  /** Opens `path` in a new tracked page; the page is closed, and must have logged no error, after the test. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * The set-up every browser test file shares: one Chromium for the file, one tracked page per test, closed after the
 * test with the assertion that it logged no console error and threw no uncaught exception.
 */
export function browserSession(defaultViewport = { width: 1280, height: 720 }): BrowserSession {
  let browser: Browser | undefined;
  let current: TrackedPage | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current?.errors ?? [];
    await current?.page.close();
    current = undefined;
    expect(errors).toEqual([]);
  });
  return {
    get browser() {
      if (!browser) throw new Error("browserSession: the browser is launched in beforeAll; use it inside a test");
      return browser;
    },
    async open(path = "", viewport = defaultViewport) {
      if (!browser) throw new Error("browserSession: open() is for use inside a test");
      await current?.page.close();
      current = await openPage(browser, path, viewport);
      return current.page;
    },
  };
}

/** Reads "N of M entities, A of B relations" from the status line. */
export async function counts(page: Page): Promise<{ entities: number; relations: number }> {
  const text = (await page.locator("[data-testid=status-counts]").textContent()) ?? "";
  const m = /(\d+) of \d+ entities,\s+(\d+) of \d+\s+relations/.exec(text);
  if (!m) throw new Error(`status line not understood: ${text}`);
  return { entities: Number(m[1]), relations: Number(m[2]) };
}

/** The dataset exactly as the browser received it (dist/data/graph.json from the build). */
export function builtDataset(): Dataset {
  const { dataset, problems } = readJson(
    readFileSync(join(import.meta.dirname, "..", "..", "dist", "data", "graph.json"), "utf8"),
  );
  if (!dataset) throw new Error(`built data invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  return dataset;
}

/** Share of pixels in a PNG that differ from white. */
export function inkRatio(png: Buffer): number {
  const img = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (img.data[i] < 240 || img.data[i + 1] < 240 || img.data[i + 2] < 240) ink++;
  }
  return ink / (img.width * img.height);
}

// ---- Security (tests/browser/security.test.ts) ---------------------------------------------------------------------
// A page that also records CSP violations (securitypolicyviolation events, listened to before any script runs),
// every request it makes and every dialog it opens; optionally served another graph.json.

export interface GuardedPage extends TrackedPage {
  requests: string[];
  dialogs: string[];
  /** CSP violations reported so far: "directive blocked-uri source:line". */
  violations: () => Promise<string[]>;
}

export async function openGuardedPage(
  browser: Browser,
  path = "",
  options: { graphJson?: string; viewport?: { width: number; height: number } } = {},
): Promise<GuardedPage> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 720 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  if (options.graphJson !== undefined) {
    const body = options.graphJson;
    await page.route("**/data/graph.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
  }
  await page.goto(new URL(path, baseURL()).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas] canvas") !== null);
  const violations = () =>
    page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
  return { page, errors, requests, dialogs, violations };
}
