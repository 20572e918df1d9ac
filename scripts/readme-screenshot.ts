// npm run screenshot:readme [-- OUT.png "?query"] — builds the app, serves it on loopback and saves docs/explorer.png (the README picture):
// the 1967 model selected, at 1440x900, in Debian's Chromium. (Issue 5 brings the general `npm run shot`.)
import { build, preview } from "vite";
import { launchChromium } from "../src/node/chromium.ts";

const out = process.argv[2] ?? "docs/explorer.png";
const query = process.argv[3] ?? "?sel=model-1967";
await build({ logLevel: "warn" });
const server = await preview({ preview: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(new URL(query, server.resolvedUrls!.local[0]).toString());
  await page.waitForSelector("[data-testid=status-counts]");
  await page.waitForTimeout(2000);
  await page.screenshot({ path: out });
  console.log(`screenshot: wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
