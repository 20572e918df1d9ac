// The GEXF export's time and look: periods as spells Gephi's timeline plays (mode="dynamic", start/end years on
// nodes and edges), viz colours and sizes as the explorer draws them, positions from the layout; graphology-gexf and
// networkx (python3 with networkx; skipped with a reason when absent) still read the file.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../../src/core/formats/gexf.ts";
import { kindColor } from "../../../src/core/data/kinds.ts";
import { layoutOf } from "../../../src/node/dataset.ts";
import { requireKnowledgeBase } from "../../../src/node/data.ts";

const kb = requireKnowledgeBase();
const layout = layoutOf(kb);
const text = writeGexf(kb, layout);
const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

describe("GEXF time", () => {
  it("declares a dynamic graph with integer years", () => {
    expect(text).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="integer">/);
  });
  it.each(
    kb.entities
      .filter((e) => e.start !== undefined || e.end !== undefined)
      .slice(0, 20)
      .map((e) => [e.id, e]),
  )("entity %s carries its period as a spell", (_id, e) => {
    const tag = new RegExp(`<node id="${e.id}" label="[^"]*"([^>]*)>`).exec(text)![1];
    expect(/start="(\d+)"/.exec(tag)?.[1]).toBe(e.start === undefined ? undefined : String(e.start));
    expect(/end="(\d+)"/.exec(tag)?.[1]).toBe(e.end === undefined ? undefined : String(e.end));
  });
  it("every dated relation carries its period, undated ones none", () => {
    for (const r of kb.relations) {
      const tag = new RegExp(`<edge id="${r.id}"([^>]*)>`).exec(text)![1];
      expect(/ start="(-?\d+)"/.exec(tag)?.[1], r.id).toBe(r.start === undefined ? undefined : String(r.start));
      expect(/ end="(-?\d+)"/.exec(tag)?.[1], r.id).toBe(r.end === undefined ? undefined : String(r.end));
    }
  });
});

describe("graphology-gexf reads it back", () => {
  const g = parse(MultiDirectedGraph, text);
  it("with every node and edge, the kind's colour, a size and the position", () => {
    expect(g.order).toBe(kb.entities.length);
    expect(g.size).toBe(kb.relations.length);
    for (const e of kb.entities) {
      const a = g.getNodeAttributes(e.id);
      const [r, gr, b] = rgb(kindColor(e.kind));
      expect(a.color).toMatch(new RegExp(`^rgba?\\(${r},\\s*${gr},\\s*${b}`));
      expect(a.size).toBeGreaterThan(0);
      expect([a.x, a.y]).toEqual(layout[e.id]);
      expect(a.start).toBe(e.start);
    }
  });
});

const python = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
const hasNetworkx = !python.error && python.status === 0;

describe.skipIf(!hasNetworkx)("networkx reads it (python3-networkx)", () => {
  it("as a dynamic graph with every node, edge, viz colour and static attribute", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-gexf-"));
    writeFileSync(join(dir, "kg.gexf"), text);
    const out = execFileSync(
      "python3",
      [
        "-c",
        `import json, networkx as nx
g = nx.read_gexf(${JSON.stringify(join(dir, "kg.gexf"))})
print(json.dumps({"mode": g.graph.get("mode"), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "ussr": {k: v for k, v in g.nodes["ussr"].items() if k in ("kind", "start", "viz", "label")}}))`,
      ],
      { encoding: "utf8" },
    );
    const got = JSON.parse(out);
    expect(got.mode).toBe("dynamic");
    expect(got.nodes).toBe(kb.entities.length);
    expect(got.edges).toBe(kb.relations.length);
    const ussr = kb.entities.find((e) => e.id === "ussr")!;
    const [r, gr, b] = rgb(kindColor(ussr.kind));
    expect(got.ussr).toMatchObject({ kind: ussr.kind, label: ussr.label, viz: { color: { r, g: gr, b } } });
    expect(got.ussr.start).toBe(ussr.start);
  }, 60_000);
});
if (!hasNetworkx) console.log("skipped: networkx reading the GEXF needs python3 with networkx (apt: python3-networkx)");
