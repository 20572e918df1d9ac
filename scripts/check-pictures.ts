// npm run check:pictures -- DIR: measures every SVG in DIR (from `npm run shot -- --all --svg --out-dir DIR`) with
// src/node/picture-check.ts and prints a table of overlaps, unlabelled nodes and label sizes per picture.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../src/node/chromium.ts";
import { checkPicture, summarize } from "../src/node/picture-check.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run check:pictures -- DIR");
  process.exit(2);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const rows: Record<string, Record<string, number>> = {};
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".svg"))
    .sort())
    rows[f.replace(/\.svg$/, "")] = summarize(await checkPicture(page, readFileSync(join(dir, f), "utf8")));
  console.table(rows);
} finally {
  await browser.close();
}
