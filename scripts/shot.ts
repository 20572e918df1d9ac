// npm run shot — pictures of views from the command line, drawn from the model (src/core/picture) and rasterised by
// Debian's Chromium at the requested scale; the same data and view always give the same pixels.
//   npm run shot -- --view NAME --out FILE.png [--width 1600 --height 1000 --scale 2] [--svg]
//   npm run shot -- --url "?hk=source&sel=model-1967" --out FILE.png [--title "..."]
//   npm run shot -- --all --out-dir DIR
// Other options: --title, --caption (replace the view's), --no-caption, --no-legend, --transparent, --label-scale N.
// --svg also writes the SVG next to each PNG; an --out ending in .svg writes only the SVG (no browser needed).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { problemToString } from "../src/core/data/load.ts";
import { pictureCaption } from "../src/core/picture/caption.ts";
import { renderSvg, type PictureOptions } from "../src/core/picture/svg.ts";
import { viewLayout } from "../src/core/picture/view-layout.ts";
import { decodeView } from "../src/core/view/url-state.ts";
import {
  expandViewParam,
  parseViews,
  viewStateOf,
  vocabularyOf,
  VIEWS_FILE,
  type NamedView,
} from "../src/core/view/views.ts";
import { launchChromium } from "../src/node/chromium.ts";
import { DataError } from "../src/node/data.ts";
import { buildDataset } from "../src/node/dataset.ts";

const USAGE = `usage:
  npm run shot -- --view NAME --out FILE.png [--width 1600 --height 1000 --scale 1|2|4] [--svg]
  npm run shot -- --url "?query" --out FILE.png [--title TEXT]
  npm run shot -- --all --out-dir DIR
options: --title TEXT, --caption TEXT, --no-caption, --no-legend, --transparent, --label-scale N`;

function fail(message: string, code = 2): never {
  console.error(`shot: ${message}`);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        view: { type: "string" },
        url: { type: "string" },
        all: { type: "boolean", default: false },
        out: { type: "string" },
        "out-dir": { type: "string" },
        width: { type: "string", default: "1600" },
        height: { type: "string", default: "1000" },
        scale: { type: "string", default: "1" },
        svg: { type: "boolean", default: false },
        title: { type: "string" },
        caption: { type: "string" },
        "no-caption": { type: "boolean", default: false },
        "no-legend": { type: "boolean", default: false },
        transparent: { type: "boolean", default: false },
        "label-scale": { type: "string", default: "1" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const modes = [values.view !== undefined, values.url !== undefined, values.all].filter(Boolean).length;
if (modes !== 1) fail(`give exactly one of --view, --url or --all\n${USAGE}`);
if (values.all ? !values["out-dir"] : !values.out)
  fail(`${values.all ? "--all needs --out-dir" : "--out is required"}\n${USAGE}`);

const int = (name: string, v: string, min: number, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be a whole number from ${min} to ${max}, got ${v}`);
  return n;
};
const width = int("width", values.width, 64, 10_000);
const height = int("height", values.height, 64, 10_000);
const scale = Number(values.scale);
if (![1, 2, 3, 4].includes(scale)) fail(`--scale must be 1, 2, 3 or 4, got ${values.scale}`);
const labelScale = Number(values["label-scale"]);
if (!(labelScale > 0 && labelScale <= 10))
  fail(`--label-scale must be a number in (0, 10], got ${values["label-scale"]}`);

let dataset: ReturnType<typeof buildDataset>;
try {
  dataset = buildDataset();
} catch (e) {
  if (e instanceof DataError) fail(e.message, 1);
  throw e;
}
const { kb, layout } = dataset;
const vocab = vocabularyOf(kb);
const viewsText = readFileSync(join(import.meta.dirname, "..", VIEWS_FILE), "utf8");
const { views, problems } = parseViews(viewsText, VIEWS_FILE, vocab);
if (problems.length) {
  for (const p of problems) console.error(problemToString(p));
  fail(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${VIEWS_FILE}`, 1);
}

interface Job {
  name: string;
  query: string;
  named: NamedView | null;
  out: string;
}

const jobs: Job[] = [];
if (values.all) {
  for (const v of views)
    jobs.push({ name: v.id, query: v.query, named: v, out: join(values["out-dir"]!, `${v.id}.png`) });
} else if (values.view !== undefined) {
  const v = views.find((x) => x.id === values.view);
  if (!v) fail(`no view '${values.view}' in ${VIEWS_FILE}; known: ${views.map((x) => x.id).join(", ")}`);
  jobs.push({ name: v.id, query: v.query, named: v, out: values.out! });
} else {
  const raw = values.url!.replace(/^[^?]*\?/, "").replace(/#.*$/, "");
  const expanded = expandViewParam(raw, views);
  if (expanded && "missing" in expanded) fail(`no view '${expanded.missing}' in ${VIEWS_FILE}`);
  jobs.push({ name: "url", query: expanded ? expanded.search : raw, named: expanded?.view ?? null, out: values.out! });
}

function pictureOf(job: Job): { svg: string; options: PictureOptions } {
  const { view, notices } = job.named
    ? viewStateOf({ ...job.named, query: job.query }, vocab)
    : decodeView(job.query, vocab);
  if (notices.length) fail(`the view's link is not valid:\n  ${notices.join("\n  ")}`);
  const captionParts = [values.caption ?? job.named?.caption, pictureCaption(kb, view.filters)].filter(
    (s): s is string => !!s,
  );
  const options: PictureOptions = {
    width,
    height,
    title: values.title ?? job.named?.title,
    caption: values["no-caption"] ? undefined : captionParts.join("\n"),
    legend: !values["no-legend"],
    background: values.transparent ? "transparent" : "white",
    labelScale,
  };
  // A view without its own camera gets a layout made for what it shows (src/core/picture/view-layout.ts).
  const positions = view.camera
    ? layout
    : viewLayout(kb, layout, view, { frame: { width: width * 0.8, height: height - 150 }, labelSize: 14 });
  return { svg: renderSvg(kb, positions, view, options), options };
}

/** Chromium draws the SVG at `scale` device pixels per CSS px: a width·scale × height·scale PNG, no animation. */
async function rasterise(browser: Browser, svg: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  try {
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`,
    );
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.screenshot({
      type: "png",
      clip: { x: 0, y: 0, width, height },
      omitBackground: values.transparent,
      animations: "disabled",
      caret: "hide",
    });
  } finally {
    await page.close();
  }
}

const needsBrowser = jobs.some((j) => !j.out.endsWith(".svg"));
const browser = needsBrowser ? await launchChromium() : null;
try {
  for (const job of jobs) {
    const { svg } = pictureOf(job);
    mkdirSync(dirname(job.out), { recursive: true });
    const written: string[] = [];
    if (job.out.endsWith(".svg")) {
      writeFileSync(job.out, svg);
      written.push(job.out);
    } else {
      writeFileSync(job.out, await rasterise(browser!, svg));
      written.push(job.out);
      if (values.svg) {
        const svgPath = job.out.replace(/\.png$/i, "") + ".svg";
        writeFileSync(svgPath, svg);
        written.push(svgPath);
      }
    }
    console.log(
      `shot: ${job.name} → ${written.join(", ")} (${width}×${height} px${job.out.endsWith(".svg") ? "" : ` at ${scale}x`})`,
    );
  }
} finally {
  await browser?.close();
}
