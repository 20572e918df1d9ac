// npm run check:data — validates graph/data and prints every problem as file:line: id: message [rule].
import { problemToString } from "../src/core/data/load.ts";
import { loadKnowledgeBase } from "../src/node/data.ts";

const { kb, problems } = loadKnowledgeBase();
if (problems.length) {
  for (const p of problems) console.error(problemToString(p));
  console.error(`\ncheck:data: ${problems.length} problem${problems.length === 1 ? "" : "s"} in graph/data`);
  process.exit(1);
}
const byKind = new Map<string, number>();
for (const e of kb!.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
console.log(
  `check:data: ok — ${kb!.entities.length} entities (${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}), ` +
    `${kb!.relations.length} relations, ${kb!.claims.length} claims, ${kb!.quirks.length} quirks`,
);
