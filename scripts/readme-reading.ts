// npm run screenshot:reading [-- --phone] — builds the app, serves it on loopback and saves the README pictures of
// the reading tools (docs/reading/{compare,timeline,path,walk}.png) at 1440x900 in Debian's Chromium; with --phone,
// the same views at 390x844 into /tmp/reading-phone/ to look at (not committed).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { launchChromium } from "../src/node/chromium.ts";

const phone = process.argv.includes("--phone");
const viewport = phone ? { width: 390, height: 844 } : { width: 1440, height: 900 };
const dir = phone ? "/tmp/reading-phone" : "docs/reading";
const SHOTS: { name: string; query: string; then?: (page: Page) => Promise<void> }[] = [
  {
    name: "compare",
    query: "?tab=compare",
    // Light the 1967 model's control cell, as a reader comparing control would.
    then: (page) => page.locator('td[data-cell="model-1967/control"] button.text').click(),
  },
  { name: "timeline", query: "?tab=timeline&y=1957-1967&sel=summit-1966" },
  { name: "path", query: "?path=kgb,dprk" },
  { name: "walk", query: "?walk=p30" },
];

mkdirSync(dir, { recursive: true });
await build({ logLevel: "warn" });
const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport });
    const query = phone ? `${shot.query}&panel=0` : shot.query;
    await page.goto(new URL(query, server.resolvedUrls!.local[0]).toString());
    await page.waitForSelector("[data-testid=status-counts]");
    await page.waitForTimeout(1500);
    await shot.then?.(page);
    await page.waitForTimeout(1200);
    const out = join(dir, `${shot.name}.png`);
    await page.screenshot({ path: out });
    console.log(`screenshot: wrote ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
