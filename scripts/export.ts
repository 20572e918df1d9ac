// npm run export -- --format json|gexf|graphml|csv --out FILE (csv: --out DIR, writes nodes.csv, edges.csv,
// claims.csv, citations.csv). Validates graph/data first; on invalid data prints every problem and exits 1.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { writeCsv } from "../src/core/formats/csv.ts";
import { writeGexf } from "../src/core/formats/gexf.ts";
import { writeGraphml } from "../src/core/formats/graphml.ts";
import { writeJson } from "../src/core/formats/json.ts";
import { DataError } from "../src/node/data.ts";
import { buildDataset } from "../src/node/dataset.ts";

const FORMATS = ["json", "gexf", "graphml", "csv"] as const;
const { values } = parseArgs({ options: { format: { type: "string", default: "json" }, out: { type: "string" } } });
const format = values.format as (typeof FORMATS)[number];
if (!FORMATS.includes(format) || !values.out) {
  console.error(`usage: npm run export -- --format ${FORMATS.join("|")} --out FILE`);
  process.exit(2);
}
try {
  const { kb, layout } = buildDataset();
  const out = values.out;
  if (format === "csv") {
    mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(writeCsv(kb, layout))) writeFileSync(join(out, name), text);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    const text =
      format === "json" ? writeJson(kb, layout) : format === "gexf" ? writeGexf(kb, layout) : writeGraphml(kb, layout);
    writeFileSync(out, text);
  }
  console.log(
    `export: wrote ${format} (${kb.entities.length} entities, ${kb.relations.length} relations, ${kb.claims.length} claims) to ${out}`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
