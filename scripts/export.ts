// npm run export -- --format <id> --out FILE: writes graph/data in any format of the registry
// (src/core/formats/registry.ts): json, gexf, graphml, csv (--out DIR: nodes.csv, edges.csv, claims.csv,
// citations.csv), and the reference list as csl-json, bibtex or ris. Validates graph/data first; on invalid data
// prints every problem and exits 1.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { referenceEntities } from "../src/core/formats/references.ts";
import { FORMATS, formatById } from "../src/core/formats/registry.ts";
import { DataError } from "../src/node/data.ts";
import { buildDataset } from "../src/node/dataset.ts";

const { values } = parseArgs({ options: { format: { type: "string", default: "json" }, out: { type: "string" } } });
const format = formatById(values.format ?? "");
if (!format || !values.out) {
  console.error(`usage: npm run export -- --format ${FORMATS.map((f) => f.id).join("|")} --out FILE`);
  process.exit(2);
}
try {
  const { kb, layout } = buildDataset();
  const out = values.out;
  const files = await format.write(kb, layout);
  if (format.fileSet) {
    mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, Object.values(files)[0]);
  }
  console.log(
    format.scope === "references"
      ? `export: wrote ${format.id} (${referenceEntities(kb).length} sources) to ${out}`
      : `export: wrote ${format.id} (${kb.entities.length} entities, ${kb.relations.length} relations, ${kb.claims.length} claims) to ${out}`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
