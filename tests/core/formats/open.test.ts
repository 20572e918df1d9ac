// Opening a file a user gives the explorer: the format is told from the name or the first bytes, every export format
// opens, broken and hostile inputs give listed problems (path, id, message) instead of exceptions, ids named like
// Object.prototype members are ordinary ids, and size, nesting and huge strings are bounded.
import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/data/build.ts";
import { writeCsv } from "../../../src/core/formats/csv.ts";
import { writeGexf } from "../../../src/core/formats/gexf.ts";
import { writeGraphml } from "../../../src/core/formats/graphml.ts";
import { MAX_PROBLEMS, readJson, writeJson } from "../../../src/core/formats/json.ts";
import {
  detectFormat,
  MAX_OPEN_BYTES,
  OPEN_FORMATS,
  openDataset,
  utf8Bytes,
  type OpenFile,
  type OpenFormat,
} from "../../../src/core/formats/open.ts";
import { parseCsv } from "../../../src/core/formats/read-csv.ts";
import { formatById } from "../../../src/core/formats/registry.ts";
import { splitLists } from "../../../src/core/formats/read-flat.ts";
import type { Positions } from "../../../src/core/model/graph.ts";
import { validKb } from "../../fixtures/fixtures.ts";
import { circleLayout, HOSTILE_URL, hostileKb, pollution, PROTO_IDS } from "../../fixtures/hostile.ts";

const fixture = validKb();
const layout = circleLayout(fixture);

const filesOf = async (format: OpenFormat, kb: KnowledgeBase, pos: Positions): Promise<OpenFile[]> =>
  Object.entries(await formatById(format)!.write(kb, pos)).map(([name, text]) => ({ name, text }));
const FORMATS: OpenFormat[] = [...OPEN_FORMATS];
const csvFiles = () => writeCsv(fixture, layout);
const problemShape = { path: expect.any(String), message: expect.any(String) };

describe("detectFormat", () => {
  it.each<[string, string, OpenFormat | undefined]>([
    ["kg.json", "", "json"],
    ["KG.GEXF", "", "gexf"],
    ["export.graphml", "", "graphml"],
    ["nodes.csv", "", "csv"],
    ["data", '  {"meta": {}}', "json"],
    ["data.xml", '<?xml version="1.0"?>\n<gexf version="1.3">', "gexf"],
    ["download", '\uFEFF<?xml version="1.0"?><graphml xmlns="x">', "graphml"],
    ["notes.txt", "{}", undefined],
    ["data", "hello", undefined],
  ])("%s (%j) -> %s", (name, text, want) => {
    expect(detectFormat({ name, text })).toBe(want);
  });
});

describe("every export format opens", () => {
  it.each(FORMATS)("%s: no problem, and the format is reported", async (format) => {
    const res = await openDataset(await filesOf(format, fixture, layout));
    expect(res.problems).toEqual([]);
    expect(res.format).toBe(format);
    expect(res.dataset!.kb.entities.map((e) => e.id)).toEqual(fixture.entities.map((e) => e.id));
    // JSON carries everything; the flat formats say what they could not carry.
    expect(res.notes.length === 0).toBe(format === "json");
  });

  it("the CSV set opens without claims.csv and citations.csv, from the claim texts and citation columns", async () => {
    const { "nodes.csv": nodes, "edges.csv": edges } = csvFiles();
    const res = await openDataset([
      { name: "kg-nodes.csv", text: nodes },
      { name: "kg-edges.csv", text: edges },
    ]);
    expect(res.problems).toEqual([]);
    const claims = res.dataset!.kb.claims;
    expect(claims.map((c) => c.id).sort()).toEqual(fixture.claims.map((c) => c.id).sort());
    for (const c of fixture.claims) {
      const d = claims.find((x) => x.id === c.id)!;
      expect(d.text).toBe(c.text);
      expect(d.citations.map((x) => [x.source, x.pages])).toEqual(c.citations.map((x) => [x.source, x.pages]));
    }
  });
});

describe("openDataset lists the problems of what it cannot open", () => {
  const gexf = writeGexf(fixture, layout);
  const graphml = writeGraphml(fixture, layout);
  it.each<[string, OpenFile[], { path: string; message: string; id?: string }[]]>([
    ["no file", [], [{ path: "", message: "no file" }]],
    ["an unknown extension", [{ name: "a.txt", text: "x" }], [{ path: "a.txt", message: "unknown format" }]],
    [
      "two JSON files",
      [
        { name: "a.json", text: "{}" },
        { name: "b.json", text: "{}" },
      ],
      [{ path: "", message: "open one file" }],
    ],
    [
      "JSON mixed with CSV",
      [
        { name: "a.json", text: "{}" },
        { name: "nodes.csv", text: "id" },
      ],
      [{ path: "", message: "open one file" }],
    ],
    ["JSON that is not JSON", [{ name: "a.json", text: "{ nope" }], [{ path: "", message: "not JSON" }]],
    [
      "GEXF that is not well-formed",
      [{ name: "a.gexf", text: gexf.replace("</nodes>", "") }],
      [{ path: "", message: "GEXF: not well-formed XML" }],
    ],
    [
      "GEXF with a DOCTYPE (entity expansion)",
      [
        {
          name: "a.gexf",
          text: `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gexf>&b;</gexf>`,
        },
      ],
      [{ path: "", message: "a DOCTYPE is not accepted" }],
    ],
    [
      "GEXF whose root is another element",
      [{ name: "a.gexf", text: graphml }],
      [{ path: "", message: "the root element is <graphml>, not <gexf>" }],
    ],
    [
      "GEXF without a graph",
      [{ name: "a.gexf", text: `<gexf>${"<a>".repeat(10_000)}${"</a>".repeat(10_000)}</gexf>` }],
      [{ path: "", message: "no <graph> element" }],
    ],
    [
      "GEXF with an edge to a missing node",
      [{ name: "a.gexf", text: gexf.replace('source="dprk"', 'source="atlantis"') }],
      [{ path: "", message: "GEXF:" }],
    ],
    [
      "GraphML that is undirected",
      [{ name: "a.graphml", text: graphml.replace('edgedefault="directed"', 'edgedefault="undirected"') }],
      [{ path: "", message: "the graph must be directed" }],
    ],
    [
      "GraphML with a duplicate node",
      [{ name: "a.graphml", text: graphml.replace('<node id="dprk">', '<node id="ussr">') }],
      [{ path: "", message: "GraphML:" }],
    ],
    [
      "CSV without edges.csv",
      [{ name: "nodes.csv", text: csvFiles()["nodes.csv"] }],
      [{ path: "edges.csv", message: "edges.csv is missing" }],
    ],
    [
      "a CSV file that is not one of the export's",
      [...Object.entries(csvFiles()).map(([name, text]) => ({ name, text })), { name: "extra.csv", text: "a" }],
      [{ path: "extra.csv", message: "not one of" }],
    ],
  ])("%s", async (_name, files, expected) => {
    const res = await openDataset(files);
    expect(res.dataset).toBeUndefined();
    expect(res.problems).toEqual(
      expected.map((e) => ({
        path: e.path,
        ...(e.id ? { id: e.id } : {}),
        message: expect.stringContaining(e.message),
      })),
    );
  });

  it("names the CSV file and line of every broken row, all at once", async () => {
    const files = csvFiles();
    /** Breaks the record starting with `id,` and returns the line it starts on (quoted fields hold new lines). */
    const breakRow = (text: string, id: string, edit: (row: string) => string): [string, number] => {
      const start = text.indexOf(`\r\n${id},`) + 2;
      const end = text.indexOf("\r\n", start);
      const line = text.slice(0, start).split("\n").length;
      return [text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end), line];
    };
    const [n1, ussr] = breakRow(files["nodes.csv"], "ussr", (row) => row.replace(",state,", ",planet,"));
    const [n2, dprk] = breakRow(n1, "dprk", (row) => row.replace(/,1946,/, ",19x6,"));
    const [nodes, r1] = breakRow(n2, "r1", (row) => row.replace('"{', '"{not json'));
    const relation = fixture.relations[0];
    const [edges, edge] = breakRow(files["edges.csv"], relation.id, (row) =>
      row.replace(`,${relation.source},`, ",atlantis,"),
    );
    const res = await openDataset([
      { name: "nodes.csv", text: nodes },
      { name: "edges.csv", text: edges },
      { name: "claims.csv", text: files["claims.csv"] },
      { name: "citations.csv", text: files["citations.csv"] },
    ]);
    expect(res.dataset).toBeUndefined();
    expect(res.problems.map((p) => `${p.path} ${p.id}`).sort()).toEqual(
      [
        `nodes.csv:${ussr}.kind ussr`,
        `nodes.csv:${dprk}.start dprk`,
        `nodes.csv:${r1}.attributes r1`,
        `edges.csv:${edge} ${relation.id}`,
      ].sort(),
    );
    expect(res.problems.find((p) => p.id === relation.id)!.message).toBe("unknown entity 'atlantis'");
    for (const p of res.problems) expect(p).toMatchObject(problemShape);
  });

  it("caps a flood of problems and says how many more there are", () => {
    const raw = JSON.parse(writeJson(fixture, layout));
    raw.entities = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, kind: "planet" }));
    const { problems } = readJson(JSON.stringify(raw));
    expect(problems.length).toBe(MAX_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toMatch(/^and \d+ more problems/);
  });
});

describe("parseCsv (RFC 4180)", () => {
  it.each<[string, string, string[][]]>([
    ["plain", "a,b\r\n1,2\r\n", [["1", "2"]]],
    ["LF line ends and no final newline", "a,b\n1,2", [["1", "2"]]],
    ["quoted comma, quote and new line", 'a,b\r\n"x, y","say ""hi""\nthere"\r\n', [["x, y", 'say "hi"\nthere']]],
    ["empty fields", "a,b,c\r\n,,\r\n", [["", "", ""]]],
    ["a byte-order mark and blank lines", "\uFEFFa,b\r\n\r\n1,2\r\n\r\n", [["1", "2"]]],
    ["a lone CR inside quotes", 'a\r\n"x\ry"\r\n', [["x\ry"]]],
  ])("%s", (_name, text, rows) => {
    const { table, error } = parseCsv(text);
    expect(error).toBeUndefined();
    expect(table!.rows.map((r) => r.cells)).toEqual(rows);
  });

  it("gives each record the line it starts on, across quoted new lines", () => {
    const { table } = parseCsv('h\r\n"one\ntwo"\r\nthree\r\n');
    expect(table!.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it.each<[string, string, number, string]>([
    ["an unclosed quote", 'a\r\n1\r\n"open\r\n', 3, "never closed"],
    ["text after a closing quote", 'a\r\n"x"y\r\n', 2, "closing quote"],
    ["a quote inside an unquoted field", 'a\r\nx"y\r\n', 2, "quote inside"],
    ["nothing at all", "", 1, "empty file"],
  ])("rejects %s with its line", (_name, text, line, message) => {
    const { error } = parseCsv(text);
    expect(error).toEqual({ line, message: expect.stringContaining(message) });
  });
});

describe("splitLists: lists back into their items' parts", () => {
  it("deduces every part when the lists determine them, and says the split is unique", () => {
    const res = splitLists([
      { items: ["a", "b"], parts: ["1", "2", "3"] },
      { items: ["b", "c"], parts: ["2", "3", "4"] },
      { items: ["c"], parts: ["4"] },
    ]);
    expect(Object.fromEntries(res.parts!)).toEqual({ a: ["1"], b: ["2", "3"], c: ["4"] });
    expect(res.ambiguous).toEqual([]);
  });

  it("names the items a second fitting split gives other parts", () => {
    const res = splitLists([{ items: ["a", "b"], parts: ["1", "2", "3"] }]);
    expect(res.ambiguous!.sort()).toEqual(["a", "b"]);
  });

  it("reports lists that contradict each other", () => {
    const res = splitLists([
      { items: ["a"], parts: ["1"] },
      { items: ["a"], parts: ["2"] },
    ]);
    expect(res.error).toBeDefined();
  });
});

describe("ids named like Object.prototype members are ordinary ids", () => {
  // Relations end at them too: in a graphology graph keyed by these ids such an edge writes into Object.prototype.
  const kb = hostileKb({ protoLinks: "targets" });
  const pos = circleLayout(kb);
  const files = (format: OpenFormat): Promise<OpenFile[]> => filesOf(format, kb, pos);
  it.each(FORMATS)(
    "%s: __proto__, constructor and toString open as entities, relation ends and positions, polluting nothing",
    async (format) => {
      // Written and read here: the writers build graphology graphs too.
      const clean = pollution();
      const input = await files(format);
      const res = await openDataset(input);
      expect(pollution()).toEqual(clean);
      expect(Object.values(clean).flat()).toEqual([]);
      expect(res.problems).toEqual([]);
      const { kb: opened, layout: openedLayout } = res.dataset!;
      for (const id of PROTO_IDS) {
        const e = opened.entities.find((x) => x.id === id)!;
        expect(e.label).toBe(kb.entities.find((x) => x.id === id)!.label);
        expect(Object.hasOwn(openedLayout, id)).toBe(true);
        expect(openedLayout[id]).toEqual(pos[id]);
        expect(opened.relations.filter((r) => r.target === id).map((r) => r.id)).toEqual(
          kb.relations.filter((r) => r.target === id).map((r) => r.id),
        );
      }
      const attributes: Record<string, unknown> = opened.entities.find((e) => e.id === "__proto__")!.attributes;
      expect(attributes.url).toBe(HOSTILE_URL);
      expect(opened.relations.some((r) => r.source === "__proto__" && r.target === "ussr")).toBe(true);
      expect(Object.getPrototypeOf(openedLayout)).toBeNull();
    },
  );

  it("JSON: export, open, export is byte-identical with these ids", async () => {
    const text = writeJson(kb, pos);
    const res = await openDataset([{ name: "kg.json", text }]);
    expect(writeJson(res.dataset!.kb, res.dataset!.layout)).toBe(text);
    expect(text).toContain('"__proto__": [');
    expect(text).toContain('"target": "__proto__"');
  });

  it("a '__proto__' key inside attributes or at the top level is a problem, never a prototype", () => {
    const raw = writeJson(fixture, layout);
    const attrs = readJson(raw.replace('"attributes": {}', '"attributes": {"__proto__": {"polluted": true}}'));
    expect(attrs.problems).toEqual([expect.objectContaining({ path: expect.stringMatching(/attributes/) })]);
    const top = readJson(raw.replace(/^\{/, '{"__proto__": {"polluted": true},'));
    expect(top.problems.length).toBeGreaterThan(0);
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("limits: size, huge strings and deep nesting answer with a problem", () => {
  const json = writeJson(fixture, layout);
  const label = JSON.stringify(fixture.entities[0].label);
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

  it("a file over the size limit is refused before it is parsed", async () => {
    const text = " ".repeat(MAX_OPEN_BYTES + 1);
    const res = await openDataset([{ name: "big.json", text }]);
    expect(res.problems).toEqual([{ path: "", message: expect.stringMatching(/limit is 50\.0 MB/) }]);
  });

  it("counts UTF-8 bytes, not characters", async () => {
    expect(utf8Bytes("aé€😀")).toBe(1 + 2 + 3 + 4);
    const res = await openDataset([{ name: "a.json", text: "é".repeat(600) }], 1000);
    expect(res.problems[0].message).toMatch(/limit/);
  });

  it.each<[string, string, string]>([
    ["a 5 MB label", json.replace(label, JSON.stringify("x".repeat(5_000_000))), "entities.0.label"],
    ["a label nested 10,000 deep", json.replace(label, deep(10_000)), "entities.0.label"],
    [
      "attributes nested 10,000 deep",
      json.replace('"attributes": {}', `"attributes": {"x": ${deep(10_000)}}`),
      "attributes.x",
    ],
    ["a document nested 100,000 deep", `{"meta": ${deep(100_000)}}`, "meta"],
  ])("JSON: %s", { timeout: 5000 }, async (_name, text, path) => {
    const res = await openDataset([{ name: "a.json", text }]);
    expect(res.dataset).toBeUndefined();
    expect(res.problems.map((p) => p.path)).toEqual(expect.arrayContaining([expect.stringContaining(path)]));
  });

  it.each<[string, OpenFile[]]>([
    [
      "GEXF attributes nested 10,000 deep",
      [
        {
          name: "a.gexf",
          text: writeGexf(fixture, layout).replace('value="{}"', `value="{&quot;x&quot;:${deep(10_000)}}"`),
        },
      ],
    ],
    [
      "a GraphML label of 5 MB",
      [{ name: "a.graphml", text: writeGraphml(fixture, layout).replace(">USSR<", `>${"x".repeat(5_000_000)}<`) }],
    ],
    [
      "a CSV label of 5 MB",
      Object.entries(csvFiles()).map(([name, text]) => ({
        name,
        text: name === "nodes.csv" ? text.replace(",USSR,", `,${"x".repeat(5_000_000)},`) : text,
      })),
    ],
    ["XML nested 100,000 deep", [{ name: "a.graphml", text: `<graphml>${deep(0)}${"<g>".repeat(100_000)}</graphml>` }]],
  ])("%s", { timeout: 5000 }, async (_name, files) => {
    const res = await openDataset(files);
    expect(res.dataset).toBeUndefined();
    expect(res.problems.length).toBeGreaterThan(0);
    for (const p of res.problems) {
      expect(p).toMatchObject(problemShape);
      expect(p.message).not.toMatch(/internal error/);
      expect(p.message.length).toBeLessThan(1000);
    }
  });
});
