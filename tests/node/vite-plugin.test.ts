// The Vite build refuses invalid data with the same file:line messages as `npm run check:data`, and ships the
// built knowledge base as data/graph.json when the data is valid.
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { graphData } from "../../src/node/vite-plugin.ts";

const fixture = join(import.meta.dirname, "..", "fixtures", "valid");

async function buildWith(dir: string) {
  const entry = join(mkdtempSync(join(tmpdir(), "kg-entry-")), "main.js");
  writeFileSync(entry, "export const x = 1;\n");
  return build({
    logLevel: "silent",
    configFile: false,
    plugins: [graphData({ dir })],
    build: { write: false, rollupOptions: { input: entry } },
  });
}

describe("graphData vite plugin", () => {
  it("emits data/graph.json for valid data", async () => {
    const out = (await buildWith(fixture)) as Rollup.RollupOutput;
    const asset = out.output.find((o) => o.fileName === "data/graph.json");
    expect(asset?.type).toBe("asset");
    const json = JSON.parse(String((asset as Rollup.OutputAsset).source));
    expect(json.entities.length).toBeGreaterThan(0);
    expect(Object.keys(json.layout).length).toBe(json.entities.length);
  });

  it("fails the build on invalid data, naming file, line and id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-bad-"));
    cpSync(fixture, dir, { recursive: true });
    mkdirSync(join(dir, "claims"), { recursive: true });
    writeFileSync(
      join(dir, "claims", "zz-bad.yaml"),
      "claims:\n  - id: bad-claim\n    locator: p99\n    text: A claim with a locator the paper does not have.\n    citations: [{ source: nobody }]\n",
    );
    await expect(buildWith(dir)).rejects.toThrow(
      /zz-bad\.yaml:3: bad-claim: locator 'p99'[\s\S]*zz-bad\.yaml:5: bad-claim: cites unknown source 'nobody'/,
    );
  });
});
